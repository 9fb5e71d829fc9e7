import type { LocalizedRule } from '../../types.ts';

/** `personal-question` (languages.md §5): age, relationship, family plans, religion, politics, home, earnings. Tenure and salary expectations stay quiet. */
export const personalQuestion: LocalizedRule = {
  lexicon: {
    you: ['voc[êe]', 'vc', 'tu', 'o senhor', 'a senhora'],
  },
  families: [
    {
      name: 'asksAge',
      means: 'asks their age',
      // Not the age of a thing named after the verb: "quantos anos tem a sua empresa / a vossa equipa / o projeto?"
      patterns: ['quantos anos (?:(?:{you}) )?(?:tem|tens)(?! (?:de|o|a|os|as|um|uma|sua|seu|suas|seus|tua|teu|vossa|vosso|esse|essa|este|esta|aquele|aquela|isso|isto)(?![\\p{L}]))', '(?:qual|que) (?:é )?(?:a )?(?:sua|tua) idade', 'idade (?:voc[êe]|tu) tem'],
    },
    {
      name: 'asksRelationship',
      means: 'asks about their relationship status',
      patterns: [
        '(?:(?:{you}) )?(?:é|és|está|estás|tá) (?:casad[oa]|solteir[oa]|comprometid[oa]|divorciad[oa]|noiv[oa])\\?',
        '(?:(?:{you}) )?(?:é|és|está|estás|tá) (?:casad[oa]|solteir[oa]|comprometid[oa])(?= (?:ou|e|mesmo))',
        // The question goes on after the status: "Você é casada com o Paulo da Embraer?", "és solteiro desde quando?"
        '(?:{you}) (?:é|és|está|estás|tá) (?:casad[oa]|solteir[oa]|divorciad[oa]|noiv[oa])(?= )[^.!?\\n]{1,60}\\?',
        '(?:tem|tens) (?:namorad[oa]|marido|esposa|mulher|companheir[oa]|parceir[oa])\\?',
      ],
    },
    {
      name: 'asksFamilyPlans',
      means: 'asks about children or family plans',
      patterns: ['(?:tem|tens|pretende ter|pretendes ter|planeja ter|planeias ter|quer ter|queres ter|pensa em ter) filhos', '(?:pretende|pensa em|planeja) (?:engravidar|casar|ter família)'],
    },
    {
      name: 'asksHomeOrMoney',
      means: 'asks where they live or what they earn',
      patterns: [
        'onde (?:(?:{you}) )?(?:mora|moras|vive|vives)\\?', 'em que bairro (?:(?:{you}) )?(?:mora|moras|vive|vives)', 'qual (?:é )?(?:o )?(?:seu|teu) endere[çc]o',
        'quanto (?:(?:{you}) )?(?:ganha|ganhas|recebe|recebes|fatura|faturas)(?! (?:por|com) (?:cliente|projeto|venda))', 'qual (?:é )?(?:o )?(?:seu|teu) sal[áa]rio(?: atual| hoje)?\\?',
      ],
    },
    {
      name: 'asksBeliefs',
      means: 'asks about religion, politics or health',
      patterns: [
        '(?:qual|de que) (?:é )?(?:a )?(?:sua|tua) religi[ãa]o', '(?:voc[êe]|tu) (?:é|és) (?:religios[oa]|cat[óo]lic[oa]|evang[ée]lic[oa]|ateu|ateia|de esquerda|de direita)\\?',
        'em quem (?:(?:{you}) )?(?:votou|votaste|vota|votas|vai votar|vais votar)', '(?:tem|tens) alguma (?:doen[çc]a|defici[êe]ncia)\\?',
      ],
    },
  ],
};

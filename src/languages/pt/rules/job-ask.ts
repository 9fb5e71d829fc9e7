import type { LocalizedRule } from '../../types.ts';

/** `job-ask` (languages.md §5): asking a stranger for a job, a referral or to pass the CV on. */
export const jobAsk: LocalizedRule = {
  lexicon: {
    opening: ['vaga', 'vagas', 'oportunidade', 'oportunidades', 'posiç(?:ão|ao)', 'emprego', 'trabalho', 'lugar', 'est[áa]gio', 'oportunidade de emprego'],
    cv: ['(?:o )?meu (?:curr[íi]culo|cv|curriculum|portf[óo]lio)', '(?:a )?minha candidatura'],
    passVerb: ['encaminh(?:ar|a|e|á-l[oa]|á-lo|á-la)', 'pass(?:ar|a|e)', 'repass(?:ar|a|e)', 'envi(?:ar|a|e)', 'mand(?:ar|a|e)', 'entreg(?:ar|a|ue)', 'reencaminh(?:ar|a|e)'],
    decider: ['rh', 'recursos humanos', 'recrutamento', 'gestor', 'gestora', 'diretor', 'diretora', 'director', 'directora', 'chefe', 'respons[áa]vel', 'pessoa certa', 'time', 'equipe', 'equipa', 'l[íi]der', 'gerente'],
  },
  families: [
    {
      name: 'asksForJob',
      means: 'asks them for a job',
      patterns: [
        '(?:tem|teria|h[áa]|haveria|existe|existiria|tens|terias|teriam|t[êe]m) (?:alguma |uma )?(?:{opening}) (?:pra|para) mim',
        '(?:alguma|uma) (?:{opening}) (?:pra|para) mim',
        '(?:me contrat(?:a|e|ar|aria)|contrat(?:a|e)-me|contratar-me)',
        'qualquer (?:vaga|oportunidade|coisa|emprego|trabalho) (?:dispon[íi]vel|aberta|que (?:tiver|houver|aparecer))',
        '(?:me )?arruma(?:r)? (?:um|uma) (?:emprego|vaga|trabalho|est[áa]gio)',
      ],
    },
    {
      name: 'asksForReferral',
      means: 'asks them to refer the writer',
      patterns: [
        '(?:pode|poderia|podes|poderias|consegue|conseguiria|conseguirias) (?:me indicar|indicar-me|me recomendar|recomendar-me)(?= *\\?| (?:para|pra|a|à|na|no) (?:a |uma |alguma |essa |esta )?(?:{opening}))',
        '(?:me indica|me indique|indica-me|indique-me) (?:para|pra|a|à|na|no) (?:a |uma |alguma )?(?:{opening})',
        'me (?:colocar|pôr|por) (?:pra|para) dentro',
      ],
    },
    {
      name: 'passesCvOn',
      means: 'asks them to pass the writer’s CV on',
      patterns: [
        '(?:{passVerb}) (?:{cv}) (?:pro|pra|para o|para a|ao|à|aos|às) (?:seu |sua |teu |tua |vosso |vossa )?(?:{decider})',
        'candidatura espont[âa]nea',
      ],
    },
  ],
};

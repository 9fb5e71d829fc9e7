import type { LocalizedRule } from '../../types.ts';

/**
 * `demanding` (languages.md §5): "você tem que", "preciso que você", negative imperatives (any conversation),
 * and bare positive imperatives to a stranger ("Me manda seu e-mail.", "Envie seu CPF.", "Agende já").
 * Softened requests stay quiet: "Você poderia…?", "Por favor, me envie…", "Me avisa se…", "quando puder".
 */
export const demanding: LocalizedRule = {
  coldOnlyFamilies: ['bareImperative'],
  lexicon: {
    you: ['voc[êe]', 'vc', 'tu', 'o senhor', 'a senhora', 'vocês'],
    toMe: ['mande', 'manda', 'envie', 'envia', 'escreva', 'escreve', 'ligue', 'liga', 'procure', 'procura', 'contate', 'contacte', 'chame', 'chama', 'adicione', 'adiciona', 'incomode', 'incomoda', 'marque', 'marca', 'responda', 'responde', 'ofere[çc]a', 'oferece'],
    imperative: ['manda', 'mande', 'envia', 'envie', 'liga', 'ligue', 'passa', 'passe', 'responde', 'responda', 'chama', 'chame', 'retorna', 'retorne', 'adiciona', 'adicione', 'confirma', 'confirme'],
    bareVerb: ['envie', 'mande', 'envia', 'manda', 'ligue', 'responda', 'agende', 'marque', 'preencha', 'clique', 'assine', 'compre', 'acesse', 'aceite', 'confirme', 'baixe', 'cadastre-se', 'inscreva-se', 'ligue-me', 'envie-me', 'mande-me', 'responda-me', 'contacte-me', 'telefone-me'],
  },
  families: [
    {
      name: 'youMust',
      means: 'tells them what they must do',
      patterns: [
        '(?:{you}) (?:tem|tens|têm) (?:que|de) (?!ser|estar|ter)\\S+', '(?:{you}) (?:precisa|precisas|deve|deves) (?:me |urgentemente |imediatamente )?(?:responder|retornar|enviar|mandar|ligar|assinar|aceitar|confirmar|pagar|contratar|ler|ver)',
        'preciso que (?:{you})', 'exijo que', 'quero que (?:{you}) (?:me )?(?:responda|envie|mande|ligue|retorne|confirme)',
      ],
    },
    {
      name: 'negativeImperative',
      means: 'forbids them something',
      patterns: ['(?<!(?:voc[êe]|vc|tu|ele|ela|voc[êe]s|eles|elas|que|se|ningu[ée]m|nunca|ainda|porque) )n[ãa]o me (?:{toMe})(?: mais)?', '(?:pare|para|parem|parai) de me (?:mandar|enviar|escrever|ligar|procurar|marcar|incomodar|adicionar|chamar)', 'nunca mais me (?:\\S+)', 'n[ãa]o (?:volte|voltes|volta) a (?:me )?(?:escrever|contactar|contatar|ligar|procurar)'],
    },
    {
      name: 'bareImperative',
      means: 'orders a stranger',
      patterns: [
        '(?<=(?:^|[.!?\\n]) ?)me (?:{imperative})', '(?<=^\\p{Lu}\\p{Ll}+, )me (?:{imperative})',
        '(?<=(?:^|[.!?\\n]) ?)(?:{bareVerb}) (?:o |a )?(?:seu|sua|teu|tua|já|agora|hoje|imediatamente|me|o quanto antes|aqui)', '(?:agende|ligue|responda|compre|garanta|aproveite) j[áa]',
      ],
      quiet: ['por favor,? (?:me )?\\S+', '(?:se|quando) (?:puder|possível|der|tiver|quiser|preferir)[^.!?\\n]{0,30}me \\S+', 'me (?:avisa|avise|diz|diga|fala|conta)'],
    },
  ],
};

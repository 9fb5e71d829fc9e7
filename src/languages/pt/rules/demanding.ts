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
    imperative: ['manda', 'mande', 'envia', 'envie', 'liga', 'ligue', 'passa', 'passe', 'responde', 'responda', 'chama', 'chame', 'retorna', 'retorne', 'adiciona', 'adicione', 'confirma', 'confirme', 'segue', 'siga', 'aceita', 'aceite', 'dá', 'dê', 'arruma', 'arrume', 'contrata', 'contrate'],
    bareVerb: [
      'envie', 'mande', 'envia', 'manda', 'ligue', 'responda', 'responde', 'retorne', 'agende', 'marque', 'reserve', 'preencha', 'clique', 'assine', 'compre', 'acesse', 'aceite', 'aceita',
      'confirme', 'cadastre-se', 'inscreva-se', 'ligue-me', 'envie-me', 'mande-me', 'responda-me', 'contacte-me', 'contate-me',
      'telefone-me', 'entre em contato', 'entre em contacto', 'adicione-me', 'chame', 'fale comigo',
    ],
  },
  families: [
    {
      name: 'youMust',
      means: 'tells them what they must do',
      patterns: [
        // An obligation takes an infinitive; "quantos anos você tem de carreira" is what they have.
        '(?:{you}) (?:tem|tens|têm) (?:que|de) (?!ser |estar |ter )(?:me |nos |lhe |te )?[\\p{L}]+(?:ar|er|ir|[ôo]r)(?:-\\p{L}+)?(?![\\p{L}])', '(?:{you}) (?:precisa|precisas|deve|deves) (?:me |urgentemente |imediatamente )?(?:responder|retornar|enviar|mandar|ligar|assinar|aceitar|confirmar|pagar|contratar|ler|ver)',
        'preciso que (?:{you})', '(?:{you}) precisa(?:s)? (?!de (?:algo|alguma|ajuda|mais)|ser|estar|ter)(?:me |urgentemente )?[\\p{L}-]+(?=[^?\\n]*(?:[.!]|$))', 'quero (?:uma )?resposta (?:hoje|agora|j[áa]|imediatamente)',
        'é obrigat[óo]rio que (?:{you})', 'exijo que', 'quero que (?:{you}) (?:me )?(?:responda|envie|mande|ligue|retorne|confirme)',
      ],
      quiet: [
        // An enthusiastic recommendation, not an order: "Você precisa conhecer a Carol", "tens de provar o pastel de nata de lá"
        // (but "você precisa conhecer a nossa plataforma" pushes the writer's product).
        '(?:{you}) (?:precisa|precisas|tem|tens|têm) (?:que |de )?(?:mesmo |muito |sem falta |um dia |urgentemente )?(?:conhecer|provar|experimentar|visitar|assistir|ouvir|escutar|conferir|vir (?:conhecer|ao|à|a|no|na|pra|para)|passar (?:no|na|por|pelo|pela|aqui|l[áa]))(?! (?:[oa]s? )?(?:noss[oa]s?|minhas?|meus?) (?:plataforma|solu[çc]|ferramenta|software|sistema|produto|servi[çc]o|app|aplicativo|proposta|oferta|curso|mentoria))',
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
        '(?<=(?:^|[.!?\\n]) ?)me (?:{imperative})', '(?<=^\\p{Lu}\\p{Ll}+,\\s)me (?:{imperative})',
        '(?<=(?:^|[.!?\\n] ?)(?:(?:oi|ol[áa]|bom\\sdia|boa\\starde|boa\\snoite|prezad[oa]|car[oa])\\s)?\\p{L}+,\\s)(?:{bareVerb})(?= )(?! (?:se|quando|caso) (?:puder|quiser|tiver|for))',
        // Mid-sentence after a lead-in clause: "Para seguirmos, me informe quanto ganha hoje."
        '(?<=,\\s)me (?:envie|envia|mande|manda|informe|informa|passe|retorne|responda|confirme)(?= )(?=[^?\\n]*(?:[.!]|$))',
        // The same without "me", after a purpose clause: "Para prosseguir com o cadastro, envie seu CPF."
        '(?<=(?:^|[.!?\\n]) ?)(?:para|pra) [^,.!?\\n]{3,50}, (?:envie|mande|informe|preencha|acesse|clique|pague|transfira|deposite|cadastre-se|confirme|responda|ligue)(?= )(?=[^?\\n]*(?:[.!]|$))',
        '(?<=(?:^|[.!?\\n]) ?)(?:{bareVerb})(?= )(?! (?:se|quando|caso) (?:puder|quiser|tiver|for))', '(?:agende|ligue|responda|compre|garanta|aproveite|confira|veja|leia|acesse|clique|baixe|participe|siga) (?:j[áa]|agora|imediatamente)',
      ],
      quiet: [
        '(?:me )?(?:{bareVerb}|{imperative})[^.!?\\n]{0,80}\\?',
        // "Entre em contato se tiver interesse": a condition makes it an offer, not an order.
        '(?:me )?(?:{bareVerb}|{imperative})[^.!?\\n]{0,60} (?:se|caso) (?:tiver|houver|quiser|achar|fizer|for|puder|precisar|interessar)', 'por favor,? (?:me )?\\S+', '(?:veja|leia|confira|siga)(?= (?:bem|s[óo]|que|como|se|isso|esta|este|isto))', '(?:se|quando) (?:puder|possível|der|tiver|quiser|preferir)[^.!?\\n]{0,30}me \\S+', 'me (?:avisa|avise|diz|diga|fala|conta)',
        // Offers of help, not orders: "Qualquer coisa, me manda uma mensagem", "Se precisar, me envia".
        '(?:qualquer (?:coisa|d[úu]vida|novidade|problema)|se precisar(?: de algo)?|caso precise|se quiser|se preferir)[^.!?\\n]{0,20}, me \\S+',
        // An invitation paired with what the writer will do: "Me chama que te explico!", "me liga e eu te conto".
        'me (?:chama|chame|liga|ligue|manda|mande|escreve|escreva)[^.!?\\n]{0,20} (?:que|e) (?:eu )?(?:te |lhe |vos )?\\p{L}+o(?![\\p{L}])'],
    },
  ],
};

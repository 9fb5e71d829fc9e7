import type { MentionCues } from '../types.ts';

/** `no-context`'s backstop: a sentence about the reader (você, o senhor) that names something particular (see signals/specific-mention.ts). */
export const mention: MentionCues = {
  reader: ['você', 'vocês', 'voce', 'te', 'teu', 'tua', 'teus', 'tuas', 'contigo', 'o senhor', 'a senhora', 'seu', 'sua', 'seus', 'suas'],
  together: ['nós dois', 'nós duas', 'ambos', 'ambas', 'juntos', 'juntas', 'a gente'],
  ourSide: ['nós', 'nosso', 'nossa', 'nossos', 'nossas', 'somos', 'ajudamos', 'oferecemos', 'oferece', 'oferecem', 'como a sua', 'como o seu', 'como você', 'como a tua', 'como o teu'],
  placePrepositions: ['em', 'perto de', 'desde'],
  selfIntroductions: ['sou', 'me chamo', 'meu nome é', 'aqui é', 'aqui quem fala é', 'graduação em', 'curso de', 'mestrado em', 'formado em', 'formada em', 'estudei', 'estudo'],
  notNames: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ownEmployer: ['(?:sou|trabalho|estou|atuo)(?: (?!(?:você|vocês|voce|te|teu|tua|seu|sua|o senhor|a senhora|que|e|mas|onde)(?![\\p{L}]))[\\p{L}\\p{N}’\'-]+){0,4} (?:na|no|da|do|em|para)'],
  sharedMoment: [
    // What they did: "você respondeu minha dúvida", "o senhor apresentou", "falaste"; not their LinkedIn actions or my messages.
    '(?<![\\p{L}])(?:você|o senhor|a senhora) (?:me |nos )?(?!(?:viu|visualizou|aceitou|recebeu|ignorou|leu|curtiu|seguiu)(?![\\p{L}]))(?:\\p{L}+(?:ou|eu|iu)|fez|disse|deu|foi|esteve|teve|veio|trouxe)(?![\\p{L}])',
    '(?<![\\p{L}])(?!(?:recebeste|aceitaste|ignoraste|leste|viste)(?![\\p{L}]))\\p{L}{2,}(?:aste|este|iste)(?![\\p{L}])',
    // What we did together: "estivemos lado a lado", "nos conhecemos no", "dividimos a mesa".
    '(?<![\\p{L}])(?:estivemos|nos conhecemos|nos vimos|dividimos|partilhámos|falámos|conversámos|trabalhámos juntos)(?![\\p{L}])',
  ],
  // A past moment of theirs, dated: "obrigado pela mentoria de ontem", "apresentou-nos na semana passada".
  datedMoment: {
    // Also "lhe", "vos", "vosso", "vossa": the European forms of address, next to the first backstop's words.
    reader: ['você', 'vocês', 'voce', 'te', 'teu', 'tua', 'teus', 'tuas', 'contigo', 'o senhor', 'a senhora', 'seu', 'sua', 'seus', 'suas', 'vos', 'vosso', 'vossa', 'lhe'],
    pastTime: [
      'ontem', 'anteontem',
      '(?:n?a|n?o|d[ao]) (?:semana|m[êe]s|ano|ver[ãa]o|inverno|semestre|trimestre|fim de semana|s[áa]bado|domingo) passad[oa]',
      '(?:n?a|n?o|d[ao]) (?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)? passada',
      '(?:n?o|n?a) (?:[úu]ltim[oa]) (?:semana|m[êe]s|ano|ver[ãa]o|inverno|semestre|fim de semana)',
      '(?:h[áa]|faz) (?:\\d+|um|uma|dois|duas|tr[êe]s|quatro|cinco|seis|alguns|algumas|poucos|poucas) (?:dias|semanas|meses|anos|dia|semana|m[êe]s|ano)',
    ],
    date: ['(?:n?a|n?o) (?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?', '(?:n?o) (?:s[áa]bado|domingo)', '(?:n?o) dia \\d{1,2}', 'em (?:19|20)\\d\\d'],
    pastVerb: ['\\p{Ll}{3,}(?:ou|eu|iu|aram|eram|iram|ámos|amos|emos|imos)', 'foi', 'fui', 'fomos', 'foram', 'esteve', 'estive', 'estivemos', 'teve', 'tivemos', 'fez', 'fizemos', 'deu', 'disse'],
    notAMoment: [
      // My own messages and follow-ups.
      '(?:te|lhe|vos) (?:enviei|mandei|escrevi)', '(?:enviei|mandei|escrevi)(?:-lhe|-te)?',
      '(?:minha|meu) (?:\\S+ ){0,2}?(?:mensagem|solicita[çc][ãa]o|proposta|candidatura|nota|convite|e-mail|email|curr[íi]culo|cv|pedido)',
      'retomando', 'refor[çc]ando', 'relembrando', 'dando seguimento',
      // How long the writer has been in a state is no moment of theirs: "estou há um ano sem trabalhar" (lower case: matched in any case).
      '(?:estou|estamos|ando|andamos|sigo|continuo|fico) h[áa] (?:[^\\s]+ ){1,2}?(?:dias|semanas|meses|anos|dia|semana|m[êe]s|ano)',
      '(?:h[áa]|faz) (?:[^\\s]+ ){1,2}?(?:dias|semanas|meses|anos|dia|semana|m[êe]s|ano) que (?:estou|ando|procuro|busco|tento)',
      // LinkedIn clicks, a sighting, anyone like them, a claimed exchange.
      '(?:te|o|a) vi', 'vi voc[êe]', 'perfil', 'aceitou', 'aceitaste', 'conectamos', 'conex[ãa]o', 'como voc[êe]', 'como a sua', 'como o seu', 'como a tua', 'como o teu',
      '(?:como|conforme) (?:combinado|conversamos|conversado|prometido|falamos|falámos)',
    ],
  },
};

import type { ChecklistCues } from '../types.ts';

/** Checklist cues (languages.md §8), Brazilian and European forms. Phrase fragments, matched case-blind. */
export const checklist: ChecklistCues = {
  introducesSelf: [
    'sou (?:o |a |um |uma )?\\S+', 'me chamo', 'chamo-me', '(?:o )?meu nome [ée]', 'trabalho (?:na|no|em|como|com|há)', 'estou a trabalhar',
    'estudo (?:na|no|em)', '(?:fa[çc]o|faço) parte d[ao]', 'lidero', 'coordeno', 'dirijo', 'fundei', 'cofundei', 'estou (?:montando|a montar|à frente)',
    'escrevo-lhe em nome d', 'aqui (?:na|no|da|do) \\p{Lu}[\\p{L}\\p{N}&.-]*',
  ],
  statesReason: [
    '(?:estou )?(?:entrando em contato|a entrar em contacto|escrevendo|a escrever|te escrevo|lhe escrevo|escrevo-lhe|escrevo-te|escrevo) (?:porque|pois|para|pra|por causa|sobre|a respeito)',
    'o motivo (?:da minha mensagem|do meu contato|do meu contacto|de eu escrever)', 'gostaria de (?:entender|saber|perguntar|ouvir|trocar|conversar)',
    'gostava de (?:perceber|saber|perguntar|trocar|conversar)', 'queria (?:entender|saber|perguntar|trocar)', 'adoraria (?:entender|saber|ouvir|trocar|conversar)',
    'porque (?:você|tu|o senhor|a senhora|seu|sua|teu|tua)',
  ],
  commonGround: [
    'tamb[ée]m (?:estudei|trabalhei|me formei|fiz) (?:\\S+ ){0,3}?(?:na|no|em|pela|pelo)', 'nos conhecemos (?:no|na|em|durante)', 'conhecemo-nos (?:no|na|em|durante)',
    '(?:ambos|ambas|n[óo]s dois|n[óo]s duas) (?:estudamos|trabalhamos|somos|fomos|fizemos|participamos)',
  ],
  referencesThem: [
    '(?:li|vi|assisti|ouvi) (?:a |o |à )?(?:sua|seu|tua|teu) (?:palestra|artigo|post|entrevista|apresentaç(?:ão|ao)|coluna|thread|fio|podcast|livro)',
  ],
  clearAsk: [
    '(?:voc[êe]|vc|o senhor|a senhora|tu) (?:teria|toparia|poderia|aceitaria|gostaria|estaria|consegue|conseguiria|pode|tem|teria interesse)(?: \\S+){0,20}\\?',
    'adoraria (?:entender|conversar|saber|ouvir|trocar|conhecer)', 'se (?:voc[êe]|tu|o senhor|a senhora) tiver(?:es)? (?:\\d+|uns|alguns) minutos',
    '(?:ainda )?(?:est[áa]|est[ãa]o|é|s[ãa]o|seria|h[áa]) (?:\\S+ ){0,6}?(?:abert[oa]s?|poss[íi]vel|dispon[íi]ve(?:l|is))\\?',
    '(?:teria|toparia|poderia|podemos|posso|aceitas|aceitaria|tens|terias|tem|seria|podes|pode|consegue|conseguiria|vamos|bora|que tal|qual|quando|como|onde|haveria|h[áa])(?: \\S+){0,20}\\?',
  ],
  thanks: ['obrigad[oa]s?', 'agrade[çc]o', 'agradecemos', 'agradecid[oa]', 'grat[oa]', 'valeu', 'muito obrigad[oa]', 'desde j[áa] agrade[çc]o', 'obg', 'obgd[oa]?'],
};

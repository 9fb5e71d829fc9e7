import type { LocalizedRule } from '../../types.ts';

/** `flirtatious` (languages.md §5): pet names as address, looks, dates, kiss emoji. "Querida Ana," and "linda apresentação" stay quiet. */
export const flirtatious: LocalizedRule = {
  lexicon: {
    greetingWord: ['oi', 'oie', 'ol[áa]', 'e a[íi]', 'bom dia', 'boa tarde', 'boa noite', 'hey', 'ei', 'obrigad[oa]', 'tchau', 'beijos?'],
    petName: [
      'linda', 'lindona', 'lindeza', 'gata', 'gatinha', 'gostosa', 'gostoso', 'princesa', 'querida', 'querido', 'amor', 'meu amor', 'meu bem', 'flor',
      'florzinha', 'minha flor', 'fofa', 'fofinha', 'gato', 'lindo', 'bonit[ãa]o', 'bonita', 'moça bonita', 'morena', 'loira', 'boneca', 'docinho', 'coraç(?:ão|ao)',
      'minha linda', 'minha querida', 'benzinho', 'vida', 'minha vida', 'neném', 'gatona',
    ],
  },
  families: [
    {
      name: 'petName',
      means: 'uses a pet name as address',
      patterns: ['(?:{greetingWord}),? (?:{petName})(?= *(?:[,.!?…]|$|\\p{Extended_Pictographic}))', ', (?:minha |meu )?(?:linda|gata|gatinha|princesa|amor|meu bem|flor|fofa|gostosa|lindo|gato)(?= *(?:[.!?…]|$|\\p{Extended_Pictographic}))'],
    },
    {
      name: 'looks',
      means: 'comments on their looks',
      patterns: [
        '(?:sorriso|olhos|olhar|rosto|cabelo|corpo|boca) (?:mais )?(?:lind[oa]s?|maravilhos[oa]s?|encantador(?:es|a)?|perfeit[oa]s?|lind[ií]ssim[oa]s?)',
        '(?:que|como) (?:voc[êe]|tu) (?:é|és) (?:lind[oa]|bonit[oa]|gat[oa]|gostos[oa]|charmos[oa])', '(?:voc[êe]|vc|tu) (?:é|és) (?:muito |t[ãa]o |mais )?(?:lind[oa]|bonit[oa]|gat[oa]|gostos[oa]|charmos[oa]|atraente)',
        '(?:lind[oa]|bonit[oa]|gat[oa]) (?:na|nessa|nesta) foto', 'vi (?:a )?(?:sua|tua) foto e (?:n[ãa]o resisti|fiquei encantad[oa]|me apaixonei)', 'n[ãa]o resisti', 'me apaixonei por (?:voc[êe]|ti)',
        'que (?:mulher|moça|menina|gata|homem|rapaz) (?:mais )?(?:lind[oa]|bonit[oa]|maravilhos[oa]|atraente)', '(?:adorei|amei) (?:a )?(?:sua|tua) foto(?! d[eo] (?:evento|equipe|time|palestra))',
      ],
    },
    {
      name: 'asksSingle',
      means: 'asks if they are single',
      patterns: ['(?:voc[êe] |tu )?(?:est[áa]|est[áa]s|é|és|tá) solteir[oa]', '(?:tem|tens) namorad[oa]\\?'],
    },
    {
      name: 'asksOnDate',
      means: 'asks them on a date',
      patterns: [
        'jantar (?:comigo|s[óo] n[óo]s dois|a dois|juntos|rom[âa]ntico)', 's[óo] n[óo]s dois', '(?:bora|vamos) sair', 'sair comigo', 'sair (?:qualquer dia|um dia desses) (?:comigo|juntos)',
        '(?:tomar|beber) um (?:vinho|drink|drinque) (?:comigo|juntos|a dois)', '(?:te|lhe) conhecer melhor', 'conhecer-te melhor', 'conhecer voc[êe] melhor', 'encontro a dois',
      ],
    },
    {
      name: 'kissEmoji',
      means: 'sends a kiss or heart-eyes emoji',
      patterns: ['(?:😘|😍|😚|😙|💋|🥰|😻)'],
    },
  ],
};

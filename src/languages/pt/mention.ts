import type { MentionCues } from '../types.ts';

/** `no-context`'s backstop: a sentence about the reader (você, o senhor) that names something particular (see signals/specific-mention.ts). */
export const mention: MentionCues = {
  reader: ['você', 'vocês', 'voce', 'te', 'teu', 'tua', 'teus', 'tuas', 'contigo', 'o senhor', 'a senhora', 'seu', 'sua', 'seus', 'suas'],
  together: ['nós dois', 'nós duas', 'ambos', 'ambas', 'juntos', 'juntas', 'a gente'],
  ourSide: ['nós', 'nosso', 'nossa', 'nossos', 'nossas', 'somos', 'ajudamos', 'oferecemos', 'oferece', 'oferecem', 'como a sua', 'como o seu', 'como você', 'como a tua', 'como o teu'],
  placePrepositions: ['em', 'perto de', 'desde'],
  selfIntroductions: ['sou', 'me chamo', 'meu nome é', 'aqui é', 'aqui quem fala é', 'graduação em', 'curso de', 'mestrado em', 'formado em', 'formada em', 'estudei', 'estudo'],
  notNames: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  sharedMoment: [
    // What they did: "você respondeu minha dúvida", "o senhor apresentou", "falaste"; not their LinkedIn actions or my messages.
    '(?<![\\p{L}])(?:você|o senhor|a senhora) (?:me |nos )?(?!(?:viu|visualizou|aceitou|recebeu|ignorou|leu|curtiu|seguiu)(?![\\p{L}]))(?:\\p{L}+(?:ou|eu|iu)|fez|disse|deu|foi|esteve|teve|veio|trouxe)(?![\\p{L}])',
    '(?<![\\p{L}])(?!(?:recebeste|aceitaste|ignoraste|leste|viste)(?![\\p{L}]))\\p{L}{2,}(?:aste|este|iste)(?![\\p{L}])',
    // What we did together: "estivemos lado a lado", "nos conhecemos no", "dividimos a mesa".
    '(?<![\\p{L}])(?:estivemos|nos conhecemos|nos vimos|dividimos|partilhámos|falámos|conversámos|trabalhámos juntos)(?![\\p{L}])',
  ],
};

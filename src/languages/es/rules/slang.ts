import type { LocalizedRule } from '../../types.ts';

/**
 * Texting shorthand and strong colloquialisms in Spanish, plus the international shorthand (ASAP aside:
 * that is `pushy`). "yo", "u" (siete u ocho), "Q3", "empresa X", "vale", "guay" stay quiet.
 */
export const slang: LocalizedRule = {
  families: [
    {
      name: 'textingShorthand',
      means: 'is texting shorthand',
      patterns: [
        'xq', 'porq', 'xk', 'tmb', 'tbn', 'msj', 'msjs', 'porfa', 'porfis', 'xfa', 'xfavor', 'plis', 'grax', 'grcs', 'salu2', 'sldos',
        'tqm', 'bsos', 'pls', 'plz', 'thx', 'btw', 'idk', 'tbh', 'omg',
      ],
    },
    {
      // Single letters for words, lower case only: "Q3", "empresa X", "TB" (terabytes) stay quiet.
      name: 'textingLetters',
      means: 'is texting shorthand',
      patterns: [
        'q(?= \\p{Ll})', 'Q(?= (?:tal|te|me|se|no)\\b)', 'xa(?= \\p{Ll})', 'k(?= (?:te|me|se|no|tal|onda|pasa|es|hay)\\b)', 'x(?= (?:fa|favor|eso|aqu(?:í|i)|ac(?:á|a)|el|la|si|tu|su|mi)\\b)', 'd(?= (?:la|el|los|las|tu|mi|su)\\b)', '[Tt]b',
        // Letters that are also acronyms in capitals (BN, NTP, PQ, DND, SLDS, GRS).
        '[Bb]n', '[Nn]tp', '[Pp]q', '[Dd]nd', '[Ss]lds', '[Gg]rs',
      ],
      caseSensitive: true,
    },
    {
      name: 'laughter',
      means: 'is chat laughter',
      patterns: ['ja(?:ja)+j?', 'je(?:je)+', 'ji(?:ji)+', 'jsjs(?:js)*', 'lol', 'xd+', 'lmao'],
    },
    {
      name: 'colloquialAddress',
      means: 'is street slang',
      patterns: ['w(?:e|ü|u)(?:e)?y', 'g(?:ü|u)ey', 'boludo', 'boluda', 'chaval', 'chavala', 'parce', 'parcero', 'pibe', 'chamo', 'mae(?= *[,!.?])', '(?:hola|ey|oye|buenas),? (?:t(?:í|i)o|t(?:í|i)a)(?= *[,!.?])', 'qu(?:é|e) pasa,? (?:t(?:í|i)o|t(?:í|i)a)', '(?<!(?:mi|tu|su|el|la|un|una|del|al|nuestr[oa]|vuestr[oa])[ \\t]{1,3})t(?:í|i)[oa](?=\\s*[!?]+\\s*(?:$|\\n))'],
    },
    {
      name: 'kissesSignOff',
      means: 'signs off with kisses to a stranger',
      patterns: ['(?:un )?bes(?:o|os|ito|itos|azo)(?=\\s*[,!.]?\\s*(?:$|\\n))', 'bss', 'muak'],
    },
  ],
  coldOnlyFamilies: ['kissesSignOff'],
  fixes: {
    xq: 'porque', pq: 'porque', porq: 'porque', xk: 'porque', tb: 'también', tmb: 'también', tbn: 'también', msj: 'mensaje', msjs: 'mensajes',
    porfa: 'por favor', porfis: 'por favor', xfa: 'por favor', xfavor: 'por favor', plis: 'por favor', grax: 'gracias', grcs: 'gracias', grs: 'gracias',
    salu2: 'saludos', slds: 'saludos', sldos: 'saludos', q: 'que', k: 'que', x: 'por', xa: 'para', d: 'de', bn: 'bien', pls: 'por favor', plz: 'por favor', thx: 'gracias', btw: 'por cierto',
  },
};

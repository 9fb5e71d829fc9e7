import type { LocalizedRule } from '../../types.ts';

/** Familiar terms of address set off as a vocative ("Buenas, crack!", "Gracias, jefe"), not "mi jefe", "un amigo". */
export const nickname: LocalizedRule = {
  lexicon: {
    addressTerm: ['amig(?:o|a|azo|uete)', 'compa', 'compadre', 'hermano', 'hermana', 'hermanito', 'bro', 'brother', 'crack', 'm(?:á|a)quina', 'm(?:á|a)quina', 'jef(?:e|a|azo)', 'maestro', 'campe(?:ó|o)n', 'colega', 'pana', 'parce', 'parcero', 'tron', 'tronco', 'socio', 'capo', 'genio', 'figura', 'fiera', 'mostro', 'loco', 'viejo', 'mi rey', 'carnal', 'mano', 'compi', 'cuate', 't(?:í|i)[oa]', 't(?:í|i)[oa]s', 'chamo', 'mi pana', 'amigo m(?:í|i)o', 'amiga m(?:í|i)a'],
    opener: ['hola', 'buenas', 'buenos d(?:í|i)as', 'buenas tardes', 'hey', 'ey', 'oye', 'gracias', 'mil gracias', 'muchas gracias', 'qu(?:é|e) tal', 'qu(?:é|e) pasa', 'qu(?:é|e) onda', 'saludos', 'un abrazo', 'abrazo', 'dale', 'genial', 'vale'],
  },
  families: [
    {
      name: 'familiarAddress',
      means: 'is too familiar for LinkedIn',
      patterns: [
        '(?<={opener},?[ \\t]{1,3}){addressTerm}(?=\\s*(?:[,.!?;:]|$|\\n))',
        '(?<=^|[.!?¡¿]\\s{0,3}){addressTerm}(?=\\s*[,!])',
        '(?<=,[ \\t]{1,3}){addressTerm}(?=\\s*[!.?]+\\s*(?:$|\\n|\\p{Extended_Pictographic}))',
      ],
    },
  ],
};

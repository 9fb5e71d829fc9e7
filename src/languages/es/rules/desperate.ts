import type { LocalizedRule } from '../../types.ts';

/** Begging and despair ("me encantaría", "estaría encantado" are enthusiasm and stay quiet). */
export const desperate: LocalizedRule = {
  families: [
    {
      name: 'pleads',
      means: 'sounds desperate',
      patterns: [
        '(?:estoy|me siento|ando) (?:muy |realmente |totalmente )?desesperad[oa]', '(?:te|se lo|le|os) (?:lo )?(?:ruego|suplico|imploro)', 'te lo pido por favor',
        'har(?:é|e) lo que sea', 'har(?:í|i)a (?:lo que sea|cualquier cosa)', 'acepto (?:lo que sea|cualquier cosa|cualquier (?:sueldo|salario|horario|condici(?:ó|o)n))',
        '(?:eres|es usted|sos) mi (?:(?:ú|u)ltima|única|unica) (?:esperanza|oportunidad|opci(?:ó|o)n)', 'no s(?:é|e) qu(?:é|e) m(?:á|a)s hacer', 'necesito (?:este|un) trabajo (?:como sea|ya|urgentemente|desesperadamente)',
        'por favor,? por favor', 'por lo que m(?:á|a)s quieras', 'se lo suplico',
      ],
    },
  ],
};

import type { LocalizedRule } from '../../types.ts';

/** Archaic letter formulas (languages.md §7); "Atentamente", "Quedo a sus órdenes", "Me dirijo a usted" are normal. */
export const overlyFormal: LocalizedRule = {
  families: [
    {
      name: 'archaicFormula',
      means: 'is an archaic letter formula',
      patterns: [
        'muy señor(?:a)? m(?:í|i)[oa]', 'por medio de la presente', 'por la presente', 'mediante la presente', 'sirva la presente', 'a trav(?:é|e)s de la presente',
        '(?:tengo|tenemos) el (?:honor|gusto) de (?:dirigirme|dirigirnos|invitarle|invitarles|comunicarle|informarle|poner en su conocimiento)', 'sin otro particular',
        '(?:su )?(?:seguro|atento) servidor', 's\\.\\s?s\\.\\s?s\\.', 'quedo de usted(?: atentamente)?', 'en espera de sus gratas noticias', 'sus gratas noticias',
        'excelent(?:í|i)simo señor', 'ilustr(?:í|i)simo señor', '(?:respetado|distinguido) señor(?=\\s*[,:])',
        'dios guarde a usted',
      ],
    },
  ],
};

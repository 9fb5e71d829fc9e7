import type { Lexicon } from '../../../engine/families.ts';

/** Word lists several French rules share: the reader (vous/tu) and what belongs to them. */
export const reader: Lexicon = {
  // The reader's: "votre", "vos", "ton", "ta", "tes".
  yourPoss: ['votre', 'vos', 'ton', 'ta', 'tes'],
  // The writer's: "mon", "ma", "mes", "notre", "nos".
  myPoss: ['mon', 'ma', 'mes', 'notre', 'nos'],
  // Days, for deadlines.
  day: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'ce soir', 'midi', 'aujourd\'hui', 'la fin de (?:la )?(?:journ[ée]e|semaine)'],
};

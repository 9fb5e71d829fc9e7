import type { LocalizedRule } from '../../types.ts';

/** Swearing and vulgar words, also masked (m*rde); "con" only as an insult, never inside contact/conseil. */
export const profanity: LocalizedRule = {
  families: [
    {
      name: 'swearing',
      means: 'is swearing',
      patterns: [
        'merdes?', 'merdique', 'emmerd(?:e|er|ant|ante|eur|euse|ez|es)', 'm[*.]rde', 'putain', 'p[*.]tain', 'ptn', 'bordel', 'connard', 'connards', 'connasses?', 'c[*.]nnard',
        '(?:quel|quelle|esp[èe]ce de|pauvre|bande de|gros|sale) cons?', 'chier', 'fait chier', 'fdp', 'encul[ée]e?s?', 'salopes?', 'salauds?', 'putes?', 'nique', 'niquer', 'ntm',
        'ta gueule', 'ferme ta gueule', 'foutre', 'je m\'en fous', 'couilles?', 'b[âa]tards?', 'wtf', 'fuck', 'fucking', 'shit',
      ],
    },
  ],
};

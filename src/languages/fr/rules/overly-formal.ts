import type { LocalizedRule } from '../../types.ts';

/** Archaic letter formulas only (languages.md §7): "Cordialement", "Bien à vous", "Madame," are normal. */
export const overlyFormal: LocalizedRule = {
  families: [
    {
      name: 'archaicClosing',
      means: 'is an archaic letter formula',
      patterns: [
        "(?:veuillez |je vous prie d'|nous vous prions d')agr[ée]er", "(?:je vous prie|nous vous prions) de (?:bien vouloir )?(?:croire|recevoir)", 'veuillez (?:croire|recevoir) en',
        "l'expression de (?:mes|nos) (?:salutations|sentiments)", '(?:mes|nos) salutations distingu[ée]es', 'ma (?:haute |tr[èe]s haute )?consid[ée]ration(?: distingu[ée]e)?',
        '(?:mes|nos) sentiments (?:respectueux|les meilleurs|distingu[ée]s|d[ée]vou[ée]s|les plus (?:respectueux|distingu[ée]s))', '(?:votre|ton) (?:tr[èe]s )?humble serviteur',
        "agr[ée]ez,? (?:madame|monsieur|mesdames)", "je vous saurais gr[ée]", "nous vous saurions gr[ée]",
      ],
    },
    {
      name: 'bureaucraticOpening',
      means: 'is a bureaucratic formula',
      patterns: ['par la pr[ée]sente', 'je soussign[ée]e?', 'nous soussign[ée]s', "j'ai l'honneur de (?:vous|solliciter)", 'porter [àa] votre (?:bienveillante )?connaissance'],
    },
  ],
};

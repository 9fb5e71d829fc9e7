import type { LocalizedRule } from '../../types.ts';

/** `profanity` (languages.md §5): swearing, masked too. "computador", "reputação", "disputa" stay quiet (word-bounded). */
export const profanity: LocalizedRule = {
  families: [
    {
      name: 'swearing',
      means: 'is profanity',
      patterns: [
        'porra', 'caralho', 'krl', 'crl', 'merda', 'foda(?:-se)?', 'fodido', 'fodida', 'foder', 'fode', 'puta', 'puto', 'putaria', 'puta que pariu', 'pqp', 'vsf', 'vtnc', 'tnc',
        'cacete', 'bosta', 'buceta', 'filh[oa] da puta', 'fdp', 'arrombad[oa]', 'babaca', 'ot[áa]ri[oa]', 'cuz[ãa]o', 'corno', 'vai tomar no cu', 'vai se (?:foder|ferrar|danar)',
        'p\\*rra', 'm\\*rda', 'c\\*ralho', 'f\\*da', 'p\\*ta', 'c@ralho', 'p0rra',
      ],
    },
  ],
};

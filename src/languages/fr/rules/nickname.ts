import type { LocalizedRule } from '../../types.ts';

/** Familiar address terms for a stranger ("mec", "frérot", "boss"); short forms of their name are read from `names.shortForms`. */
export const nickname: LocalizedRule = {
  lexicon: {
    term: ['mec', 'pote', 'poto', 'fr[ée]rot', 'fr[ée]ro', 'fr[èe]re', 'boss', 'chef', 'champion', 'championne', 'bro', 'brother', 'gros', 'ma gueule', 'mon vieux', 'mon grand', 'ma grande', 'cousin', "l'ami", 'mon ami', 'les potes', 'la team', 'buddy', 'copain', 'ma couille', 'mon reuf', 'reuf', 'khey'],
  },
  families: [
    {
      name: 'addressTerm',
      means: 'addresses a stranger with a familiar term',
      patterns: [
        '(?:salut|hello|coucou|bonjour|bonsoir|hey|yo|wesh|merci|cc|h[ée]) (?:mon |le )?{term}(?![\\p{L}-])',
        '(?<=[,!] ?)(?:mon |ma )?{term}(?= *(?:[,!?.\\n]|$))',
        '(?:bonjour |salut |hello |coucou )?(?:cher|ch[èe]re) (?:ami|amie|pote)(?![\\p{L}-])',
      ],
      quiet: ['(?:chef|champion|championne) (?:de|du|des|d\')'],
    },
  ],
};

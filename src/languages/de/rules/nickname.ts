import type { LocalizedRule } from '../../types.ts';

/** Familiar address terms (languages.md §5 `nickname`): Kumpel, Alter, Digga, Bro, Chef, Meister, Buddy. */
export const nickname: LocalizedRule = {
  lexicon: {
    addressTerm: ['kumpel', 'alter', 'digga', 'digger', 'bro', 'brudi', 'bruder', 'chef', 'chefin', 'meister', 'buddy', 'dude', 'alterchen'],
    greeting: ['hallo', 'hi', 'hey', 'na', 'moin', 'servus', 'yo', 'jo', 'grüß dich', 'danke', 'merci', 'tach'],
  },
  families: [
    {
      name: 'addressTerm',
      means: 'uses a familiar address term',
      patterns: ['(?<=^|\\n|[.!?] )(?:{greeting}),? {addressTerm}(?=[ \\t]*(?:[,!.?]|$|\\n))', '(?<=,[ \\t]{1,3}){addressTerm}(?=[!?.]|$|\\n)'],
      quiet: ['(?:lieber|liebe|geehrter|geehrte) (?:Herr |Frau )?Kollege'],
    },
    {
      // "Hallo HP," to Hans-Peter: initials of a hyphenated given name (languages.md §4.3).
      name: 'initials',
      means: 'greets them by initials',
      caseSensitive: true,
      patterns: ['(?<=^[ \\t]*|\\n[ \\t]*)(?:Hallo|Hi|Hey|Moin|Servus|Liebe|Lieber) (?!HR|IT|PR|QA|UX|BI|KI)\\p{Lu}\\.?\\p{Lu}\\.?(?=[ \\t]*[,!])'],
    },
  ],
};

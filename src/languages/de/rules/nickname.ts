import type { LocalizedRule } from '../../types.ts';

/**
 * Familiar address terms (languages.md §5 `nickname`): Kumpel, Alter, Digga, Bro, Chef, Meister, Buddy.
 * Initials of a hyphenated given name ("Hallo HP" to Hans-Peter) are the nickname rule's own short forms.
 */
export const nickname: LocalizedRule = {
  lexicon: {
    addressTerm: ['kumpel', 'alter', 'digga', 'digger', 'bro', 'brudi', 'bruder', 'chef', 'chefin', 'meister', 'buddy', 'dude', 'alterchen', 'boss', 'champ', 'mann', 'bruda', 'homie'],
    greeting: ['hallo', 'hi', 'hey', 'na', 'moin', 'servus', 'yo', 'jo', 'grüß dich', 'danke', 'merci', 'tach'],
  },
  families: [
    {
      name: 'addressTerm',
      means: 'uses a familiar address term',
      patterns: ['(?<=^|\\n|[.!?] )(?:{greeting}),? {addressTerm}(?=[ \\t]*(?:[,!.?]|$|\\n))', '(?<=,[ \\t]{1,3}){addressTerm}(?=[!?.]|$|\\n)'],
      quiet: ['(?:lieber|liebe|geehrter|geehrte) (?:Herr |Frau )?Kollege'],
    },
  ],
};

import { phraseRule } from '../../engine/phrase-rule.ts';

export default phraseRule({
  meta: {
    id: 'template-phrase',
    severity: 'warning',
    category: 'personalization',
    description: 'Flags stock, mass-sent phrases such as LinkedIn’s default invitation or “I came across your profile”.',
    why: 'Personalized messages have a much higher chance of getting a response than generic templates: make it clear you are reaching out to them specifically.',
  },
  groups: [
    {
      phrases: [
        "(?:I'd|I would) like to (?:add you to|join) my (?:professional )?network(?: on linkedin)?",
        '(?:I|I just) (?:came|stumbled) (?:across|upon) your (?:linkedin )?profile',
        'to whom it may concern', 'dear (?:sir|madam)(?: ?(?:/|or|and) ?(?:sir|madam))?(?=\\s*[,.\\n]|\\s*$)', 'dear sir/madam',
        'hello dear connections?', 'dear (?:linkedin )?connections?',
        "(?:I'm|I am) (?:looking to |trying to )?(?:expanding|expand|growing|grow|building|build) my (?:professional )?network",
        "(?:I'd|I would) like to connect with (?:professionals|people|experts) (?:in|like)",
        'please accept my (?:connection )?(?:request|invitation)',
        'your profile (?:caught my (?:eye|attention)|looks (?:impressive|interesting))',
      ],
      message: (excerpt) => `“${excerpt}” is a stock phrase that reads as mass-sent.`,
      suggestion: 'Say something only this person could receive: why them, what of theirs you noticed.',
    },
  ],
});

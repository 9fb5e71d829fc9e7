import { phraseRule } from '../../engine/phrase-rule.ts';

const PLAIN: Record<string, string> = {
  'i hereby': 'I', 'i humbly request': 'I would like to ask', 'yours faithfully': 'Best regards', 'yours truly': 'Best regards',
  'pursuant to': 'following', 'thanking you in anticipation': 'Thank you', 'revert back': 'reply',
};

export default phraseRule({
  meta: {
    id: 'overly-formal',
    title: 'Overly formal',
    severity: 'info',
    category: 'tone',
    description: 'Flags stiff or archaic formality: “I hereby”, “Respected Sir”, “Kindly do the needful”, “esteemed”, “Yours faithfully”.',
    why: 'Avoid overly formal language and keep the tone conversational but professional.',
  },
  groups: [
    {
      phrases: [
        'I hereby', 'hereby', 'herewith', 'respected (?:sir|madam|ma\'am|sirs)', 'kindly do the needful', 'do the needful',
        'I (?:humbly|respectfully) (?:request|submit|beg)', 'humbly', 'esteemed', 'yours (?:faithfully|truly|obediently)',
        'pursuant to', 'thanking you in anticipation', 'revert (?:back|at the earliest|to me)', 'aforementioned', 'with due respect',
        'I beg to (?:state|inform|request)', 'please find (?:enclosed|herewith)', 'greetings of the day', 'kindly revert', 'revert (?:with|on this|at your)',
        // The same deference as "esteemed", in other words: "your reputed organisation", "your good self".
        '(?:reputed|revered|venerable) (?:organi[sz]ation|company|firm|institution|concern|establishment|institute)', 'your good ?self',
        // An archaic word for "reading" offered up with a CV: "for your kind perusal", "attached for your perusal".
        '(?:for |to )?your (?:kind |esteemed |favou?rable |good )?perusal',
      ],
      message: (excerpt) => `“${excerpt}” sounds stiff; LinkedIn messages are conversational.`,
      suggestion: 'Write as you would speak to a colleague: plain and polite.',
      fix: (excerpt) => {
        const plain = PLAIN[excerpt.toLowerCase().replace(/\s+/g, ' ')];
        return plain ? (/^\p{Lu}/u.test(excerpt) ? plain.charAt(0).toUpperCase() + plain.slice(1) : plain) : undefined;
      },
    },
  ],
});

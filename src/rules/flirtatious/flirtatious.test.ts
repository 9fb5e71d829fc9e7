import { testRule } from '../../testing/rule-tester.ts';
import rule from './flirtatious.ts';

testRule(rule, {
  invalid: [
    { draft: 'Hi Isla, ur gorgeous! Let us connect.', findings: [{ excerpt: 'ur gorgeous' }] },
    { draft: 'Hello dear, your smile in your profile photo made my day.', findings: [{ excerpt: 'Hello dear' }, { excerpt: 'your smile' }] },
    { draft: 'Would you like to go on a date this weekend?', findings: [{ excerpt: 'go on a date' }] },
    { draft: 'I could not stop looking at your photos. Are you single?', findings: [{ excerpt: 'could not stop looking at your' }, { excerpt: 'Are you single' }] },
    { draft: "Honestly, I couldn't stop thinking about you after the session.", findings: [{ excerpt: "couldn't stop thinking about you" }] },
    { draft: 'Would love to take you out for coffee, just the two of us 😘', findings: [{ excerpt: 'take you out' }, { excerpt: 'just the two of us' }, { excerpt: '😘' }] },
  ],
  valid: [
    'Dear Ms. Patel,\n\nI saw your talk on staffing.',
    'I love your work on the FigJam retro templates.',
    'The new Muji app has a beautiful design.',
    'Hello dear connection, I am expanding my network.',
    "You're pretty busy this month, so no rush.",
    'Would you be open to grabbing a coffee at the conference to talk about Rust?',
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import rule from './capitalization.ts';

testRule(rule, {
  invalid: [
    { draft: 'Hi Dana, i really enjoyed your webinar.', findings: [{ excerpt: 'i', output: 'Hi Dana, I really enjoyed your webinar.' }] },
    { draft: "Great talk. i'm trying something similar.", findings: [{ excerpt: 'i', output: "Great talk. I'm trying something similar." }] },
    { draft: 'Super cool. gonna try it next sprint.', findings: [{ excerpt: 'gonna', output: 'Super cool. Gonna try it next sprint.' }] },
    { draft: { text: 'hi tom, thanks.', recipient: { name: 'Tom Becker' } }, findings: [{ excerpt: 'hi', output: 'Hi tom, thanks.' }, { excerpt: 'tom', output: 'hi Tom, thanks.' }] },
    { draft: 'yo', findings: [{ excerpt: 'yo', output: 'Yo' }] },
  ],
  valid: [
    'I bought an iPhone and sold it on eBay.',
    'Hi Tom, I am well. How are you?',
    'We read the i18n guide and the iOS docs.',
    '• first item\n• second item',
    'See https://example.com/i for details.',
    'I enjoyed your talk on ranking experiments... the chart was striking.',
  ],
});

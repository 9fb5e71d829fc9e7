import { testRule } from '../../testing/rule-tester.ts';
import rule from './punctuation-spacing.ts';

testRule(rule, {
  invalid: [
    // Round 17: a comma typed twice with a space between.
    { draft: 'Hi Kate, ,\n\nHow are you?', findings: [{ excerpt: ', ,', output: 'Hi Kate,\n\nHow are you?' }] },
    { draft: 'We met in 2019, , at the expo.', findings: [{ excerpt: ', ,', output: 'We met in 2019, at the expo.' }] },
    { draft: 'Hey buddy ! Long time.', findings: [{ excerpt: ' !', output: 'Hey buddy! Long time.' }] },
    { draft: 'Hi Pierre , thanks.', findings: [{ excerpt: ' ,', output: 'Hi Pierre, thanks.' }] },
    { draft: 'I work at Intel .Would you chat?', findings: [{ excerpt: ' .', output: 'I work at Intel. Would you chat?' }] },
    { draft: 'Thanks for the session.I am a data scientist.', findings: [{ excerpt: '.', output: 'Thanks for the session. I am a data scientist.' }] },
    { draft: 'I graduated from ASU  and moved.', findings: [{ excerpt: '  ', output: 'I graduated from ASU and moved.' }] },
    { draft: 'Could we chat next month ?', findings: [{ excerpt: ' ?', output: 'Could we chat next month?' }] },
  ],
  valid: [
    'Red, green, blue, and a little grey.',
    'Conversion moved from 3.2% to 3.5% after the fix.',
    'My portfolio: https://example.com/work. Thanks!',
    'Write to me at jane.doe@example.org any time.',
    'I enjoyed your talk... the chart was striking.',
    'We use .NET and Node.js at Booking.com.',
    'Hi ,\n\nI am a student.',
  ],
});

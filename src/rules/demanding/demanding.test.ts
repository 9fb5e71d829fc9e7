import { testRule } from '../../testing/rule-tester.ts';
import rule from './demanding.ts';

testRule(rule, {
  invalid: [
    { draft: 'I need you to review my business plan.', findings: [{ excerpt: 'I need you to' }] },
    { draft: 'Send me your email. I will forward my portfolio.', findings: [{ excerpt: 'Send me your email.' }] },
    { draft: 'Call me at 555-0142 after 6pm.', findings: [{ excerpt: 'Call me at 555-0142 after 6pm.' }] },
    { draft: 'I expect you to forward my resume, and you must tell me the salary range.', findings: [{ excerpt: 'I expect you to' }, { excerpt: 'you must' }] },
    { draft: 'You need to review it before Friday.', findings: [{ excerpt: 'You need to' }] },
    { draft: 'Reply with your current CTC and notice period.', findings: [{ excerpt: 'Reply with your current CTC and notice period.' }] },
  ],
  valid: [
    'Could you send me your email?',
    'Please send me your CV.',
    'pls send me the slides thx',
    'Let me know if that works. Feel free to pass it along.',
    'You must be looking for marketers now.',
    'Hi Wen, you must get a lot of messages, so I will keep this short.',
    'If you need to reschedule, just tell me.',
    'Pursuant to your job posting, I hereby submit my application.',
    'Thank you for considering it.',
    'Enjoy your weekend!',
  ],
});

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
    { draft: { text: 'As I said, I expect you to introduce me this week.', thread: { fromThem: 1, unansweredFromMe: 0 } }, findings: [{ excerpt: 'I expect you to' }] },
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
    'Send my best to the rest of the team! Give me a shout if you are ever in Berlin.',
    { text: 'Email me the contract when it is ready.', thread: { fromThem: 2, unansweredFromMe: 0 } },
    { text: 'Send me the deck.', thread: { fromThem: 1, unansweredFromMe: 0 } },
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import pushy from './pushy.ts';

testRule(pushy, {
  invalid: [
    { draft: 'Could you send it ASAP?', findings: [{ excerpt: 'ASAP', output: 'Could you send it when you have a moment?' }] },
    { draft: 'Hi Tom, I really need an answer today.', findings: [{ excerpt: 'I really need an answer today' }] },
    { draft: 'Please reply by Friday with your decision.', findings: [{ excerpt: 'reply by Friday' }] },
    { draft: 'This is URGENT, the client is waiting.', findings: [{ excerpt: 'This is URGENT' }] },
    { draft: 'URGENT!!! We are hiring.', findings: [{ excerpt: 'URGENT' }] },
    { draft: 'Can you help? Please reply soon!', findings: [{ excerpt: 'reply soon' }] },
    { draft: 'Kindly reply as soon as possible.', findings: [{ excerpt: 'as soon as possible', output: 'Kindly reply when you have a moment.' }] },
    { draft: 'I am waiting for your response.', findings: [{ excerpt: 'waiting for your response' }] },
    { draft: 'Please get back to me right away.', findings: [{ excerpt: 'get back to me right away' }] },
  ],
  valid: [
    'She runs an urgent care clinic in Denver.',
    'Your essay on the urgency of climate adaptation stayed with me.',
    'No rush at all, whenever suits you.',
    "I'll reply by Friday with the revised numbers.",
    'I will send my feedback by Monday.',
    'Whenever you have a moment is perfect.',
    'We have an urgent need for data engineers at our hospital.',
    'Thanks for the quick reply soon after the event.',
  ],
});

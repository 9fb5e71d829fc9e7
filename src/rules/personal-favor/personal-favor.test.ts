import { testRule } from '../../testing/rule-tester.ts';
import rule from './personal-favor.ts';

testRule(rule, {
  invalid: [
    { draft: 'Could you write me a LinkedIn recommendation?', findings: [{ excerpt: 'write me a LinkedIn recommendation' }] },
    { draft: 'Could you please vote for us and share the post with your network?', findings: [{ excerpt: 'vote for us' }, { excerpt: 'and share the post' }] },
    { draft: 'Could you endorse me for Python?', findings: [{ excerpt: 'endorse me' }] },
    { draft: 'I need a loan of $300 to pay my tuition.', findings: [{ excerpt: 'need a loan' }] },
    { draft: 'Hi Patrick, can you introduce me to your CEO?', findings: [{ excerpt: 'introduce me to your' }] },
    { draft: { text: 'You owe me one, so I expect you to introduce me to your VP of Sales.', thread: { fromThem: 1, unansweredFromMe: 0 } }, findings: [{ excerpt: 'introduce me to your' }] },
  ],
  valid: [
    'Would you be open to a short call? I would value your advice on moving into product.',
    { text: 'Since Lena runs the design systems team, would you be comfortable introducing me to her? I would like to ask about accessibility reviews.', thread: { fromThem: 4, unansweredFromMe: 0 } },
    'Thanks for the thoughtful comment on my post about mentoring.',
    'Thanks for sharing your research so openly!',
    'My team is hiring and I would be glad to refer you.',
    { text: 'Could you introduce me to Sam on your team?', thread: 'unknown' },
  ],
});

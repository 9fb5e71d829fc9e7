import { testRule } from '../../testing/rule-tester.ts';
import rule from './assumption.ts';

testRule(rule, {
  invalid: [
    { draft: "I'm sure you'd love to see your pipeline double.", findings: [{ excerpt: "I'm sure you'd" }] },
    { draft: 'You must be looking for talented marketers.', findings: [{ excerpt: 'You must be looking' }] },
    { draft: 'As you probably know, hiring is slow.', findings: [{ excerpt: 'As you probably know' }] },
    { draft: "Obviously you're overwhelmed with the reorg.", findings: [{ excerpt: "Obviously you're" }] },
    { draft: 'I know you want someone who can start fast.', findings: [{ excerpt: 'I know you want' }] },
  ],
  valid: [
    "I imagine you're busy, so I'll be brief.",
    "I know you're busy, but I have one question.",
    'You must get a lot of messages.',
    'Would it be useful if I sent a summary?',
    "I'm sure I will learn a lot from your course.",
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import rule from './entitled.ts';

testRule(rule, {
  invalid: [
    { draft: 'You owe me one.', findings: [{ excerpt: 'You owe me' }] },
    { draft: 'I have an MBA, so I deserve a response at the very least.', findings: [{ excerpt: 'I deserve a response' }] },
    { draft: 'The least you can do is schedule an interview.', findings: [{ excerpt: 'The least you can do' }] },
    { draft: 'Honestly, you should hire me.', findings: [{ excerpt: 'you should hire me' }] },
    { draft: 'I expect a reply by Friday.', findings: [{ excerpt: 'I expect a reply' }] },
  ],
  valid: [
    'I believe my background fits the role well.',
    'You deserve the award for that launch.',
    'I would appreciate a reply whenever you have time.',
    'I have eight years of experience in battery manufacturing.',
    'You should be proud of that talk.',
  ],
});

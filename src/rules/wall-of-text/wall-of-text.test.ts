import { testRule } from '../../testing/rule-tester.ts';
import rule from './wall-of-text.ts';

const words = (n: number) => `${Array.from({ length: n }, () => 'word').join(' ')}.`;

testRule(rule, {
  invalid: [
    { draft: words(121), findings: [{ documentLevel: true, message: '121 words' }] },
    { draft: `${words(30)}\n\n${words(101)}`, findings: [{ documentLevel: true, message: '101 words' }] },
    { draft: `${words(60)}\n${words(70)}`, findings: [{ documentLevel: true }] },
  ],
  valid: [
    words(120),
    `${words(60)}\n\n${words(60)}\n\n${words(60)}`,
    'Hi Tom, thanks for the notes.',
    '',
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import rule from './long-sentence.ts';

const sentence = (n: number) => `${Array.from({ length: n }, (_, i) => (i === 0 ? 'This' : 'word')).join(' ')}.`;

testRule(rule, {
  invalid: [
    { draft: sentence(36), findings: [{ excerpt: sentence(36), message: '36 words' }] },
    { draft: `Short one. ${sentence(40)} Another short one.`, findings: [{ excerpt: sentence(40) }] },
    { draft: `${sentence(50)}\n${sentence(38)}`, findings: [{ excerpt: sentence(50) }, { excerpt: sentence(38) }] },
    { draft: `${sentence(36).slice(0, -1)}, see https://example.com/a.`, findings: [{ excerpt: `${sentence(36).slice(0, -1)}, see https://example.com/a.` }] },
  ],
  valid: [
    sentence(35),
    `${sentence(20)} ${sentence(20)}`,
    `${sentence(30).slice(0, -1)} https://a.example/1 https://a.example/2 https://a.example/3 https://a.example/4 https://a.example/5 https://a.example/6.`,
    Array.from({ length: 12 }, (_, i) => `• item number ${i} in the list`).join('\n'),
    '',
  ],
});

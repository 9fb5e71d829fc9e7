import { testRule } from '../../testing/rule-tester.ts';
import rule from './wall-of-text.ts';

const words = (n: number) => `${Array.from({ length: n }, () => 'word').join(' ')}.`;

testRule(rule, {
  invalid: [
    { draft: words(121), findings: [{ documentLevel: true, message: '121 words' }] },
    { draft: `${words(30)}\n\n${words(101)}`, findings: [{ documentLevel: true, message: '101 words' }] },
    // A greeting line and a sign-off line do not make a 110-word body any shorter.
    { draft: `Hola Ana,\n${words(110)}\nSaludos`, findings: [{ documentLevel: true, message: '110 words' }] },
  ],
  valid: [
    words(120),
    // Each line is a paragraph in LinkedIn's composers.
    `${words(60)}\n${words(70)}`,
    `${words(60)}\n\n${words(60)}\n\n${words(60)}`,
    'Hi Tom, thanks for the notes.',
    '',
  ],
});

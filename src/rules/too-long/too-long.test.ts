import { testRule } from '../../testing/rule-tester.ts';
import rule from './too-long.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const doc = [{ documentLevel: true as const }];

testRule(rule, {
  invalid: [
    { draft: words(160), findings: [{ documentLevel: true, message: '160 words' }] },
    { draft: { text: words(320), thread: { fromThem: 2, unansweredFromMe: 0 } }, findings: doc },
    { draft: { text: words(210), kind: 'inmail', subject: 'Question about your talk' }, findings: doc },
    { draft: { text: 'x'.repeat(310), kind: 'note', account: 'premium' }, findings: [{ documentLevel: true, message: '310 characters' }] },
    { draft: { text: words(60), settings: { lengthGoals: { messageWords: 50 } } }, findings: doc },
  ],
  valid: [
    words(140),
    { text: words(190), thread: { fromThem: 1, unansweredFromMe: 0 } },
    { text: words(190), kind: 'inmail', subject: 'Hi' },
    { text: 'x'.repeat(290), kind: 'note', account: 'premium' },
    '',
    { text: words(190), thread: 'unknown' },
  ],
});

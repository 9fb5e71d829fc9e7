import { testRule } from '../../testing/rule-tester.ts';
import rule from './subject-missing.ts';

const doc = [{ documentLevel: true as const }];

testRule(rule, {
  invalid: [
    { draft: { text: 'Hi Felix, I enjoyed your talk.', kind: 'inmail', subject: '' }, findings: doc },
    { draft: { text: 'Hi Greg, quick question.', kind: 'inmail' }, findings: doc },
    { draft: { text: 'Hi Jennifer.', kind: 'inmail', subject: null }, findings: doc },
    { draft: { text: 'Hallo Felix, danke.', kind: 'inmail', subject: '   ' }, findings: doc },
  ],
  valid: [
    { text: 'Hi Felix.', kind: 'inmail', subject: 'Your Berlin Buzzwords talk' },
    { text: 'Hi Felix.', kind: 'message' },
    { text: 'Hi Felix.', kind: 'note' },
    { text: 'Hi Felix.', kind: 'inmail', subject: 'Hi' },
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import rule from './note-limit.ts';

const note = (length: number, extra: object = {}) => ({ text: 'a'.repeat(length), kind: 'note' as const, ...extra });

testRule(rule, {
  invalid: [
    { draft: note(201), findings: [{ documentLevel: true, message: '201 characters' }] },
    { draft: note(250, { account: 'free' }), findings: [{ documentLevel: true, message: '50 over' }] },
    { draft: note(301, { account: 'premium' }), findings: [{ documentLevel: true }] },
    { draft: note(250, { settings: { account: 'free' } }), findings: [{ documentLevel: true }] },
    { draft: { text: '😀'.repeat(101), kind: 'note' }, findings: [{ documentLevel: true, message: '202 characters' }] },
  ],
  valid: [
    note(200),
    note(280, { account: 'premium' }),
    note(250, { settings: { account: 'premium' } }),
    { text: 'a'.repeat(400), kind: 'message' },
    { text: 'a'.repeat(400), kind: 'inmail', subject: 'Topic' },
    note(0),
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import rule from './subject-generic.ts';

const inmail = (subject: string) => ({ text: 'Hi Anna, I read your post.', kind: 'inmail' as const, subject });

testRule(rule, {
  invalid: [
    { draft: inmail('Hi'), findings: [{ excerpt: 'Hi', field: 'subject' }] },
    { draft: inmail('Quick question'), findings: [{ excerpt: 'Quick question', field: 'subject' }] },
    { draft: inmail('Opportunity!'), findings: [{ excerpt: 'Opportunity!', field: 'subject' }] },
    { draft: inmail(' Connect '), findings: [{ excerpt: 'Connect', field: 'subject' }] },
    { draft: inmail('IMPORTANT'), findings: [{ excerpt: 'IMPORTANT', field: 'subject' }] },
  ],
  valid: [
    inmail('Question about your Rust talk at RustConf'),
    inmail('Quick question about your RustConf talk'),
    inmail('Staff ML Engineer role at Cohere (remote, Canada)'),
    { text: 'Hi', kind: 'message', subject: null },
    inmail(''),
  ],
});

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
    { draft: inmail('RE: quick q'), findings: [{ excerpt: 'RE: quick q', field: 'subject' }] },
    { draft: inmail('Partnership opportunity'), findings: [{ excerpt: 'Partnership opportunity', field: 'subject' }] },
    { draft: inmail('Exciting new invitation'), findings: [{ excerpt: 'Exciting new invitation', field: 'subject' }] },
  ],
  valid: [
    inmail('Re: Our conversation'),
    inmail('Partnership on the Lisbon climate summit'),
    inmail('Question about your Rust talk at RustConf'),
    inmail('Quick question about your RustConf talk'),
    inmail('Staff ML Engineer role at Cohere (remote, Canada)'),
    { text: 'Hi', kind: 'message', subject: null },
    inmail(''),
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import rule from './fake-reply-subject.ts';

const inmail = (subject: string, extra: object = {}) => ({ text: 'Hi Kyle, a question.', kind: 'inmail' as const, subject, ...extra });

testRule(rule, {
  invalid: [
    { draft: inmail('Re: Our conversation'), findings: [{ excerpt: 'Re:', field: 'subject', output: 'Our conversation' }] },
    { draft: inmail('RE: Your application'), findings: [{ excerpt: 'RE:', field: 'subject', output: 'Your application' }] },
    { draft: inmail('Fwd: Partnership proposal'), findings: [{ excerpt: 'Fwd:', field: 'subject', output: 'Partnership proposal' }] },
    { draft: inmail('AW: Ihre Anfrage', { thread: { fromThem: 0, unansweredFromMe: 0 } }), findings: [{ excerpt: 'AW:', field: 'subject', output: 'Ihre Anfrage' }] },
  ],
  valid: [
    inmail('Re: Speaking at FinOps Summit', { thread: { fromThem: 1, unansweredFromMe: 0 } }),
    inmail('Your talk on retries'),
    inmail('Re: Our call', { thread: 'unknown' }),
    inmail('Regarding your talk'),
    { text: 'Hi', kind: 'message', subject: null },
  ],
});

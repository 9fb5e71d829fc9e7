import { testRule } from '../../testing/rule-tester.ts';
import rule from './unfilled-placeholder.ts';

testRule(rule, {
  invalid: [
    { draft: 'Hi [Name], I came across your profile!', findings: [{ excerpt: '[Name]' }] },
    { draft: { text: 'Hi {first_name}, quick question.', recipient: { name: 'Daniel Kim' } }, findings: [{ excerpt: '{first_name}', output: 'Hi Daniel, quick question.' }] },
    { draft: { text: 'At {{company}} we build fraud models.', recipient: { name: 'Julia Weber', company: 'Zalando' } }, findings: [{ excerpt: '{{company}}' }] },
    { draft: { text: 'I loved how your team at {{company}} handles fraud.', recipient: { name: 'Julia Weber', company: 'Zalando' } }, findings: [{ excerpt: '{{company}}', output: 'I loved how your team at Zalando handles fraud.' }] },
    { draft: 'Hi ,\n\nI am a final year student.', findings: [{ excerpt: 'Hi ,' }] },
    { draft: { text: 'Hi ,\n\nI am a final year student.', recipient: { name: 'Ana Lima' } }, findings: [{ excerpt: 'Hi ,', output: 'Hi Ana,\n\nI am a final year student.' }] },
    { draft: 'Dear <FIRSTNAME>, your role at %COMPANY% caught my eye. INSERT LINK', findings: [{ excerpt: '<FIRSTNAME>' }, { excerpt: '%COMPANY%' }, { excerpt: 'INSERT LINK' }] },
    { draft: 'Your code is XXX.', findings: [{ excerpt: 'XXX' }] },
    { draft: { text: 'Hi {firstName}, please see [Company Name] below.', platform: 'recruiter' }, findings: [{ excerpt: '[Company Name]' }] },
    { draft: 'Hi {firstName}, your work caught my eye.', findings: [{ excerpt: '{firstName}' }] },
  ],
  valid: [
    'He wrote "their [sic] team" in the post.',
    'I have attached my resume (see attached).',
    'Do you key retries on /orders/{orderId} or per device?',
    "The line 'if a customer reads it twice, we [the writers] failed' stuck with me.",
    'See [the docs](https://example.com/docs) for details.',
    'Hi, I am expanding my network.',
    { text: 'Hi {firstName}, your work at {currentCompany} caught my eye.', platform: 'recruiter' },
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import rule from './shouting.ts';

testRule(rule, {
  invalid: [
    { draft: 'PLEASE consider me, I have AMAZING stories.', findings: [{ excerpt: 'PLEASE', output: 'Please consider me, I have AMAZING stories.' }, { excerpt: 'AMAZING', output: 'PLEASE consider me, I have amazing stories.' }] },
    { draft: 'Would really appreciate a reply!!', findings: [{ excerpt: '!!', output: 'Would really appreciate a reply!' }] },
    { draft: 'Hello?? Did you see it?!', findings: [{ excerpt: '??', output: 'Hello? Did you see it?!' }, { excerpt: '?!', output: 'Hello?? Did you see it?' }] },
    { draft: 'Reply TODAY.', findings: [{ excerpt: 'TODAY', output: 'Reply today.' }] },
  ],
  valid: [
    'Our CEO wants it done this year.',
    'We are HIPAA and GDPR compliant, and use SQL daily.',
    'I need it ASAP.',
    'I am a HUGE fan of your podcast!',
    'Thank you!',
    'We moved from SAS to NASDAQ reporting with UNESCO data.',
  ],
});

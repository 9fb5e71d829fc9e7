import { testRule } from '../../testing/rule-tester.ts';
import rule from './template-phrase.ts';

testRule(rule, {
  invalid: [
    { draft: "I'd like to add you to my professional network on LinkedIn.", findings: [{ excerpt: "I'd like to add you to my professional network on LinkedIn" }] },
    { draft: 'Hi there, I came across your profile and thought you would be a great fit.', findings: [{ excerpt: 'I came across your profile' }] },
    { draft: 'Dear Sir/Madam,\n\nI am writing to apply.', findings: [{ excerpt: 'Dear Sir/Madam' }] },
    { draft: "Hi, I'm expanding my network and would like to connect.", findings: [{ excerpt: "I'm expanding my network" }] },
    { draft: 'To whom it may concern, please find my CV.', findings: [{ excerpt: 'To whom it may concern' }] },
  ],
  valid: [
    'I came across your talk at KubeCon on multi-tenant clusters.',
    'Dear Ms. Patel, I saw your talk on staffing.',
    'Would be glad to connect and keep learning from your posts on Rust.',
    'Our network team is expanding into Berlin.',
    'I came across your write-up on pod disruption budgets.',
    'Dear Dr. Osei, thank you for your paper.',
  ],
});

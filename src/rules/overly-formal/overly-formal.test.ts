import { testRule } from '../../testing/rule-tester.ts';
import rule from './overly-formal.ts';

testRule(rule, {
  invalid: [
    // Round 19: "perusal" offered with a CV, any case.
    { draft: 'I have attached my resume for your kind perusal.', findings: [{ excerpt: 'for your kind perusal' }] },
    { draft: 'Please find my CV For Your Perusal!', findings: [{ excerpt: 'For Your Perusal' }] },
    { draft: 'Respected Sir, I humbly request your kind help.', findings: [{ excerpt: 'Respected Sir' }, { excerpt: 'I humbly request', output: 'Respected Sir, I would like to ask your kind help.' }] },
    { draft: 'Kindly do the needful.', findings: [{ excerpt: 'Kindly do the needful' }] },
    { draft: 'I hereby submit my application.', findings: [{ excerpt: 'I hereby', output: 'I submit my application.' }] },
    { draft: 'Pursuant to your posting, I applied.', findings: [{ excerpt: 'Pursuant to', output: 'Following your posting, I applied.' }] },
    { draft: 'Thank you.\n\nYours faithfully,\nIbrahim', findings: [{ excerpt: 'Yours faithfully', output: 'Thank you.\n\nBest regards,\nIbrahim' }] },
    { draft: 'I want to join your esteemed organization.', findings: [{ excerpt: 'esteemed' }] },
    { draft: 'Greetings of the day! Kindly revert with your availability.', findings: [{ excerpt: 'Greetings of the day' }, { excerpt: 'Kindly revert' }] },
    { draft: 'I am applying for a suitable post in your reputed organisation.', findings: [{ excerpt: 'reputed organisation' }] },
    { draft: 'I would be grateful if your good self could guide me.', findings: [{ excerpt: 'your good self' }] },
  ],
  valid: [
    'She is a reputed expert on supply chains, so I read her paper.',
    'I hope you are well yourself.',
    'Could you please send the slides? Thank you!',
    'Dear Ms. Patel, I saw your talk.',
    'Best regards,\nAnna',
    'I respect your work on accessibility.',
    'Kind regards, and thanks again.',
    'Please let me know if Tuesday works.',
  ],
});

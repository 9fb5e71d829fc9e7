import { testRule } from '../../testing/rule-tester.ts';
import rule from './desperate.ts';

testRule(rule, {
  invalid: [
    { draft: "I'm desperate at this point.", findings: [{ excerpt: "I'm desperate" }] },
    { draft: 'Please please hire me.', findings: [{ excerpt: 'Please please' }] },
    { draft: 'You are my last hope.', findings: [{ excerpt: 'You are my last hope' }] },
    { draft: "I'll do anything to get my foot in the door.", findings: [{ excerpt: "I'll do anything" }] },
    { draft: 'I really really need this job.', findings: [{ excerpt: 'I really really need' }] },
    { draft: 'I am desperate for a job.', findings: [{ excerpt: 'I am desperate' }] },
  ],
  valid: [
    "I'd be thrilled to join your team.",
    'I would love to hear how you did it.',
    'Our users are desperate for better search, which is why I read your paper.',
    'Please let me know.',
    'I am eager to learn.',
    'Anything you can share would help.',
  ],
});

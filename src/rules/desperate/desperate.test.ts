import { testRule } from '../../testing/rule-tester.ts';
import rule from './desperate.ts';

testRule(rule, {
  invalid: [
    // Round 10: the end of one's rope.
    { draft: "Honestly I'm at the end of my rope.", findings: [{ excerpt: "I'm at the end of my rope" }] },
    { draft: 'I am at my wits end with this search.', findings: [{ excerpt: 'I am at my wits end' }] },
    { draft: "I'm desperate at this point.", findings: [{ excerpt: "I'm desperate" }] },
    { draft: 'Please please hire me.', findings: [{ excerpt: 'Please please' }] },
    { draft: 'You are my last hope.', findings: [{ excerpt: 'You are my last hope' }] },
    { draft: "I'll do anything to get my foot in the door.", findings: [{ excerpt: "I'll do anything" }] },
    { draft: 'I really really need this job.', findings: [{ excerpt: 'I really really need' }] },
    { draft: 'I am desperate for a job.', findings: [{ excerpt: 'I am desperate' }] },
    { draft: "I have nowhere else to turn, my visa runs out soon.", findings: [{ excerpt: "I have nowhere else to turn" }] },
    { draft: "I'm running out of money and options.", findings: [{ excerpt: "I'm running out of money" }] },
    { draft: "I'll take any job at your company, honestly.", findings: [{ excerpt: "I'll take any job" }] },
    { draft: "Any role will do at this point.", findings: [{ excerpt: "Any role will do" }] },
    { draft: "I can work for free for the first month.", findings: [{ excerpt: "I can work for free" }] },
    { draft: "My whole family depends on me finding work.", findings: [{ excerpt: "My whole family depends on me" }] },
    { draft: "please help me!", findings: [{ excerpt: "please help me!" }] },
  ],
  valid: [
    "I'd be thrilled to join your team.",
    'I would love to hear how you did it.',
    'Our users are desperate for better search, which is why I read your paper.',
    'Please let me know.',
    'I am eager to learn.',
    'Anything you can share would help.',
    "Nobody else on the team knows Rust as well as you do.",
    "We are running out of seats for the workshop; grab one if you like.",
    "Please help me understand how your team handles on-call.",
    "I'd take any advice you have on the transition.",
    "Any time next week works for me.",
    "My family and I just moved to Lyon.",
    'We tied the knot at the end of the rope course in Snowdonia.',
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import rule from './repeated-word.ts';

testRule(rule, {
  invalid: [
    { draft: "I'd love to to hear more.", findings: [{ excerpt: 'to to', output: "I'd love to hear more." }] },
    { draft: 'I saw your your post about the the team.', findings: [{ excerpt: 'your your', output: 'I saw your post about the the team.' }, { excerpt: 'the the', output: 'I saw your your post about the team.' }] },
    { draft: 'I will work very very hard.', findings: [{ excerpt: 'very very', output: 'I will work very hard.' }] },
    { draft: 'Please please give me a chance.', findings: [{ excerpt: 'Please please', output: 'Please give me a chance.' }] },
    { draft: 'I really really need this.', findings: [{ excerpt: 'really really', output: 'I really need this.' }] },
  ],
  valid: [
    'I realized that that exact retry storm hit us.',
    'Your team had had the same churn problem.',
    'What it is is a scheduling problem.',
    'Nous nous sommes rencontrés à Paris.',
    'We grew from 20 20-person teams.',
    'We visited Baden Baden and Walla Walla.',
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import rule from './subject-too-long.ts';

const inmail = (subject: string) => ({ text: 'Hi Lukas, thank you.', kind: 'inmail' as const, subject });
const long = 'Question about your 2024 paper on energy-efficient transformer inference on edge devices';

testRule(rule, {
  invalid: [
    { draft: inmail(long), findings: [{ excerpt: long, field: 'subject', message: `${long.length} characters` }] },
    { draft: inmail('A potential partnership between Brightlane and Decathlon online'), findings: [{ field: 'subject', excerpt: 'A potential partnership between Brightlane and Decathlon online' }] },
    { draft: inmail(`  ${'x'.repeat(61)}  `), findings: [{ field: 'subject', excerpt: 'x'.repeat(61) }] },
  ],
  valid: [
    inmail('Your PyCon talk on async testing'),
    inmail('x'.repeat(60)),
    { text: 'Hi', kind: 'message', subject: null },
    inmail(''),
  ],
});

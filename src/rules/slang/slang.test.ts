import { testRule } from '../../testing/rule-tester.ts';
import rule from './slang.ts';

testRule(rule, {
  invalid: [
    { draft: 'u gonna be hiring?', findings: [{ excerpt: 'u', output: 'you gonna be hiring?' }, { excerpt: 'gonna', output: 'u going to be hiring?' }] },
    { draft: 'saw ur post, lol', findings: [{ excerpt: 'ur' }, { excerpt: 'lol' }] },
    { draft: 'pls send me the slides thx', findings: [{ excerpt: 'pls', output: 'please send me the slides thx' }, { excerpt: 'thx', output: 'pls send me the slides thanks' }] },
    { draft: 'Tbh idk if this is the right place.', findings: [{ excerpt: 'Tbh', output: 'To be honest idk if this is the right place.' }, { excerpt: 'idk', output: "Tbh I don't know if this is the right place." }] },
    { draft: 'hey bro, what r you working on?', findings: [{ excerpt: 'bro' }, { excerpt: 'r', output: 'hey bro, what are you working on?' }] },
    { draft: 'yo', findings: [{ excerpt: 'yo' }] },
  ],
  valid: [
    'We migrated our forecasting stack from SAS to R and Python.',
    'Your article "Gotta Catch \'Em All: Dependency Drift in Monorepos" is required reading.',
    'Nguyen and Yoshida wrote about it in the U.S. edition.',
    'She got a U in the exam, then moved to Plan B.',
    'The gonnadotropin study',
    'Thank you for your time.',
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import rule from './typo.ts';

testRule(rule, {
  invalid: [
    { draft: 'I recieve your newsletter.', findings: [{ excerpt: 'recieve', output: 'I receive your newsletter.' }] },
    { draft: 'Definately interested!', findings: [{ excerpt: 'Definately', output: 'Definitely interested!' }] },
    { draft: 'We keep them seperate untill launch.', findings: [{ excerpt: 'seperate', output: 'We keep them separate untill launch.' }, { excerpt: 'untill', output: 'We keep them seperate until launch.' }] },
    { draft: 'Thanks alot for the oppurtunity.', findings: [{ excerpt: 'alot', output: 'Thanks a lot for the oppurtunity.' }, { excerpt: 'oppurtunity', output: 'Thanks alot for the opportunity.' }] },
    { draft: 'My collegue at the buisness school.', findings: [{ excerpt: 'collegue', output: 'My colleague at the buisness school.' }, { excerpt: 'buisness', output: 'My collegue at the business school.' }] },
  ],
  valid: [
    'I received your newsletter and believe it is useful.',
    'Hi Micheal, thanks.',
    'We use Kubernetes, Grafana and Datadog.',
    'Our product "Recieve" launches next week.',
    'See https://example.com/recieve for details.',
    'Definitely separate until Monday.',
  ],
});

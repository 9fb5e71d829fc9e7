import { testRule } from '../../testing/rule-tester.ts';
import rule from './typo.ts';

testRule(rule, {
  invalid: [
    // Lower case after "the" is still an ordinary word: "the recieve step".
    { draft: 'Please check the recieve step.', findings: [{ excerpt: 'recieve', output: 'Please check the receive step.' }] },
    // Still a typo when lower-case, or capitalized anywhere else.
    { draft: { text: 'Welcome aboard, and a big wellcome from the team!', recipient: { name: 'Aisha Bello', company: 'Wellcome Trust' } }, findings: [{ excerpt: 'wellcome', output: 'Welcome aboard, and a big welcome from the team!' }] },
    { draft: 'Wellcome to the group! Definately glad you are here.', findings: [{ excerpt: 'Wellcome', output: 'Welcome to the group! Definately glad you are here.' }, { excerpt: 'Definately', output: 'Wellcome to the group! Definitely glad you are here.' }] },
    { draft: 'I recieve your newsletter.', findings: [{ excerpt: 'recieve', output: 'I receive your newsletter.' }] },
    { draft: 'Definately interested!', findings: [{ excerpt: 'Definately', output: 'Definitely interested!' }] },
    { draft: 'We keep them seperate untill launch.', findings: [{ excerpt: 'seperate', output: 'We keep them separate untill launch.' }, { excerpt: 'untill', output: 'We keep them seperate until launch.' }] },
    { draft: 'Thanks alot for the oppurtunity.', findings: [{ excerpt: 'alot', output: 'Thanks a lot for the oppurtunity.' }, { excerpt: 'oppurtunity', output: 'Thanks alot for the opportunity.' }] },
    // A listed misspelled verb, inflected.
    { draft: 'Ahmed reccomended I reach out.', findings: [{ excerpt: 'reccomended', output: 'Ahmed recommended I reach out.' }] },
    { draft: 'She Recomends the course.', findings: [{ excerpt: 'Recomends', output: 'She Recommends the course.' }] },
    { draft: 'My collegue at the buisness school.', findings: [{ excerpt: 'collegue', output: 'My colleague at the buisness school.' }, { excerpt: 'buisness', output: 'My collegue at the business school.' }] },
  ],
  valid: [
    'I received your newsletter and believe it is useful.',
    'Hi Micheal, thanks.',
    'We use Kubernetes, Grafana and Datadog.',
    'Our product "Recieve" launches next week.',
    'See https://example.com/recieve for details.',
    'Definitely separate until Monday.',
    // An organisation's own spelling: in the recipient's company or headline, or named after "at", "from", "joining".
    { text: 'Congratulations on the Head of Research role at Wellcome, Aisha!', recipient: { name: 'Aisha Bello', company: 'Wellcome Trust' } },
    'Loved the keynote from Wellcome on open data.',
    { text: 'Your Wellcome grant work is impressive.', recipient: { name: 'Ian Low', headline: 'Programme lead at Wellcome Trust' } },
    // Round 24: named after "the" or "for the": "the Wellcome grants office", "for the Wellcome Leap team".
    'Dr. Patel at the Wellcome grants office suggested I speak to you.',
    'I applied for the Wellcome Discovery Award.',
  ],
});

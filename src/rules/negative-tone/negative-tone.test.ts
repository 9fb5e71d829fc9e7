import { testRule } from '../../testing/rule-tester.ts';
import rule from './negative-tone.ts';

const doc = [{ documentLevel: true as const }];

testRule(rule, {
  invalid: [
    { draft: 'Wow, thanks so much for ignoring my connection request for three months, really professional of you.', findings: doc },
    { draft: 'Honestly disappointed. I guess people at big companies are too important to help anyone anymore.', findings: doc },
    { draft: 'Your recruiting process is a joke and the ATS rejects everyone. I am tired of wasting my evenings.', findings: doc },
    { draft: 'Your last three campaigns were embarrassing. The least you can do is schedule an interview.', findings: doc },
  ],
  valid: [
    'I was sorry to hear about the layoffs at Twilio. I always admired how you ran launches, and I would be glad to help.',
    'Our team is burning out on nights; your post on on-call was a great help. Thank you!',
    'We had the same churn problem and it was hard. Would love to compare notes.',
    'Thanks for the great session!',
  ],
});

import { testRule } from '../../testing/rule-tester.ts';
import noContext from './no-context.ts';

const doc = [{ documentLevel: true as const }];

testRule(noContext, {
  invalid: [
    { draft: 'Hi', findings: doc },
    { draft: 'Hi Sam, our agency helps business owners like you get more leads. Interested?', findings: doc },
    { draft: 'Hello, I came across your profile and would love to connect.', findings: doc },
    { draft: { text: 'Hey Nina, as promised, here is the deck. Thoughts?', thread: { fromThem: 0, unansweredFromMe: 0 } }, findings: doc },
    { draft: { text: 'Hi Greg, companies like yours waste money on hiring. Can we talk?', recipient: { name: 'Greg Wilson', company: 'Lendable' } }, findings: doc },
    { draft: { text: 'Did you see my last message?', thread: { fromThem: 0, unansweredFromMe: 1 } }, findings: doc },
  ],
  valid: [
    { text: 'Thanks, see you Thursday.', thread: { fromThem: 2, unansweredFromMe: 0 } },
    'Hi Maya, we met at the Data Council meetup last week. Could I ask you two questions about dbt?',
    'Hi Raj, Sam Ortiz suggested I reach out about your analytics team.',
    "Hi Sarah, I'm Tom's colleague at Atlassian, and he mentioned you're the person to ask about design systems.",
    'Hi Lea, I enjoyed your post on onboarding remote engineers. Would you be open to a call?',
    'Hi Diego, fellow Michigan alum here. Could I ask how you prepared for case interviews?',
    { text: 'Hi Tom, can you tell me about your experience in supply chain at Intel?', recipient: { name: 'Tom Becker', company: 'Intel' } },
    { text: 'Hi', thread: 'unknown' },
    '',
  ],
});

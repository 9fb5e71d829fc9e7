import { testRule } from '../../testing/rule-tester.ts';
import noContext from './no-context.ts';

const doc = [{ documentLevel: true as const }];
const pseudo = (words: string) => [{ documentLevel: true as const, message: `“${words}” could be said to anyone` }];

testRule(noContext, {
  invalid: [
    { draft: 'Hi', findings: doc },
    { draft: 'Hi Sam, our agency helps business owners like you get more leads. Interested?', findings: doc },
    { draft: { text: 'Hey Nina, as promised, here is the deck. Thoughts?', thread: { fromThem: 0, unansweredFromMe: 0 } }, findings: doc },
    { draft: { text: 'Hi Greg, companies like yours waste money on hiring. Can we talk?', recipient: { name: 'Greg Wilson', company: 'Lendable' } }, findings: doc },
    { draft: { text: 'Did you see my last message?', thread: { fromThem: 0, unansweredFromMe: 1 } }, findings: doc },
    // Pseudo-context, in several wordings: each names the words that do not count.
    { draft: 'Hello, I came across your profile and would love to connect.', findings: pseudo('came across your profile') },
    { draft: 'Hi Kai; I noticed you viewed my profile yesterday. Shall we connect?', findings: pseudo('you viewed my profile') },
    { draft: 'Hi Bo, I saw your profile and your experience in sales is impressive.', findings: pseudo('saw your profile') },
    { draft: 'Hey! We have so many mutual connections, we should talk.', findings: pseudo('We have so many mutual connections') },
    { draft: 'SO HAPPY WE ARE CONNECTED! Let me know if you ever need anything.', findings: pseudo('SO HAPPY WE ARE CONNECTED') },
    { draft: 'Since we work in the same industry, I would like to connect.', findings: pseudo('the same industry') },
    { draft: "I'm always keen on networking with leaders like you.", findings: pseudo('networking with leaders like you') },
    { draft: 'Your truly impressive background stood out. Open to a chat?', findings: pseudo('Your truly impressive background') },
    // A surname that is also the company name greets them; it does not name the company.
    { draft: { text: 'Hello Mr. Lindqvist, would you be open to a chat?', recipient: { name: 'Olof Lindqvist', company: 'Lindqvist Bygg' } }, findings: doc },
    { draft: "Hi Gwen, I see you're connected to the CTO of Ocado. Could you introduce me?", findings: doc },
    { draft: 'Hi Lou, your LinkedIn posts are great! Open to a chat?', findings: pseudo('your LinkedIn posts are great') },
    { draft: 'Saw we are both in the fintech space. Would love to connect.', findings: pseudo('we are both in the fintech space') },
    { draft: 'Hi Mo, I see you work in fintech. Would love to connect.', findings: pseudo('see you work in fintech') },
    { draft: "Hi Sue; I see we both work in marketing! Let's connect.", findings: pseudo('see we both work in marketing') },
    // A placeholder where the company belongs names nothing.
    { draft: 'Hi Ola, I admire your work at [Company]. Could we talk?', findings: doc },
  ],
  valid: [
    { text: 'Thanks, see you Thursday.', thread: { fromThem: 2, unansweredFromMe: 0 } },
    { text: 'Hi', thread: 'unknown' },
    '',
    'Hi Maya, we met at the Data Council meetup last week. Could I ask you two questions about dbt?',
    'Hi Raj, Sam Ortiz suggested I reach out about your analytics team.',
    "Hi Sarah, I'm Tom's colleague at Atlassian, and he mentioned you're the person to ask about design systems.",
    'Hi Lea, I enjoyed your post on onboarding remote engineers. Would you be open to a call?',
    'Hi Diego, fellow Michigan alum here. Could I ask how you prepared for case interviews?',
    { text: 'Hi Tom, can you tell me about your experience in supply chain at Intel?', recipient: { name: 'Tom Becker', company: 'Intel' } },
    // How you met or spoke, in other words.
    'Hi Ana, good to pick up our chat at Web Summit. Could I send you the draft?',
    'Following up from our conversation at the Lisbon fintech breakfast: here are the numbers.',
    'hey ravi, remember me from our team at the bosch hackathon? would love your advice',
    // Something of theirs, with a placeholder or an unusual noun.
    'Hi Jo, your [topic] talk was brilliant; could I ask a question?',
    'Hi Gwen, your re:Invent talk on caching changed how we work.',
    // News about them, their company's specific work, a named mutual, an application.
    'Congrats on joining Stripe! Would you be open to a chat about onboarding?',
    'I really admire what Klarna is doing in instalment payments. Could we talk?',
    'Hi Mo, our mutual friend Dana Ruiz said you would be the person to ask.',
    "Hi Lena, I've submitted an application for the analyst role and wanted to ask about the team.",
    'We share a background in actuarial science, so I would value your view.',
    { text: 'Could you forward my profile to the TCS recruitment team?', recipient: { name: 'Ravi Iyer', company: 'Tata Consultancy Services' } },
    { text: 'I looked at greenleafdental.com and the booking page is lovely.', recipient: { name: 'Ann Cole', company: 'Greenleaf Dental' } },
    'Thank you for interviewing me today for the junior researcher role.',
    'Could you share the salary range for the analyst role I applied for last week?',
    'Great chatting at the re:Invent expo hall about cold starts!',
    'You stopped by our stand at Agritechnica and we talked about telemetry. Happy to stay in touch.',
    'That was a hell of a keynote at DevOpsDays; the error-budget part changed our planning.',
    'Episode 71 of Solo Stories, where you and Dev talked about churn, stuck with me.',
    'Hi Omar, we crossed paths at the Lisbon product meetup last spring.',
    'Hi Ines, Marta Gil pointed me your way for questions about GDPR audits.',
    'Hi Mo, I see you work in fintech at Klarna on the card team.',
  ],
});

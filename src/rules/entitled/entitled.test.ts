import { testRule } from '../../testing/rule-tester.ts';
import rule from './entitled.ts';

testRule(rule, {
  invalid: [
    // Round 13: a floor set on the offer.
    { draft: { text: "Thanks for the offer but honestly it's low. I deserve at least 20% more given my experience.", thread: { fromThem: 3, unansweredFromMe: 0 } }, findings: [{ excerpt: 'I deserve at least' }] },
    { draft: 'i honestly deserve way more than this offer.', findings: [{ excerpt: 'i honestly deserve way more' }] },
    // Round 6 rewording: the same meaning said another way.
    { draft: 'That fee is owed to me, and you know it.', findings: [{ excerpt: 'is owed to me' }] },
    { draft: 'You ought to hire me on the spot.', findings: [{ excerpt: 'You ought to hire me' }] },
    { draft: 'Have the common courtesy to answer.', findings: [{ excerpt: 'Have the common courtesy to' }] },
    // Round 6: the job claimed in other verbs.
    { draft: { text: "You should give me the job, I'm clearly the best candidate.", thread: { fromThem: 2, unansweredFromMe: 0 } }, findings: [{ excerpt: 'You should give me the job' }] },
    { draft: 'Honestly you should just pick me for the role.', findings: [{ excerpt: 'you should just pick me' }] },
    { draft: 'YOU SHOULD OFFER ME THE POSITION.', findings: [{ excerpt: 'YOU SHOULD OFFER ME THE POSITION' }] },
    { draft: 'You owe me one.', findings: [{ excerpt: 'You owe me' }] },
    { draft: 'I have an MBA, so I deserve a response at the very least.', findings: [{ excerpt: 'I deserve a response' }] },
    { draft: 'The least you can do is schedule an interview.', findings: [{ excerpt: 'The least you can do' }] },
    { draft: 'Honestly, you should hire me.', findings: [{ excerpt: 'you should hire me' }] },
    { draft: 'I expect a reply by Friday.', findings: [{ excerpt: 'I expect a reply' }] },
    { draft: "I think I've earned at least a reply.", findings: [{ excerpt: "I've earned at least a reply" }] },
    { draft: "Frankly you should be the one reaching out to me.", findings: [{ excerpt: "you should be the one reaching out to me" }] },
    { draft: "You should be grateful I even applied.", findings: [{ excerpt: "You should be grateful" }] },
    { draft: "Honestly, you need me more than I need you.", findings: [{ excerpt: "you need me more than" }] },
    { draft: "How hard is it to reply to a simple message?", findings: [{ excerpt: "How hard is it to reply" }] },
    { draft: "It wouldn't kill you to answer.", findings: [{ excerpt: "It wouldn't kill you to" }] },
    { draft: "You can't afford to ignore someone with my record.", findings: [{ excerpt: "You can't afford to ignore" }] },
    { draft: "I shouldn't have to chase you for a yes or no.", findings: [{ excerpt: "I shouldn't have to chase" }] },
    // The same expectation in other tenses and words.
    { draft: "Two weeks ago I wrote about the role. I'm expecting an answer from you this time round.", findings: [{ excerpt: "I'm expecting an answer" }] },
    { draft: 'I would expect a proper reply from a company this size.', findings: [{ excerpt: 'I would expect a proper reply' }] },
    { draft: "I'll expect to hear back by Monday.", findings: [{ excerpt: "I'll expect to hear back" }] },
    { draft: 'I am expecting your response.', findings: [{ excerpt: 'I am expecting your response' }] },
  ],
  valid: [
    // Round 13: a counter-offer grounded in the market, and praise of them.
    'Based on the band for comparable roles, I was expecting something closer to $118,000.',
    'Your team deserves at least a week off after that launch!',
    // Round 6 rewording: the same meaning said another way.
    'You ought to hire a designer for the rebrand.',
    'I had the courtesy of a reply from their CEO.',
    'The invoice is owed to the supplier, not to us.',
    // Round 6 quiet: the same verbs inviting contact or encouraging them.
    { text: "You should give me a call when you're next in Leeds.", thread: { fromThem: 3, unansweredFromMe: 0 } },
    { text: 'You should take the job - it sounds perfect for you!', thread: { fromThem: 2, unansweredFromMe: 0 } },
    "I don't expect a reply; I just wanted to say thanks.",
    "I'm not expecting an answer, so no pressure at all.",
    'I expect the market to recover next year.',
    "We're expecting a big turnout at the meetup.",
    'I expect to hear great things about the launch.',
    'I believe my background fits the role well.',
    'You deserve the award for that launch.',
    'I would appreciate a reply whenever you have time.',
    'I have eight years of experience in battery manufacturing.',
    'You should be proud of that talk.',
    "I have earned two AWS certifications this year.",
    "You should be proud of the launch!",
    "I'd be grateful for any pointers.",
    "Thanks for the reply; it made my week.",
    "I can't afford to miss the deadline, so I applied early.",
    "If it is not too much trouble, could you share the deck?",
    "Happy to be the one reaching out first.",
    "I know you are busy, so no need to reply.",
  ],
});

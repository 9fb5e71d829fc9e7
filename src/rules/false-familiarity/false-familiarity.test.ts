import { testRule } from '../../testing/rule-tester.ts';
import rule from './false-familiarity.ts';

testRule(rule, {
  invalid: [
    { draft: 'Hi Daniel, as you asked on the call, here are our rates.', findings: [{ excerpt: 'as you asked' }] },
    // An exchange claimed with nobody named is still pretended; with someone named on their side it is not.
    { draft: 'Hi Yuki, as discussed with you, I am sending the agenda.', findings: [{ excerpt: 'as discussed' }] },
    { draft: 'hi yuki, AS AGREED, the invoice is attached.', findings: [{ excerpt: 'AS AGREED' }] },
    { draft: 'Hey Nina, as promised, here is the deck I mentioned.', findings: [{ excerpt: 'as promised' }] },
    { draft: 'Hi Victor, following up on our call about the migration.', findings: [{ excerpt: 'following up on our call' }] },
    { draft: 'Hi Chloe, great catching up last week!', findings: [{ excerpt: 'great catching up' }] },
    { draft: { text: 'Hi Hannah, as discussed, I am sharing the proposal.', thread: { fromThem: 0, unansweredFromMe: 0 } }, findings: [{ excerpt: 'as discussed' }] },
    { draft: 'Per our conversation, attached is the agenda.', findings: [{ excerpt: 'Per our conversation' }] },
    { draft: 'Hi Vale, circling back on what we talked about. Ready to move ahead?', findings: [{ excerpt: 'what we talked about' }] },
  ],
  valid: [
    // Round 25: their public request answered, not a private exchange claimed.
    'Hello Daniel, our spec sheets are attached, as you asked in the post.',
    'hi daniel, AS YOU REQUESTED ON THE FORUM, here are our rates.',
    "Hi Yuki, as discussed with your assistant Mr. Tanaka, I'm sending the agenda for Thursday's visit to the Osaka plant.",
    'hi yuki, as agreed with dr. obi, the samples will arrive on monday.',
    'Hello Ms. Berg, as discussed with your procurement team, our quote is attached.',
    { text: 'Hi Jordan, following up on our call this morning: the invite is sent.', thread: { fromThem: 1, unansweredFromMe: 0 } },
    { text: 'Hi Omar, as we discussed on Tuesday, here is the revised scope.', thread: { fromThem: 3, unansweredFromMe: 0 } },
    'Hi Kevin, great meeting you at the Denver Data Engineering meetup. As promised, here is the tool I mentioned.',
    'Hi Aisha, we met at the Lean Startup workshop in Nairobi. As discussed, I am sending the link.',
    { text: 'As promised, the slides.', thread: 'unknown' },
    'Hi Pat, I enjoyed your talk on caching. Could we discuss it?',
    'Hi Ana, circling back on my note from last week about the reliability team.',
    'Following up from our conversation at the AWS Summit in Tokyo: here are the benchmarks.',
  ],
});

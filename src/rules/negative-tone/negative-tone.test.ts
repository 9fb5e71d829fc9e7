import { testRule } from '../../testing/rule-tester.ts';
import rule from './negative-tone.ts';

const doc = [{ documentLevel: true as const }];

testRule(rule, {
  invalid: [
    { draft: "Unreal. Six hours on your test and a one-line rejection. Respect people's time.", findings: doc },
    { draft: "I don't appreciate being added to a list I never signed up for.", findings: doc },
    { draft: 'You clearly did not read my profile. Please do better.', findings: doc },
    // Disappointment and contempt in other words.
    { draft: 'Honestly I expected better. My patience has run out with this whole process.', findings: doc },
    { draft: "Please don't insult my intelligence with a pitch wrapped in buzzwords.", findings: doc },
    { draft: "Take the hint. It's getting embarrassing at this point.", findings: doc },
    { draft: "Three rounds, and you couldn't be bothered to send more than a form letter?", findings: doc },
    { draft: 'Wow, thanks so much for ignoring my connection request for three months, really professional of you.', findings: doc },
    { draft: 'Honestly disappointed. I guess people at big companies are too important to help anyone anymore.', findings: doc },
    { draft: 'Your recruiting process is a joke and the ATS rejects everyone. I am tired of wasting my evenings.', findings: doc },
    { draft: 'Your last three campaigns were embarrassing. The least you can do is schedule an interview.', findings: doc },
    // Each family in new words: complaint and blame, contempt and sarcasm, hostility, refusal with another sign, mocking laughter; one sign in a warm message stays quiet.
    { draft: "You people never read the brief. This is ridiculous and a waste of my time.", findings: doc },
    { draft: "Nice try. Good luck with that \"opportunity\".", findings: doc },
    { draft: "Seriously? Spare me the sales script.", findings: doc },
    { draft: "How dare you message my staff directly. Do not contact me again.", findings: doc },
    { draft: "BAHAHAHA, take it easy, nobody is paying for that.", findings: doc },
    { draft: "Wow. Second time you've cancelled on me. Really professional.", findings: doc },
    { draft: "I'm fed up with chasing you. Nobody on your team has replied in a month.", findings: doc },
    { draft: "lmao no. who gave you my number?", findings: doc },
    { draft: "Oh sure, because I have nothing better to do than fill in your survey. Pass.", findings: doc },
    { draft: "What the hell is going on with your billing? This is unacceptable.", findings: doc },
    { draft: "Thanks for nothing. I guess people at big firms are too important to reply.", findings: doc },
    { draft: "Stop spamming me. Blocking you now.", findings: doc },
  ],
  valid: [
    'Thanks for respecting my time with such a clear agenda.',
    'I never asked for a refund, but thank you, that is kind.',
    'Thanks, the results were better than we expected!',
    'A form letter template would save us time; could you share yours?',
    'I was sorry to hear about the layoffs at Twilio. I always admired how you ran launches, and I would be glad to help.',
    'Our team is burning out on nights; your post on on-call was a great help. Thank you!',
    'We had the same churn problem and it was hard. Would love to compare notes.',
    'Thanks for the great session!',
    // Each family in new words: complaint and blame, contempt and sarcasm, hostility, refusal with another sign, mocking laughter; one sign in a warm message stays quiet.
    "Haha, loved your post about Mondays! Thanks for the laugh.",
    "Sorry to hear the launch slipped; that sounds frustrating. Happy to help if useful.",
    "No worries at all, thanks for letting me know. Good luck with the move!",
    "The old process was a mess, and your team fixed it beautifully. Thank you!",
    "lol, that meetup was chaotic but so much fun. Great seeing you!",
    "I was disappointed to miss your talk, but the recording was brilliant.",
    "Seriously impressive work on the rebrand, congrats to the whole team.",
    "Good luck with the launch tomorrow, I'm rooting for you!",
    "Nobody explains pricing as clearly as you do. Thanks for the thread.",
    "We had a rough quarter, but I appreciate how supportive you've been.",
    "Pass my thanks to the team, the workshop was great.",
    "Is it ridiculous to ask for a 20-minute chat? I'd love your advice on the move.",
  ],
});

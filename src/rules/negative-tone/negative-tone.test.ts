import { testRule } from '../../testing/rule-tester.ts';
import rule from './negative-tone.ts';

const doc = [{ documentLevel: true as const }];

testRule(rule, {
  invalid: [
    // Round 19: a verdict on something of theirs beside a refusal.
    { draft: { text: "Your invitation to connect is inappropriate. We have never met. Don't ever send a request like this again.", thread: { fromThem: 1, unansweredFromMe: 0 } }, findings: doc },
    { draft: { text: 'YOUR CONNECTION REQUEST WAS FRANKLY RUDE, and don\'t bother asking about my job board.', thread: { fromThem: 1, unansweredFromMe: 0 } }, findings: doc },
    // Round 13: told to go away, a refusal to do their job, their treatment of people questioned.
    { draft: { text: 'Hey Brandy, go f*** yourself.', thread: { fromThem: 2, unansweredFromMe: 0 } }, findings: doc },
    { draft: { text: "Huh? Ain't gonna do your job for you. You want to talk, you call me!", thread: { fromThem: 1, unansweredFromMe: 0 } }, findings: doc },
    { draft: { text: "Dear Kelsey, you said you'd get back to me within the week. It's been three weeks and I'm still waiting. Is this how you treat every candidate?", thread: { fromThem: 1, unansweredFromMe: 1 } }, findings: doc },
    // Round 10: their competence doubted, beside a refusal.
    { draft: { text: "No thanks. I doubt you're any good at recruiting if this is your opener. Don't email me again.", thread: { fromThem: 1, unansweredFromMe: 0 } }, findings: doc },
    { draft: { text: 'I have to question your professionalism after three identical messages. Please stop.', thread: { fromThem: 1, unansweredFromMe: 0 } }, findings: doc },
    // Round 6: a reply claimed as owed beside a verdict, and a refusal said twice.
    { draft: { text: 'I have now sent two messages with no reply. I deserve a response at the very least. This is really unprofessional.', thread: { fromThem: 2, unansweredFromMe: 2 } }, findings: doc },
    { draft: { text: "Stop messaging me about your software. I've said no three times.", thread: { fromThem: 4, unansweredFromMe: 0 } }, findings: doc },
    // Round 5: a no-show with no apology, "and yet you…" with a bold ask, a scare-quoted word that "is actually" something else,
    // "what a deal" about their spam, more 'opportunities' after saying so, a refusal to come back.
    { draft: 'We waited forty minutes and nobody dialled in. No heads-up, no apology. I won\'t be rescheduling.', findings: doc },
    { draft: 'We have never spoken, and yet you want me to introduce you to my CEO. Quite a bold ask. I think I\'ll pass.', findings: doc },
    { draft: 'So the "unlimited" holiday policy is actually ten days. Your careers page is pure fiction.', findings: doc },
    { draft: 'OH WONDERFUL, MORE SPAM. I\'d love to pay you to automate the spam you send. What a deal!', findings: doc },
    { draft: "Please, no more 'exclusive offers'. I've made that clear twice.", findings: doc },
    { draft: 'The invoice was misleading and the "discount" was in fact a price rise. No explanation whatsoever.', findings: doc },
    // Round 4: the worst of its kind, let down again and again, going public, "what a surprise", "oh yes,", another 'X', "how original", one-word sarcasm.
    { draft: 'Easily the sloppiest proposal we have ever been sent. You did not even get our name right.', findings: doc },
    { draft: 'Your team rescheduled on me four times and not once explained why.', findings: doc },
    { draft: "If this isn't fixed by Monday I'm going to post about it publicly, along with the emails.", findings: doc },
    { draft: "Well, what a shocker: another 'exciting opportunity' in crypto.", findings: doc },
    { draft: "Oh yes, a 'fun, fast-paced' start-up with no salary. How original.", findings: doc },
    { draft: 'Unpaid, six months, full-time. Riveting. Colour me shocked.', findings: doc },
    { draft: 'The fifth generic invite from your team this month. Take the hint.', findings: doc },
    // Sixth round: verdicts on anything, found rude, told before, mass messages, fake urgency, "are you serious?", nerve, reporting it.
    { draft: 'The so-called discount is laughable and the countdown timer is pathetic.', findings: doc },
    { draft: 'I found your follow-up really disrespectful. Stop adding me to sequences.', findings: doc },
    { draft: "I've told you three times already. How much clearer could I be?", findings: doc },
    { draft: "Are you kidding me? You want a senior engineer for an intern's pay?", findings: doc },
    { draft: 'You have some nerve asking for a favour after ghosting me.', findings: doc },
    { draft: "This is exactly why people ignore recruiters.", findings: doc },
    { draft: "Thanks but no thanks. And don't pretend we've met.", findings: doc },
    { draft: "Don't waste my time with another webinar invite.", findings: doc },
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
    // Round 18: their reply called a brush-off, next to a second sign of blame.
    { draft: "With respect, you clearly didn't read the deck. I expected a proper explanation, not a two-line brush-off.", findings: doc },
    { draft: "YOU DIDN'T EVEN READ IT. A ONE-LINE BRUSHOFF AFTER THREE CALLS.", findings: doc },
  ],
  valid: [
    // Laughing along with them about a third thing is banter, not a negative tone.
    "Haha yes, that conference coffee was terrible! Let's find a better one in Berlin next month.",
    'HAHA TRUE, the wifi at that venue was awful. See you in Lisbon!',
    'Hahaha exactly, the parking was a nightmare and the queue was terrible. Next time we take the train.',
    // Round 19: a verdict word about something else, or your thing praised.
    'Your lazy Sunday photos from the retreat made me smile. Hope the new role is going well!',
    'Is your invitation still open? Would love to come to the meetup on Thursday.',
    // Round 18: the word about oneself, or a verb softened by thanks, is no negative tone.
    'Thanks so much, really appreciate it. Sorry if my last note read as a brush-off.',
    'Thanks for the reply. I felt a bit brushed off, honestly, but I understand.',
    // Round 13: a wait on someone else, and a plain status question.
    { text: "Thanks Marco! I'm still waiting on the bank for the transfer, so Friday is more realistic.", thread: { fromThem: 3, unansweredFromMe: 0 } },
    { text: "Hi Kelsey, I'm still waiting to hear about next steps for the analyst role. Any update you can share?", thread: { fromThem: 1, unansweredFromMe: 1 } },
    'Could you show me how you handle onboarding for new nurses?',
    // Round 10: doubt about something else, and a question about their judgement asked politely.
    "I doubt the numbers will hold next quarter, but you're the expert.",
    'I value your judgement on pricing; could we talk next week?',
    // Round 5 quiet: a civil pass, a real deal, a quoted title, a joined call, an apology given, a 'yet' of praise.
    "Thanks so much for thinking of me, Ana! I'll pass this time, but I'd love to hear about the next one.",
    'What a great deal for the team, congratulations on closing it!',
    "I loved your 'Data at Scale' talk and the 'Design Ops' workshop was really helpful too.",
    'Everyone joined on time and we finished early. Great session, thank you!',
    'Sorry for the late reply, and thank you for the heads-up about the venue change.',
    'You have a huge following, and yet you answered my question within an hour. Thank you!',
    'This is the third identical question I have had about the API, so I wrote a short FAQ for you all. Hope it helps!',
    // Round 4 quiet look-alikes: a best-ever, a single apology missing in a warm note, sharing praise publicly, a real surprise, a quoted title, an honest "truly".
    "That was the best onboarding I've ever had, thank you all.",
    'Sorry I never called back last week, the move took over. Are you free Thursday?',
    "I'm going to share your guide with everyone I know; it is brilliant.",
    'What a surprise to see you at the conference! Lovely to catch up.',
    "Another 'Ask Me Anything' session is coming up in May; would you like to join?",
    'Thank you. Truly. Your advice changed how I prepare for interviews.',
    'Loved your post on fake urgency in SaaS pricing. How do you spot it?',
    "Stop by our booth if you're at the expo!",
    'The results were astonishing, congrats to the whole team!',
    'I found it really useful, thank you so much for the chat!',
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

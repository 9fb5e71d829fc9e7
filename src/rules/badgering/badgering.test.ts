import { testRule } from '../../testing/rule-tester.ts';
import rule from './badgering.ts';

testRule(rule, {
  invalid: [
    // "Hello?" on its own, after a sentence, a comma or at the start.
    { draft: 'Hi Rob, I sent you three messages. Hello?', findings: [{ excerpt: 'Hello?' }] },
    { draft: 'hi rob, hello? did you get my note?', findings: [{ excerpt: 'hello?' }] },
    { draft: 'Hellooo? Anyone?', findings: [{ excerpt: 'Hellooo?' }] },
    // Round 5: written a couple of times, messages not getting through or lost, "Helloooo?", "Earth to Karim".
    { draft: { text: "Hi Bea, not sure if my messages are getting through? I've written a couple of times.", thread: { fromThem: 0, unansweredFromMe: 1 } }, findings: [{ excerpt: 'my messages are getting through' }, { excerpt: "I've written a couple of times" }] },
    { draft: 'Did my last two notes get lost somewhere?', findings: [{ excerpt: 'my last two notes get lost' }] },
    { draft: 'HELLOOO?? Anyone home?', findings: [{ excerpt: 'HELLOOO??' }] },
    { draft: 'Earth to Karim! 😅', findings: [{ excerpt: 'Earth to Karim' }] },
    { draft: 'I have emailed more than once about the invoice.', findings: [{ excerpt: 'I have emailed more than once' }] },
    { draft: 'Maybe my emails got buried in your inbox?', findings: [{ excerpt: 'my emails got buried' }] },
    { draft: 'Did you see my last message about the mentoring circle?', findings: [{ excerpt: 'Did you see my last message' }] },
    { draft: 'Just bumping this up again.', findings: [{ excerpt: 'Just bumping this up again' }] },
    { draft: "Why haven't you replied?", findings: [{ excerpt: "Why haven't you replied" }] },
    { draft: { text: 'Hi Sophie, could you let me know where things stand?', thread: { fromThem: 1, unansweredFromMe: 2 } }, findings: [{ documentLevel: true, message: '2 messages' }] },
    { draft: { text: 'Following up again on the contract.', thread: { fromThem: 0, unansweredFromMe: 3 } }, findings: [{ excerpt: 'Following up again' }, { documentLevel: true, message: '3 messages' }] },
    { draft: 'This is my fourth message and I am still waiting.', findings: [{ excerpt: 'This is my fourth message' }, { excerpt: 'I am still waiting' }] },
  ],
  valid: [
    // "Hello" as what the coffee is for is no chase.
    "Hi Rob, I'm the new practice manager two doors down. Fancy a coffee to say hello?",
    'Would you like to pop by and say a quick hello?',
    // Round 5 quiet: a first gentle check, a message lost by the system, written a few times about something else.
    { text: 'Hi Nora, just checking whether the slides reached you. I can resend them as a PDF.', thread: { fromThem: 1, unansweredFromMe: 1 } },
    'My messages to the support team got lost in the migration, so I am asking you directly: does the API support webhooks?',
    "I've written a few times about remote onboarding on my blog, and your post made me rethink it.",
    'Hellooo from Lisbon! Here are the slides from the workshop, as promised on Tuesday.',
    'Earthquake drills at our office run twice a year.',
    'Your note got lost in my inbox, sorry for the slow reply!',
    { text: 'Hi Ben, a gentle follow-up on my note last week. No rush at all.', thread: { fromThem: 0, unansweredFromMe: 1 } },
    'Following up on our call: the invite is sent.',
    { text: 'Any update on the contract?', thread: 'unknown' },
    'Hello, I am a designer in Berlin.',
    'Thanks for waiting, here is the file.',
    { text: 'Here is the revised scope.', thread: { fromThem: 3, unansweredFromMe: 1 } },
  ],
});

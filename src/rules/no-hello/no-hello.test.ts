import { testRule } from '../../testing/rule-tester.ts';
import rule from './no-hello.ts';

const doc = [{ documentLevel: true as const }];

testRule(rule, {
  invalid: [
    // Round 5: greetings as a noun, the day hoped to be going well, in any case and punctuation.
    { draft: 'Hello Mr. Banda, greetings from Lusaka. Trust you are doing well.', findings: doc },
    { draft: 'Warm greetings, Ms. Osei!', findings: doc },
    { draft: "Season's greetings, Tom!", findings: doc },
    { draft: 'hi there, hope your monday is off to a good start!', findings: doc },
    { draft: 'Hey Ana, hope the week so far has been kind to you 🙂', findings: doc },
    { draft: 'HELLO! HOPE YOUR FRIDAY IS GOING WELL.', findings: doc },
    // Round 4: "long time", "trust you are well", "how's life treating you?", "keeping safe", greetings from a place, "just wanted to say hi".
    { draft: 'Greetings from Lagos!', findings: doc },
    { draft: 'Hey! Long time. How have you been?', findings: doc },
    { draft: 'TRUST YOU ARE WELL, MR. ADEYEMI.', findings: doc },
    { draft: "Hi Tom, how's life treating you?", findings: doc },
    { draft: "Hello Ms. Park, hope you're keeping safe and well.", findings: doc },
    { draft: 'Hey Jo, just wanted to say hi!', findings: doc },
    { draft: 'Hi from Nairobi, Amina!', findings: doc },
    { draft: 'Hi', findings: doc },
    { draft: 'Hello there!', findings: doc },
    { draft: 'Hey John, how are you?', findings: doc },
    { draft: { text: 'Hi Ana!', thread: { fromThem: 2, unansweredFromMe: 0 } }, findings: doc },
    { draft: 'yo', findings: doc },
    { draft: 'Good morning Priya 👋 hope you are doing well!', findings: doc },
    { draft: 'Hi, Bob', findings: doc },
    { draft: 'Nice to meet you, Abdul.', findings: doc },
    { draft: 'hello; how are you doing today?', findings: doc },
    { draft: 'Hi Lucy, hope you had a nice weekend!', findings: doc },
    { draft: 'Hey Sam!! How is it going?', findings: doc },
    { draft: 'Good afternoon, Mr. Osei. Hope this message finds you well.', findings: doc },
    { draft: 'Great to connect with you!', findings: doc },
    { draft: 'HELLO THERE', findings: doc },
    { draft: 'Happy Friday, Aiko! 🙂', findings: doc },
  ],
  valid: [
    // Round 5 quiet: the same openings followed by a reason, and a greeting that is a thank-you.
    "Greetings from Lusaka! I'm writing a piece on mobile money in Zambia and would love your view.",
    'Hope your Monday is off to a good start. Quick question about the API limits you mentioned in your post.',
    "Season's greetings, Tom! Thanks again for the referral to Maya, we start in January.",
    'Hi Ana, hope the week has been kind to you. Could I send you the draft agenda?',
    'Warm greetings from the Lagos team, and congratulations on the award!',
    { text: 'Hope your Friday is going well too!', thread: { fromThem: 3, unansweredFromMe: 0 } },
    // Round 4 quiet look-alikes: the same openings followed by a reason.
    "Greetings from Lagos! I'm organising a fintech meetup there and would love you to speak.",
    "Long time no see! I'm hiring for a data role in Oslo; interested?",
    "Trust you are well. I'm writing about the invoice from March.",
    'Hi from the team at Monzo, thanks for the talk.',
    "Hi Tom, how's the new job going? Would love to hear about your first month at Canva.",
    'Hello from Priya at Acme: could I ask about your API pricing?',
    // A question after the greeting is content: the capital after ¿ is no name.
    'Buenas, ¿Conectamos?',
    // Capitals then a number: each capitalised run is matched whole (splitting it backtracked exponentially).
    'PLEASE CONNECT. I NEED JOB URGENTLY. FRESHER B.COM 2023.',
    'Hi Ana, could you share the slides from Tuesday?',
    'Hey John, how are you? I saw your post on hiring and had one question.',
    'Hello there! I am a designer at Figma and loved your talk.',
    'Thanks for the notes.',
    '',
    'Hi, I applied for the analyst role last week.',
    { text: 'Thanks, you too!', thread: { fromThem: 1, unansweredFromMe: 0 } },
    'Nice to meet you at PyData yesterday, Abdul. Could I send you the notebook?',
    'Hope you are well. I am writing about the Rust meetup in May.',
    'Congrats on the new role!',
    'Great to connect with you, Lena; your post on dbt tests was spot on.',
    'Good morning, could you confirm Tuesday at 10?',
    'How are the Q3 numbers looking?',
    'Abdul.',
    'Hi Ana, quick one: is the offer still open?',
  ],
});

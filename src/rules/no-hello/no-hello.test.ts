import { testRule } from '../../testing/rule-tester.ts';
import rule from './no-hello.ts';

const doc = [{ documentLevel: true as const }];

testRule(rule, {
  invalid: [
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

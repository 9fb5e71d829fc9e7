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
  ],
  valid: [
    'Hi Ana, could you share the slides from Tuesday?',
    'Hey John, how are you? I saw your post on hiring and had one question.',
    'Hello there! I am a designer at Figma and loved your talk.',
    'Thanks for the notes.',
    '',
    'Hi, I applied for the analyst role last week.',
  ],
});

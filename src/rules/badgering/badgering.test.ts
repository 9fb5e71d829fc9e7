import { testRule } from '../../testing/rule-tester.ts';
import rule from './badgering.ts';

testRule(rule, {
  invalid: [
    { draft: 'Did you see my last message about the mentoring circle?', findings: [{ excerpt: 'Did you see my last message' }] },
    { draft: 'Just bumping this up again.', findings: [{ excerpt: 'Just bumping this up again' }] },
    { draft: "Why haven't you replied?", findings: [{ excerpt: "Why haven't you replied" }] },
    { draft: { text: 'Hi Sophie, could you let me know where things stand?', thread: { fromThem: 1, unansweredFromMe: 2 } }, findings: [{ documentLevel: true, message: '2 messages' }] },
    { draft: { text: 'Following up again on the contract.', thread: { fromThem: 0, unansweredFromMe: 3 } }, findings: [{ excerpt: 'Following up again' }, { documentLevel: true, message: '3 messages' }] },
    { draft: 'This is my fourth message and I am still waiting.', findings: [{ excerpt: 'This is my fourth message' }, { excerpt: 'I am still waiting' }] },
  ],
  valid: [
    { text: 'Hi Ben, a gentle follow-up on my note last week. No rush at all.', thread: { fromThem: 0, unansweredFromMe: 1 } },
    'Following up on our call: the invite is sent.',
    { text: 'Any update on the contract?', thread: 'unknown' },
    'Hello, I am a designer in Berlin.',
    'Thanks for waiting, here is the file.',
    { text: 'Here is the revised scope.', thread: { fromThem: 3, unansweredFromMe: 1 } },
  ],
});

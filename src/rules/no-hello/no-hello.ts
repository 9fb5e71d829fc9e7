import { defineRule } from '../../engine/define-rule.ts';

// What may follow a greeting without giving the message a purpose.
const SMALL_TALK = /^(?:[\s,.!?;:…\-–—]|\p{Extended_Pictographic}|\uFE0F|\u200D|how are (?:you|u)(?: doing)?(?: today)?|how(?:'s|’s| is) it going|how have you been|hope (?:you're|you’re|you are) (?:well|doing well|good)|hope all is well|good (?:morning|afternoon|evening)|there|again|all|everyone|nice to (?:meet|e-?meet) you|what's up|whats up|sup)*$/iu;

export default defineRule({
  meta: {
    id: 'no-hello',
    severity: 'warning',
    category: 'brevity',
    description: 'Flags a message that is only a greeting (“Hi”, “Hey John, how are you?”) with no purpose.',
    why: 'Get to the point quickly: a bare “Hi” makes them wait and wonder why you wrote. Summarize who you are, why you are reaching out and what you are asking for.',
  },
  check(ctx) {
    const greeting = ctx.greeting();
    if (!greeting || ctx.text.trim().length === 0) return [];
    const rest = ctx.text.slice(greeting.end);
    if (!SMALL_TALK.test(rest)) return [];
    return [
      {
        message: 'The message is only a greeting: say why you are writing in the same message.',
        suggestion: 'Add who you are, why them, and one clear ask.',
      },
    ];
  },
});

import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';

const MAX_WORDS = 35;
// URLs and e-mail addresses are not words a reader has to parse.
const NOT_A_WORD = /^(?:https?:\/\/|www\.)|^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export default defineRule({
  meta: {
    id: 'long-sentence',
    title: 'Long sentence',
    severity: 'info',
    category: 'brevity',
    description: 'Flags a sentence of more than 35 words.',
    why: 'Keep it short and focused: a sentence that runs on is hard to read on a phone.',
  },
  // Counts words and sentences: the same limits in every coached language (languages.md §4.1).
  multilingual: true,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const s of ctx.sentences()) {
      if (s.isListItem) continue;
      const words = s.text.split(/\s+/).filter((token) => token.length > 0 && !NOT_A_WORD.test(token)).length;
      if (words <= MAX_WORDS) continue;
      out.push({
        message: `This sentence has ${words} words; over ${MAX_WORDS} is hard to follow.`,
        start: s.start,
        end: s.end,
        suggestion: 'Split it in two, or cut what the reader does not need yet.',
      });
    }
    return out;
  },
});

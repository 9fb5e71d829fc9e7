import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { followsSentenceEnd } from '../../text/sentences.ts';
import { insideAny } from '../../text/spans.ts';

// Pairs that are grammatical ("that that", "had had", "what it is is") or fixed expressions.
const GRAMMATICAL = new Set(['that', 'had', 'is', 'was', 'do', 'does', 'did', 'bye', 'ha', 'no', 'so', 'knock', 'tut', 'yada', 'chop', 'hush', 'bora', 'walla', 'nous', 'vous', 'sie', 'die', 'der', 'das', 'le', 'la', 'les', 'de', 'se', 'ne']);

export default defineRule({
  meta: {
    id: 'repeated-word',
    severity: 'warning',
    category: 'polish',
    description: 'Flags the same word twice in a row (“the the”, “to to”), including “very very” and “please please”.',
    why: 'Proofread for typos and grammar: a doubled word is the classic sign of a message sent without a second read.',
    fixable: true,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const words = ctx.words();
    const skipped = ctx.nonProse();
    for (let i = 1; i < words.length; i++) {
      const prev = words[i - 1]!;
      const word = words[i]!;
      const lower = word.text.toLowerCase();
      if (lower !== prev.text.toLowerCase() || GRAMMATICAL.has(lower) || /^\d/.test(lower)) continue;
      const gap = ctx.text.slice(prev.end, word.start);
      if (!/^[ \t]+$/.test(gap) && gap !== ', ') continue;
      // Two capitalized words mid-sentence are a name ("Baden Baden", "Sirhan Sirhan").
      if (/^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(word.text) && prev.start > 0 && !followsSentenceEnd(ctx.text, prev.start)) continue;
      if (insideAny(skipped, word)) continue;
      out.push({
        message: `“${word.text}” is repeated.`,
        start: prev.start,
        end: word.end,
        suggestion: `Write “${prev.text}” once.`,
        fix: { start: prev.end, end: word.end, replacement: '' },
      });
    }
    return out;
  },
});

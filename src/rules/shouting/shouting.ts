import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { ACRONYMS } from '../../text/lexicons/acronyms.ts';
import { findAll } from '../../text/patterns.ts';
import { insideAny } from '../../text/spans.ts';
import { capitalize } from '../../text/normalize.ts';

const CAPS_WORD = /(?<![\p{L}\p{N}_'’-])\p{Lu}{5,}(?![\p{L}\p{N}_'’-])/gu;
const PUNCTUATION_RUN = /[!?]{2,}/g;

export default defineRule({
  meta: {
    id: 'shouting',
    severity: 'warning',
    category: 'tone',
    description: 'Flags words of five or more letters in ALL CAPS that are not acronyms, and runs like “!!” or “?!”.',
    why: 'Capitals and stacked punctuation read as shouting; a professional tone is calm, polite and gracious.',
    fixable: true,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const skipped = [...ctx.nonProse(), ...ctx.quoted()];
    for (const m of findAll(CAPS_WORD, ctx.text)) {
      if (ACRONYMS.has(m.text) || insideAny(skipped, m)) continue;
      const lower = m.text.toLowerCase();
      const atSentenceStart = /(?:^|[.!?]\s+|\n\s*)$/.test(ctx.text.slice(Math.max(0, m.start - 3), m.start));
      out.push({
        message: `“${m.text}” in capitals reads as shouting.`,
        start: m.start,
        end: m.end,
        suggestion: 'Write it in lower case; let the words carry the emphasis.',
        fix: { start: m.start, end: m.end, replacement: atSentenceStart ? capitalize(lower) : lower },
      });
    }
    for (const m of findAll(PUNCTUATION_RUN, ctx.text)) {
      if (insideAny(skipped, m)) continue;
      out.push({
        message: `“${m.text}” reads as shouting or impatience.`,
        start: m.start,
        end: m.end,
        suggestion: 'One mark is enough.',
        fix: { start: m.start, end: m.end, replacement: m.text.includes('?') ? '?' : '!' },
      });
    }
    return out.sort((a, b) => a.start! - b.start!);
  },
});

import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { MISSPELLINGS } from '../../text/lexicons/misspellings.ts';
import { matchCase } from '../../text/normalize.ts';
import { insideAny } from '../../text/spans.ts';

export default defineRule({
  meta: {
    id: 'typo',
    title: 'Typo',
    severity: 'warning',
    category: 'polish',
    description: 'Flags common misspellings of ordinary words (recieve, definately, seperate…) and offers the fix.',
    why: 'Proofread for typos and grammar: sloppy messages reflect poorly on you.',
    fixable: true,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const skipped = [...ctx.nonProse(), ...ctx.quoted()];
    for (const word of ctx.words()) {
      const right = MISSPELLINGS.get(word.text.toLowerCase());
      if (!right || insideAny(skipped, word)) continue;
      out.push({
        message: `“${word.text}” is misspelled: “${right}”.`,
        start: word.start,
        end: word.end,
        suggestion: `Write “${right}”.`,
        fix: { start: word.start, end: word.end, replacement: matchCase(word.text, right) },
      });
    }
    return out;
  },
});

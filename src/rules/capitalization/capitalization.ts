import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { compareName } from '../../signals/names.ts';
import { capitalize } from '../../text/normalize.ts';
import { findInParagraphs } from '../../text/paragraphs.ts';
import { insideAny } from '../../text/spans.ts';

// "i", "i'm", "i've", "i'd", "i'll" as the pronoun.
const LOWER_I = /(?<![\p{L}\p{N}_'’.\-/@])i(?=(?:['’](?:m|ve|d|ll))?(?![\p{L}\p{N}_\-.@]))/gu;

export default defineRule({
  meta: {
    id: 'capitalization',
    title: 'Capitalization',
    severity: 'info',
    category: 'polish',
    description: 'Flags a lower-case “i” as a pronoun, a sentence that starts in lower case, and the recipient’s name in lower case.',
    why: 'Proofread for typos and grammar: careless capitals make a message look rushed.',
    fixable: true,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const skipped = [...ctx.nonProse(), ...ctx.quoted()];
    for (const m of findInParagraphs(LOWER_I, ctx.text)) {
      if (insideAny(skipped, m)) continue;
      out.push({ message: '“i” as a pronoun is written “I”.', start: m.start, end: m.end, suggestion: 'Write “I”.', fix: { start: m.start, end: m.end, replacement: 'I' } });
    }
    for (const s of ctx.sentences()) {
      const first = /^[\p{L}][\p{L}\p{M}'’]*/u.exec(s.text);
      if (!first || !/^\p{Ll}/u.test(first[0])) continue;
      const word = first[0];
      // Brands styled in lower case (eBay, iPhone), list items, and the pronoun (reported above).
      if (/\p{Lu}/u.test(word) || s.isListItem || /^i(?:['’](?:m|ve|d|ll))?$/.test(word)) continue;
      const span = { start: s.start, end: s.start + word.length };
      if (insideAny(skipped, span) || insideAny(out as { start: number; end: number }[], span)) continue;
      out.push({ message: 'This sentence starts in lower case.', ...span, suggestion: `Write “${capitalize(word)}”.`, fix: { ...span, replacement: capitalize(word) } });
    }
    if (ctx.recipientParts.length > 0) {
      for (const name of ctx.addressedNames()) {
        if (!/^\p{Ll}/u.test(name.text) || compareName(name.text, ctx.recipientParts).kind !== 'match') continue;
        if (insideAny(out as { start: number; end: number }[], name)) continue;
        out.push({ message: `Their name is written with a capital: “${capitalize(name.text)}”.`, start: name.start, end: name.end, suggestion: `Write “${capitalize(name.text)}”.`, fix: { start: name.start, end: name.end, replacement: capitalize(name.text) } });
      }
    }
    return out.sort((a, b) => a.start! - b.start!);
  },
});

import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { compareName } from '../../signals/names.ts';
import { capitalize } from '../../text/normalize.ts';
import { findInParagraphs } from '../../text/paragraphs.ts';
import { insideAny } from '../../text/spans.ts';

// "i", "i'm", "i've", "i'd", "i'll" as the pronoun.
const LOWER_I = /(?<![\p{L}\p{N}_'’.\-/@])i(?=(?:['’](?:m|ve|d|ll))?(?![\p{L}\p{N}_\-.@]))/gu;

const RUN_ON_SENTENCE = /(?<=\p{L} )\.(?:[¿¡])?(\p{Ll}[\p{L}\p{M}]+)|(?<=\p{L}{2})\.[¿¡](\p{Ll}[\p{L}\p{M}]+)/gu;

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
  // In es/pt/fr/de: no "i" check; a sentence may open with ¿ ¡ « (the letter after them counts), and after
  // a salutation line ending with a comma the next line starts in lower case (languages.md §4.2).
  multilingual: true,
  check(ctx) {
    const out: RuleFinding[] = [];
    const skipped = [...ctx.nonProse(), ...ctx.quoted()];
    const english = ctx.language === 'en';
    for (const m of english ? findInParagraphs(LOWER_I, ctx.text) : []) {
      if (insideAny(skipped, m)) continue;
      out.push({ message: '“i” as a pronoun is written “I”.', start: m.start, end: m.end, suggestion: 'Write “I”.', fix: { start: m.start, end: m.end, replacement: 'I' } });
    }
    const sentences = ctx.sentences();
    sentences.forEach((s, index) => {
      if (!english && index > 0 && /,\s*$/.test(sentences[index - 1]!.text) && s.startsLine) return;
      const opener = english ? '' : (/^[¿¡«"„(]+\s*/u.exec(s.text)?.[0] ?? '');
      const first = /^[\p{L}][\p{L}\p{M}'’]*/u.exec(s.text.slice(opener.length));
      if (!first || !/^\p{Ll}/u.test(first[0])) return;
      const word = first[0];
      // Brands styled in lower case (eBay, iPhone), list items, and the pronoun (reported above).
      if (/\p{Lu}/u.test(word) || s.isListItem || /^i(?:['’](?:m|ve|d|ll))?$/.test(word)) return;
      const span = { start: s.start + opener.length, end: s.start + opener.length + word.length };
      if (insideAny(skipped, span) || insideAny(out as { start: number; end: number }[], span)) return;
      out.push({ message: 'This sentence starts in lower case.', ...span, suggestion: `Write “${capitalize(word)}”.`, fix: { ...span, replacement: capitalize(word) } });
    });
    // "Bilbao .me encantó", "liderazgo.¿tendrías": a full stop that runs into the next sentence, which the
    // sentence splitter cannot see (a space before the dot, or an opening ¿ ¡ right after it).
    for (const m of english ? [] : findInParagraphs(RUN_ON_SENTENCE, ctx.text)) {
      const word = (m.groups[0] ?? m.groups[1])!;
      const span = { start: m.end - word.length, end: m.end };
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

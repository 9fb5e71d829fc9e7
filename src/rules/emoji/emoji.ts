import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { findAll } from '../../text/patterns.ts';
import { insideAny } from '../../text/spans.ts';

// A whole emoji sequence: a pictograph or flag, with skin tone, variation selector and ZWJ joins.
const EMOJI = /(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*)*|[#*0-9]\uFE0F\u20E3)/gu;
// Typographic symbols that Unicode also calls pictographic: © ® ™ ‼ ⁉ arrows, ✓-like marks, ★ — not emoji in prose
// unless drawn as emoji (followed by the emoji variation selector U+FE0F).
const TYPOGRAPHIC = /^[\u00A9\u00AE\u2122\u203C\u2049\u2190-\u21FF\u2300-\u23FF\u2500-\u27BF\u2900-\u297F\u2B00-\u2BFF\u3030\u303D\u3297\u3299]$/u;
const COMMON_EMOJI_IN_RANGES = new Set(['☺', '☹', '❤', '✨', '✌', '☀', '⭐', '✅', '❌', '⚡', '☕', '✈', '⏰', '⌛', '⏳', '☝', '✋', '✊', '✍', '❗', '❓', '⚠', '♥']);
// Emoticons stand alone between spaces or punctuation: ":)" but not "https://".
const EMOTICON = /(?<![\p{L}\p{N}:/])(?::-?[)(DPpO3|\]]|;-?[)D\]]|:'\(|xD|XD|<3|\^_\^|\^\^|:-?\/(?!\/)|=\))(?![\p{L}\p{N}/])/gu;

export default defineRule({
  meta: {
    id: 'emoji',
    title: 'Emoji',
    severity: 'warning',
    category: 'tone',
    description: 'Flags emoji and emoticons such as 🙂 😂 🙏 :) ;) :D.',
    why: 'Use a professional tone: no slang, nicknames or emojis.',
    fixable: true,
    languageIndependent: true,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const skipped = ctx.nonProse();
    const text = ctx.text;
    const candidates = [...findAll(EMOJI, text), ...findAll(EMOTICON, text)].sort((a, b) => a.start - b.start);
    for (const m of candidates) {
      const first = String.fromCodePoint(m.text.codePointAt(0)!);
      const drawnAsEmoji = m.text.includes('\uFE0F') || m.text.includes('\u200D');
      if (TYPOGRAPHIC.test(first) && m.text.length <= 2 && !drawnAsEmoji && !COMMON_EMOJI_IN_RANGES.has(first)) continue;
      if (insideAny(skipped, m)) continue;
      out.push({
        message: `“${m.text}” reads as casual in a professional message.`,
        start: m.start,
        end: m.end,
        suggestion: 'Remove it; let your words carry the warmth.',
        fix: removal(text, m.start, m.end),
      });
    }
    return out;
  },
});

/** Removes the emoji with one neighbouring space, so no double space or space before punctuation is left. */
function removal(text: string, start: number, end: number): { start: number; end: number; replacement: string } {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (after === ' ' && (start === 0 || before === ' ' || before === '\n')) return { start, end: end + 1, replacement: '' };
  if (before === ' ' && (after === '' || after === ' ' || after === '\n' || /[,.!?;:]/.test(after))) return { start: start - 1, end, replacement: '' };
  if (after === ' ') return { start, end: end + 1, replacement: '' };
  return { start, end, replacement: '' };
}

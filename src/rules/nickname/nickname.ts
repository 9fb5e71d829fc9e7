import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { ADDRESS_TERMS } from '../../signals/greeting.ts';
import { compareName } from '../../signals/names.ts';
import { findAll } from '../../text/patterns.ts';
import { matchCase } from '../../text/normalize.ts';

// Familiar address used on its own: "Hey buddy !", "Cheers mate,", "thanks, boss!" — not "buddy program".
const FAMILIAR = ['buddy', 'pal', 'bro', 'mate', 'boss', 'champ', 'hun', 'hon', 'chief', 'bruh', 'fam', 'bestie'];
const ADDRESS = new RegExp(
  `(?:^|[,.!?;]\\s*|\\b(?:hi|hey|hello|yo|thanks|thank you|thx|cheers|sup|morning|ok|okay|sure|listen|look)\\s+)(${FAMILIAR.join('|')})(?=\\s*(?:[,.!?;:]|$|\\n)|\\s+(?:how|what|i|i'm|you|thanks|long|good|great)\\b)`,
  'giu',
);

export default defineRule({
  meta: {
    id: 'nickname',
    severity: 'warning',
    category: 'tone',
    description: 'Flags familiar forms of address (buddy, pal, bro, mate, boss) and short forms of the recipient’s name they did not use (“Mike” for Michael).',
    why: 'Use a professional tone with no nicknames: address people by the name they use on their profile.',
    fixable: true,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const m of findAll(ADDRESS, ctx.matchText)) {
      const word = m.groups[0]!;
      const start = m.end - word.length;
      if (!ADDRESS_TERMS.has(word.toLowerCase())) continue;
      out.push({ message: `“${ctx.text.slice(start, m.end)}” is too familiar for LinkedIn.`, start, end: m.end, suggestion: 'Address them by their name.' });
    }
    if (ctx.recipientParts.length > 0) {
      for (const used of ctx.addressedNames()) {
        const verdict = compareName(used.text, ctx.recipientParts);
        if (verdict.kind !== 'short-form') continue;
        out.push({
          message: `“${used.text}” is a short form of ${verdict.of}; their profile says ${verdict.of}.`,
          start: used.start,
          end: used.end,
          suggestion: `Use ${verdict.of} until they sign off with “${used.text}” themselves.`,
          fix: { start: used.start, end: used.end, replacement: matchCase(used.text, verdict.of) },
        });
      }
    }
    return out.sort((a, b) => a.start! - b.start!);
  },
});

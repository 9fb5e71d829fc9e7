import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { ADDRESS_TERMS } from '../../signals/greeting.ts';
import { compareName } from '../../signals/names.ts';
import { findAll } from '../../text/patterns.ts';
import { matchCase } from '../../text/normalize.ts';

// Familiar address set off as a vocative: "Hey buddy !", "Cheers mate,", "thanks, boss!", "Thanks, my
// friend." — not "buddy program", "my boss", "I asked my friend".
const FAMILIAR = ['buddy', 'pal', 'bro', 'mate', 'boss', 'champ', 'hun', 'hon', 'chief', 'bruh', 'fam', 'bestie', 'girl', 'girlie', 'gurl', 'my friend', 'dear friend', 'my dear friend', 'my brother', 'brother'];
const ADDRESS = new RegExp(
  `(?:^|[,.!?;—–]\\s*|\\b(?:hi|hey|hello|yo|thanks|thank you|thx|cheers|sup|morning|ok|okay|sure|listen|look)\\s+)(${FAMILIAR.join('|')})(?=\\s*(?:[,.!?;:]|$|\\n)|\\s+(?:how|what|i|i'm|you|u|can|could|do|are|r|need|just|any|quick|is|so|hope|wanna|gonna|listen|check|got|thanks|long|good|great|saw|seen|loved|love|noticed|read)\\b)`,
  'giu',
);
// The casual ones also close a clause after any word ("thx for the intro buddy!!"), unless they are
// someone ("my buddy.", "a good pal.") rather than the reader.
// "mate" closes one too ("got any apprenticeships going mate?"), but not as a compound's second word ("my flat mate.", "a running mate").
// The word is looked for first: a lookbehind tried at every position would read a long run of spaces back each time.
const CASUAL = 'buddy|pal|bro|bruh|champ|fam|bestie|mate';
const CLOSING_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?=${CASUAL})(?<!\\b(?:my|your|his|her|our|their|a|an|the|this|that|good|old|best|study|gym|workout|reading|coding|accountability|lunch|team|flat|room|class|ship|running|play|house|work|course|check|soul|cell|bunk|pen|help|first|second|stale)\\s{1,40})(${CASUAL})(?=\\s*(?:[,.!?;:]|$))`,
  'giu',
);

export default defineRule({
  meta: {
    id: 'nickname',
    title: 'Nickname',
    severity: 'warning',
    category: 'tone',
    description: 'Flags familiar forms of address (buddy, pal, bro, mate, boss) and short forms of the recipient’s name they did not use (“Mike” for Michael).',
    why: 'Use a professional tone with no nicknames: address people by the name they use on their profile.',
    fixable: true,
  },
  // Short forms of the recipient's name in any language (from the pack's list); address terms come from the pack's families.
  multilingual: true,
  check(ctx) {
    const out: RuleFinding[] = [];
    const taken: { start: number; end: number }[] = [];
    const english = ctx.pack === null;
    for (const m of english ? [...findAll(ADDRESS, ctx.matchText), ...findAll(CLOSING_ADDRESS, ctx.matchText)] : []) {
      const word = m.groups[0]!;
      const start = m.end - word.length;
      if (!word.includes(' ') && !ADDRESS_TERMS.has(word.toLowerCase()) && word.toLowerCase() !== 'brother') continue;
      if (taken.some((t) => t.start === start)) continue;
      taken.push({ start, end: m.end });
      out.push({ message: `“${ctx.text.slice(start, m.end)}” is too familiar for LinkedIn.`, start, end: m.end, suggestion: 'Address them by their name.' });
    }
    if (ctx.recipientParts.length > 0) {
      for (const used of ctx.addressedNames()) {
        const verdict = compareName(used.text, ctx.recipientParts, ctx.pack?.names.shortForms, { hyphenatedGivenName: ctx.language === 'fr' || ctx.language === 'de' });
        if (verdict.kind !== 'short-form') continue;
        out.push({
          message: `“${used.text}” is a short form of ${verdict.of}; their profile says ${verdict.of}.`,
          start: used.start,
          end: used.end,
          suggestion: `Use ${verdict.of} until they sign off with “${used.text}” themselves.`,
          // Initials ("HP") are not shouting: the fix writes the name as on their profile.
          fix: { start: used.start, end: used.end, replacement: used.text.length <= 3 ? verdict.of : matchCase(used.text, verdict.of) },
        });
      }
    }
    return out.sort((a, b) => a.start! - b.start!);
  },
});

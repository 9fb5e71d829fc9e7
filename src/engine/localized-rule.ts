import type { RuleId } from '../contracts/rule-id.ts';
import type { LocalizedRule } from '../languages/types.ts';
import type { RuleContext } from './context.ts';
import type { Rule, RuleFinding } from './define-rule.ts';
import { compileFamilies, expandSlots, findFamilies, withoutOverlaps } from './families.ts';
import { lazyPer } from './lazy.ts';
import { matches, phrasePattern } from '../text/patterns.ts';
import { howWeMet } from '../signals/outreach.ts';

// Each pack's rule entry is compiled the first time a draft in that language needs it, not at start.
const compiledOf = lazyPer((entry: LocalizedRule) => {
  const all = compileFamilies(entry.families, entry.lexicon);
  const coldOnly = new Set(entry.coldOnlyFamilies ?? []);
  const byRecipient = entry.quietForRecipient;
  return {
    all,
    always: all.filter((f) => !coldOnly.has(f.name)),
    recipientQuiet: byRecipient ? { families: new Set(byRecipient.families), headline: phrasePattern(byRecipient.headline) } : null,
    quietWhen: entry.quietWhen?.length ? phrasePattern(entry.quietWhen.map((f) => expandSlots(f, entry.lexicon ?? {}))) : null,
  };
});

/**
 * What to do instead, for a finding in another language: English advice (the interface is English for
 * now) that quotes no English wording, since quoted examples must be in the draft's language (languages.md §3).
 */
const LOCALIZED_ADVICE: Partial<Record<RuleId, string>> = {
  'false-familiarity': 'Do not imply an earlier exchange that did not happen: say plainly how you know of them.',
  'sales-pitch': 'Build the relationship first: ask about their needs before offering anything.',
  'job-ask': 'Ask for advice or a short conversation about the team instead of asking for a job outright.',
  'personal-favor': 'Ask for advice or a short conversation instead, or build the relationship first.',
  'personal-question': 'Keep to professional topics: their work, their field, their experience.',
  'sensitive-info': 'Never ask for (or send) identity numbers, bank details, passwords or codes in a message.',
  flirtatious: 'Keep it professional: talk about their work, not their looks or your evening.',
  'template-phrase': 'Replace the stock wording with one sentence on why you are writing to this person.',
  'overly-formal': 'A shorter, plainer formula reads as more sincere.',
  slang: 'Write the words out: a first message deserves full words.',
  nickname: 'Address them by their name.',
  pushy: 'Drop the deadline: let them answer when they can.',
  demanding: 'Ask, do not order: turn it into a polite question.',
  desperate: 'Say what you offer and what you ask, calmly: pleading makes it hard to say yes.',
  entitled: 'Nobody owes an answer on LinkedIn: ask politely, and make it easy to say no.',
  assumption: 'Ask what they need instead of assuming it.',
  badgering: 'If you follow up, add something new and make it easy to say no.',
  'negative-tone': 'Keep it calm and constructive, or leave the conversation politely.',
  profanity: 'Leave the swearing out.',
  typo: 'Correct the spelling.',
};

/** The folded key of a fix table: lower case, single spaces, curly apostrophes straightened. */
export const fixKey = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * A rule's check on a draft in another language: its families from the language's pack, one finding per
 * place, with the English message built from what the family means (the interface is English for now)
 * and a fix from the pack's table when the pack has one for these words.
 */
export function checkLocalized(rule: Rule, entry: LocalizedRule, ctx: RuleContext): RuleFinding[] {
  if ((entry.when === 'cold' || entry.when === 'stranger') && ctx.conversation !== 'cold') return [];
  if (entry.when === 'stranger' && howWeMet(ctx)) return [];
  const { all, always, recipientQuiet, quietWhen } = compiledOf(entry);
  if (quietWhen && matches(quietWhen, ctx.matchText)) return [];
  let families = ctx.conversation === 'cold' ? all : always;
  const headline = ctx.recipient?.headline;
  if (recipientQuiet && headline && matches(recipientQuiet.headline, headline)) families = families.filter((f) => !recipientQuiet.families.has(f.name));
  return withoutOverlaps(findFamilies(ctx, families, ctx.quoted())).map((m) => {
    const excerpt = ctx.text.slice(m.start, m.end);
    const finding: RuleFinding = {
      message: `“${excerpt}” ${m.means}.`,
      start: m.start,
      end: m.end,
      suggestion: entry.suggestion ?? LOCALIZED_ADVICE[rule.meta.id] ?? 'Rephrase it for this reader.',
    };
    const replacement = entry.fixes?.[fixKey(excerpt)];
    if (replacement !== undefined && replacement !== excerpt) finding.fix = { start: m.start, end: m.end, replacement: keepCase(excerpt, replacement) };
    return finding;
  });
}

/**
 * "PORFA" → "POR FAVOR", "Porfa" → "Por favor": the fix keeps how the writer capitalized the words,
 * unless the table writes a capital itself ("LG" → "Liebe Grüße", "Cdlt" → "Cordialement").
 */
function keepCase(original: string, replacement: string): string {
  if (/^\p{Lu}/u.test(replacement)) return replacement;
  if (original.length >= 4 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

import type { RuleContext } from '../engine/context.ts';
import type { Sentence } from '../text/sentences.ts';
import { firstWordTags } from '../text/nlp.ts';

// Imperatives that are courtesy, not orders ("Thank you", "Feel free", "Let me know", "Have a great day").
const COURTESY_VERBS = new Set(
  ('thank thanks feel let have enjoy take keep stay see find note excuse forgive pardon imagine hope wish welcome congratulate ' +
    'consider trust rest sleep say check look happy remember bear meet join glad accept allow please kindly pls plz ' +
    'be do try go come sounds count mind ping').split(' '),
);
// The order is aimed at the writer's benefit: "Send me…", "Call me…", "Reply with your…", "Review my…".
const VERBS_WITH_ADJECTIVE_ENDINGS = new Set(['present', 'rent', 'comment', 'document', 'implement', 'represent', 'prevent', 'invent', 'consent', 'resent', 'cement', 'enable', 'disable', 'table', 'label']);
const AIMED_AT_ME = /\b(?:me|us|my|our|mine|ours)\b|\bwith your\b|\byour (?:current|resume|cv|email|number|details|salary|ctc|address|comments|feedback|decision|answer|reply|response)\b/i;
const SOFTENERS = /\b(?:please|pls|plz|kindly|if (?:you|you're|you’re|u)\b|when (?:you|it's|it’s|it is|you're|you’re)\b|whenever|feel free|no pressure|no rush|if possible|if convenient)/i;
// Friendly formulas that are imperatives only in grammar ("Send my best to…", "Give me a shout…").
const FRIENDLY = /^(?:send (?:my|our) (?:best|regards|love|thanks|congratulations|congrats)|give me a (?:shout|call|ring|buzz|ping) (?:if|when|whenever)|tell me more|drop me a (?:line|note) (?:if|when|whenever)|say hi|give my (?:best|regards))/i;

/**
 * Sentences that order the reader about: they start with a bare verb (compromise's #Imperative),
 * are not softened ("please", "if you can") or courtesy, and ask something for the writer.
 * compromise runs at most once per draft, only on the sentences that pass the cheap filters and that it
 * has not seen before.
 */
export function imperativeSentences(ctx: RuleContext): readonly Sentence[] {
  return ctx.memo('imperativeSentences', () => {
    const candidates = ctx.sentences().filter((s) => {
      const first = /^[\s•\-*]*([A-Za-z]+)/.exec(s.text)?.[1]?.toLowerCase();
      if (!first || COURTESY_VERBS.has(first) || s.text.trimEnd().endsWith('?')) return false;
      // compromise guesses "verb" for unknown words before "to" ("Pursuant to…"): adjective-looking words are not orders.
      if (/(?:ant|ent|ous|ful|able|ible|less)$/.test(first) && !VERBS_WITH_ADJECTIVE_ENDINGS.has(first)) return false;
      return AIMED_AT_ME.test(s.text) && !SOFTENERS.test(s.text) && !FRIENDLY.test(s.text.replace(/^[\s•\-*]+/, '')) && s.text.length < 300;
    });
    if (candidates.length === 0) return [];
    const tags = firstWordTags(candidates.map((s) => s.text));
    return Object.freeze(candidates.filter((_, i) => tags[i]?.includes('Imperative') ?? false));
  });
}

import { familyRule } from '../../engine/family-rule.ts';
import { phrasePattern, matches } from '../../text/patterns.ts';
import { howWeMet } from '../../signals/outreach.ts';
import { families, lexicon } from './families.ts';

// In a conversation they take part in, an introduction is fine unless it is demanded.
const FROM_STRANGER = new Set(['introductionFromStranger', 'referenceFromStranger']);
const DEMANDED = phrasePattern(['I expect you to', 'you owe me', 'you must', 'you need to', 'I need you to']);

export default familyRule({
  meta: {
    id: 'personal-favor',
    title: 'Personal favor',
    severity: 'warning',
    category: 'relationship',
    description: 'Flags asking for personal favors: money, votes, likes, endorsements, recommendations, or introductions from a stranger.',
    why: 'Avoid asking for personal favors, and do not make requests that could put someone in an uncomfortable position; seeking an introduction through a shared connection you already talk with is fine.',
  },
  families,
  lexicon,
  // Someone you met or spoke with ("thanks for the chat yesterday") is no stranger, even before they write back.
  // A reference asked of someone you already talk with is a normal step of an application, like an introduction.
  familyApplies: (family, ctx) =>
    !FROM_STRANGER.has(family) ||
    (ctx.conversation === 'cold' && !howWeMet(ctx)) ||
    (ctx.conversation !== 'unknown' && matches(DEMANDED, ctx.matchText)),
  message: (m) => `This ${m.means}: a personal favor from someone you barely know.`,
  suggestion: 'Ask for advice or a short conversation instead, or build the relationship first.',
});

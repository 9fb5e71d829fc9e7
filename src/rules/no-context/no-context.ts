import { defineRule } from '../../engine/define-rule.ts';
import { hasPersonalContext, pseudoContext } from '../../signals/outreach.ts';
import { specificMention } from '../../signals/specific-mention.ts';
import { sharedMoment } from '../../signals/shared-moment.ts';
import { datedMoment } from '../../signals/dated-moment.ts';
import { subjectNamesTheirWork } from '../../signals/subject-mention.ts';
import { scorersHearAReason } from './scorer/scorer.ts';

export default defineRule({
  meta: {
    id: 'no-context',
    title: 'Missing context',
    severity: 'warning',
    category: 'relationship',
    description: 'Flags a cold message that gives no reason why this person.',
    why: 'Cold messaging someone out of the blue should be done thoughtfully: share common connections or interests that give context for why you are reaching out before asking for something.',
  },
  // Reads the draft language's context families (see signals/outreach.ts).
  multilingual: true,
  check(ctx) {
    if (ctx.conversation !== 'cold' || ctx.text.trim().length === 0) return [];
    if (hasPersonalContext(ctx)) return [];
    // A reason in words no family knows: a sentence about them that names something particular, a
    // statement of what they did, or what you did together, told in the past, or a past date next to them.
    if (specificMention(ctx) || sharedMoment(ctx) || datedMoment(ctx)) return [];
    // An InMail whose subject names a work of theirs ("A question about your book on succession").
    if (subjectNamesTheirWork(ctx)) return [];
    // Name the words that sound like a reason but would fit anyone, so the writer sees why they do not count.
    const pseudo = pseudoContext(ctx)[0];
    // English only: two scorers trained on the labeled tune drafts hear a reason in wordings the families have
    // never seen (it can only silence the rule, never raise it; see scorer/README.md). It does not overrule words
    // known to sound like a reason without being one. The packs rely on their families.
    if (!pseudo && ctx.language === 'en' && scorersHearAReason(ctx.text, ctx.subject)) return [];
    const message = pseudo
      ? `“${ctx.text.slice(pseudo.start, pseudo.end)}” could be said to anyone, so it is no reason: nothing says why you are writing to this person in particular.`
      : 'Nothing says why you are writing to this person in particular.';
    return [
      {
        message,
        suggestion: 'Mention how you know of them: a shared connection, school or event, or something specific of theirs (a post, talk, project, their company).',
      },
    ];
  },
});

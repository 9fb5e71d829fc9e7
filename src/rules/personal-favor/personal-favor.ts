import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { findAll, phrasePattern } from '../../text/patterns.ts';
import { insideAny } from '../../text/spans.ts';

const FAVORS = phrasePattern([
  // money
  '(?:lend|loan|send|give|transfer|wire) me (?:some )?(?:money|cash|funds|\\$|€|£|₹|\\d)',
  '(?:can|could|would) you (?:please )?(?:send|lend|give|transfer|wire) me \\S*\\d',
  '(?:need|needs|ask for|asking for|request) a (?:small )?loan', 'lend me', 'loan me',
  '(?:send|pay) (?:it|the money|me) (?:by|through|via|on|with) (?:paypal|gcash|venmo|western union|cash ?app|zelle|m-?pesa|revolut|upi)',
  '(?:make|making|consider) a donation', 'donate (?:to|for|\\$|€|£)', 'sponsor me', 'fund my',
  // votes, likes, shares, follows
  'vote for (?:us|me|my|our)', 'need (?:your )?votes',
  // Asked for, not described: "could you share my post", not "your comment on my post".
  '(?:(?:can|could|would|will) you (?:please |kindly )?|please |pls |kindly |and |to )(?:like|share|repost|retweet|comment on|boost|upvote) (?:my|our|the) (?:latest |new |recent )?(?:post|video|article|page|launch)',
  'share (?:it|this|the post|my post|our post) with your (?:network|connections|followers)', 'follow (?:my|our) (?:page|company page|account|channel|newsletter)',
  // endorsements and recommendations
  'endorse me', 'endorsements? for me', 'write me a (?:linkedin |short |quick )?recommendation',
  '(?:write|give|leave) (?:me )?a (?:linkedin )?recommendation (?:for me|on my profile)', 'recommend me on linkedin',
]);

// A stranger asked to introduce you: "introduce me to your CEO".
const INTRODUCTION = phrasePattern([
  '(?:introduce|introducing|connect) me (?:to|with) (?:your|her|him|them|the|\\p{Lu})',
  'make an? (?:warm )?intro(?:duction)? (?:to|for me)',
]);
// In a conversation they take part in, an introduction is fine unless it is demanded.
const DEMANDED = phrasePattern(['I expect you to', 'you owe me', 'you must', 'you need to', 'I need you to']);

export default defineRule({
  meta: {
    id: 'personal-favor',
    severity: 'warning',
    category: 'relationship',
    description: 'Flags asking for personal favors: money, votes, likes, endorsements, recommendations, or introductions from a stranger.',
    why: 'Avoid asking for personal favors, and do not make requests that could put someone in an uncomfortable position; seeking an introduction through a shared connection you already talk with is fine.',
  },
  check(ctx) {
    const skipped = ctx.nonProse();
    const out: RuleFinding[] = [];
    for (const m of findAll(FAVORS, ctx.matchText)) {
      if (insideAny(skipped, m)) continue;
      out.push({ message: 'This asks a personal favor of someone you barely know.', start: m.start, end: m.end, suggestion: 'Ask for advice or a short conversation instead, or build the relationship first.' });
    }
    const introductionsAllowed = ctx.conversation === 'unknown' || (ctx.conversation === 'established' && findAll(DEMANDED, ctx.matchText).length === 0);
    if (!introductionsAllowed) {
      for (const m of findAll(INTRODUCTION, ctx.matchText)) {
        out.push({ message: 'This asks for an introduction from someone who does not know you yet.', start: m.start, end: m.end, suggestion: 'Build the relationship first, or ask a shared connection for the introduction, with a professional reason.' });
      }
    }
    return out.sort((a, b) => a.start! - b.start!);
  },
});

import type { RuleContext } from './context.ts';

export interface LengthGoal {
  /** Words for messages and InMails, characters for notes. */
  unit: 'words' | 'characters';
  limit: number;
  measure: number;
}

/** The kind's length goal: notes in characters, messages and InMails in words (replies get more room). */
export function lengthGoalOf(ctx: RuleContext): LengthGoal {
  const goals = ctx.lengthGoals;
  if (ctx.kind === 'note') return { unit: 'characters', limit: goals.noteCharacters, measure: ctx.totalCharacters };
  if (ctx.kind === 'inmail') return { unit: 'words', limit: goals.inmailWords, measure: ctx.totalWords };
  // A message in an established (or unreadable) conversation is a reply: it gets the reply goal.
  const limit = ctx.conversation === 'cold' ? goals.messageWords : goals.replyWords;
  return { unit: 'words', limit, measure: ctx.totalWords };
}

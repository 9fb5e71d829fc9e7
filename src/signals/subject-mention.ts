import type { RuleContext } from '../engine/context.ts';
import { lexicon } from './context-families.ts';

/**
 * An InMail's subject is part of the message: one that names a work of theirs with what it is about or
 * where it was ("A question about your book on succession", "Your Kotlin talk at Droidcon") gives the
 * reason even when the body only goes on from there ("I read 'Passing the Keys' on a flight…"). A bare
 * "Your post" or "Your profile" says nothing particular. English only: the nouns are English ones.
 */
const THEIR_WORK_IN_SUBJECT = new RegExp(
  `(?<![\\p{L}])your (?:[\\p{L}\\p{N}'’-]+ ){0,3}?(?:${lexicon.workNoun!.join('|')}) (?:on|about|at|in|for|from|with|to) [\\p{L}\\p{N}]`,
  'iu',
);

export function subjectNamesTheirWork(ctx: RuleContext): boolean {
  return ctx.pack === null && ctx.subject !== null && THEIR_WORK_IN_SUBJECT.test(ctx.subject);
}

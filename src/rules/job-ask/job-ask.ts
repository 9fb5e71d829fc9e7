import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { compileFamilies, findFamilies, withoutOverlaps } from '../../engine/families.ts';
import { matches, phrasePattern } from '../../text/patterns.ts';
import { alreadyApplied, families, forSomeoneElse, lexicon, notYetApplied, seekingWork, writerRecruits } from './families.ts';

const compiled = compileFamilies(families, lexicon);
const ALREADY_APPLIED = phrasePattern(alreadyApplied);
const NOT_YET_APPLIED = phrasePattern(notYetApplied);
const SEEKING_WORK = phrasePattern(seekingWork);
const WRITER_RECRUITS = phrasePattern(writerRecruits);
const FOR_SOMEONE_ELSE = phrasePattern(forSomeoneElse);
// The writer in the asked words ("openings for me", "refer me", "my CV").
const ASKS_FOR_WRITER = /\b(?:me|my|myself|I|I'm|I'd)\b/i;
// Once they have written, "I'd love to be considered for future roles" answers them; it asks nothing outright.
const COLD_ONLY = new Set(['considerMe', 'cvWithoutApplying', 'vagueHelpAsk']);
const NEEDS_JOB_SEARCH = new Set(['cvWithoutApplying', 'vagueHelpAsk', 'openingsQuestion']);

export default defineRule({
  meta: {
    id: 'job-ask',
    title: 'Asking for a job',
    severity: 'warning',
    category: 'relationship',
    description: 'Flags asking for a job, internship or referral outright without having applied.',
    why: 'Asking for a job or internship without formally applying puts the person in an uncomfortable position; apply first, then ask for advice or a referral.',
  },
  check(ctx) {
    if (matches(ALREADY_APPLIED, ctx.matchText) && !matches(NOT_YET_APPLIED, ctx.matchText)) return [];
    if (matches(WRITER_RECRUITS, ctx.matchText)) return [];
    const forSomeoneElse = matches(FOR_SOMEONE_ELSE, ctx.matchText);
    const found = withoutOverlaps(findFamilies(ctx, compiled))
      .filter((m) => ctx.conversation === 'cold' || !COLD_ONLY.has(m.family))
      // Asked on a friend's behalf ("a friend of mine would be a great fit"): only an ask naming the writer counts.
      .filter((m) => !forSomeoneElse || ASKS_FOR_WRITER.test(ctx.matchText.slice(m.start, m.end)));
    // A CV alone, or "how can you help me?", may come with a request for advice; with a job search or another ask it is a job ask.
    const onlyCv = found.every((m) => NEEDS_JOB_SEARCH.has(m.family));
    if (found.length === 0 || (onlyCv && !matches(SEEKING_WORK, ctx.matchText))) return [];
    return found.map((m): RuleFinding => ({
      message: `This ${m.means}.`,
      start: m.start,
      end: m.end,
      suggestion: 'Apply first, then ask for advice or for a referral to a specific role you applied to.',
    }));
  },
});

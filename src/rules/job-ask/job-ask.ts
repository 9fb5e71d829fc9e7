import { familyRule } from '../../engine/family-rule.ts';
import { matches, phrasePattern } from '../../text/patterns.ts';
import { alreadyApplied, families, lexicon } from './families.ts';

const ALREADY_APPLIED = phrasePattern(alreadyApplied);

export default familyRule({
  meta: {
    id: 'job-ask',
    severity: 'warning',
    category: 'relationship',
    description: 'Flags asking for a job, internship or referral outright without having applied.',
    why: 'Asking for a job or internship without formally applying puts the person in an uncomfortable position; apply first, then ask for advice or a referral.',
  },
  appliesTo: (ctx) => !matches(ALREADY_APPLIED, ctx.matchText),
  families,
  lexicon,
  message: (m) => `This ${m.means}.`,
  suggestion: 'Apply first, then ask for advice or for a referral to a specific role you applied to.',
});

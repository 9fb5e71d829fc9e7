import { phraseRule } from '../../engine/phrase-rule.ts';
import { matches, phrasePattern } from '../../text/patterns.ts';

// "I applied for the data analyst role", "applied through your careers page", "(job ID 48213)".
const ALREADY_APPLIED = phrasePattern([
  "(?:I|I've|I have|I've already|I have already|already) (?:already |also |just |recently )?(?:applied|submitted (?:my|an) application)(?: online)? (?:for|to|through|via|on|at) (?:the|this|your|a|an) (?:\\S+ ){0,6}?(?:role|position|job|opening|posting|internship|careers|portal|page|site|website|vacancy|req)",
  "(?:I|I've|I have) (?:already |also )?applied (?:through|via|on)",
  'job id', 'requisition', 'req(?:uisition)? (?:id|#|no)', 'application (?:id|number|#)',
]);

export default phraseRule({
  meta: {
    id: 'job-ask',
    severity: 'warning',
    category: 'relationship',
    description: 'Flags asking for a job, internship or referral outright without having applied.',
    why: 'Asking for a job or internship without formally applying puts the person in an uncomfortable position; apply first, then ask for advice or a referral.',
  },
  appliesTo: (ctx) => !matches(ALREADY_APPLIED, ctx.matchText),
  groups: [
    {
      phrases: [
        '(?:can|could|would|will) (?:you|u) (?:please |kindly )?(?:give|offer|get|find) me (?:a|an|any|some) (?:job|internship|role|position|opening|work|chance)',
        '(?:please |pls )?(?:give|offer) me (?:a|an|any) (?:job|internship|role|position)',
        '(?:you|u) (?:could|can|would|might) (?:please )?(?:get|give|find|offer) me (?:a|an|any|some) (?:job|internship|role|position|interview|work)',
        '(?:please |pls )?(?:please )?hire me',
        '(?:any|are there any) (?:\\S+ ){0,2}?(?:openings?|positions?|roles?|vacanc(?:y|ies)|opportunit(?:y|ies)|jobs?) (?:for me|on your team|in your team|at your company|in your company|for someone like me)',
        '(?:chance|possible) (?:that )?there (?:are|is) (?:any )?(?:openings?|positions?|roles?) (?:\\S+ ){0,3}?for me',
        '(?:can|could|would|will) (?:you|u) (?:please |kindly )?refer me',
        '(?:forward|pass|send|share|give) my (?:resume|résumé|cv|portfolio|application|profile) (?:on )?to (?:the|your) (?:\\S+ )?(?:hiring|recruit|HR|talent|team)',
        'put in a good word',
        '(?:are|r) (?:you|u)(?: guys)? (?:\\S+ )?hiring',
        '(?:you|u) (?:gonna|going to) be hiring',
        '(?:consider|considering) (?:me|my profile|my resume|my cv|my application) for (?:the|a|an|any) (?:\\S+ ){0,3}?(?:post|position|role|job|opening|internship)',
        'looking for (?:a job|work|an internship) (?:\\S+ ){0,4}?(?:can|could) you',
      ],
      message: () => 'This asks them for a job or a referral outright.',
      suggestion: 'Apply first, then ask for advice or for a referral to a specific role you applied to.',
    },
  ],
});

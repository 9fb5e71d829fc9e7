import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { phrasePattern } from '../../text/patterns.ts';
import { findInParagraphs } from '../../text/paragraphs.ts';

// What no one should be asked for in a LinkedIn message.
const SENSITIVE = phrasePattern([
  '(?:home|residential|physical|postal|street|mailing) address', 'social security (?:number|no)', 'ssn', 'sin number',
  'passport(?: number| no| scan| copy| photo| details)?', "(?:driver'?s|driving) licen[cs]e", 'national (?:id|insurance number)', 'id (?:number|card)',
  'bank (?:account|details|info|information|login|statements?)', 'account (?:number|details)', 'routing number', 'iban', 'sort code', 'swift code',
  '(?:credit|debit) card(?: number| details)?', 'card (?:number|details)', 'cvv', 'cvc', 'expiry date', 'expiration date', 'pin(?: code| number)',
  'passwords?', 'passcode', '(?:verification|security|one-time|login|2fa|otp|\\d-digit) code', 'otp', 'date of birth', 'birth ?date', 'dob',
  "mother's maiden name", '(?:online banking|banking|bank|portal|account|email|e-mail|payroll|workday|paypal) (?:login|log-in|sign-in|credentials|username and password)(?: details)?',
  // The same said the other way round: "the login for your online banking".
  '(?:login|log-in|sign-in|credentials|username and password)(?: details)? (?:for|to|of) (?:your |the )?(?:online banking|banking|bank(?: account)?|portal|email|e-mail|payroll|workday|paypal)(?: account)?',
  '(?:login|log-in|sign-in) (?:details|credentials|info|information)', 'credentials', '(?:recovery|seed) phrase', 'private key', 'medical (?:history|records|details|conditions?|information)', 'health (?:records|history|information)',
]);
// It is a request when a verb asks for it, or when it is theirs ("your password", "your full bank details"): "your" within
// a few words, since a "your" earlier in the sentence may own something else ("your renewal bounced, probably the old IBAN").
const REQUEST_BEFORE = /(?:send|share|provide|confirm|reply with|give|tell|verify|need|enter|submit|include|attach|forward|text|email|upload|scan of|photo of|copy of|along with)\b[^.!?\n]{0,80}$|\b(?:your|ur)\s+(?:[^\s.!?]+\s+){0,3}$/iu;
// Or when the request follows it: "LinkedIn sent you a code by mistake… Could you tell me what it is?"
const REQUEST_AFTER = /^[^]{0,160}?\b(?:tell|send|share|give|forward|read out|text)\s+(?:me|us)\s+(?:what it (?:is|says)|it|the (?:code|number|digits))\b/iu;
const OWN_BEFORE = /\b(?:my|our)\s+(?:\S+\s+)?$/iu;
// A department named after what it handles is a place to write to, not data asked for ("your medical information service").
const DEPARTMENT_AFTER = /^\s+(?:service|team|department|dept|desk|line|hotline|function|unit|office|group|enquir(?:y|ies)|inquir(?:y|ies)|contact cent(?:re|er))\b/iu;
// An organisation's address is where post goes, not a person's data: "the school's postal address", "your clinic's address".
const ORGANISATION_OWNS_ADDRESS = /\b(?:school|office|company|firm|clinic|hospital|practice|surgery|shop|store|venue|depot|warehouse|site|church|club|charity|library|council|department|ward|factory|farm|hall|centre|center|business|organi[sz]ation|college|university|museum|studio|lab|team|branch|restaurant|hotel)(?:'s|’s|s'|s’)\s+(?:\S+\s+)?$/iu;
const ADDRESS = /address$/iu;
// A passport as the name of a scheme is no ID document: "your 'reading passport'", "the skills passport", "a pet passport".
const SCHEME_BEFORE_PASSPORT = /\b(?:reading|skills?|learning|language|training|career|careers|volunteer(?:ing)?|sports?|culture|cultural|museum|library|food|wine|brand|product|digital|data|building|energy|equipment|pet|vaccine|vaccination|covid|health|green|activity|adventure|wellbeing|passport-style)\s*$/iu;
const BARE_PASSPORT = /^passport$/iu;

export default defineRule({
  meta: {
    id: 'sensitive-info',
    title: 'Sensitive information',
    severity: 'error',
    category: 'relationship',
    description: 'Flags requests for sensitive personal information: addresses, ID numbers, bank or card details, passwords or codes, dates of birth, medical details.',
    why: 'Requesting sensitive personal information is never appropriate in a LinkedIn message; it is also how scams begin.',
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const m of findInParagraphs(SENSITIVE, ctx.matchText)) {
      const lineStart = Math.max(ctx.matchText.lastIndexOf('\n', m.start - 1) + 1, m.start - 200);
      const before = ctx.matchText.slice(lineStart, m.start);
      const after = ctx.matchText.slice(m.end, m.end + 200);
      const found = ctx.matchText.slice(m.start, m.end);
      if (ADDRESS.test(found) && ORGANISATION_OWNS_ADDRESS.test(before)) continue;
      if (BARE_PASSPORT.test(found) && SCHEME_BEFORE_PASSPORT.test(before.replace(/['‘“"]\s*$/u, ''))) continue;
      if (OWN_BEFORE.test(before) || DEPARTMENT_AFTER.test(after) || !(REQUEST_BEFORE.test(before) || REQUEST_AFTER.test(after))) continue;
      out.push({
        message: `Never ask for “${ctx.text.slice(m.start, m.end)}” in a LinkedIn message.`,
        start: m.start,
        end: m.end,
        suggestion: 'Remove the request; collect such details only through a secure, official process, if at all.',
      });
    }
    return out;
  },
});

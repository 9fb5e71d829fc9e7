import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import type { RuleContext } from '../../engine/context.ts';
import { findAll } from '../../text/patterns.ts';
import { insideAny } from '../../text/spans.ts';

// Mail-merge field names, folded (lower case, no "_", "-" or spaces).
const MERGE_FIELDS = new Set([
  'name', 'firstname', 'first', 'fname', 'lastname', 'last', 'lname', 'fullname', 'recipient', 'recipientname', 'contact',
  'contactname', 'company', 'companyname', 'organization', 'organisation', 'org', 'title', 'jobtitle', 'role', 'position',
  'city', 'location', 'school', 'university', 'industry', 'department', 'team', 'yourname', 'myname', 'sendername', 'email',
  'phone', 'link', 'date', 'product', 'salutation', 'insertname', 'prospect', 'prospectname', 'account', 'accountname',
]);
const NAME_FIELDS = new Set(['name', 'firstname', 'first', 'fname', 'recipient', 'recipientname', 'contact', 'contactname', 'prospect', 'prospectname', 'insertname']);
const COMPANY_FIELDS = new Set(['company', 'companyname', 'organization', 'organisation', 'org', 'account', 'accountname']);

const fold = (field: string) => field.toLowerCase().replace(/[\s_\-.]/g, '');

// Each candidate: the pattern, and whether its inner field must be a known merge field.
const CANDIDATES: { pattern: RegExp; needsKnownField: boolean }[] = [
  { pattern: /\{\{\s*([\p{L}\p{N}_.\- ]{1,40})\s*\}\}/gu, needsKnownField: false },
  // "{first_name}" but not a code path like "/orders/{orderId}".
  { pattern: /(?<![\w/$#{])\{\s*([\p{L}_][\p{L}\p{N}_.\- ]{0,40})\s*\}(?!\})/gu, needsKnownField: true },
  // "[Name]", "[Company Name]", "[INSERT LINK]" — capitalized, short; not "[sic]", not a Markdown link.
  { pattern: /\[\s*(\p{Lu}[\p{L}\p{N}_'’\- ]{0,40}?)\s*\](?!\()/gu, needsKnownField: false },
  { pattern: /<\s*([A-Z][A-Z_ ]{1,30}|[a-z]+_[a-z_]+)\s*>/g, needsKnownField: false },
  { pattern: /%([A-Z][A-Z_]{1,30}|[a-z]+_[a-z_]+)%/g, needsKnownField: false },
  { pattern: /\bINSERT(?: [A-Z]+){1,3}\b|\binsert (?:name|company|title|link|date)(?: here)?\b/g, needsKnownField: false },
  { pattern: /(?<![\p{L}\p{N}])(?:XXX+|xxx+)(?![\p{L}\p{N}])/gu, needsKnownField: false },
];
// Recruiter's template variables ({firstName}, inserted as chips): LinkedIn fills them when sending.
const RECRUITER_VARIABLE = /^\{\s*(?:firstName|lastName|fullName|companyName|currentCompany|currentTitle|title|senderFirstName|senderLastName|senderName|jobTitle|jobLocation)\s*\}$/;

// Bracketed words that are prose, not fields.
const PROSE_BRACKETS = new Set(['sic', 'sic!', 'emphasis added', 'emphasis mine', 'citation needed', 'redacted', 'laughs', 'edit', 'update', 'i']);

export default defineRule({
  meta: {
    id: 'unfilled-placeholder',
    severity: 'error',
    category: 'personalization',
    description: 'Flags mail-merge leftovers such as [Name], {first_name}, {{company}} or a greeting with an empty name.',
    why: 'A leftover placeholder shows the message is a mass-mailed template: personalized messages have a much higher chance of getting a response.',
    fixable: true,
    languageIndependent: true,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const skipped = ctx.nonProse();
    for (const { pattern, needsKnownField } of CANDIDATES) {
      for (const m of findAll(pattern, ctx.text)) {
        const field = (m.groups[0] ?? m.text).trim();
        if (needsKnownField && !MERGE_FIELDS.has(fold(field)) && !field.includes('_')) continue;
        if (PROSE_BRACKETS.has(field.toLowerCase()) || insideAny(skipped, m) || insideAny(out as { start: number; end: number }[], m)) continue;
        if (ctx.platform === 'recruiter' && RECRUITER_VARIABLE.test(m.text)) continue;
        const replacement = fillFor(ctx, fold(field), m.start);
        out.push({
          message: `“${m.text}” is an unfilled placeholder.`,
          start: m.start,
          end: m.end,
          suggestion: 'Replace it with the real value before sending.',
          ...(replacement ? { fix: { start: m.start, end: m.end, replacement } } : {}),
        });
      }
    }
    const greeting = ctx.greeting();
    if (greeting?.emptyName) {
      const first = firstName(ctx);
      const { start, end } = greeting.emptyName;
      out.push({
        message: 'The greeting has an empty name.',
        start: greeting.start,
        end,
        suggestion: 'Put their first name after the greeting.',
        ...(first ? { fix: { start, end, replacement: ` ${first},` } } : {}),
      });
    }
    return out.sort((a, b) => a.start! - b.start!);
  },
});

function firstName(ctx: RuleContext): string | undefined {
  return ctx.recipient?.name?.trim().split(/\s+/)[0];
}

/**
 * The value to fill in, only when it is unambiguous: a name field is the recipient's; a company or
 * school field is theirs only when the sentence is about them ("your team at [Company]"), not about
 * the writer ("At {{company}} we build…").
 */
function fillFor(ctx: RuleContext, field: string, at: number): string | undefined {
  if (NAME_FIELDS.has(field)) return firstName(ctx);
  if (field === 'fullname' || field === 'recipientname') return ctx.recipient?.name?.trim();
  const aboutThem = () => {
    const before = ctx.matchText.slice(Math.max(0, at - 40), at).split(/[.!?\n]/).pop() ?? '';
    const pronouns = before.match(/\b(?:you|your|yours|i|we|our|my|us)\b/gi);
    return Boolean(pronouns && /^(?:you|your|yours)$/i.test(pronouns[pronouns.length - 1]!));
  };
  if (COMPANY_FIELDS.has(field)) return (aboutThem() && ctx.recipient?.company?.trim()) || undefined;
  if (field === 'school' || field === 'university') return (aboutThem() && ctx.recipient?.school?.trim()) || undefined;
  return undefined;
}

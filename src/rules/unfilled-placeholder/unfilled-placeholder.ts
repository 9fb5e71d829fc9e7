import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import type { RuleContext } from '../../engine/context.ts';
import { foldField, placeholders } from '../../signals/placeholders.ts';

const NAME_FIELDS = new Set(['name', 'firstname', 'first', 'fname', 'recipient', 'recipientname', 'contact', 'contactname', 'prospect', 'prospectname', 'insertname']);
const COMPANY_FIELDS = new Set(['company', 'companyname', 'organization', 'organisation', 'org', 'account', 'accountname']);

// Recruiter's template variables ({firstName}, inserted as chips): LinkedIn fills them when sending.
const RECRUITER_VARIABLE = /^\{\s*(?:firstName|lastName|fullName|companyName|currentCompany|currentTitle|title|senderFirstName|senderLastName|senderName|jobTitle|jobLocation)\s*\}$/;

export default defineRule({
  meta: {
    id: 'unfilled-placeholder',
    title: 'Unfilled placeholder',
    severity: 'error',
    category: 'personalization',
    description: 'Flags mail-merge leftovers such as [Name], {first_name}, {{company}} or a greeting with an empty name.',
    why: 'A leftover placeholder shows the message is a mass-mailed template: personalized messages have a much higher chance of getting a response.',
    fixable: true,
    languageIndependent: true,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const p of placeholders(ctx)) {
      if (ctx.platform === 'recruiter' && RECRUITER_VARIABLE.test(p.text)) continue;
      const replacement = fillFor(ctx, foldField(p.field), p.start);
      out.push({
        message: `“${p.text}” is an unfilled placeholder.`,
        start: p.start,
        end: p.end,
        suggestion: 'Replace it with the real value before sending.',
        ...(replacement ? { fix: { start: p.start, end: p.end, replacement } } : {}),
      });
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

import { defineRule } from '../../engine/define-rule.ts';

// Reply and forward prefixes, in several locales (Re, Fwd, Fw, AW, WG, RV, TR, SV, VS, RES, ENC; "RE :" with French spacing).
const REPLY_PREFIX = /^\s*((?:re|res|fwd?|aw|wg|rv|tr|sv|vs|antw|enc\.?)\s*(?:\[\d+\])?\s*:\s*)+/i;

export default defineRule({
  meta: {
    id: 'fake-reply-subject',
    title: 'Fake reply subject',
    severity: 'warning',
    category: 'subject',
    description: 'Flags “Re:” or “Fwd:” in an InMail subject when the recipient has never written in the conversation.',
    why: 'Be transparent about your intent and do not misrepresent yourself: a fake “Re:” pretends an exchange that never happened.',
    fixable: true,
  },
  // Prefixes of every locale are listed above: the same check in every language.
  multilingual: true,
  check(ctx) {
    const subject = ctx.subject ?? '';
    if (ctx.kind !== 'inmail' || ctx.conversation !== 'cold') return [];
    const m = REPLY_PREFIX.exec(subject);
    if (!m) return [];
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    const prefixEnd = m.index + m[0].trimEnd().length;
    return [
      {
        message: `“${subject.slice(start, end).trim()}” pretends this is a reply, but they have never written to you.`,
        field: 'subject',
        start,
        end: prefixEnd,
        suggestion: 'Drop the prefix and name the topic plainly.',
        fix: { start, end, replacement: '' },
      },
    ];
  },
});

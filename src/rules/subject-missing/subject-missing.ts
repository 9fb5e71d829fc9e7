import { defineRule } from '../../engine/define-rule.ts';

export default defineRule({
  meta: {
    id: 'subject-missing',
    title: 'Missing subject',
    severity: 'warning',
    category: 'subject',
    description: 'Flags an InMail without a subject.',
    why: 'Use an appropriate subject line that conveys the reason for your message: it is what they see before deciding to open it.',
    languageIndependent: true,
  },
  check(ctx) {
    if (ctx.kind !== 'inmail' || (ctx.subject ?? '').trim().length > 0) return [];
    return [{ message: 'This InMail has no subject.', suggestion: 'Add a subject that says why you are writing, e.g. “Question about your RustConf talk”.' }];
  },
});

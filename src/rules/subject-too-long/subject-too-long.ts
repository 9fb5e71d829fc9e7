import { defineRule } from '../../engine/define-rule.ts';

const MAX_CHARACTERS = 60;

export default defineRule({
  meta: {
    id: 'subject-too-long',
    title: 'Long subject',
    severity: 'info',
    category: 'subject',
    description: 'Flags an InMail subject of more than 60 characters.',
    why: 'A subject line is read at a glance and cut off in the inbox: keep it short and specific.',
    languageIndependent: true,
  },
  check(ctx) {
    const subject = (ctx.subject ?? '').trim();
    if (ctx.kind !== 'inmail' || subject.length <= MAX_CHARACTERS) return [];
    const start = (ctx.subject ?? '').indexOf(subject);
    return [
      {
        message: `The subject has ${subject.length} characters; over ${MAX_CHARACTERS} gets cut off in the inbox.`,
        field: 'subject',
        start,
        end: start + subject.length,
        suggestion: 'Keep the topic and drop the rest.',
      },
    ];
  },
});

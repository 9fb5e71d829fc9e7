import { defineRule } from '../../engine/define-rule.ts';

// Subjects that say nothing about the message, compared without case or punctuation.
const GENERIC = new Set([
  'hi', 'hello', 'hey', 'hi there', 'hello there', 'greetings', 'quick question', 'a quick question', 'question', 'a question',
  'opportunity', 'an opportunity', 'exciting opportunity', 'an exciting opportunity', 'job opportunity', 'great opportunity',
  'career opportunity', 'connect', 'lets connect', 'connecting', 'connection', 'important', 'urgent', 'very important', 'follow up',
  'followup', 'following up', 'checking in', 'touching base', 'request', 'quick request', 'intro', 'introduction', 'meeting',
  'collaboration', 'partnership', 'hello from me', 'message', 'inquiry', 'enquiry', 'help', 'need help', 'quick chat', 'chat',
  'networking', 'hi!', 'proposal', 'information', 'info', 'reaching out', 'quick note', 'note', 'update', 'hey there',
]);

export default defineRule({
  meta: {
    id: 'subject-generic',
    severity: 'info',
    category: 'subject',
    description: 'Flags an InMail subject that says nothing: “Hi”, “Quick question”, “Opportunity”, “Connect”, “Important”.',
    why: 'Use an appropriate subject line that conveys the reason for your message.',
  },
  check(ctx) {
    const subject = ctx.subject ?? '';
    if (ctx.kind !== 'inmail') return [];
    const bare = subject.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '').replace(/\s+/g, ' ').trim();
    if (!GENERIC.has(bare)) return [];
    const start = subject.length - subject.trimStart().length;
    return [
      {
        message: `“${subject.trim()}” says nothing about your message.`,
        field: 'subject',
        start,
        end: start + subject.trim().length,
        suggestion: 'Name the topic: “Question about your talk on…”, “Referral for the data analyst role”.',
      },
    ];
  },
});

import { defineRule } from '../../engine/define-rule.ts';
import type { LanguagePack } from '../../languages/types.ts';
import { lazyPer } from '../../engine/lazy.ts';

// Subjects that say nothing about the message, compared without case or punctuation.
const GENERIC = new Set([
  'hi', 'hello', 'hey', 'hi there', 'hello there', 'greetings', 'quick question', 'a quick question', 'question', 'a question',
  'opportunity', 'an opportunity', 'exciting opportunity', 'an exciting opportunity', 'job opportunity', 'great opportunity',
  'career opportunity', 'connect', 'lets connect', 'connecting', 'connection', 'important', 'urgent', 'very important', 'follow up',
  'followup', 'following up', 'checking in', 'touching base', 'request', 'quick request', 'intro', 'introduction', 'meeting',
  'collaboration', 'partnership', 'hello from me', 'message', 'inquiry', 'enquiry', 'help', 'need help', 'quick chat', 'chat',
  'networking', 'hi!', 'quick q', 'q', 'proposal', 'information', 'info', 'reaching out', 'quick note', 'note', 'update', 'hey there',
]);

// The same family in other words: up to three vague modifiers before a vague noun ("Partnership
// opportunity", "Exciting new invitation", "Quick intro request").
const VAGUE_MODIFIERS = '(?:a|an|the|my|our|your|quick|exciting|great|new|important|urgent|amazing|exclusive|potential|business|partnership|career|job|special|small|brief|short|friendly|personal|professional|collaboration|mutual|unique|free|networking|speaking|let\'s|lets|just|one|another|interesting|intro|introduction|follow-up|followup)';
const VAGUE_NOUNS = '(?:opportunity|opportunities|invitation|invite|partnership|collaboration|proposal|introduction|intro|request|question|inquiry|enquiry|offer|idea|chat|call|meeting|connection|connect|hello|hi|follow[- ]?up|update|note|message|hey|greetings|touching base|checking in|reaching out|hiring|job|role|position|vacancy|proposition)';
const VAGUE_SUBJECT = new RegExp(`^(?:${VAGUE_MODIFIERS} ){0,3}${VAGUE_NOUNS}$`);

/** A subject as compared: lower case, no punctuation, single spaces. */
const bare = (subject: string) => subject.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '').replace(/\s+/g, ' ').trim();
/** The pack's vague subjects, compared the same way. */
const genericOf = lazyPer((pack: LanguagePack): ReadonlySet<string> => new Set((pack.subjects?.generic ?? []).map(bare)));

export default defineRule({
  meta: {
    id: 'subject-generic',
    title: 'Vague subject',
    severity: 'info',
    category: 'subject',
    description: 'Flags an InMail subject that says nothing: “Hi”, “Quick question”, “Opportunity”, “Connect”, “Important”.',
    why: 'Use an appropriate subject line that conveys the reason for your message.',
  },
  // English vague subjects are vague in any language's InMail; the draft language's own come from its pack.
  multilingual: true,
  check(ctx) {
    const subject = ctx.subject ?? '';
    if (ctx.kind !== 'inmail') return [];
    const compared = bare(subject);
    // "RE: quick q" is as vague as "quick q" (the fake "RE:" is fake-reply-subject's).
    const topic = compared.replace(/^(?:re|res|fwd|fw|aw|rv|tr|enc)\s+/, '');
    if (!GENERIC.has(topic) && !VAGUE_SUBJECT.test(compared) && !(ctx.pack && genericOf(ctx.pack).has(topic))) return [];
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

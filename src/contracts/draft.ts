import { z } from './zod.ts';

/** Where the draft is written: LinkedIn chat/messaging, a connection-request note, or an InMail. */
export const Kind = z.enum(['message', 'note', 'inmail']);
export type Kind = z.infer<typeof Kind>;

export const Account = z.enum(['free', 'premium']);
export type Account = z.infer<typeof Account>;

/** What the page shows about the person being written to. Every field is optional. */
export const Recipient = z.object({
  /** Full name as LinkedIn shows it ("Jessica Lee", "Zhang Wei", "Nguyễn Văn An"). */
  name: z.string().max(200).optional(),
  headline: z.string().max(1000).optional(),
  company: z.string().max(200).optional(),
  school: z.string().max(200).optional(),
  location: z.string().max(200).optional(),
  mutualConnections: z.array(z.string().max(200)).max(200).optional(),
  recentPost: z.string().max(2000).optional(),
});
export type Recipient = z.infer<typeof Recipient>;

/**
 * The conversation so far: messages the recipient sent, and mine since their last reply.
 * `"unknown"` when it could not be read: the rules that depend on coldness then stay quiet.
 */
export const Thread = z.union([
  z.object({
    fromThem: z.number().int().min(0).max(1_000_000),
    unansweredFromMe: z.number().int().min(0).max(1_000_000),
  }),
  z.literal('unknown'),
]);
export type Thread = z.infer<typeof Thread>;

/** One draft to check. Only `text` is required; a missing thread means a cold first message. */
export const Draft = z.object({
  text: z.string(),
  kind: Kind.default('message'),
  /** InMail only; null or empty means the subject is missing. */
  subject: z.string().nullable().optional(),
  recipient: Recipient.optional(),
  thread: Thread.optional(),
  /** The writer's own name, so signatures are not taken for wrong names. */
  sender: z.object({ name: z.string().max(200).optional() }).optional(),
  /** Sets the connection-note limit (free 200, premium 300 characters), e.g. read from the page. */
  account: Account.optional(),
});
export type Draft = z.infer<typeof Draft>;
export type DraftInput = z.input<typeof Draft>;

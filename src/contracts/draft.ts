import { MAX_SENT_CHARACTERS } from './sending.ts';
import * as z from './zod.ts';

const text = (max: number) => z.string().check(z.maxLength(max));
const count = () => z.int().check(z.minimum(0), z.maximum(1_000_000));

/** Where the draft is written: LinkedIn chat/messaging, a connection-request note, or an InMail. */
export const Kind = z.enum(['message', 'note', 'inmail']);
export type Kind = z.infer<typeof Kind>;

export const Account = z.enum(['free', 'premium']);
export type Account = z.infer<typeof Account>;

/** What the page shows about the person being written to. Every field is optional. */
export const Recipient = z.object({
  /** Full name as LinkedIn shows it ("Jessica Lee", "Zhang Wei", "Nguyễn Văn An"). */
  name: z.optional(text(200)),
  headline: z.optional(text(1000)),
  company: z.optional(text(200)),
  school: z.optional(text(200)),
  location: z.optional(text(200)),
  mutualConnections: z.optional(z.array(text(200)).check(z.maxLength(200))),
  recentPost: z.optional(text(2000)),
});
export type Recipient = z.infer<typeof Recipient>;

/**
 * The conversation so far: messages the recipient sent, and mine since their last reply.
 * `"unknown"` when it could not be read: the rules that depend on coldness then stay quiet.
 */
export const Thread = z.union([z.object({ fromThem: count(), unansweredFromMe: count() }), z.literal('unknown')]);
export type Thread = z.infer<typeof Thread>;

/** Where on LinkedIn the draft is written: the main site, Sales Navigator (/sales) or Recruiter (/talent). */
export const Platform = z.enum(['linkedin', 'sales-navigator', 'recruiter']);
export type Platform = z.infer<typeof Platform>;

/** One draft to check. Only `text` is required; a missing thread means a cold first message. */
export const Draft = z.object({
  text: z.string(),
  kind: z._default(Kind, 'message'),
  /** InMail only; null or empty means the subject is missing. */
  subject: z.optional(z.nullable(z.string())),
  recipient: z.optional(Recipient),
  thread: z.optional(Thread),
  /** The writer's own name, so signatures are not taken for wrong names. */
  sender: z.optional(z.object({ name: z.optional(text(200)) })),
  /** Sets the connection-note limit (free 200, premium 300 characters), e.g. read from the page. */
  account: z.optional(Account),
  /** Recruiter fills template variables such as {firstName} when sending: they are not leftovers there. */
  platform: z.optional(Platform),
  /** The language last detected for the same compose box: breaks ties only, so the panel does not flip while typing. */
  languageHint: z.optional(z.string().check(z.maxLength(8))),
  /** The whole draft's length when only its beginning was sent (see `boundForSending`); reported in `coverage`. */
  totalCharacters: z.optional(z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER))),
});
export type Draft = z.infer<typeof Draft>;
export type DraftInput = z.input<typeof Draft>;

const sentText = () => z.string().check(z.maxLength(MAX_SENT_CHARACTERS, `too long to send: at most ${MAX_SENT_CHARACTERS.toLocaleString('en')} characters travel (send the beginning and set totalCharacters)`));

/** A draft as it travels to the background: text and subject bounded (see `MAX_SENT_CHARACTERS`). */
export const SentDraft = z.extend(Draft, { text: sentText(), subject: z.optional(z.nullable(sentText())) });

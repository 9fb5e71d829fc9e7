import * as z from './zod.ts';
import { SentDraft } from './draft.ts';
import { RuleId } from './rule-id.ts';
import { SettingsPatch } from './settings-patch.ts';

// Replies live in replies.ts, so a sender (the content script) ships only the reply schemas it parses.
export { CoachSettings, ErrorCode, ErrorReply, okReply, ResponseFor, type ResponseOf } from './replies.ts';

/**
 * Every request the background worker answers: one discriminated union, validated on receipt.
 * Add a member here, then its response in `ResponseFor` (replies.ts) and its handler (the compiler insists).
 */
export const Request = z.discriminatedUnion('type', [
  /** The draft's text is bounded on the wire: a longer one travels cut (see `boundForSending`). */
  z.object({ type: z.literal('lint'), draft: SentDraft }),
  z.object({ type: z.literal('getCatalog') }),
  /** All settings: extension pages only (the user's own phrases and words stay out of LinkedIn's page). */
  z.object({ type: z.literal('getSettings') }),
  /** What the coach inside LinkedIn needs: the typing pause and which surfaces to coach. */
  z.object({ type: z.literal('getCoachSettings') }),
  /**
   * Changes the fields the user touched; extension pages only. Applied in the background to the value
   * stored at that moment, so changes made elsewhere meanwhile survive.
   */
  z.object({ type: z.literal('updateSettings'), patch: SettingsPatch }),
  /** Replaces the whole value (reset, or keeping what is shown over a damaged value); extension pages only. Repaired field by field. */
  z.object({ type: z.literal('saveSettings'), settings: z.unknown() }),
  /** Imports a settings file; extension pages only. A malformed or foreign file is refused whole. */
  z.object({ type: z.literal('importSettings'), settings: z.unknown() }),
  /** The one settings change the panel inside LinkedIn may ask for (a patch turning one rule off). */
  z.object({ type: z.literal('disableRule'), ruleId: RuleId }),
  /**
   * Sent by the coach when a typing burst starts in a composer: it wakes a stopped worker while the
   * typing pause runs (so the check that follows finds it ready), and marks the sender's tab as the
   * composer last typed in within its window (the sidebar coaches that one). Carries no text: only the
   * language last coached in that composer, so a restarted worker prepares that language's words.
   */
  z.object({ type: z.literal('typing'), language: z.optional(z.string().check(z.maxLength(8))) }),
  /** Sent every 20 s while a composer has focus in a visible tab: the browser does not stop the worker mid-message. */
  z.object({ type: z.literal('keepAlive') }),
  /** The tab holding the composer last typed in within a window (for the sidebar); extension pages only. */
  z.object({ type: z.literal('getActiveComposer'), windowId: z.int() }),
  /** The in-page panel's "Open in sidebar": opens the sidebar where the browser allows it, and makes it the panel's home. */
  z.object({ type: z.literal('openSidebar') }),
]);
export type Request = z.infer<typeof Request>;
/** What a sender may pass (defaults such as a draft's `kind` not yet filled in). */
export type RequestInput = z.input<typeof Request>;
export type RequestType = Request['type'];

/** Requests that read or change all settings: refused unless they come from an extension page. */
export const PRIVILEGED: ReadonlySet<RequestType> = new Set(['getSettings', 'updateSettings', 'saveSettings', 'importSettings', 'getActiveComposer']);


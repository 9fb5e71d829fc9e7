import * as z from './zod.ts';
import { Draft } from './draft.ts';
import { Report } from './report.ts';
import { RuleCatalog } from './rule-catalog.ts';
import { RuleId } from './rule-id.ts';

/**
 * Every request the background worker answers: one discriminated union, validated on receipt.
 * Add a member here, then its response in `ResponseFor` and its handler (the compiler insists).
 */
export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('lint'), draft: Draft }),
  z.object({ type: z.literal('getCatalog') }),
  /** All settings: extension pages only (the user's own phrases and words stay out of LinkedIn's page). */
  z.object({ type: z.literal('getSettings') }),
  /** What the coach inside LinkedIn needs: the typing pause and which surfaces to coach. */
  z.object({ type: z.literal('getCoachSettings') }),
  /** Replaces the settings; extension pages only. The value is repaired field by field. */
  z.object({ type: z.literal('saveSettings'), settings: z.unknown() }),
  /** Imports a settings file; extension pages only. A malformed or foreign file is refused whole. */
  z.object({ type: z.literal('importSettings'), settings: z.unknown() }),
  /** The one settings change the panel inside LinkedIn may ask for. */
  z.object({ type: z.literal('disableRule'), ruleId: RuleId }),
]);
export type Request = z.infer<typeof Request>;
/** What a sender may pass (defaults such as a draft's `kind` not yet filled in). */
export type RequestInput = z.input<typeof Request>;
export type RequestType = Request['type'];

// Settings travel as plain data; the receiver repairs them with parseSettings, like anything read from storage.
const SettingsReply = z.object({ settings: z.unknown(), notices: z.array(z.string()) });
export const CoachSettings = z.object({ debounceMs: z.int().check(z.minimum(0), z.maximum(5000)), surfaces: z.record(z.string(), z.boolean()) });
export type CoachSettings = z.infer<typeof CoachSettings>;

/** What each request returns. `satisfies` makes a missing entry a compile error. */
export const ResponseFor = {
  lint: Report,
  getCatalog: RuleCatalog,
  getSettings: SettingsReply,
  getCoachSettings: CoachSettings,
  saveSettings: SettingsReply,
  importSettings: SettingsReply,
  disableRule: CoachSettings,
} satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof ResponseFor)[T]>;

/** Requests that read or change all settings: refused unless they come from an extension page. */
export const PRIVILEGED: ReadonlySet<RequestType> = new Set(['getSettings', 'saveSettings', 'importSettings']);

export const ErrorCode = z.enum(['bad-request', 'forbidden', 'internal']);
export const ErrorReply = z.object({ ok: z.literal(false), error: z.object({ code: ErrorCode, message: z.string() }) });
export type ErrorReply = z.infer<typeof ErrorReply>;
export const okReply = <T extends z.ZodMiniType>(value: T) => z.object({ ok: z.literal(true), value });

import { Report } from './report.ts';
import { RuleCatalog } from './rule-catalog.ts';
import type { RequestType } from './protocol.ts';
import * as z from './zod.ts';

// Settings travel as plain data; the receiver repairs them with parseSettings, like anything read from storage.
// `damaged`: the stored value could not be read whole; defaults are shown and changes are refused until it is replaced.
const SettingsReply = z.object({ settings: z.unknown(), notices: z.array(z.string()), damaged: z.optional(z.boolean()) });
export const CoachSettings = z.object({
  debounceMs: z.int().check(z.minimum(0), z.maximum(5000)),
  surfaces: z.record(z.string(), z.boolean()),
  panelHome: z.enum(['page', 'side']),
  underlines: z.boolean(),
  /** The user's choice of account (`auto`: read from the page): one step of the note limit's order. */
  account: z.enum(['auto', 'free', 'premium']),
});
export type CoachSettings = z.infer<typeof CoachSettings>;

/** What each request returns. `satisfies` makes a missing entry a compile error. */
export const ResponseFor = {
  lint: Report,
  getCatalog: RuleCatalog,
  getSettings: SettingsReply,
  getCoachSettings: CoachSettings,
  updateSettings: SettingsReply,
  saveSettings: SettingsReply,
  importSettings: SettingsReply,
  disableRule: CoachSettings,
  typing: z.boolean(),
  keepAlive: z.boolean(),
  getActiveComposer: z.nullable(z.object({ tabId: z.int() })),
  /** `opened` false: this browser opens its sidebar only from its own controls (Firefox); the panel says how. */
  openSidebar: z.object({ opened: z.boolean() }),
} satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof ResponseFor)[T]>;

export const ErrorCode = z.enum(['bad-request', 'forbidden', 'internal']);
export const ErrorReply = z.object({ ok: z.literal(false), error: z.object({ code: ErrorCode, message: z.string() }) });
export type ErrorReply = z.infer<typeof ErrorReply>;
export const okReply = <T extends z.ZodMiniType>(value: T) => z.object({ ok: z.literal(true), value });

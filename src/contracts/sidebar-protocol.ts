import { Finding, Report } from './report.ts';
import * as z from './zod.ts';

/**
 * Messages between the sidebar page (`sidepanel.html`) and the coach in a LinkedIn tab, over a
 * runtime port the sidebar opens to that tab (`tabs.connect`, name SIDEBAR_PORT). Only the extension
 * can open such a port; each side still validates what it receives.
 */
export const SIDEBAR_PORT = 'sidebar';

const Status = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('waiting') }),
  z.object({ kind: z.literal('paused') }),
  z.object({ kind: z.literal('updated') }),
  z.object({ kind: z.literal('error'), message: z.string() }),
  z.object({ kind: z.literal('report'), report: Report }),
]);

/** What the panel shows for the composer being coached. */
export const CoachState = z.object({
  status: Status,
  recipient: z.optional(z.string()),
  findings: z.array(Finding),
  showHints: z.boolean(),
});
export type CoachState = z.infer<typeof CoachState>;

/** Coach → sidebar: the state after each change (null: no composer in use in that tab). */
export const ToSidebar = z.object({ type: z.literal('state'), state: z.nullable(CoachState) });
export type ToSidebar = z.infer<typeof ToSidebar>;

export { ToCoach } from './sidebar-actions.ts';

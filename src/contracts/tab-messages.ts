import * as z from './zod.ts';

/**
 * Messages from the background to the content script in a LinkedIn tab (the other direction from
 * `protocol.ts`). Validated on receipt like every message; they come only from the extension runtime.
 */
export const TabMessage = z.discriminatedUnion('type', [
  /** The keyboard shortcut: pause coaching in the conversation being written in, or resume it. */
  z.object({ type: z.literal('togglePause') }),
]);
export type TabMessage = z.infer<typeof TabMessage>;

import { browser } from 'wxt/browser';
import { z } from '@core/contracts/zod.ts';

/** What the popup remembers while the browser is open (storage.session: memory only, never synced or written to disk). */
export const PopupDraft = z.object({
  text: z.string().max(100_000).catch(''),
  kind: z.enum(['message', 'note', 'inmail']).catch('message'),
  subject: z.string().max(500).catch(''),
  recipient: z.string().max(200).catch(''),
  reply: z.boolean().catch(false),
  account: z.enum(['free', 'premium']).catch('free'),
});
export type PopupDraft = z.infer<typeof PopupDraft>;

const KEY = 'tactful:popup-draft';
export const EMPTY_DRAFT: PopupDraft = { text: '', kind: 'message', subject: '', recipient: '', reply: false, account: 'free' };

export async function loadPopupDraft(): Promise<PopupDraft> {
  try {
    const stored = await browser.storage.session.get(KEY);
    return PopupDraft.parse(stored[KEY] ?? EMPTY_DRAFT);
  } catch {
    return EMPTY_DRAFT;
  }
}

export async function savePopupDraft(draft: PopupDraft): Promise<void> {
  await browser.storage.session.set({ [KEY]: draft }).catch(() => undefined);
}

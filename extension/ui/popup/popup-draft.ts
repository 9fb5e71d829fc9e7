import { browser } from 'wxt/browser';
import * as z from '@core/contracts/zod.ts';

/** What the popup remembers while the browser is open (storage.session: memory only, never synced or written to disk). */
export const PopupDraft = z.object({
  text: z.catch(z.string().check(z.maxLength(100_000)), ''),
  kind: z.catch(z.enum(['message', 'note', 'inmail']), 'message'),
  subject: z.catch(z.string().check(z.maxLength(500)), ''),
  recipient: z.catch(z.string().check(z.maxLength(200)), ''),
  reply: z.catch(z.boolean(), false),
  account: z.catch(z.enum(['free', 'premium']), 'free'),
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

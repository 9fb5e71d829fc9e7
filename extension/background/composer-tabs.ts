import { browser } from 'wxt/browser';

/**
 * Which tab holds the LinkedIn composer last typed in, per window: the sidebar of a window coaches
 * that one. Kept in memory and in storage.session (memory only, never synced), so a worker that the
 * browser stopped and started again still knows.
 */
const SESSION_KEY = 'tactful:composer-tabs';
const tabs = new Map<number, number>();
let restored: Promise<void> | null = null;

function session(): { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } | undefined {
  return (browser.storage as unknown as { session?: ReturnType<typeof session> }).session;
}

function restore(): Promise<void> {
  restored ??= (async () => {
    const stored = (await session()?.get(SESSION_KEY).catch(() => ({}) as Record<string, unknown>))?.[SESSION_KEY];
    if (stored && typeof stored === 'object') {
      for (const [windowId, tabId] of Object.entries(stored)) if (typeof tabId === 'number' && !tabs.has(Number(windowId))) tabs.set(Number(windowId), tabId);
    }
  })();
  return restored;
}

/** Records that the user is typing in a composer of `tab`. Writes only when the window's tab changes. */
export async function noteComposerTab(tab: { id?: number; windowId?: number } | undefined): Promise<void> {
  if (tab?.id === undefined || tab.windowId === undefined) return;
  await restore();
  if (tabs.get(tab.windowId) === tab.id) return;
  tabs.set(tab.windowId, tab.id);
  await session()?.set({ [SESSION_KEY]: Object.fromEntries(tabs) }).catch(() => undefined);
}

export async function composerTab(windowId: number): Promise<number | undefined> {
  await restore();
  return tabs.get(windowId);
}

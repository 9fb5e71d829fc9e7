import { browser } from 'wxt/browser';

/** The window this page is in, known before any click (the browsers open a sidebar only during the click itself). */
let windowId: number | undefined;
void browser.windows?.getCurrent().then((w) => (windowId = w.id), () => undefined);

/**
 * Opens the browser's sidebar from a click in an extension page: Chrome's side panel for this window,
 * or Firefox's sidebar. Called synchronously in the click handler. False where the browser refused.
 */
export function openSidebarFromPage(): Promise<boolean> {
  try {
    const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome?.sidePanel;
    if (sidePanel && windowId !== undefined) return sidePanel.open({ windowId }).then(() => true, () => false);
    const sidebarAction = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (sidebarAction) return sidebarAction.open().then(() => true, () => false);
  } catch {
    // neither API here
  }
  return Promise.resolve(false);
}

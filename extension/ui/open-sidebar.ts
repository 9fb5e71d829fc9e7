import { browser } from 'wxt/browser';
import { openSidebar } from '@/background/open-sidebar.ts';

/** The window this page is in, known before any click (the browsers open a sidebar only during the click itself). */
let windowId: number | undefined;
void browser.windows?.getCurrent().then((w) => (windowId = w.id), () => undefined);

/**
 * Opens the browser's sidebar from a click in an extension page: Chrome's side panel for this window,
 * or Firefox's sidebar. Called synchronously in the click handler. False where the browser refused.
 */
export function openSidebarFromPage(): Promise<boolean> {
  return openSidebar(windowId);
}

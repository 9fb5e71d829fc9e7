import { browser } from 'wxt/browser';

/** Chrome's side panel API (not in the polyfill's types). */
interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
/** Firefox's sidebar API: `open()` works only inside the handler of a user action (toolbar, menu, shortcut). */
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/** The two browsers' sidebar APIs; either may be missing. Passed in by tests, read from the browser otherwise. */
export interface SidebarApis {
  sidePanel?: ChromeSidePanel;
  sidebarAction?: FirefoxSidebarAction;
}

const browserSidebarApis = (): SidebarApis => ({
  sidePanel: (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel,
  sidebarAction: (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction,
});

/**
 * Opens the browser's sidebar on Tactful's page. Must be called synchronously from the user's action
 * (the browsers check that a user gesture is in progress), so it is the first thing a handler does.
 * Resolves to false where the browser refused (Firefox, unless from its own controls; no gesture).
 */
export function openSidebar(windowId: number | undefined, apis: SidebarApis = browserSidebarApis()): Promise<boolean> {
  try {
    if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId }).then(() => true, () => false);
    if (apis.sidebarAction) return apis.sidebarAction.open().then(() => true, () => false);
  } catch {
    // a browser without either API, or a synchronous refusal
  }
  return Promise.resolve(false);
}

const MENU_ID = 'tactful-open-sidebar';

/** "Open in sidebar" in the toolbar button's menu (right-click). */
export function registerSidebarMenu(onOpened: () => void): void {
  const menus = (browser as unknown as { menus?: typeof browser.contextMenus }).menus ?? browser.contextMenus;
  if (!menus) return;
  const context = (browser.runtime.getManifest().manifest_version === 3 ? 'action' : 'browser_action') as 'action';
  browser.runtime.onInstalled.addListener(() => {
    menus.create({ id: MENU_ID, title: 'Open in sidebar', contexts: [context] }, () => void browser.runtime.lastError);
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    void openSidebar(tab?.windowId).then((opened) => opened && onOpened());
  });
}

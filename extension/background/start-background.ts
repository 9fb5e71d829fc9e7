import { browser } from 'wxt/browser';
import { dispatch } from '@/messaging/server.ts';
import { handlers } from './handlers.ts';
import { registerSidebarMenu } from './open-sidebar.ts';
import { forgetSettings, updateSettings } from './settings-store.ts';

/** Serves the engine to the content script, the popup and the options page. */
export function startBackground(): void {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // webextension-polyfill: returning a Promise sends its value as the reply.
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender, handlers, extensionOrigin));
  // Settings changed here, in another tab's options page, or through sync from another device.
  browser.storage.onChanged.addListener((_changes, area) => area !== 'session' && forgetSettings());
  // The toolbar button's menu opens the sidebar and makes it the panel's home.
  registerSidebarMenu(() => void updateSettings({ panelHome: 'side' }).catch(() => undefined));
}

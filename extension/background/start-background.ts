import { browser } from 'wxt/browser';
import { dispatch } from '@/messaging/server.ts';
import { handlers } from './handlers.ts';
import { handleCommand, type CommandApi } from './commands.ts';
import { registerSidebarMenu } from './open-sidebar.ts';
import { forgetSettings, updateSettings } from './settings-store.ts';
import { welcomeOnInstall, type WelcomeApi } from './welcome.ts';

/** Serves the engine to the content script, the popup and the options page. */
export function startBackground(): void {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // webextension-polyfill: returning a Promise sends its value as the reply.
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender, handlers, extensionOrigin));
  // Settings changed here, in another tab's options page, or through sync from another device.
  browser.storage.onChanged.addListener((_changes, area) => area !== 'session' && forgetSettings());
  // The toolbar button's menu opens the sidebar and makes it the panel's home.
  const sidebarOpened = () => void updateSettings({ panelHome: 'side' }).catch(() => undefined);
  registerSidebarMenu(sidebarOpened);
  browser.runtime.onInstalled.addListener(({ reason }) => void welcomeOnInstall(reason, browser as unknown as WelcomeApi).catch(() => undefined));
  // Keyboard shortcuts (manifest `commands`). Chrome's side panel API is read from `chrome` itself:
  // the polyfill does not know it.
  const chromeApi = (globalThis as { chrome?: { sidePanel?: CommandApi['sidePanel'] } }).chrome;
  const commandApi: CommandApi = {
    sidePanel: chromeApi?.sidePanel,
    sidebarAction: (browser as { sidebarAction?: CommandApi['sidebarAction'] }).sidebarAction,
    tabs: browser.tabs as unknown as CommandApi['tabs'],
  };
  browser.commands?.onCommand.addListener((command, tab) =>
    void handleCommand(command, tab, commandApi).then((outcome) => outcome === 'opened' && sidebarOpened()),
  );
}

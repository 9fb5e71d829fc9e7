import type { TabMessage } from '@core/contracts/tab-messages.ts';
import { openSidebar } from './open-sidebar.ts';

/** The keyboard shortcuts declared in wxt.config.ts (`commands`); users change the keys in the browser. */
export const COMMANDS = {
  openSidebar: 'open-sidebar',
  togglePause: 'toggle-pause',
} as const;

interface CommandTab {
  id?: number;
  windowId?: number;
}

/** The few browser APIs the commands use, passed in so tests can stand in for them. */
export interface CommandApi {
  /** Chrome's side panel (needs the `sidePanel` permission; absent elsewhere). */
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  /** Firefox's sidebar. */
  sidebarAction?: { open(): Promise<void> };
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<CommandTab[]>;
    sendMessage(tabId: number, message: TabMessage): Promise<unknown>;
  };
}

export type CommandOutcome = 'opened' | 'unavailable' | 'sent' | 'no-tab' | 'unknown-command';

/**
 * Runs one shortcut. Opening a sidebar is allowed only inside the user's gesture, so it is called before
 * anything is awaited. A browser without a sidebar API (or without the permission) does nothing.
 */
export function handleCommand(command: string, tab: CommandTab | undefined, api: CommandApi): Promise<CommandOutcome> {
  if (command === COMMANDS.openSidebar) {
    return openSidebar(tab?.windowId, api).then((opened) => (opened ? 'opened' : 'unavailable'));
  }
  if (command === COMMANDS.togglePause) return togglePause(tab, api);
  return Promise.resolve('unknown-command');
}

/** Asks the LinkedIn tab in front to pause or resume its current conversation; a tab without Tactful's content script just refuses. */
async function togglePause(tab: CommandTab | undefined, api: CommandApi): Promise<CommandOutcome> {
  const target = tab?.id !== undefined ? tab : (await api.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return 'no-tab';
  try {
    await api.tabs.sendMessage(target.id, { type: 'togglePause' });
    return 'sent';
  } catch {
    return 'no-tab'; // not a LinkedIn page: no content script answers
  }
}

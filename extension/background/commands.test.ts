import { describe, expect, it, vi } from 'vitest';
import { COMMANDS, handleCommand, type CommandApi } from './commands.ts';

const tabs = (active: { id?: number; windowId?: number }[] = [{ id: 7, windowId: 3 }]) => ({
  query: vi.fn(async () => active),
  sendMessage: vi.fn(async () => ({ paused: true })),
});

describe('keyboard shortcuts', () => {
  it('opens Chrome’s side panel in the shortcut’s window, synchronously within the gesture', () => {
    const open = vi.fn(async () => undefined);
    const api: CommandApi = { sidePanel: { open }, tabs: tabs() };
    void handleCommand(COMMANDS.openSidebar, { id: 7, windowId: 3 }, api);
    expect(open).toHaveBeenCalledWith({ windowId: 3 }); // called before anything was awaited
  });

  it('opens Firefox’s sidebar, and does nothing where no sidebar API exists', async () => {
    const open = vi.fn(async () => undefined);
    expect(await handleCommand(COMMANDS.openSidebar, { id: 1 }, { sidebarAction: { open }, tabs: tabs() })).toBe('opened');
    expect(open).toHaveBeenCalled();
    expect(await handleCommand(COMMANDS.openSidebar, { id: 1, windowId: 2 }, { tabs: tabs() })).toBe('unavailable');
    const refusing: CommandApi = { sidePanel: { open: () => Promise.reject(new Error('no side panel')) }, tabs: tabs() };
    expect(await handleCommand(COMMANDS.openSidebar, { id: 1, windowId: 2 }, refusing)).toBe('unavailable');
  });

  it('asks the tab in front to pause or resume its conversation', async () => {
    const api: CommandApi = { tabs: tabs() };
    expect(await handleCommand(COMMANDS.togglePause, undefined, api)).toBe('sent');
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'togglePause' });
    const noScript: CommandApi = { tabs: { query: async () => [{ id: 9 }], sendMessage: () => Promise.reject(new Error('Receiving end does not exist')) } };
    expect(await handleCommand(COMMANDS.togglePause, undefined, noScript)).toBe('no-tab');
    expect(await handleCommand('something-else', undefined, api)).toBe('unknown-command');
  });
});

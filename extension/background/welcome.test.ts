import { describe, expect, it } from 'vitest';
import { WELCOMED_KEY, welcomeOnInstall, type WelcomeApi } from './welcome.ts';

function fakeApi() {
  const local: Record<string, unknown> = {};
  const opened: string[] = [];
  const api: WelcomeApi = {
    storage: { local: { get: async (key) => ({ [key]: local[key] }), set: async (items) => void Object.assign(local, items) } },
    tabs: { create: async ({ url }) => void opened.push(url) },
    runtime: { getURL: (path) => `chrome-extension://id${path}` },
  };
  return { api, opened, local };
}

describe('the welcome page on install', () => {
  it('opens on a first install only, and never twice', async () => {
    const { api, opened, local } = fakeApi();
    expect(await welcomeOnInstall('install', api)).toBe(true);
    expect(opened).toEqual(['chrome-extension://id/welcome.html']);
    expect(local[WELCOMED_KEY]).toBe(true);
    expect(await welcomeOnInstall('install', api)).toBe(false);
    expect(opened).toHaveLength(1);
  });

  it('does not open on updates or browser updates', async () => {
    const { api, opened } = fakeApi();
    expect(await welcomeOnInstall('update', api)).toBe(false);
    expect(await welcomeOnInstall('chrome_update', api)).toBe(false);
    expect(opened).toEqual([]);
  });
});

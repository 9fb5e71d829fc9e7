import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { MAX_SENT_CHARACTERS } from '@core/contracts/sending.ts';
import { dispatch, type Handlers } from './server.ts';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const fromPage: Runtime.MessageSender = { url: `${ORIGIN}/options.html`, id: 'x' };
const fromContentScript: Runtime.MessageSender = { url: 'https://www.linkedin.com/messaging/', tab: { id: 1 } as Runtime.MessageSender['tab'], id: 'x' };

const calls: string[] = [];
const settingsReply = { settings: {}, notices: [] } as never;
const coachSettings = { debounceMs: 250, surfaces: {}, panelHome: 'page' as const, underlines: true, account: 'auto' as const };
const handlers: Handlers = {
  lint: ({ draft }) => {
    calls.push(`lint:${draft.text}`);
    return { score: 1 } as never;
  },
  getCatalog: () => [],
  getSettings: () => settingsReply,
  getCoachSettings: () => coachSettings,
  updateSettings: ({ patch }) => {
    calls.push(`update:${JSON.stringify(patch)}`);
    return settingsReply;
  },
  saveSettings: () => settingsReply,
  importSettings: () => {
    throw new Error('This file is not a Tactful settings export.');
  },
  disableRule: ({ ruleId }) => {
    calls.push(`disable:${ruleId}`);
    return coachSettings;
  },
  typing: () => true,
  keepAlive: () => true,
  getActiveComposer: () => null,
  openSidebar: () => ({ opened: false }),
};

describe('dispatch', () => {
  it('answers a valid request with its handler’s value', async () => {
    expect(await dispatch({ type: 'lint', draft: { text: 'Hi' } }, fromContentScript, handlers, ORIGIN)).toEqual({ ok: true, value: { score: 1 } });
    expect(calls).toContain('lint:Hi');
  });

  it.each([null, 42, 'lint', {}, { type: 'explode' }, { type: 'lint' }, { type: 'lint', draft: { text: 5 } }, { type: 'disableRule', ruleId: 'not-a-rule' }])(
    'answers the malformed message %j with an error object, never a throw',
    async (raw) => {
      const reply = await dispatch(raw, fromContentScript, handlers, ORIGIN);
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    },
  );

  it('refuses a draft too long to travel with an error object, before any check runs', async () => {
    const before = calls.length;
    for (const draft of [{ text: 'a'.repeat(MAX_SENT_CHARACTERS + 1) }, { text: 'x'.repeat(20_000_000) }, { text: 'Hi', kind: 'inmail', subject: 's'.repeat(MAX_SENT_CHARACTERS + 1) }]) {
      const reply = await dispatch({ type: 'lint', draft }, fromContentScript, handlers, ORIGIN);
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/too long to send: at most 100,000 characters/) } });
    }
    expect(calls.length).toBe(before);
    // The longest draft that travels is answered.
    const longest = await dispatch({ type: 'lint', draft: { text: 'a'.repeat(MAX_SENT_CHARACTERS), totalCharacters: 250_000 } }, fromContentScript, handlers, ORIGIN);
    expect(longest).toMatchObject({ ok: true });
  });

  it('refuses settings changes from a content script, and accepts them from extension pages', async () => {
    const forbidden = await dispatch({ type: 'saveSettings', settings: {} }, fromContentScript, handlers, ORIGIN);
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch({ type: 'saveSettings', settings: {} }, fromPage, handlers, ORIGIN)).toMatchObject({ ok: true });
    // The options page open in a tab is still an extension page.
    const optionsTab = { ...fromPage, tab: { id: 7 } as Runtime.MessageSender['tab'] };
    expect(await dispatch({ type: 'saveSettings', settings: {} }, optionsTab, handlers, ORIGIN)).toMatchObject({ ok: true });
    // A page on another origin pretending to be the options page is refused too.
    const spoofed = await dispatch({ type: 'saveSettings', settings: {} }, { url: 'https://evil.example/options.html' }, handlers, ORIGIN);
    expect(spoofed).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('takes settings changes as validated patches, from extension pages only', async () => {
    const patch = { rules: { pushy: { enabled: false }, slang: { severity: null } } };
    expect(await dispatch({ type: 'updateSettings', patch }, fromContentScript, handlers, ORIGIN)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch({ type: 'updateSettings', patch }, fromPage, handlers, ORIGIN)).toMatchObject({ ok: true });
    expect(calls).toContain(`update:${JSON.stringify(patch)}`);
    for (const bad of [{ rules: { 'not-a-rule': { enabled: false } } }, { rules: { pushy: { enabled: 'no' } } }, { debounceMs: -1 }, { version: 2 }, { ignoredWords: { add: [''] } }]) {
      expect(await dispatch({ type: 'updateSettings', patch: bad }, fromPage, handlers, ORIGIN)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('keeps all settings (the user’s own phrases and words) away from content scripts', async () => {
    expect(await dispatch({ type: 'getSettings' }, fromContentScript, handlers, ORIGIN)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch({ type: 'getCoachSettings' }, fromContentScript, handlers, ORIGIN)).toEqual({ ok: true, value: coachSettings });
  });

  it('lets the panel ask for its one narrow change', async () => {
    expect(await dispatch({ type: 'disableRule', ruleId: 'pushy' }, fromContentScript, handlers, ORIGIN)).toMatchObject({ ok: true });
    expect(calls).toContain('disable:pushy');
  });

  it('turns a handler’s exception into an internal error object', async () => {
    expect(await dispatch({ type: 'importSettings', settings: {} }, fromPage, handlers, ORIGIN)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'This file is not a Tactful settings export.' },
    });
  });
});

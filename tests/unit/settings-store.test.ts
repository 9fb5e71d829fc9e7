import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { Request, RequestType, ResponseOf } from '../../src/contracts/protocol.ts';
import { defaultSettings, parseSettings, type Settings } from '../../src/contracts/settings.ts';
import { fakeBrowser } from './fake-storage.ts';

// The background's storage is this in-memory fake (sync with Chrome's quotas, injectable failures).
vi.mock('wxt/browser', async () => ({ browser: (await import('./fake-storage.ts')).fakeBrowser }));
const { handlers } = await import('../../extension/background/handlers.ts');
const { failureKind, forgetSettings, SETTINGS_KEY } = await import('../../extension/background/settings-store.ts');

const sync = fakeBrowser.storage.sync;
const local = fakeBrowser.storage.local;

/** Sends one request to the background's handlers, as the dispatcher does after validating it. */
function call<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseOf<T>> {
  const handler = handlers[request.type] as (r: typeof request, s: Runtime.MessageSender) => Promise<ResponseOf<T>> | ResponseOf<T>;
  return Promise.resolve(handler(request, {}));
}
const stored = async () => parseSettings((await call({ type: 'getSettings' })).settings).settings;
const pieceKeys = () => Object.keys(sync.dump()).filter((k) => k.startsWith(`${SETTINGS_KEY}#`));

/** Settings whose JSON is about `kilobytes` KB, in `words` ignored words (ASCII, few escapes). */
function withWords(words: number, length = 24): Settings {
  return { ...defaultSettings(), ignoredWords: Array.from({ length: words }, (_, i) => `w${i}`.padEnd(length, 'x')) };
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetSettings();
});

describe('settings writes are serialised patches', () => {
  it('two quick "turn off" clicks on two rules leave both off', async () => {
    await Promise.all([call({ type: 'disableRule', ruleId: 'pushy' }), call({ type: 'disableRule', ruleId: 'slang' })]);
    expect((await stored()).rules).toEqual({ pushy: { enabled: false }, slang: { enabled: false } });
  });

  it('an options page loaded earlier does not turn back on a rule turned off in a LinkedIn tab', async () => {
    const optionsCopy = await stored();
    expect(optionsCopy.rules.pushy).toBeUndefined();
    await call({ type: 'disableRule', ruleId: 'pushy' });
    // The options page sends only what its user changed.
    await call({ type: 'updateSettings', patch: { rules: { slang: { severity: 'error' } }, debounceMs: 400 } });
    const now = await stored();
    expect(now.rules).toEqual({ pushy: { enabled: false }, slang: { severity: 'error' } });
    expect(now.debounceMs).toBe(400);
  });

  it('changes made at the same moment in the options page and the panel both survive', async () => {
    await call({ type: 'updateSettings', patch: { ignoredWords: { add: ['Kubernetes'] } } });
    await Promise.all([
      call({ type: 'updateSettings', patch: { ignoredWords: { add: ['SCRUMBAN'], remove: ['kubernetes'] }, rules: { emoji: { enabled: false } } } }),
      call({ type: 'disableRule', ruleId: 'pushy' }),
      call({ type: 'updateSettings', patch: { customPhrases: { add: [{ phrase: 'circle back', message: 'Say what is new.', severity: 'warning' }] } } }),
    ]);
    const now = await stored();
    expect(now.rules).toEqual({ emoji: { enabled: false }, pushy: { enabled: false } });
    expect(now.ignoredWords).toEqual(['SCRUMBAN']);
    expect(now.customPhrases).toEqual([{ phrase: 'circle back', message: 'Say what is new.', severity: 'warning' }]);
  });

  it('an import replaces the whole value, in turn with other writes', async () => {
    const imported = { ...defaultSettings(), account: 'premium' as const, rules: { typo: { enabled: false } } };
    await Promise.all([call({ type: 'disableRule', ruleId: 'pushy' }), call({ type: 'importSettings', settings: imported })]);
    expect(await stored()).toEqual(imported);
  });
});

describe('split values in storage.sync', () => {
  const bigWords = () => withWords(900, 26); // ~27 KB of JSON: four pieces

  it('round-trips a ~90 KB value through storage.sync with its quotas, as one set of header and pieces', async () => {
    const settings: Settings = {
      ...defaultSettings(),
      customPhrases: Array.from({ length: 150 }, (_, i) => ({ phrase: `phrase ${i} “quoted” \\ é 😀`, message: `Say it plainly — ${'m'.repeat(520)}`.slice(0, 500), severity: 'info' as const })),
    };
    expect(JSON.stringify(settings).length).toBeGreaterThan(85_000);
    const reply = await call({ type: 'saveSettings', settings });
    expect(reply.notices).toEqual([]);
    expect(local.dump()).toEqual({});
    expect(pieceKeys().length).toBeGreaterThan(10);
    expect(sync.writes.filter((w) => w.op === 'set')).toHaveLength(1);
    expect(sync.writes[0]!.keys).toContain(SETTINGS_KEY);
    forgetSettings();
    expect(await stored()).toEqual(settings);
  });

  it('a missing middle piece is detected, shown, not truncated, and never written back', async () => {
    await call({ type: 'saveSettings', settings: bigWords() });
    expect(pieceKeys().length).toBeGreaterThanOrEqual(3);
    sync.delete(`${SETTINGS_KEY}#1`);
    forgetSettings();
    const damagedStorage = sync.dump();

    const reply = await call({ type: 'getSettings' });
    expect(reply.damaged).toBe(true);
    expect(reply.notices.join(' ')).toMatch(/damaged/);
    // Not a partial list taken for the whole one.
    expect(parseSettings(reply.settings).settings.ignoredWords).toEqual([]);
    // A change from the panel or the options page is refused, and storage stays as it was.
    await expect(call({ type: 'disableRule', ruleId: 'pushy' })).rejects.toThrow(/damaged/);
    await expect(call({ type: 'updateSettings', patch: { debounceMs: 300 } })).rejects.toThrow(/damaged/);
    expect(sync.dump()).toEqual(damagedStorage);
    expect(local.dump()).toEqual({});
    // Replacing it is an explicit action of the user.
    await call({ type: 'saveSettings', settings: defaultSettings() });
    expect((await call({ type: 'getSettings' })).damaged).toBe(false);
  });

  it('a changed middle piece that still parses as JSON is detected by the checksum', async () => {
    await call({ type: 'saveSettings', settings: bigWords() });
    const piece = sync.dump()[`${SETTINGS_KEY}#1`] as string;
    sync.put({ [`${SETTINGS_KEY}#1`]: piece.replace(/w(\d)/, 'q$1') });
    forgetSettings();
    const reply = await call({ type: 'getSettings' });
    expect(reply.damaged).toBe(true);
    await expect(call({ type: 'disableRule', ruleId: 'pushy' })).rejects.toThrow(/damaged/);
  });

  it('reads the older layout: a header {version, chunks} without checksum', async () => {
    const json = JSON.stringify(withWords(300));
    const half = Math.floor(json.length / 2);
    sync.put({ [SETTINGS_KEY]: { version: 1, chunks: 2 }, [`${SETTINGS_KEY}#0`]: json.slice(0, half), [`${SETTINGS_KEY}#1`]: json.slice(half) });
    expect((await stored()).ignoredWords).toHaveLength(300);
    // …and a missing piece of it is damage, not a shorter value.
    sync.delete(`${SETTINGS_KEY}#1`);
    forgetSettings();
    expect((await call({ type: 'getSettings' })).damaged).toBe(true);
  });

  it('migrates an old settings version stored in pieces', async () => {
    const json = JSON.stringify({ account: 'premium', ignoredWords: withWords(400).ignoredWords }); // unversioned (version 0)
    sync.put({ [SETTINGS_KEY]: { chunks: 1 }, [`${SETTINGS_KEY}#0`]: json });
    expect(await stored()).toMatchObject({ version: 2, account: 'premium' });
  });

  it('removes pieces that no header names any more', async () => {
    await call({ type: 'saveSettings', settings: withWords(900, 26) });
    const many = pieceKeys().length;
    await call({ type: 'saveSettings', settings: withWords(300, 26) });
    expect(pieceKeys().length).toBeLessThan(many);
    expect((sync.dump()[SETTINGS_KEY] as { chunks: number }).chunks).toBe(pieceKeys().length);
    await call({ type: 'disableRule', ruleId: 'pushy' });
    expect(pieceKeys().length).toBeGreaterThan(0); // still split: the words are still there
    await call({ type: 'saveSettings', settings: defaultSettings() });
    expect(pieceKeys()).toEqual([]);
  });
});

describe('settings too large to sync', () => {
  const huge = () => withWords(2000, 60); // ~126 KB: over storage.sync's 100 KB

  it('are kept on this computer with a notice; the marker stays out of storage.sync', async () => {
    await call({ type: 'disableRule', ruleId: 'pushy' });
    const lastSynced = sync.dump();
    const reply = await call({ type: 'saveSettings', settings: huge() });
    expect(reply.notices.join(' ')).toMatch(/saved on this computer only/);
    expect(sync.dump()).toEqual(lastSynced);
    expect(JSON.stringify(sync.dump())).not.toMatch(/"local"/);
    forgetSettings();
    expect((await stored()).ignoredWords).toHaveLength(2000);
    // Another computer (same storage.sync, its own storage.local) keeps reading the last synced value.
    const here = local.dump();
    local.clear();
    forgetSettings();
    const elsewhere = await call({ type: 'getSettings' });
    expect(elsewhere.damaged).toBe(false);
    expect(parseSettings(elsewhere.settings).settings.rules).toEqual({ pushy: { enabled: false } });
    local.put(here);
    forgetSettings();
    // Smaller again: back in sync, the local copy gone.
    await call({ type: 'saveSettings', settings: withWords(10) });
    expect(local.dump()).toEqual({});
    expect((await stored()).ignoredWords).toHaveLength(10);
  });

  it('moves to this computer when the browser says the value is too large, and removes orphan pieces', async () => {
    await call({ type: 'saveSettings', settings: withWords(900, 26) });
    const lastSynced = sync.dump();
    sync.put({ [`${SETTINGS_KEY}#17`]: 'left over' });
    sync.failNextWrite(new Error('QUOTA_BYTES quota exceeded'));
    const reply = await call({ type: 'updateSettings', patch: { ignoredWords: { add: ['one more'] } } });
    expect(reply.notices.join(' ')).toMatch(/saved on this computer only/);
    expect(sync.dump()).toEqual(lastSynced);
    expect((await stored()).ignoredWords).toContain('one more');
  });

  it('reads the older local layout ({version, local: true} in sync) and leaves it cleanly', async () => {
    sync.put({ [SETTINGS_KEY]: { version: 1, local: true }, [`${SETTINGS_KEY}#0`]: '{"rules":', [`${SETTINGS_KEY}#1`]: '{}}' });
    local.put({ [SETTINGS_KEY]: { version: 1, account: 'premium', ignoredWords: ['Kubernetes'] } });
    expect(await stored()).toMatchObject({ account: 'premium', ignoredWords: ['Kubernetes'] });
    await call({ type: 'disableRule', ruleId: 'pushy' });
    expect(pieceKeys()).toEqual([]);
    expect(local.dump()).toEqual({});
    expect(sync.dump()[SETTINGS_KEY]).toMatchObject({ account: 'premium', ignoredWords: ['Kubernetes'], rules: { pushy: { enabled: false } } });
  });

  it('on a computer without the local copy, the older marker reads as "kept elsewhere" and is not overwritten by a change', async () => {
    sync.put({ [SETTINGS_KEY]: { version: 1, local: true } });
    const reply = await call({ type: 'getSettings' });
    expect(reply.damaged).toBe(true);
    expect(reply.notices.join(' ')).toMatch(/another computer/);
    await expect(call({ type: 'disableRule', ruleId: 'pushy' })).rejects.toThrow();
    expect(sync.dump()).toEqual({ [SETTINGS_KEY]: { version: 1, local: true } });
  });
});

describe('a write the browser refuses for another reason than size', () => {
  it.each([
    ['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', /try again in a minute/],
    ['MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded', /try again in a minute/],
    ['IO error: disk full', /Could not save.*try again/],
  ])('"%s" gives an honest notice and keeps the previous value', async (message, notice) => {
    await call({ type: 'disableRule', ruleId: 'pushy' });
    const before = sync.dump();
    sync.failNextWrite(new Error(message));
    await expect(call({ type: 'disableRule', ruleId: 'slang' })).rejects.toThrow(notice);
    expect(sync.dump()).toEqual(before);
    expect(local.dump()).toEqual({});
    forgetSettings();
    expect((await stored()).rules).toEqual({ pushy: { enabled: false } });
    // The next try goes through.
    await call({ type: 'updateSettings', patch: { debounceMs: 999 } });
    expect(await stored()).toMatchObject({ debounceMs: 999, rules: { pushy: { enabled: false } } });
  });
});

describe('failureKind', () => {
  it('tells size quotas from rate limits and other errors, in Chrome’s and Firefox’s words', () => {
    for (const message of ['QUOTA_BYTES quota exceeded', 'QUOTA_BYTES_PER_ITEM quota exceeded', 'MAX_ITEMS quota exceeded', 'QuotaExceededError: storage.sync API call exceeded its quota limitations.']) {
      expect(failureKind(new Error(message))).toBe('size');
    }
    expect(failureKind(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'))).toBe('rate');
    expect(failureKind(new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded'))).toBe('rate');
    expect(failureKind(new Error('An unexpected error occurred'))).toBe('other');
  });
});

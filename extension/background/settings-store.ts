import { browser } from 'wxt/browser';
import { applySettingsPatch, type SettingsPatch } from '@core/contracts/settings-patch.ts';
import { defaultSettings, parseSettings, type ParsedSettings, type Settings } from '@core/contracts/settings.ts';
import { checksum, isSplitHeader, joinPieces, jsonStringBytes, splitByBytes, type SplitHeader } from './sync-pieces.ts';

/**
 * Where the settings live:
 * - storage.sync `tactful:settings`: the settings object itself, or, when larger than one item, a
 *   header `{version, chunks, length, checksum}` whose pieces are `tactful:settings#0…n-1`, all
 *   written in one `set`.
 * - storage.local `tactful:settings:local`: settings too large to sync, kept on this computer. Its
 *   presence is the "kept locally" marker, so the marker never syncs: other computers keep reading the
 *   last value that was synced.
 * Older layouts are read too: a header without checksum, and `{version, local: true}` in sync with the
 * copy in storage.local under `tactful:settings`.
 *
 * Every write runs in one queue in the background: a change (patch) is applied to the value read at
 * that moment, so two changes at once never lose one. A value read as damaged is never written back:
 * changes are refused until the user replaces it (import, reset, or "save what is shown").
 */
export const SETTINGS_KEY = 'tactful:settings';
export const LOCAL_SETTINGS_KEY = 'tactful:settings:local';
const LEGACY_LOCAL_KEY = SETTINGS_KEY;
const PIECE_PREFIX = `${SETTINGS_KEY}#`;
const pieceKey = (i: number) => `${PIECE_PREFIX}${i}`;

// storage.sync quotas: 8 192 bytes per item (key + JSON value), 102 400 bytes in all; a margin for
// the header and for browsers that escape more characters than we count.
const ITEM_BYTES = 8192 - 64;
const SYNC_BYTES = 100_000;
const MAX_PIECES = 20;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

export const KEPT_LOCALLY_NOTICE =
  'Your settings are too large to sync between your browsers, so they are saved on this computer only. Shorter phrase or word lists would sync again.';
export const DAMAGED_NOTICE =
  'Your saved settings are damaged (part of them is missing or changed), so defaults are used for now and nothing is saved over them. Import a backup, reset, or choose “Keep what is shown” to replace them.';
export const ELSEWHERE_NOTICE =
  'Your settings were kept on another computer (they were too large to sync), so defaults are used here and nothing is saved over them until you choose to.';

export interface StoredSettings extends ParsedSettings {
  /** The stored value could not be read whole: changes are refused until it is replaced explicitly. */
  damaged: boolean;
}

/** A change refused because the stored value was read as damaged. */
export class SettingsDamagedError extends Error {
  constructor() {
    super('Not saved: your saved settings are damaged. Open Tactful’s options to restore or replace them; nothing was changed.');
  }
}

/** A write the browser refused for another reason than size (rate limits, errors): the previous value stays. */
export class SettingsNotSavedError extends Error {}

let cached: Promise<StoredSettings> | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every write queued before it. */
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The settings for linting. Every lint asks for them, so they are read once and kept until they change
 * (`forgetSettings`, called on storage changes and by every write). Each caller gets its own copy.
 */
export async function loadSettings(): Promise<StoredSettings> {
  await queue;
  cached ??= readStored().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return structuredClone(await cached);
}

/** The stored settings read now, after every queued write (for the options page, which must not see a stale copy). */
export function readSettings(): Promise<StoredSettings> {
  return serialised(readStored);
}

export function forgetSettings(): void {
  cached = null;
}

/** Applies a change to the value stored now. Refused while the stored value reads as damaged. */
export function updateSettings(patch: SettingsPatch): Promise<StoredSettings> {
  return serialised(async () => {
    const current = await readStored();
    if (current.damaged) throw new SettingsDamagedError();
    const next = applySettingsPatch(current.settings, patch);
    return { settings: next, notices: await write(next), damaged: false };
  });
}

/** Replaces the whole value: an explicit user action (import, reset, keeping what is shown over a damaged value). */
export function replaceSettings(settings: Settings): Promise<StoredSettings> {
  return serialised(async () => ({ settings, notices: await write(settings), damaged: false }));
}

/** Reads the stored settings, repairing a missing, old or corrupted field on its own. */
async function readStored(): Promise<StoredSettings> {
  const local = await browser.storage.local.get([LOCAL_SETTINGS_KEY, LEGACY_LOCAL_KEY]);
  if (local[LOCAL_SETTINGS_KEY] !== undefined) return keptLocally(local[LOCAL_SETTINGS_KEY]);
  // One read of every item: the header and its pieces as they are at one moment.
  const items = await browser.storage.sync.get(null);
  const stored = items[SETTINGS_KEY];
  if (isLegacyLocalMarker(stored)) {
    if (local[LEGACY_LOCAL_KEY] !== undefined) return keptLocally(local[LEGACY_LOCAL_KEY]);
    return { settings: defaultSettings(), notices: [ELSEWHERE_NOTICE], damaged: true };
  }
  if (isSplitHeader(stored)) {
    const joined = joinPieces(stored, items, pieceKey, MAX_PIECES);
    if (!joined) return { settings: defaultSettings(), notices: [DAMAGED_NOTICE], damaged: true };
    return { ...parseSettings(joined.value), damaged: false };
  }
  return { ...parseSettings(stored), damaged: false };
}

function keptLocally(value: unknown): StoredSettings {
  const parsed = parseSettings(value);
  return { settings: parsed.settings, notices: [...parsed.notices, KEPT_LOCALLY_NOTICE], damaged: false };
}

function isLegacyLocalMarker(value: unknown): boolean {
  return !!value && typeof value === 'object' && (value as { local?: unknown }).local === true;
}

/** The storage.sync items for one settings value, and the bytes they take there. */
function syncItems(settings: Settings): { items: Record<string, unknown>; bytes: number } {
  const json = JSON.stringify(settings);
  const whole = SETTINGS_KEY.length + utf8Bytes(json);
  if (whole <= ITEM_BYTES) return { items: { [SETTINGS_KEY]: settings }, bytes: whole };
  // Encoded once, cut at byte budgets: linear in the size of the value.
  const pieces = splitByBytes(json, ITEM_BYTES - pieceKey(MAX_PIECES).length);
  const header: SplitHeader = { version: settings.version, chunks: pieces.length, length: json.length, checksum: checksum(json) };
  const items: Record<string, unknown> = { [SETTINGS_KEY]: header };
  let bytes = SETTINGS_KEY.length + JSON.stringify(header).length;
  pieces.forEach((piece, i) => {
    items[pieceKey(i)] = piece;
    bytes += pieceKey(i).length + jsonStringBytes(piece);
  });
  return { items: pieces.length <= MAX_PIECES ? items : {}, bytes: pieces.length <= MAX_PIECES ? bytes : Infinity };
}

/**
 * Writes a whole value; returns notices for the user. Too large for sync (by our count or by the
 * browser's size quotas) → kept on this computer. Any other failure → SettingsNotSavedError, with the
 * previous value still in place.
 */
async function write(settings: Settings): Promise<string[]> {
  forgetSettings();
  try {
    const before = await browser.storage.sync.get(null);
    const { items, bytes } = syncItems(settings);
    if (bytes <= SYNC_BYTES) {
      try {
        await browser.storage.sync.set(items);
      } catch (error) {
        if (failureKind(error) !== 'size') throw notSaved(error);
        return await keepLocally(settings, before);
      }
      // Synced: a copy kept on this computer would now hide it.
      await browser.storage.local.remove([LOCAL_SETTINGS_KEY, LEGACY_LOCAL_KEY]).catch((error: unknown) => {
        throw notSaved(error);
      });
      await removeOrphanPieces(before, items);
      return [];
    }
    return await keepLocally(settings, before);
  } catch (error) {
    throw notSaved(error);
  } finally {
    forgetSettings();
  }
}

/** Keeps the value in storage.local. storage.sync keeps the last synced value for the other computers. */
async function keepLocally(settings: Settings, syncBefore: Record<string, unknown>): Promise<string[]> {
  try {
    await browser.storage.local.set({ [LOCAL_SETTINGS_KEY]: settings });
  } catch (error) {
    throw notSaved(error);
  }
  await browser.storage.local.remove(LEGACY_LOCAL_KEY).catch(() => undefined);
  await removeOrphanPieces(syncBefore, syncBefore);
  return [KEPT_LOCALLY_NOTICE];
}

/** Removes pieces that the current header does not name (left by a longer value or by older versions). Best effort: the next write tries again. */
async function removeOrphanPieces(before: Record<string, unknown>, current: Record<string, unknown>): Promise<void> {
  const header = current[SETTINGS_KEY];
  const named = isSplitHeader(header) ? header.chunks : 0;
  const orphans = Object.keys(before).filter((key) => key.startsWith(PIECE_PREFIX) && !(Number(key.slice(PIECE_PREFIX.length)) < named));
  if (orphans.length > 0) await browser.storage.sync.remove(orphans).catch(() => undefined);
}

/**
 * Why the browser refused a write. Chrome names the quota in its message (QUOTA_BYTES,
 * QUOTA_BYTES_PER_ITEM, MAX_ITEMS are about size; MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR about
 * rate); Firefox reports size as a QuotaExceededError.
 */
export function failureKind(error: unknown): 'size' | 'rate' | 'other' {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (/MAX_WRITE_OPERATIONS/i.test(message)) return 'rate';
  if (/QUOTA_BYTES|MAX_ITEMS|QuotaExceeded/i.test(message)) return 'size';
  return 'other';
}

function notSaved(error: unknown): SettingsNotSavedError {
  if (error instanceof SettingsNotSavedError) return error;
  if (failureKind(error) === 'rate') {
    return new SettingsNotSavedError('Could not save your settings: the browser allows only so many sync changes in a short time. Nothing was changed; try again in a minute.');
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new SettingsNotSavedError(`Could not save your settings (${reason}). Nothing was changed; try again.`);
}

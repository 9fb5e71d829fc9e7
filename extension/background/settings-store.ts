import { browser } from 'wxt/browser';
import { parseSettings, type ParsedSettings, type Settings } from '@core/contracts/settings.ts';

/** The one key in storage.sync that holds Tactful's settings (versioned inside). */
export const SETTINGS_KEY = 'tactful:settings';
const chunkKey = (i: number) => `${SETTINGS_KEY}#${i}`;

// storage.sync quotas: 8 192 bytes per item (key + JSON value), 102 400 in all.
const ITEM_BYTES = 8192 - 128;
const SYNC_BYTES = 90_000;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Splits a JSON text into pieces that each fit one storage.sync item. */
function split(json: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of json) {
    if (bytes(JSON.stringify(piece + ch)) > ITEM_BYTES) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

interface Stored {
  version?: number;
  /** Settings too big for one item are split over `tactful:settings#0…n-1`. */
  chunks?: number;
  /** Settings too big for sync at all live in storage.local on this computer. */
  local?: boolean;
}

let cached: Promise<ParsedSettings> | null = null;

/**
 * The settings, repaired field by field. Every lint asks for them, so they are read from storage once
 * and kept until they change (`forgetSettings`, called on storage changes and after every save).
 * Each caller gets its own copy to change.
 */
export async function loadSettings(): Promise<ParsedSettings> {
  cached ??= readSettings().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return structuredClone(await cached);
}

export function forgetSettings(): void {
  cached = null;
}

/** Reads the stored settings, repairing a missing, old or corrupted value field by field. */
async function readSettings(): Promise<ParsedSettings> {
  const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Stored | undefined;
  if (stored && typeof stored === 'object' && stored.local) {
    const local = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(local[SETTINGS_KEY]);
  }
  if (stored && typeof stored === 'object' && typeof stored.chunks === 'number' && stored.chunks > 0 && stored.chunks < 20) {
    const keys = Array.from({ length: stored.chunks }, (_, i) => chunkKey(i));
    const parts = await browser.storage.sync.get(keys);
    try {
      return parseSettings(JSON.parse(keys.map((k) => String(parts[k] ?? '')).join('')));
    } catch {
      return { ...parseSettings(undefined), notices: ['Your saved settings were damaged; defaults are used.'] };
    }
  }
  return parseSettings(stored);
}

/**
 * Saves settings to storage.sync, never silently failing: a value over one item's quota is split over
 * several items; one too large to sync at all (very long phrase lists) is kept on this computer,
 * and the returned notice says so.
 */
export async function saveSettings(settings: Settings): Promise<string[]> {
  forgetSettings();
  const json = JSON.stringify(settings);
  const oldChunks = ((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Stored | undefined)?.chunks ?? 0;
  const staleKeys = (from: number) => Array.from({ length: Math.max(0, oldChunks - from) }, (_, i) => chunkKey(from + i));
  try {
    if (bytes(json) + SETTINGS_KEY.length <= ITEM_BYTES) {
      await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
      await browser.storage.sync.remove(staleKeys(0));
      return [];
    }
    if (bytes(json) <= SYNC_BYTES) {
      const pieces = split(json);
      await browser.storage.sync.set(Object.fromEntries(pieces.map((p, i) => [chunkKey(i), p])));
      await browser.storage.sync.set({ [SETTINGS_KEY]: { version: settings.version, chunks: pieces.length } });
      await browser.storage.sync.remove(staleKeys(pieces.length));
      return [];
    }
  } catch {
    // Over a sync quota after all (other data, rate limits): fall through to local storage.
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  await browser.storage.sync.set({ [SETTINGS_KEY]: { version: settings.version, local: true } });
  return ['Your settings are too large to sync between your browsers, so they are saved on this computer only. Shorter phrase or word lists would sync again.'];
}

import { browser } from 'wxt/browser';
import { parseSettings, type ParsedSettings, type Settings } from '@core/contracts/settings.ts';

/** The one key in storage.sync that holds Tactful's settings (versioned inside). */
export const SETTINGS_KEY = 'tactful:settings';

/** Reads the stored settings, repairing a missing, old or corrupted value field by field. */
export async function loadSettings(): Promise<ParsedSettings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

import { catalog } from '@core/catalog.ts';
import { parseSettings } from '@core/contracts/settings.ts';
import { lint } from '@core/engine/lint.ts';
import type { Handlers } from '@/messaging/server.ts';
import { loadSettings, saveSettings } from './settings-store.ts';

/** One function per protocol request; the mapped type makes a missing one a compile error. */
export const handlers: Handlers = {
  async lint({ draft }) {
    const { settings } = await loadSettings();
    return lint(draft, settings);
  },
  getCatalog: () => catalog(),
  getSettings: () => loadSettings(),
  async saveSettings({ settings }) {
    const parsed = parseSettings(settings);
    await saveSettings(parsed.settings);
    return parsed;
  },
  async importSettings({ settings }) {
    if (!settings || typeof settings !== 'object' || Array.isArray(settings) || !('version' in settings)) {
      throw new Error('This file is not a Tactful settings export.');
    }
    const parsed = parseSettings(settings);
    await saveSettings(parsed.settings);
    return parsed;
  },
  async disableRule({ ruleId }) {
    const { settings } = await loadSettings();
    settings.rules[ruleId] = { ...settings.rules[ruleId], enabled: false };
    await saveSettings(settings);
    return { settings, notices: [] };
  },
};

import { catalog } from '@core/catalog.ts';
import type { CoachSettings } from '@core/contracts/protocol.ts';
import { parseSettings, type Settings } from '@core/contracts/settings.ts';
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
  async getCoachSettings() {
    return coachSettings((await loadSettings()).settings);
  },
  async saveSettings({ settings }) {
    const parsed = parseSettings(settings);
    const notices = await saveSettings(parsed.settings);
    return { settings: parsed.settings, notices: [...parsed.notices, ...notices] };
  },
  async importSettings({ settings }) {
    assertSettingsExport(settings);
    const parsed = parseSettings(settings);
    const notices = await saveSettings(parsed.settings);
    return { settings: parsed.settings, notices: [...parsed.notices, ...notices] };
  },
  async disableRule({ ruleId }) {
    const { settings } = await loadSettings();
    settings.rules[ruleId] = { ...settings.rules[ruleId], enabled: false };
    await saveSettings(settings);
    return coachSettings(settings);
  },
};

function coachSettings(settings: Settings): CoachSettings {
  return { debounceMs: settings.debounceMs, surfaces: { ...settings.surfaces } };
}

/** An import must look like a Tactful export: an object with a known version and only known fields. Anything else changes nothing. */
function assertSettingsExport(value: unknown): void {
  const known = new Set(['version', 'rules', 'lengthGoals', 'account', 'debounceMs', 'surfaces', 'customPhrases', 'ignoredWords']);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('This file is not a Tactful settings export (it is not a settings object).');
  const record = value as Record<string, unknown>;
  if (record.version !== 1) throw new Error('This file is not a Tactful settings export (no known "version").');
  const foreign = Object.keys(record).filter((k) => !known.has(k));
  if (foreign.length > 0) throw new Error(`This file is not a Tactful settings export (unknown fields: ${foreign.slice(0, 3).join(', ')}).`);
}

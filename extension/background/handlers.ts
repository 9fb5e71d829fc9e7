import { catalog } from '@core/catalog.ts';
import type { CoachSettings } from '@core/contracts/protocol.ts';
import { parseSettings, type Settings } from '@core/contracts/settings.ts';
import { lint } from '@core/engine/lint.ts';
import type { Handlers } from '@/messaging/server.ts';
import { loadSettings, readSettings, replaceSettings, updateSettings } from './settings-store.ts';

/** One function per protocol request; the mapped type makes a missing one a compile error. */
export const handlers: Handlers = {
  async lint({ draft }) {
    const { settings } = await loadSettings();
    return lint(draft, settings);
  },
  getCatalog: () => catalog(),
  getSettings: () => readSettings(),
  async getCoachSettings() {
    return coachSettings((await loadSettings()).settings);
  },
  updateSettings: ({ patch }) => updateSettings(patch),
  async saveSettings({ settings }) {
    const parsed = parseSettings(settings);
    const saved = await replaceSettings(parsed.settings);
    return { ...saved, notices: [...parsed.notices, ...saved.notices] };
  },
  async importSettings({ settings }) {
    assertSettingsExport(settings);
    const parsed = parseSettings(settings);
    const saved = await replaceSettings(parsed.settings);
    return { ...saved, notices: [...parsed.notices, ...saved.notices] };
  },
  async disableRule({ ruleId }) {
    const { settings } = await updateSettings({ rules: { [ruleId]: { enabled: false } } });
    return coachSettings(settings);
  },
};

function coachSettings(settings: Settings): CoachSettings {
  return { debounceMs: settings.debounceMs, surfaces: { ...settings.surfaces } };
}

/** An import must look like a Tactful export: an object with a known version and only known fields. Anything else changes nothing. */
function assertSettingsExport(value: unknown): void {
  const known = new Set(['version', 'preset', 'rules', 'lengthGoals', 'account', 'debounceMs', 'surfaces', 'customPhrases', 'ignoredWords', 'panelHome']);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('This file is not a Tactful settings export (it is not a settings object).');
  const record = value as Record<string, unknown>;
  if (record.version !== 1) throw new Error('This file is not a Tactful settings export (no known "version").');
  const foreign = Object.keys(record).filter((k) => !known.has(k));
  if (foreign.length > 0) throw new Error(`This file is not a Tactful settings export (unknown fields: ${foreign.slice(0, 3).join(', ')}).`);
}

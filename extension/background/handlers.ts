import { catalog } from '@core/catalog.ts';
import type { CoachSettings } from '@core/contracts/protocol.ts';
import { parseSettings, type Settings } from '@core/contracts/settings.ts';
import { lint } from '@core/engine/lint.ts';
import { rules } from '@core/rules/index.ts';
import type { Handlers } from '@/messaging/server.ts';
import { composerTab, noteComposerTab } from './composer-tabs.ts';
import { openSidebar } from './open-sidebar.ts';
import { loadSettings, readSettings, replaceSettings, updateSettings } from './settings-store.ts';
import { SETTINGS_VERSION } from '../../src/contracts/settings.ts';
import { WarmUp, warmUpDraft } from './warm-up.ts';

/** A worker the browser started again checks a tiny draft rule by rule when typing starts (see `WarmUp`). */
let warmUpWith: { text: string; settings: Settings } | undefined;
const warmUp = new WarmUp(rules, (rule) => warmUpWith && lint({ text: warmUpWith.text }, warmUpWith.settings, [rule]));

/** One function per protocol request; the mapped type makes a missing one a compile error. */
export const handlers: Handlers = {
  async lint({ draft }) {
    const { settings } = await loadSettings();
    warmUp.stop();
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
  /** A typing burst began: get ready for the check that follows the pause (settings read, patterns compiled). */
  async typing({ language }, sender) {
    await noteComposerTab(sender.tab);
    const { settings } = await loadSettings();
    if (!warmUp.over) {
      warmUpWith = warmUpDraft(language, settings);
      warmUp.start();
    }
    return true;
  },
  keepAlive: () => true,
  async getActiveComposer({ windowId }) {
    const tabId = await composerTab(windowId);
    return tabId === undefined ? null : { tabId };
  },
  openSidebar(_request, sender) {
    // First, while the user's click is still in progress: browsers open sidebars only then.
    return openSidebar(sender.tab?.windowId).then(async (opened) => {
      if (opened) await updateSettings({ panelHome: 'side' });
      return { opened };
    });
  },
};

function coachSettings(settings: Settings): CoachSettings {
  return { debounceMs: settings.debounceMs, surfaces: { ...settings.surfaces }, panelHome: settings.panelHome, underlines: settings.underlines, account: settings.account };
}

/** An import must look like a Tactful export: an object with a known version and only known fields. Anything else changes nothing. */
function assertSettingsExport(value: unknown): void {
  const known = new Set(['version', 'preset', 'rules', 'lengthGoals', 'account', 'debounceMs', 'surfaces', 'customPhrases', 'ignoredWords', 'panelHome', 'underlines', 'coachingLanguage']);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('This file is not a Tactful settings export (it is not a settings object).');
  const record = value as Record<string, unknown>;
  // Exports from every released version are read (and migrated by parseSettings).
  if (typeof record.version !== 'number' || !Number.isInteger(record.version) || record.version < 1 || record.version > SETTINGS_VERSION) throw new Error('This file is not a Tactful settings export (no known "version").');
  const foreign = Object.keys(record).filter((k) => !known.has(k));
  if (foreign.length > 0) throw new Error(`This file is not a Tactful settings export (unknown fields: ${foreign.slice(0, 3).join(', ')}).`);
}

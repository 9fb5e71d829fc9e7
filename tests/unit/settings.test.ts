import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from '../../src/index.ts';

describe('parseSettings', () => {
  it('gives defaults for a missing value', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings(), notices: [] });
    expect(parseSettings(null).settings).toEqual(defaultSettings());
  });

  it('falls back field by field: a bad field never wipes the good ones', () => {
    const { settings } = parseSettings({
      version: 1,
      rules: { pushy: { enabled: false } },
      lengthGoals: { messageWords: 'lots', replyWords: 250 },
      account: 'platinum',
      debounceMs: 400,
      surfaces: 'all',
      customPhrases: [{ phrase: 'circle back', message: 'Say what is new.' }, { phrase: '' }],
      ignoredWords: ['Kubernetes', 42, ''],
    });
    expect(settings.rules).toEqual({ pushy: { enabled: false } });
    expect(settings.lengthGoals).toEqual({ messageWords: 150, replyWords: 250, inmailWords: 200, noteCharacters: 300 });
    expect(settings.account).toBe('auto');
    expect(settings.debounceMs).toBe(400);
    expect(settings.surfaces).toEqual(defaultSettings().surfaces);
    expect(settings.customPhrases).toEqual([{ phrase: 'circle back', message: 'Say what is new.', severity: 'warning' }]);
    expect(settings.ignoredWords).toEqual(['Kubernetes']);
  });

  it('drops unknown rule ids with a notice (settings from a newer version)', () => {
    const { settings, notices } = parseSettings({ version: 1, rules: { 'future-rule': { enabled: false }, slang: { severity: 'info' } } });
    expect(settings.rules).toEqual({ slang: { severity: 'info' } });
    expect(notices).toEqual(['Unknown rule "future-rule" in settings was ignored.']);
  });

  it('repairs a bad rule entry without losing the others', () => {
    const { settings } = parseSettings({ rules: { slang: { severity: 'loud' }, emoji: { enabled: false } } });
    expect(settings.rules).toEqual({ emoji: { enabled: false } });
    expect(parseSettings({ rules: { slang: { severity: 'loud', enabled: false } } }).settings.rules).toEqual({ slang: { enabled: false } });
  });

  it('reads an unversioned (older) value through the migrations', () => {
    expect(parseSettings({ account: 'premium' }).settings).toMatchObject({ version: 1, account: 'premium' });
  });

  it('answers a value that is not an object with defaults and a notice', () => {
    for (const raw of ['corrupted', 42, [1, 2], true]) {
      const { settings, notices } = parseSettings(raw);
      expect(settings).toEqual(defaultSettings());
      expect(notices).toHaveLength(1);
    }
  });
});

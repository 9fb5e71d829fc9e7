import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from '../../src/index.ts';
import { applySettingsPatch, SettingsPatch, SettingsPatchError, wordListPatch } from '../../src/contracts/settings-patch.ts';

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

  it('reads panelHome and underlines, with defaults (page, on) for a missing or bad value, without a new version', () => {
    expect(defaultSettings()).toMatchObject({ version: 2, panelHome: 'page', underlines: true });
    expect(parseSettings({ version: 2, panelHome: 'side', underlines: false }).settings).toMatchObject({ panelHome: 'side', underlines: false });
    expect(parseSettings({ version: 2, panelHome: 'window', underlines: 'yes', debounceMs: 400 }).settings).toMatchObject({ panelHome: 'page', underlines: true, debounceMs: 400 });
    expect(applySettingsPatch(defaultSettings(), SettingsPatch.parse({ panelHome: 'side', underlines: false }))).toMatchObject({ panelHome: 'side', underlines: false });
    expect(SettingsPatch.safeParse({ panelHome: 'window' }).success).toBe(false);
  });

  it('migrates version 1 to 2: drafts keep being detected (coachingLanguage auto); a bad value falls back to auto', () => {
    const migrated = parseSettings({ version: 1, account: 'premium', rules: { slang: { enabled: false } } }).settings;
    expect(migrated).toMatchObject({ version: 2, coachingLanguage: 'auto', account: 'premium', rules: { slang: { enabled: false } } });
    expect(parseSettings({ version: 2, coachingLanguage: 'de' }).settings.coachingLanguage).toBe('de');
    expect(parseSettings({ version: 2, coachingLanguage: 'klingon' }).settings.coachingLanguage).toBe('auto');
    expect(applySettingsPatch(defaultSettings(), SettingsPatch.parse({ coachingLanguage: 'fr' })).coachingLanguage).toBe('fr');
    expect(SettingsPatch.safeParse({ coachingLanguage: 'it' }).success).toBe(false);
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
    expect(parseSettings({ account: 'premium' }).settings).toMatchObject({ version: 2, account: 'premium' });
  });

  it('answers a value that is not an object with defaults and a notice', () => {
    for (const raw of ['corrupted', 42, [1, 2], true]) {
      const { settings, notices } = parseSettings(raw);
      expect(settings).toEqual(defaultSettings());
      expect(notices).toHaveLength(1);
    }
  });
});

describe('settings patches', () => {
  const base = () => ({ ...defaultSettings(), rules: { pushy: { enabled: false }, slang: { severity: 'info' as const } }, ignoredWords: ['Kubernetes', 'SCRUMBAN'] });

  it('changes only the fields it names, and leaves the input alone', () => {
    const before = base();
    const after = applySettingsPatch(before, SettingsPatch.parse({ rules: { emoji: { enabled: false } }, lengthGoals: { replyWords: 250 }, surfaces: { inmail: false } }));
    expect(after.rules).toEqual({ pushy: { enabled: false }, slang: { severity: 'info' }, emoji: { enabled: false } });
    expect(after.lengthGoals).toEqual({ ...defaultSettings().lengthGoals, replyWords: 250 });
    expect(after.surfaces).toEqual({ ...defaultSettings().surfaces, inmail: false });
    expect(before).toEqual(base());
  });

  it('null puts a rule back to its default, field by field', () => {
    const after = applySettingsPatch(base(), SettingsPatch.parse({ rules: { pushy: { enabled: null }, slang: { enabled: false } } }));
    expect(after.rules).toEqual({ slang: { severity: 'info', enabled: false } });
  });

  it('adds and removes list entries without sending the list back', () => {
    const after = applySettingsPatch(base(), SettingsPatch.parse({ ignoredWords: { add: [' Terraform ', 'kubernetes'], remove: ['scrumban'] } }));
    expect(after.ignoredWords).toEqual(['Kubernetes', 'Terraform']);
    const phrase = { phrase: 'circle back', message: 'Say what is new.' };
    const withPhrase = applySettingsPatch(base(), SettingsPatch.parse({ customPhrases: { add: [phrase] } }));
    expect(withPhrase.customPhrases).toEqual([{ ...phrase, severity: 'warning' }]);
    expect(applySettingsPatch(withPhrase, SettingsPatch.parse({ customPhrases: { remove: [phrase] } })).customPhrases).toEqual([]);
  });

  it('refuses to grow a list past its limit', () => {
    const full = { ...defaultSettings(), ignoredWords: Array.from({ length: 2000 }, (_, i) => `w${i}`) };
    expect(() => applySettingsPatch(full, SettingsPatch.parse({ ignoredWords: { add: ['one more'] } }))).toThrow(SettingsPatchError);
  });

  it('is validated strictly: unknown fields and rule ids, bad values', () => {
    for (const bad of [{ version: 2 }, { rules: { 'future-rule': { enabled: false } } }, { rules: { pushy: { on: false } } }, { lengthGoals: { noteCharacters: 5 } }, { account: 'gold' }]) {
      expect(SettingsPatch.safeParse(bad).success).toBe(false);
    }
  });

  it('turns an edited word list into what was added and removed', () => {
    expect(wordListPatch(['Kubernetes', 'SCRUMBAN'], ['kubernetes', 'Terraform'])).toEqual({ add: ['Terraform'], remove: ['SCRUMBAN'] });
  });
});

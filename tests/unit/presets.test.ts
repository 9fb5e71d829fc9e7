import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog.ts';
import { applySettingsPatch } from '../../src/contracts/settings-patch.ts';
import { defaultSettings, parseSettings } from '../../src/contracts/settings.ts';
import { lint } from '../../src/engine/lint.ts';
import { effectiveLengthGoals, overrideFor, presetChoice, ruleChoice, rulesOverridden } from '../../src/engine/presets.ts';

const rules = catalog();
const enabledUnder = (preset: 'gentle' | 'balanced' | 'strict') => rules.filter((r) => presetChoice(preset, r).enabled).map((r) => r.id);

describe('strictness presets', () => {
  it('gentle keeps every error rule, the relationship and personalization warnings and six tone and polish rules', () => {
    const expected = rules
      .filter((r) => r.severity === 'error' || (r.severity === 'warning' && (r.category === 'relationship' || r.category === 'personalization')) || ['pushy', 'demanding', 'entitled', 'badgering', 'profanity', 'typo'].includes(r.id))
      .map((r) => r.id);
    expect(enabledUnder('gentle')).toEqual(expected);
    expect(enabledUnder('gentle')).toEqual(expect.arrayContaining(['wrong-name', 'no-context', 'template-phrase', 'pushy', 'typo', 'note-limit']));
    expect(enabledUnder('gentle')).not.toContain('emoji');
    expect(enabledUnder('gentle')).not.toContain('long-sentence');
  });

  it('balanced is every rule at the catalogue’s severity', () => {
    for (const r of rules) expect(presetChoice('balanced', r)).toEqual({ enabled: true, severity: r.severity });
  });

  it('strict turns every rule on and raises info to warning', () => {
    for (const r of rules) expect(presetChoice('strict', r)).toEqual({ enabled: true, severity: r.severity === 'info' ? 'warning' : r.severity });
  });

  it('strict makes the length goals 20 % tighter', () => {
    const settings = { ...defaultSettings(), preset: 'strict' as const };
    expect(effectiveLengthGoals(settings)).toEqual({ messageWords: 120, replyWords: 240, inmailWords: 160, noteCharacters: 240 });
    const long = `Hi Dana, ${'we met at the summit and I enjoyed your talk. '.repeat(13)}`;
    const ids = (preset: 'balanced' | 'strict') => lint({ text: long, recipient: { name: 'Dana Wu' } }, { preset }).findings.map((f) => f.ruleId);
    expect(ids('balanced')).not.toContain('too-long');
    expect(ids('strict')).toContain('too-long');
  });

  it('keeps the user’s own rule choices on top of a preset, and both survive a change of preset', () => {
    let settings = applySettingsPatch(defaultSettings(), { preset: 'gentle' });
    const emoji = rules.find((r) => r.id === 'emoji')!;
    settings = applySettingsPatch(settings, { rules: { emoji: overrideFor('gentle', emoji, { enabled: true, severity: 'warning' }) } });
    expect(settings.preset).toBe('gentle');
    expect(ruleChoice(settings, emoji)).toEqual({ enabled: true, severity: 'warning' });
    expect(lint({ text: 'Hi Dana, thanks for the talk 🙂' }, settings).findings.map((f) => f.ruleId)).toContain('emoji');
    expect(lint({ text: 'Hi Dana, thanks for the talk 🙂' }, { preset: 'gentle' }).findings.map((f) => f.ruleId)).not.toContain('emoji');
    expect(rulesOverridden(settings, rules)).toEqual(['emoji']);
    // An override equal to the preset's own choice is no override.
    expect(overrideFor('gentle', emoji, { enabled: false, severity: 'warning' })).toEqual({ enabled: null, severity: null });
  });

  it('reads a missing or invalid preset as balanced, field by field, and a stored one back', () => {
    expect(parseSettings({ version: 1 }).settings.preset).toBe('balanced');
    const parsed = parseSettings({ version: 1, preset: 'ruthless', debounceMs: 400 }).settings;
    expect(parsed).toMatchObject({ preset: 'balanced', debounceMs: 400 });
    expect(parseSettings({ version: 1, preset: 'strict' }).settings.preset).toBe('strict');
  });
});

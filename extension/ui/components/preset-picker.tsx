import type { Preset } from '@core/contracts/settings.ts';

const PRESET_LABELS: Record<Preset, { label: string; detail: string }> = {
  gentle: { label: 'Gentle', detail: 'Only what costs you replies: errors, relationship and personalization warnings, pushy, demanding, entitled, badgering, profanity and typos.' },
  balanced: { label: 'Balanced', detail: 'Every rule at its usual strength (the default).' },
  strict: { label: 'Strict', detail: 'Every rule on, small things raised to warnings, length goals 20 % shorter.' },
};

/**
 * How strict coaching is (DOM contract: data-testid="preset"). A preset is a base: the rules changed one
 * by one stay as they are on top of it; `overridden` says how many, with a way back to the preset alone.
 */
export function PresetPicker({ preset, onChange, overridden = 0, onResetOverrides }: { preset: Preset; onChange: (next: Preset) => void; overridden?: number; onResetOverrides?: () => void }) {
  return (
    <div class="preset-picker">
      <label>
        Strictness
        <select value={preset} data-testid="preset" onChange={(e) => onChange((e.target as HTMLSelectElement).value as Preset)}>
          {(Object.keys(PRESET_LABELS) as Preset[]).map((p) => (
            <option key={p} value={p}>{PRESET_LABELS[p].label}</option>
          ))}
        </select>
      </label>
      {overridden > 0 && onResetOverrides && (
        <button type="button" class="secondary" data-action="reset-to-preset" onClick={onResetOverrides}>
          Undo my {overridden} rule change{overridden === 1 ? '' : 's'}
        </button>
      )}
      <p data-testid="preset-detail">
        {PRESET_LABELS[preset].detail}
        {overridden > 0 && ` Your own choice for ${overridden} rule${overridden === 1 ? '' : 's'} stays on top of it.`}
      </p>
    </div>
  );
}

import type { RuleMeta } from '../contracts/rule-catalog.ts';
import type { RuleId, Severity } from '../contracts/rule-id.ts';
import type { LengthGoals, Preset, RuleSetting, Settings } from '../contracts/settings.ts';

/**
 * Strictness presets. A preset is the base; the user's own choices (`settings.rules`) are overrides
 * on top of it, so picking a preset and then changing one rule keeps both.
 *
 * - gentle: every error rule, the relationship and personalization warnings, and the tone and polish
 *   rules that cost replies most (below); every other rule off.
 * - balanced: every rule at the catalogue's severity (the defaults).
 * - strict: every rule on, info raised to warning, length goals 20 % tighter.
 */
export const PRESETS: readonly Preset[] = ['gentle', 'balanced', 'strict'];

const GENTLE_EXTRAS: ReadonlySet<RuleId> = new Set<RuleId>(['pushy', 'demanding', 'entitled', 'badgering', 'profanity', 'typo']);
const STRICT_LENGTH_FACTOR = 0.8;

export interface RuleChoice {
  enabled: boolean;
  severity: Severity;
}

/** What a preset needs to know of a rule. */
export type RuleBasics = Pick<RuleMeta, 'id' | 'severity' | 'category'>;

/** A rule's state under a preset alone, before the user's own choices. */
export function presetChoice(preset: Preset, rule: RuleBasics): RuleChoice {
  if (preset === 'strict') return { enabled: true, severity: rule.severity === 'info' ? 'warning' : rule.severity };
  if (preset === 'gentle') return { enabled: isGentle(rule), severity: rule.severity };
  return { enabled: true, severity: rule.severity };
}

function isGentle(rule: RuleBasics): boolean {
  if (rule.severity === 'error' || GENTLE_EXTRAS.has(rule.id)) return true;
  return rule.severity === 'warning' && (rule.category === 'relationship' || rule.category === 'personalization');
}

/** A rule's state under the settings: the preset, then the user's own choice for it. */
export function ruleChoice(settings: Pick<Settings, 'preset' | 'rules'>, rule: RuleBasics): RuleChoice {
  const base = presetChoice(settings.preset, rule);
  const own = settings.rules[rule.id];
  return { enabled: own?.enabled ?? base.enabled, severity: own?.severity ?? base.severity };
}

/**
 * The override to store so that a rule ends up as `next` under `preset`: a field equal to the preset's
 * is `null` (no override), so a later change of preset moves it along.
 */
export function overrideFor(preset: Preset, rule: RuleBasics, next: RuleChoice): { enabled: boolean | null; severity: Severity | null } {
  const base = presetChoice(preset, rule);
  return { enabled: next.enabled === base.enabled ? null : next.enabled, severity: next.severity === base.severity ? null : next.severity };
}

/** The rules whose stored choice differs from what the preset alone gives them. */
export function rulesOverridden(settings: Pick<Settings, 'preset' | 'rules'>, rules: readonly RuleBasics[]): RuleId[] {
  return rules
    .filter((rule) => {
      const own: RuleSetting | undefined = settings.rules[rule.id];
      if (!own) return false;
      const base = presetChoice(settings.preset, rule);
      return (own.enabled !== undefined && own.enabled !== base.enabled) || (own.severity !== undefined && own.severity !== base.severity);
    })
    .map((rule) => rule.id);
}

/** The length goals in force: the stored ones, 20 % tighter under the strict preset. */
export function effectiveLengthGoals(settings: Pick<Settings, 'preset' | 'lengthGoals'>): LengthGoals {
  const goals = settings.lengthGoals;
  if (settings.preset !== 'strict') return goals;
  const tighter = (n: number) => Math.max(1, Math.round(n * STRICT_LENGTH_FACTOR));
  return {
    messageWords: tighter(goals.messageWords),
    replyWords: tighter(goals.replyWords),
    inmailWords: tighter(goals.inmailWords),
    noteCharacters: tighter(goals.noteCharacters),
  };
}

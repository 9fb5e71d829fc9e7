import * as z from './zod.ts';
import { RuleId, Severity } from './rule-id.ts';
import { CustomPhrase, PanelHome, Preset, type Settings, CoachingLanguage } from './settings.ts';

/**
 * A change to the stored settings: only the fields the user touched. The background applies it to
 * the value it reads from storage at that moment (writes are serialised there), so two changes made
 * at once, in the options page and in a LinkedIn tab, both survive. Lists change by adding and
 * removing entries, never by sending the whole list back.
 *
 * New settings fields (added through migrations in settings.ts) get their own optional entry here.
 */

/** `null` means "back to the rule's default" (the override is removed). */
const RulePatch = z.strictObject({
  enabled: z.optional(z.nullable(z.boolean())),
  severity: z.optional(z.nullable(Severity)),
});

const goal = (min: number) => z.optional(z.int().check(z.minimum(min), z.maximum(5000)));
const flag = () => z.optional(z.boolean());
const Word = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));
const PhraseRef = z.strictObject({ phrase: z.string().check(z.maxLength(200)), message: z.string().check(z.maxLength(500)) });

export const MAX_CUSTOM_PHRASES = 500;
export const MAX_IGNORED_WORDS = 2000;

export const SettingsPatch = z.strictObject({
  /** Changes the base only: the user's per-rule choices (`rules`) stay on top of the new preset. */
  preset: z.optional(Preset),
  rules: z.optional(z.partialRecord(RuleId, RulePatch)),
  lengthGoals: z.optional(z.strictObject({ messageWords: goal(10), replyWords: goal(10), inmailWords: goal(10), noteCharacters: goal(20) })),
  account: z.optional(z.enum(['auto', 'free', 'premium'])),
  debounceMs: z.optional(z.int().check(z.minimum(0), z.maximum(5000))),
  panelHome: z.optional(PanelHome),
  coachingLanguage: z.optional(CoachingLanguage),
  underlines: z.optional(z.boolean()),
  surfaces: z.optional(
    z.strictObject({ messagingPage: flag(), chatBubbles: flag(), connectionNotes: flag(), inmail: flag(), salesNavigator: flag(), recruiter: flag() }),
  ),
  /** Added at the end; removed by phrase and message (the pair the options page shows). */
  customPhrases: z.optional(
    z.strictObject({
      add: z.optional(z.array(CustomPhrase).check(z.maxLength(MAX_CUSTOM_PHRASES))),
      remove: z.optional(z.array(PhraseRef).check(z.maxLength(MAX_CUSTOM_PHRASES))),
    }),
  ),
  /** Compared case-insensitively, like the words themselves when checking a draft. */
  ignoredWords: z.optional(
    z.strictObject({
      add: z.optional(z.array(Word).check(z.maxLength(MAX_IGNORED_WORDS))),
      remove: z.optional(z.array(Word).check(z.maxLength(MAX_IGNORED_WORDS))),
    }),
  ),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;
export type SettingsPatchInput = z.input<typeof SettingsPatch>;

/** A patch that would break a limit of the settings (too many phrases or words): nothing is changed. */
export class SettingsPatchError extends Error {}

/** The settings with the patch applied; the input is not changed. Throws SettingsPatchError past a list's limit. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  const next: Settings = {
    ...settings,
    rules: { ...settings.rules },
    customPhrases: [...settings.customPhrases],
    ignoredWords: [...settings.ignoredWords],
  };
  for (const [id, change] of Object.entries(patch.rules ?? {}) as [RuleId, z.infer<typeof RulePatch>][]) {
    const entry = { ...next.rules[id] };
    if (change.enabled === null) delete entry.enabled;
    else if (change.enabled !== undefined) entry.enabled = change.enabled;
    if (change.severity === null) delete entry.severity;
    else if (change.severity !== undefined) entry.severity = change.severity;
    if (Object.keys(entry).length > 0) next.rules[id] = entry;
    else delete next.rules[id];
  }
  next.lengthGoals = { ...next.lengthGoals, ...definedOnly(patch.lengthGoals) };
  next.surfaces = { ...next.surfaces, ...definedOnly(patch.surfaces) };
  if (patch.preset !== undefined) next.preset = patch.preset;
  if (patch.account !== undefined) next.account = patch.account;
  if (patch.debounceMs !== undefined) next.debounceMs = patch.debounceMs;
  if (patch.panelHome !== undefined) next.panelHome = patch.panelHome;
  if (patch.coachingLanguage !== undefined) next.coachingLanguage = patch.coachingLanguage;
  if (patch.underlines !== undefined) next.underlines = patch.underlines;

  if (patch.customPhrases) {
    const gone = patch.customPhrases.remove ?? [];
    next.customPhrases = next.customPhrases.filter((p) => !gone.some((g) => g.phrase.trim() === p.phrase && g.message.trim() === p.message));
    next.customPhrases.push(...(patch.customPhrases.add ?? []));
    if (next.customPhrases.length > MAX_CUSTOM_PHRASES) throw new SettingsPatchError(`At most ${MAX_CUSTOM_PHRASES} phrases can be kept; nothing was changed.`);
  }
  if (patch.ignoredWords) {
    const fold = (w: string) => w.toLocaleLowerCase();
    const gone = new Set((patch.ignoredWords.remove ?? []).map(fold));
    next.ignoredWords = next.ignoredWords.filter((w) => !gone.has(fold(w)));
    const kept = new Set(next.ignoredWords.map(fold));
    for (const word of patch.ignoredWords.add ?? []) {
      if (kept.has(fold(word))) continue;
      kept.add(fold(word));
      next.ignoredWords.push(word);
    }
    if (next.ignoredWords.length > MAX_IGNORED_WORDS) throw new SettingsPatchError(`At most ${MAX_IGNORED_WORDS} words can be kept; nothing was changed.`);
  }
  return next;
}

/** The patch for a list of words edited as a whole (the options page's text box): what was added and removed since `before`. */
export function wordListPatch(before: readonly string[], after: readonly string[]): NonNullable<SettingsPatch['ignoredWords']> {
  const fold = (w: string) => w.toLocaleLowerCase();
  const had = new Set(before.map(fold));
  const has = new Set(after.map(fold));
  return { add: after.filter((w) => !had.has(fold(w))), remove: before.filter((w) => !has.has(fold(w))) };
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

import * as z from './zod.ts';
import { isRuleId, Severity, type RuleId } from './rule-id.ts';

export const SETTINGS_VERSION = 2;

/** One rule's user choice; a missing field means "the rule's default". */
export const RuleSetting = z.object({
  enabled: z.optional(z.boolean()),
  severity: z.optional(Severity),
});
export type RuleSetting = z.infer<typeof RuleSetting>;

const goal = (min: number, fallback: number) => z.catch(z.int().check(z.minimum(min), z.maximum(5000)), fallback);
export const LengthGoals = z.object({
  messageWords: goal(10, 150),
  replyWords: goal(10, 300),
  inmailWords: goal(10, 200),
  noteCharacters: goal(20, 300),
});
export type LengthGoals = z.infer<typeof LengthGoals>;

export const CustomPhrase = z.object({
  phrase: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  message: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  severity: z._default(Severity, 'warning'),
});
export type CustomPhrase = z.infer<typeof CustomPhrase>;

/** Strictness presets: the base every rule's per-user choice (`rules`) is applied on top of (see engine/presets.ts). */
export const Preset = z.enum(['gentle', 'balanced', 'strict']);
export type Preset = z.infer<typeof Preset>;
/** Where the coaching panel lives: beside the composer in LinkedIn's page, or in the browser's sidebar. */
export const PanelHome = z.enum(['page', 'side']);
export type PanelHome = z.infer<typeof PanelHome>;
/** Which language to coach in: detected per draft (`auto`), or always one (languages.md §2.2). */
export const CoachingLanguage = z.enum(['auto', 'en', 'es', 'pt', 'fr', 'de']);
export type CoachingLanguage = z.infer<typeof CoachingLanguage>;

const on = () => z.catch(z.boolean(), true);

export const Surfaces = z.object({ messagingPage: on(), chatBubbles: on(), connectionNotes: on(), inmail: on(), salesNavigator: on(), recruiter: on() });

const DEFAULT_LENGTH_GOALS: LengthGoals = { messageWords: 150, replyWords: 300, inmailWords: 200, noteCharacters: 300 };
const DEFAULT_SURFACES = { messagingPage: true, chatBubbles: true, connectionNotes: true, inmail: true, salesNavigator: true, recruiter: true };

/**
 * Every field falls back to its default on its own (`.catch`), so one bad field never wipes the
 * good ones. `rules` is parsed by hand in `parseSettings` so unknown ids can be reported.
 */
/** Nested objects are read field by field: anything that is not an object counts as an empty one. */
const asObject = z.transform((v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}));

const SettingsShape = z.object({
  version: z.catch(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
  preset: z.catch(Preset, 'balanced'),
  rules: z.catch(z.record(z.string(), z.unknown()), {}),
  lengthGoals: z.catch(z.pipe(asObject, LengthGoals), DEFAULT_LENGTH_GOALS),
  account: z.catch(z.enum(['auto', 'free', 'premium']), 'auto'),
  debounceMs: z.catch(z.int().check(z.minimum(0), z.maximum(5000)), 250),
  surfaces: z.catch(z.pipe(asObject, Surfaces), DEFAULT_SURFACES),
  customPhrases: z.catch(z.array(z.unknown()).check(z.maxLength(500)), []),
  ignoredWords: z.catch(z.array(z.unknown()).check(z.maxLength(2000)), []),
  panelHome: z.catch(PanelHome, 'page'),
  underlines: z.catch(z.boolean(), true),
  coachingLanguage: z.catch(CoachingLanguage, 'auto'),
});

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** The strictness base; `rules` holds the user's own choices on top of it. */
  preset: Preset;
  rules: Partial<Record<RuleId, RuleSetting>>;
  lengthGoals: LengthGoals;
  account: 'auto' | 'free' | 'premium';
  debounceMs: number;
  surfaces: z.infer<typeof Surfaces>;
  customPhrases: CustomPhrase[];
  /** Words never to flag: names, jargon. Compared case-insensitively. */
  ignoredWords: string[];
  panelHome: PanelHome;
  /** Underline findings in the composer (CSS Custom Highlight API). */
  underlines: boolean;
  /** `auto`: each draft is coached in the language it is written in; otherwise always in this one. */
  coachingLanguage: CoachingLanguage;
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    preset: 'balanced',
    rules: {},
    lengthGoals: { ...DEFAULT_LENGTH_GOALS },
    account: 'auto',
    debounceMs: 250,
    surfaces: { ...DEFAULT_SURFACES },
    customPhrases: [],
    ignoredWords: [],
    panelHome: 'page',
    underlines: true,
    coachingLanguage: 'auto',
  };
}

export interface ParsedSettings {
  settings: Settings;
  /** What was dropped or repaired, in plain words (unknown rule ids, invalid entries). */
  notices: string[];
}

/** Keeps the valid fields of one rule's entry ({ enabled, severity }); null when none is valid. */
function ruleSettingOf(value: unknown): RuleSetting | null {
  if (!value || typeof value !== 'object') return null;
  const { enabled, severity } = value as Record<string, unknown>;
  const entry: RuleSetting = {};
  if (typeof enabled === 'boolean') entry.enabled = enabled;
  const parsedSeverity = Severity.safeParse(severity);
  if (parsedSeverity.success) entry.severity = parsedSeverity.data;
  return Object.keys(entry).length > 0 ? entry : null;
}

/** Migrations from older stored shapes, keyed by the version they upgrade *from*. */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 was never released; an unversioned object is read as version 1.
  0: (old) => ({ ...old, version: 1 }),
  // Version 2 coaches five languages: drafts keep being detected unless the user picks one.
  1: (old) => ({ coachingLanguage: 'auto', ...old, version: 2 }),
};

function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let value = raw;
  let version = typeof value.version === 'number' ? value.version : 0;
  while (version < SETTINGS_VERSION && migrations[version]) {
    value = migrations[version]!(value);
    version += 1;
  }
  return value;
}

/**
 * Reads any stored or imported value into valid Settings, never throwing: a missing, old or
 * corrupted value falls back to defaults field by field.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const notices: string[] = [];
  if (raw === undefined || raw === null) return { settings: defaultSettings(), notices };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: defaultSettings(), notices: ['Settings were not an object; defaults are used.'] };
  }
  const shaped = SettingsShape.parse(migrate(raw as Record<string, unknown>));
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const [id, value] of Object.entries(shaped.rules)) {
    if (!isRuleId(id)) {
      notices.push(`Unknown rule "${id}" in settings was ignored.`);
      continue;
    }
    const entry = ruleSettingOf(value);
    if (entry) rules[id] = entry;
    else notices.push(`The setting for rule "${id}" was invalid and was reset.`);
  }
  const customPhrases: CustomPhrase[] = [];
  for (const entry of shaped.customPhrases) {
    const parsed = CustomPhrase.safeParse(entry);
    if (parsed.success) customPhrases.push(parsed.data);
    else notices.push('An invalid custom phrase in settings was ignored.');
  }
  const ignoredWords = shaped.ignoredWords
    .filter((w): w is string => typeof w === 'string' && w.trim().length > 0 && w.length <= 100)
    .map((w) => w.trim());
  return {
    settings: {
      version: SETTINGS_VERSION,
      preset: shaped.preset,
      rules,
      lengthGoals: shaped.lengthGoals,
      account: shaped.account,
      debounceMs: shaped.debounceMs,
      surfaces: shaped.surfaces,
      customPhrases,
      ignoredWords,
      panelHome: shaped.panelHome,
      underlines: shaped.underlines,
      coachingLanguage: shaped.coachingLanguage,
    },
    notices,
  };
}

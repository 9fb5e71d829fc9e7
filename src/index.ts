/**
 * Tactful's engine: `lint(draft, settings?) → Report`, pure, synchronous and deterministic.
 * The same code runs in the extension's background worker, the `tactful` command and the tests.
 */
export { lint, MAX_CHECKED_CHARACTERS } from './engine/lint.ts';
export { applyFixes } from './engine/apply-fixes.ts';
export { rules } from './rules/index.ts';
export { catalog } from './catalog.ts';
export { PRESETS, presetChoice, ruleChoice, effectiveLengthGoals } from './engine/presets.ts';
export type { RuleChoice } from './engine/presets.ts';
export { defaultSettings, parseSettings, SETTINGS_VERSION } from './contracts/settings.ts';
export type { Settings, ParsedSettings, CustomPhrase, RuleSetting, LengthGoals, Preset, PanelHome } from './contracts/settings.ts';
export { Draft, SentDraft, Kind, Recipient, Thread, Account, Platform } from './contracts/draft.ts';
export { MAX_SENT_CHARACTERS, boundForSending } from './contracts/sending.ts';
export type { DraftInput } from './contracts/draft.ts';
export { Report, Finding, ChecklistItem, Stats, Factor, Fix, Verdict, Length } from './contracts/report.ts';
export { RULE_IDS, CHECKLIST_IDS, RuleId, ChecklistId, Severity, Category, CUSTOM_PHRASE_ID, isRuleId } from './contracts/rule-id.ts';
export { RuleMeta, RuleCatalog } from './contracts/rule-catalog.ts';
export { Request, ResponseFor, ErrorReply, PRIVILEGED } from './contracts/protocol.ts';

import * as z from './zod.ts';

/**
 * The public rule ids of `spec/rules.md`. A contract: the panel, the options page, the CLI's JSON,
 * the docs and the tests all use exactly these. Never rename one; add new ids at the end of their
 * category. Lives here, not in the registry, so contracts never import rules.
 */
export const RULE_IDS = [
  // relationship
  'no-context', 'false-familiarity', 'sales-pitch', 'job-ask', 'personal-favor', 'personal-question',
  'sensitive-info', 'flirtatious',
  // personalization
  'unfilled-placeholder', 'wrong-name', 'template-phrase',
  // brevity
  'too-long', 'note-limit', 'long-sentence', 'wall-of-text', 'no-hello',
  // tone
  'overly-formal', 'slang', 'nickname', 'emoji', 'shouting', 'pushy', 'demanding', 'desperate', 'entitled',
  'assumption', 'badgering', 'negative-tone', 'profanity', 'mixed-address', 'informal-address',
  // polish
  'typo', 'repeated-word', 'capitalization', 'punctuation-spacing',
  // subject
  'subject-missing', 'subject-generic', 'subject-too-long', 'fake-reply-subject',
] as const;

export const RuleId = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleId>;

/** The id findings from the user's own phrases carry (settings `customPhrases`). */
export const CUSTOM_PHRASE_ID = 'custom-phrase';
export const FindingRuleId = z.union([RuleId, z.literal(CUSTOM_PHRASE_ID)]);
export type FindingRuleId = z.infer<typeof FindingRuleId>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Category = z.enum(['relationship', 'personalization', 'brevity', 'tone', 'polish', 'subject']);
export type Category = z.infer<typeof Category>;

export const CHECKLIST_IDS = [
  'greets-by-name', 'introduces-self', 'states-reason', 'common-ground', 'references-them', 'clear-ask',
  'thanks', 'concise',
] as const;
export const ChecklistId = z.enum(CHECKLIST_IDS);
export type ChecklistId = z.infer<typeof ChecklistId>;

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

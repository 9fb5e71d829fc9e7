import { ChecklistId, FindingRuleId, Severity } from './rule-id.ts';
import * as z from './zod.ts';

const offset = () => z.int().check(z.minimum(0));

export const Fix = z.object({ start: offset(), end: offset(), replacement: z.string() });
export type Fix = z.infer<typeof Fix>;

/** One problem. Text-level findings carry a span (`start`/`end` in `field`) and its `excerpt`. */
export const Finding = z.object({
  ruleId: FindingRuleId,
  severity: Severity,
  message: z.string(),
  field: z.optional(z.enum(['body', 'subject'])),
  start: z.optional(offset()),
  end: z.optional(offset()),
  excerpt: z.optional(z.string()),
  suggestion: z.optional(z.string()),
  /** A concrete replacement the user can apply with one click (same `field` as the finding). */
  fix: z.optional(Fix),
});
export type Finding = z.infer<typeof Finding>;

export const ChecklistItem = z.object({
  id: ChecklistId,
  label: z.string(),
  done: z.boolean(),
  /** False for first-approach items in an established conversation: they play no part in the score. */
  applicable: z.boolean(),
  hint: z.string(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Factor = z.object({ label: z.string(), points: z.number() });
export type Factor = z.infer<typeof Factor>;

export const Stats = z.object({
  characters: z.int(),
  words: z.int(),
  sentences: z.int(),
  questions: z.int(),
  readingGrade: z.number(),
  readingSeconds: z.int(),
});
export type Stats = z.infer<typeof Stats>;

/** The draft's length against its kind's goal (and, for notes, LinkedIn's hard limit). */
export const Length = z.object({
  unit: z.enum(['words', 'characters']),
  measure: z.int(),
  goal: z.int(),
  /** Connection notes only: LinkedIn's limit in characters (200 free, 300 Premium). */
  limit: z.optional(z.int()),
  characters: z.int(),
});
export type Length = z.infer<typeof Length>;

export const Verdict = z.enum(['ready', 'almost', 'needs-work']);
export type Verdict = z.infer<typeof Verdict>;

export const Report = z.object({
  score: z.int().check(z.minimum(0), z.maximum(100)),
  verdict: Verdict,
  /** "en", or the detected language of a clearly non-English draft ("und" when unsure which). */
  language: z.string(),
  factors: z.array(Factor),
  coverage: z.object({ checkedCharacters: z.int(), totalCharacters: z.int() }),
  findings: z.array(Finding),
  checklist: z.array(ChecklistItem),
  stats: Stats,
  length: Length,
  /** Plain-language remarks about the check itself (English-only coaching, a draft too long to check fully, dropped settings). */
  notices: z.array(z.string()),
});
export type Report = z.infer<typeof Report>;

import { Category, RuleId, Severity } from './rule-id.ts';
import * as z from './zod.ts';

/** What user interfaces and `tactful rules` may know about a rule. */
export const RuleMeta = z.object({
  id: RuleId,
  /** A short human name ("Missing context", "Sales pitch"): shown first; the id stays the contract. */
  title: z.string(),
  severity: Severity,
  category: Category,
  description: z.string(),
  why: z.string(),
  fixable: z.boolean(),
  /** Also runs on drafts that are not in English (placeholders, names, emoji, lengths, subject presence). */
  languageIndependent: z.boolean(),
  /** One flagged and one quiet example from the rule's README (options page). */
  examples: z.optional(z.object({ flagged: z.nullable(z.string()), quiet: z.nullable(z.string()) })),
});
export type RuleMeta = z.infer<typeof RuleMeta>;

export const RuleCatalog = z.array(RuleMeta);
export type RuleCatalog = z.infer<typeof RuleCatalog>;

import type { RuleMeta } from '../contracts/rule-catalog.ts';
import type { RuleContext } from './context.ts';

/** What a rule reports; the engine adds the rule id, the severity and the excerpt. */
export interface RuleFinding {
  message: string;
  /** Defaults to "body" when the finding has a span. */
  field?: 'body' | 'subject';
  start?: number;
  end?: number;
  suggestion?: string;
  /** Replaces `[start, end)` of the same field. Touches or overlaps the finding's span. */
  fix?: { start: number; end: number; replacement: string };
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleFinding[];
  /**
   * The check also runs on drafts in the other coached languages, reading their words from `ctx.pack`
   * (besides the pack's own families for this rule, if any). Rules without it run there only through
   * their pack entry, or not at all.
   */
  multilingual?: boolean;
}

type MetaInput = Omit<RuleMeta, 'fixable' | 'languageIndependent'> & { fixable?: boolean; languageIndependent?: boolean };

/** Declares a rule: its metadata (shown by the options page and `tactful rules`) and its check. */
export function defineRule(rule: { meta: MetaInput; check(ctx: RuleContext): RuleFinding[]; multilingual?: boolean }): Rule {
  return {
    meta: { fixable: false, languageIndependent: false, ...rule.meta },
    check: rule.check,
    ...(rule.multilingual ? { multilingual: true } : {}),
  };
}

import type { RuleMeta } from '../contracts/rule-catalog.ts';
import type { RuleContext } from './context.ts';
import { defineRule, type Rule, type RuleFinding } from './define-rule.ts';
import { compileFamilies, findFamilies, withoutOverlaps, type CompiledFamily, type Family, type FamilyMatch, type Lexicon } from './families.ts';

export interface FamilyRuleSpec {
  meta: Omit<RuleMeta, 'fixable' | 'languageIndependent'>;
  families: readonly Family[];
  lexicon?: Lexicon;
  /** Only check when this holds (e.g. a cold conversation). */
  appliesTo?: (ctx: RuleContext) => boolean;
  /** Families checked only when this holds for them (e.g. introductions only from strangers). */
  familyApplies?: (family: string, ctx: RuleContext) => boolean;
  /** The finding's message: built from what the family means and the words found. */
  message: (match: FamilyMatch, excerpt: string) => string;
  suggestion: string | ((match: FamilyMatch) => string);
}

/** A rule that flags each place where one of its families of meaning occurs (one finding per place). */
export function familyRule(spec: FamilyRuleSpec): Rule {
  const compiled = compileFamilies(spec.families, spec.lexicon);
  // The same list object for the same choice of families, so that their matches are cached.
  const subsets = new Map<string, readonly CompiledFamily[]>();
  const applicable = (ctx: RuleContext) => {
    if (!spec.familyApplies) return compiled;
    const chosen = compiled.filter((f) => spec.familyApplies!(f.name, ctx));
    const key = chosen.map((f) => f.name).join(' ');
    if (!subsets.has(key)) subsets.set(key, chosen);
    return subsets.get(key)!;
  };
  return defineRule({
    meta: spec.meta,
    check(ctx) {
      if (spec.appliesTo && !spec.appliesTo(ctx)) return [];
      return withoutOverlaps(findFamilies(ctx, applicable(ctx))).map((m): RuleFinding => {
        const excerpt = ctx.text.slice(m.start, m.end);
        return {
          message: spec.message(m, excerpt),
          start: m.start,
          end: m.end,
          suggestion: typeof spec.suggestion === 'function' ? spec.suggestion(m) : spec.suggestion,
        };
      });
    },
  });
}

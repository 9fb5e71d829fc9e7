import type { RuleContext } from './context.ts';
import { defineRule, type Rule, type RuleFinding } from './define-rule.ts';
import { phrasePattern } from '../text/patterns.ts';
import { findInParagraphs } from '../text/paragraphs.ts';
import { insideAny } from '../text/spans.ts';
import type { RuleMeta } from '../contracts/rule-catalog.ts';

export interface PhraseGroup {
  /** Regular-expression fragments, joined into one word-bounded, case-insensitive pattern. */
  phrases: readonly string[];
  message: (excerpt: string) => string;
  suggestion?: string | ((excerpt: string) => string);
  /** A mechanical replacement for the matched text, when there is one. */
  fix?: (excerpt: string) => string | undefined;
  /** Match case as written ("u" but not "U", "r" but not the R language). */
  caseSensitive?: boolean;
}

export interface PhraseRuleSpec {
  meta: Omit<RuleMeta, 'fixable' | 'languageIndependent'> & { languageIndependent?: boolean };
  groups: readonly PhraseGroup[];
  /** Fragments that make a match harmless when they overlap it ("urgent care" for "urgent"). */
  unless?: readonly string[];
  /** Only check when this holds (e.g. a cold conversation). */
  appliesTo?: (ctx: RuleContext) => boolean;
  /** Also match inside quotes ("Gotta Catch 'Em All" is a title, so by default quotes are skipped). */
  matchInQuotes?: boolean;
}

/**
 * A rule that flags phrases (most of the catalogue): each match outside URLs, code and quotes,
 * not overlapped by an exception, becomes a finding with its message, suggestion and fix. Matched
 * paragraph by paragraph (a phrase never spans a blank line), remembered per paragraph.
 */
export function phraseRule(spec: PhraseRuleSpec): Rule {
  const compiled = spec.groups.map((g) => ({ ...g, pattern: phrasePattern(g.phrases, g.caseSensitive ? 'gu' : 'giu') }));
  const unless = spec.unless ? phrasePattern(spec.unless) : null;
  return defineRule({
    meta: { ...spec.meta, fixable: spec.groups.some((g) => g.fix) },
    check(ctx) {
      if (spec.appliesTo && !spec.appliesTo(ctx)) return [];
      const exceptions = unless ? findInParagraphs(unless, ctx.matchText) : [];
      const skipped = spec.matchInQuotes ? ctx.nonProse() : [...ctx.nonProse(), ...ctx.quoted()];
      const out: RuleFinding[] = [];
      const seen: { start: number; end: number }[] = [];
      for (const group of compiled) {
        for (const m of findInParagraphs(group.pattern, ctx.matchText)) {
          if (insideAny(skipped, m) || insideAny(exceptions, m) || insideAny(seen, m)) continue;
          seen.push(m);
          const excerpt = ctx.text.slice(m.start, m.end);
          const finding: RuleFinding = { message: group.message(excerpt), start: m.start, end: m.end };
          const suggestion = typeof group.suggestion === 'function' ? group.suggestion(excerpt) : group.suggestion;
          if (suggestion) finding.suggestion = suggestion;
          const replacement = group.fix?.(excerpt);
          if (replacement !== undefined && replacement !== excerpt) finding.fix = { start: m.start, end: m.end, replacement };
          out.push(finding);
        }
      }
      return out;
    },
  });
}

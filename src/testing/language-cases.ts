import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftInput } from '../contracts/draft.ts';
import { lint } from '../engine/lint.ts';

/** How a pack test describes a draft: a cold message unless it says otherwise. */
export type DraftOptions = { fromThem?: number; unanswered?: number; recipient?: DraftInput['recipient']; kind?: DraftInput['kind'] };

/**
 * Test helpers for a language pack: drafts checked through the whole engine in that language, and
 * `cases(rule, flagged, quiet)` for a rule's family members (each a string or [text, options]).
 */
export function languageCases(code: 'es' | 'pt' | 'fr' | 'de') {
  const report = (text: string, o: DraftOptions = {}) =>
    lint(
      { text, kind: o.kind ?? 'message', ...(o.recipient ? { recipient: o.recipient } : {}), thread: { fromThem: o.fromThem ?? 0, unansweredFromMe: o.unanswered ?? 0 } },
      { version: 2, coachingLanguage: code },
    );
  const rulesOf = (text: string, o?: DraftOptions) => report(text, o).findings.map((f) => f.ruleId);
  const findingsOf = (rule: string, text: string, o?: DraftOptions) => report(text, o).findings.filter((f) => f.ruleId === rule);
  const excerptsOf = (rule: string, text: string, o?: DraftOptions) => findingsOf(rule, text, o).map((f) => f.excerpt);
  type Case = string | [string, DraftOptions];
  const cases = (rule: string, flagged: readonly Case[], quiet: readonly Case[]) => {
    describe(rule, () => {
      // The first draft of a process compiles every family of the pack: seconds on a busy machine, paid outside the cases' timeouts.
      beforeAll(() => {
        report('Guten Tag, ein erster Entwurf zum Aufwärmen.');
      }, 60_000);
      it.each(flagged.map((c) => (typeof c === 'string' ? [c, {}] : c)))('flags %s', (text, o) => {
        expect(rulesOf(text as string, o as DraftOptions)).toContain(rule);
      });
      it.each(quiet.map((c) => (typeof c === 'string' ? [c, {}] : c)))('stays quiet on %s', (text, o) => {
        expect(rulesOf(text as string, o as DraftOptions)).not.toContain(rule);
      });
    });
  };
  return { report, rulesOf, findingsOf, excerptsOf, cases };
}

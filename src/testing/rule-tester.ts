import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftInput } from '../contracts/draft.ts';
import type { Finding } from '../contracts/report.ts';
import { applyFixes } from '../engine/apply-fixes.ts';
import { createContext } from '../engine/context.ts';
import type { Rule } from '../engine/define-rule.ts';
import { lint } from '../engine/lint.ts';
import { Draft } from '../contracts/draft.ts';
import { parseSettings } from '../contracts/settings.ts';

/** A draft to check; a bare string is a cold message with no known recipient. */
export type Case = string | (DraftInput & { settings?: unknown; name?: string });

export interface ExpectedFinding {
  /** The flagged text, exactly. */
  excerpt?: string;
  /** The whole field after applying this finding's fix. Required whenever the finding has a fix. */
  output?: string;
  /** Part of the message, when the wording matters. */
  message?: string | RegExp;
  /** Document-level findings have no span. */
  documentLevel?: true;
  field?: 'body' | 'subject';
}

export interface InvalidCase {
  draft: Case;
  findings: ExpectedFinding[];
}

const CASE_KEYS = new Set(['text', 'kind', 'subject', 'recipient', 'thread', 'sender', 'account', 'platform', 'settings', 'name']);
const EXPECTED_KEYS = new Set(['excerpt', 'output', 'message', 'documentLevel', 'field']);

function toDraft(c: Case): { draft: DraftInput; settings: unknown; label: string } {
  if (typeof c === 'string') return { draft: { text: c }, settings: undefined, label: c };
  for (const key of Object.keys(c)) if (!CASE_KEYS.has(key)) throw new Error(`Unknown case key "${key}"`);
  const { settings, name, ...draft } = c;
  return { draft, settings, label: name ?? `${c.text}${c.kind ? ` [${c.kind}]` : ''}` };
}

function findingsOf(rule: Rule, c: Case): Finding[] {
  const { draft, settings } = toDraft(c);
  return lint(draft, settings, [rule]).findings.filter((f) => f.ruleId === rule.meta.id);
}

/**
 * ESLint-style strict tester. For every case it checks that spans match excerpts, that each fix
 * produces the stated output, that the rule leaves the shared context untouched, and that a second
 * run gives the same findings. Each rule needs at least 3 flagged and 3 quiet cases, without duplicates.
 */
export function testRule(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    // The first check in a process compiles the rule's patterns and loads the tagger: seconds on a busy machine
    // (`npm run bench` measures it as the cold keystroke). No case tests that, so it is paid here, not in a case's timeout.
    beforeAll(() => {
      lint({ text: 'Hi Ana, a first draft to warm the engine up.' }, undefined, [rule]);
    }, 60_000);

    it('has at least 3 flagged and 3 quiet cases, none repeated', () => {
      expect(cases.valid.length).toBeGreaterThanOrEqual(3);
      expect(cases.invalid.length).toBeGreaterThanOrEqual(3);
      const keys = [...cases.valid, ...cases.invalid.map((c) => c.draft)].map((c) => JSON.stringify(c));
      expect(new Set(keys).size).toBe(keys.length);
    });

    for (const c of cases.valid) {
      it(`stays quiet on: ${toDraft(c).label}`, () => {
        expect(findingsOf(rule, c)).toEqual([]);
      });
    }

    for (const c of cases.invalid) {
      const { draft, label } = toDraft(c.draft);
      it(`flags: ${label}`, () => {
        for (const e of c.findings) for (const key of Object.keys(e)) if (!EXPECTED_KEYS.has(key)) throw new Error(`Unknown expectation key "${key}"`);
        expect(c.findings.length).toBeGreaterThan(0);
        const found = findingsOf(rule, c.draft);
        expect(found.map((f) => f.excerpt ?? '(document)')).toEqual(c.findings.map((e) => e.excerpt ?? '(document)'));
        found.forEach((f, i) => {
          const e = c.findings[i]!;
          const source = f.field === 'subject' ? (draft.subject ?? '') : draft.text;
          if (e.documentLevel) expect(f.start).toBeUndefined();
          if (e.field) expect(f.field).toBe(e.field);
          if (f.start !== undefined) {
            expect(source.slice(f.start, f.end)).toBe(f.excerpt);
            expect(f.end!).toBeGreaterThan(f.start);
          }
          if (e.message instanceof RegExp) expect(f.message).toMatch(e.message);
          else if (e.message) expect(f.message).toContain(e.message);
          if (f.fix) {
            expect(e.output, `a finding with a fix needs an expected output (${f.excerpt})`).toBeDefined();
            expect(f.fix.start <= f.end! && f.fix.end >= f.start!, 'the fix touches the finding').toBe(true);
            const fixed = applyFixes(source, [f.fix]);
            expect(fixed).toBe(e.output);
            expect(fixed).not.toBe(source);
          } else {
            expect(e.output, `no fix was offered for ${f.excerpt}`).toBeUndefined();
          }
        });
      });
    }

    it('does not change the shared context and gives the same result twice', () => {
      for (const c of [...cases.valid, ...cases.invalid.map((i) => i.draft)]) {
        const { draft, settings } = toDraft(c);
        const parsed = Draft.parse(draft);
        const ctx = createContext({ draft: parsed, settings: parseSettings(settings).settings, checkedText: parsed.text });
        const before = JSON.stringify([ctx.sentences(), ctx.words(), ctx.greeting(), ctx.addressedNames()]);
        const first = JSON.stringify(rule.check(ctx));
        const second = JSON.stringify(rule.check(ctx));
        expect(second).toBe(first);
        expect(JSON.stringify([ctx.sentences(), ctx.words(), ctx.greeting(), ctx.addressedNames()])).toBe(before);
        expect(JSON.stringify(findingsOf(rule, c))).toBe(JSON.stringify(findingsOf(rule, c)));
      }
    });
  });
}

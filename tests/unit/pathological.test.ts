import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/contracts/settings.ts';
import { createContext } from '../../src/engine/context.ts';
import { lint, MAX_CHECKED_CHARACTERS, Report, rules } from '../../src/index.ts';
import { addressedNames } from '../../src/signals/names.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { insideAny, type Span } from '../../src/text/spans.ts';
import { PATHOLOGICAL_FAMILIES } from '../../src/testing/pathological.ts';

// The goal is well under 100 ms for the worst family (see `npm run bench`); this bound is ten times
// that, so a busy machine cannot fail it, while a quadratic scan (seconds at this size) does.
const GENEROUS_MS = 1000;
// A slow first run may be noise: the best of a few (each a new draft) is compared with the bound.
const ATTEMPTS = 3;

function bestTime(text: string): number {
  let best = Infinity;
  for (let i = 0; i < ATTEMPTS && best >= GENEROUS_MS; i++) {
    // Each attempt a draft not seen before (one character shorter each time than the last, and than the one the test has just linted): the engine remembers what it matched
    // per paragraph, so the same text again would time the memory, not the scan.
    const unseen = text.slice(0, text.length - 1 - i);
    const start = performance.now();
    lint({ text: unseen });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('pathological drafts of 20 000 characters: checked in linear time, each with a valid report', () => {
  lint({ text: 'Hi Sam, a short draft to warm up the engine. Thanks!' });

  it.each(PATHOLOGICAL_FAMILIES.map((f) => [f.name, f] as const))('%s', { timeout: 60_000 }, (_name, family) => {
    const text = family.make(MAX_CHECKED_CHARACTERS);
    expect(text.length).toBeGreaterThan(MAX_CHECKED_CHARACTERS - 2);
    expect(Report.safeParse(lint({ text })).success).toBe(true);
    expect(bestTime(text)).toBeLessThan(GENEROUS_MS);
  });
});

// The shared helpers behind the rules, on inputs longer than the engine ever checks, so that a
// quadratic helper takes seconds even where 20 000 characters hide it.
describe('shared helpers stay linear on long input', () => {
  const timed = (fn: () => unknown) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };

  it('insideAny on a list that keeps growing (a rule testing each match against its findings so far)', () => {
    const found: Span[] = [];
    const ms = timed(() => {
      for (let i = 0; i < 60_000; i++) {
        const span = { start: 3 * i, end: 3 * i + 2 };
        if (!insideAny(found, span)) found.push(span);
      }
    });
    expect(found).toHaveLength(60_000);
    expect(ms).toBeLessThan(GENEROUS_MS);
  });

  it('addressedNames on a closing line followed by a long run of spaces', () => {
    const text = `Thanks, Sam${' '.repeat(100_000)}x`;
    expect(timed(() => addressedNames(text, null, splitSentences(text)))).toBeLessThan(GENEROUS_MS);
  });

  it('repeated-word on thousands of capitalized pairs (each asks whether a sentence ended before it)', () => {
    const text = 'Hi Hi '.repeat(40_000);
    const ctx = createContext({ draft: { text, kind: 'message' }, settings: defaultSettings(), checkedText: text });
    const rule = rules.find((r) => r.meta.id === 'repeated-word')!;
    expect(timed(() => rule.check(ctx))).toBeLessThan(GENEROUS_MS);
  });
});

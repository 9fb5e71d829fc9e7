import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '../../contracts/settings.ts';
import { compileFamilies } from '../../engine/families.ts';
import { lint, MAX_CHECKED_CHARACTERS } from '../../index.ts';
import { findAll } from '../../text/patterns.ts';
import { PATHOLOGICAL_FAMILIES } from '../../testing/pathological.ts';
import { pack } from './index.ts';

// As tests/unit/pathological.test.ts, with the French pack's families running: ten times the goal,
// so a busy machine cannot fail it while a quadratic scan (seconds at this size) does.
const GENEROUS_MS = 1000;
const settings = { version: SETTINGS_VERSION, coachingLanguage: 'fr' };

function bestTime(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3 && best >= GENEROUS_MS; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('French pack: pathological drafts of 20 000 characters are checked in linear time', () => {
  lint({ text: 'Bonjour Claire, merci pour votre article !' }, settings);
  it.each(PATHOLOGICAL_FAMILIES.map((f) => [f.name, f.make(MAX_CHECKED_CHARACTERS)] as const))('%s', { timeout: 60_000 }, (_name, text) => {
    expect(bestTime(() => lint({ text }, settings))).toBeLessThan(GENEROUS_MS);
  });
});

// Each rule's families on inputs far longer than the engine checks, so that a quadratic pattern takes
// seconds where 20 000 characters hide it (a lookbehind "^ *" rescanned a run of spaces at every position).
describe('French pack: every family stays linear on 200 000 characters', () => {
  const LONG = 200_000;
  const inputs: Record<string, string> = {
    'spaces after a word': `votre${' '.repeat(LONG)}Envoyez-moi le CV.`,
    'lines of spaces': `x${'\n '.repeat(LONG / 2)}`,
    'commas and spaces': `Salut${', '.repeat(LONG / 2)}mec`,
    'letters': 'a'.repeat(LONG),
    'words': 'notre solution de '.repeat(LONG / 18),
    'apostrophes': "l'".repeat(LONG / 2),
  };
  const entries = [...Object.entries(pack.rules).map(([id, entry]) => [id, compileFamilies(entry!.families, entry!.lexicon)] as const),
    ['context', compileFamilies([...pack.context.families, ...(pack.context.pseudo ?? [])], pack.context.lexicon)] as const];
  it.each(entries)('%s', { timeout: 120_000 }, (_id, families) => {
    for (const [name, text] of Object.entries(inputs)) {
      const time = bestTime(() => {
        for (const f of families) {
          findAll(f.pattern, text);
          if (f.quiet) findAll(f.quiet, text);
        }
      });
      expect(time, name).toBeLessThan(GENEROUS_MS);
    }
  });
});

import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { lint, MAX_CHECKED_CHARACTERS } from '../../engine/lint.ts';
import { PATHOLOGICAL_FAMILIES } from '../../testing/pathological.ts';

// The Spanish families on drafts of 20 000 characters: linear, as the English rules are
// (tests/unit/pathological.test.ts has the same bound: ten times the goal).
const GENEROUS_MS = 1000;
const settings = { version: 2, coachingLanguage: 'es' };

// Each attempt changes the last character: the engine remembers paragraphs it has matched, and a
// remembered paragraph would hide a slow pattern.
function bestTime(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3 && best >= GENEROUS_MS; i++) {
    const variant = text.slice(0, -1) + 'xyz'.charAt(i);
    const start = performance.now();
    lint({ text: variant }, settings);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const repeatTo = (unit: string, prefix = '') => (prefix + unit.repeat(Math.ceil(MAX_CHECKED_CHARACTERS / unit.length))).slice(0, MAX_CHECKED_CHARACTERS);

// Shapes the Spanish patterns could stumble on: openers, laughter, clitic imperatives, commas before vocatives.
const SPANISH = [
  ['opening question marks', repeatTo('¿')],
  ['opening exclamation marks', repeatTo('¡')],
  ['laughter', repeatTo('ja')],
  ['imperatives with commas', repeatTo('envíame, ')],
  ['greeting words', repeatTo('hola ')],
  ['possessives', repeatTo('tu ')],
  ['a long sentence of Spanish words', repeatTo('vi que tu equipo de la empresa en el foro ')],
  ['percent and digits', repeatTo('un 30 % ')],
  ['slashes after a salutation', repeatTo('/', 'Estimado')],
] as const;

describe('es: pathological drafts stay linear', () => {
  lint({ text: 'Hola Ana, un borrador corto para calentar. ¡Gracias!' }, settings);

  it.each([...PATHOLOGICAL_FAMILIES.map((f) => [f.name, f.make(MAX_CHECKED_CHARACTERS)] as const), ...SPANISH])('%s', { timeout: 60_000 }, (_name, text) => {
    expect(bestTime(text)).toBeLessThan(GENEROUS_MS);
  });
});

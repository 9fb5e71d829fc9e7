import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followsSentenceEnd, splitSentences } from './sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences on runs of terminators', () => {
  it.each([
    ['Done!!! Next one.', ['Done!!!', 'Next one.']],
    ['Wow!!!Great work.', ['Wow!!!Great work.']],
    ['Wait... what? Yes.', ['Wait... what?', 'Yes.']],
    ['Really?!" she said. Ok', ['Really?!"', 'she said.', 'Ok']],
    [`${'!'.repeat(50)}a`, [`${'!'.repeat(50)}a`]],
    ['at Intel.Would you', ['at Intel.', 'Would you']],
    ['Dr. Osei. Hi', ['Dr. Osei.', 'Hi']],
    // A name spelled with "!" ends no sentence when the name goes on; the same word as a plain exclamation still does.
    ['Your try! Swift talk was great. Thanks', ['Your try! Swift talk was great.', 'Thanks']],
    ['I work at Yahoo! Japan now.', ['I work at Yahoo! Japan now.']],
    ['Give it a try! Swift replies get noticed.', ['Give it a try!', 'Swift replies get noticed.']],
    ['Give it a try! See you.', ['Give it a try!', 'See you.']],
    ['Hello! World peace.', ['Hello!', 'World peace.']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('followsSentenceEnd', () => {
  it('is the same as testing /[.!?]\\s*$/ on the text before the index', () => {
    const text = fc.array(fc.constantFrom('a', 'B', '.', '!', '?', ' ', '\n', '\t', '\u00A0', '\u200B', ','), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat(30), (t, i) => {
        const index = Math.min(i, t.length);
        expect(followsSentenceEnd(t, index)).toBe(/[.!?]\s*$/.test(t.slice(0, index)));
      }),
      { numRuns: 2000 },
    );
  });
});

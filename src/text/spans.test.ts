import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insideAny, overlaps, SpanSet, type Span } from './spans.ts';

const span = fc.tuple(fc.nat(40), fc.nat(5)).map(([start, length]): Span => ({ start, end: start + length }));

describe('SpanSet', () => {
  it('answers every overlap question as asking each span in turn would (empty spans included)', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 20 }), (stored, questions) => {
        const set = new SpanSet(stored);
        for (const q of questions) expect(set.overlaps(q)).toBe(stored.some((s) => overlaps(s, q)));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores findings without a position', () => {
    const set = new SpanSet([{ start: undefined, end: undefined } as unknown as Span]);
    expect(set.size).toBe(0);
    expect(set.overlaps({ start: 0, end: 10 })).toBe(false);
  });
});

describe('insideAny', () => {
  it('keeps answering right while the list it is asked about grows or is sorted', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(span, span), { maxLength: 60 }), (steps) => {
        const list: Span[] = [];
        for (const [added, question] of steps) {
          list.push(added);
          if (list.length % 7 === 0) list.sort((a, b) => b.start - a.start);
          expect(insideAny(list, question)).toBe(list.some((s) => overlaps(s, question)));
        }
      }),
      { numRuns: 500 },
    );
  });
});

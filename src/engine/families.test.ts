import { describe, expect, it } from 'vitest';
import { parseSettings } from '../contracts/settings.ts';
import { createContext } from './context.ts';
import { compileFamilies, expandSlots, findFamilies } from './families.ts';

const ctxOf = (text: string) => createContext({ draft: { text, kind: 'message' }, settings: parseSettings(undefined).settings, checkedText: text });

const families = compileFamilies(
  [
    { name: 'offersHelp', means: 'offers help', patterns: ['{we} help {who}'], quiet: ['help me'] },
    { name: 'asksHelp', means: 'asks for help', patterns: ['help me'] },
  ],
  { we: ['we', 'our {thing}'], thing: ['team', 'app'], who: ['teams', 'founders'] },
);

describe('families', () => {
  it('expands slots, also inside slots, and refuses unknown ones', () => {
    expect(expandSlots('{ab} x', { ab: ['b', '{cd}'], cd: ['d'] })).toBe('(?:b|(?:d)) x');
    expect(() => expandSlots('{nope}', {})).toThrow(/Unknown lexicon slot/);
    expect(expandSlots('\\p{L}{0,3}', {})).toBe('\\p{L}{0,3}');
    expect(() => compileFamilies([{ name: 'x', means: 'x', patterns: ['show you how '] }])).toThrow(/ends with a space/);
  });

  it('refuses an unknown slot when compiling, though patterns are expanded only on first use', () => {
    expect(() => compileFamilies([{ name: 'x', means: 'x', patterns: ['{we} help'] }], { we: ['we', '{nope}'] })).toThrow(/Unknown lexicon slot \{nope\}/);
    expect(() => compileFamilies([{ name: 'x', means: 'x', patterns: ['help'], quiet: ['{nope}'] }], {})).toThrow(/Unknown lexicon slot/);
  });

  it('finds each family with its name and offsets into the draft, paragraph after paragraph', () => {
    const text = 'Hi.\n\nOur app help founders.\n\nCan you help me?';
    const found = findFamilies(ctxOf(text), families);
    expect(found.map((m) => [m.family, text.slice(m.start, m.end)])).toEqual([
      ['offersHelp', 'Our app help founders'],
      ['asksHelp', 'help me'],
    ]);
  });

  it('gives the same answer when a paragraph is seen again (cached), shifted to where it now is', () => {
    const a = findFamilies(ctxOf('We help teams.'), families);
    const b = findFamilies(ctxOf('Hello!\n\nWe help teams.'), families);
    expect(a.map((m) => m.start)).toEqual([0]);
    expect(b.map((m) => m.start)).toEqual([8]);
  });

  it('never matches across a blank line, and skips URLs', () => {
    expect(findFamilies(ctxOf('We\n\nhelp teams'), families)).toEqual([]);
    expect(findFamilies(ctxOf('See https://x.io/we-help-teams'), families)).toEqual([]);
  });
});

describe('trieOf: plain words of a slot as one prefix-sharing expression', () => {
  it('matches exactly the words given, longer forms included', async () => {
    const { trieOf } = await import('./families.ts');
    const words = ['cut', 'cuts', 'cutting', 'close', 'closes', 'closed', 'speed up', 'speed', 'e-commerce', "we've"];
    const whole = new RegExp(`^(?:${trieOf(words)})$`, 'u');
    for (const w of words) expect(whole.test(w)).toBe(true);
    for (const w of ['cu', 'closing', 'speed u', 'ecommerce', 'cutt']) expect(whole.test(w)).toBe(false);
  });
});

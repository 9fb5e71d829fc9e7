import { describe, expect, it } from 'vitest';
import { needsWordCharacter } from './needs-word-character.ts';
import { findAll, phrasePattern } from './patterns.ts';

describe('needsWordCharacter', () => {
  it.each([
    ['abc', true],
    ['a|b', true],
    ['(?:a|b)c?', true],
    ['(?<![\\p{L}\\p{N}_])(?:hello)(?![\\p{L}\\p{N}_])', true],
    ['[A-Z]{2,}', true],
    ['\\p{Lu}\\p{Ll}+', true],
    ['\\p{LC}', true],
    ['[\\p{L}\\p{N}]+', true],
    ['\\d{3}', true],
    ['(?<name>ab)', true],
    ['\\u0041', true],
    ['(a)\\1', true],
  ])('%s: every match holds a letter, digit or _', (source, expected) => {
    expect(needsWordCharacter(source)).toBe(expected);
  });

  it.each([
    ['a|!', false],
    ['(?=a)!', false],
    ['\\[[^\\]\\n]{1,40}\\]', false],
    ['x*!', false],
    ['[A-Z]{0,2}!', false],
    ['[\\p{L}\\p{N}&-]+', false],
    ['\\s{1,40}', false],
    ['😀|❤️‍🔥', false],
    ['\\1', false],
    ['[^a]', false],
    ['a{0}', false],
    ['\\u{1F600}', false],
    ['(', false],
  ])('%s: may match without one (or cannot be read), so it is always scanned', (source, expected) => {
    expect(needsWordCharacter(source)).toBe(expected);
  });
});

describe('a phrase pattern on text without a letter, digit or _', () => {
  it('finds nothing without scanning when every fragment needs a word character, as scanning would', () => {
    const words = phrasePattern(['hello there', 'thanks(?= *!)']);
    expect(words.needsWordCharacter).toBe(true);
    expect(findAll(words, '😀'.repeat(5000))).toEqual([]);
    expect(findAll(words, '😀 hello there 😀').map((m) => m.text)).toEqual(['hello there']);
  });

  it('still scans for a fragment that matches without one', () => {
    const kisses = phrasePattern(['😘', 'hello']);
    expect(kisses.needsWordCharacter).toBe(false);
    expect(findAll(kisses, '🙂 😘 🙂').map((m) => m.text)).toEqual(['😘']);
  });
});

import { describe, expect, it } from 'vitest';
import { startsWithWordCharacter } from './starts-with-word.ts';

describe('startsWithWordCharacter', () => {
  it.each([
    'thank you',
    '(?:hi|hello) there',
    '(?<=,[ \\t]{0,3})(?:babe|dear)',
    '\\p{Lu}[\\p{L}]+',
    '[Ww]hat',
    '(?:very )?good',
    '\\d+ days',
    '(?:a|b)*c',
    '(?!foo)\\p{L}+',
    'Straße|Köln',
  ])('a match of %j starts with a letter or digit', (fragment) => {
    expect(startsWithWordCharacter(fragment)).toBe(true);
  });

  it.each([
    '(?:hi|!) there',
    '[^a]x',
    '(?:!)?good',
    'a?b',
    '#tag',
    'x|!',
    '😘',
    '\\[name\\]',
    '(?:[\\p{L}-]+ ){0,2}x',
    '[\\p{L} -]{2,30}',
    '\\S+ team',
    '(?:^|(?<=[.!?]\\s))just',
    '',
  ])('a match of %j may start with something else (or it is not understood)', (fragment) => {
    expect(startsWithWordCharacter(fragment)).toBe(false);
  });
});

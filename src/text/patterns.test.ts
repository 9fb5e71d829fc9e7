import { describe, expect, it } from 'vitest';
import { findAll, foldCase, matches, phrasePattern } from './patterns.ts';

// What a case-blind phrase pattern meant before it was matched on folded text: one `giu` expression.
const asGiu = (fragments: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])(?:${fragments.map((f) => f.replace(/ (?![*+?{])/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');

describe('phrasePattern, case-blind', () => {
  const cases: [string[], string][] = [
    [['I (offer|provide) (\\S+) services'], 'Hello! i OFFER Premium services, and I provide SEO services.'],
    [['this is \\p{Lu}\\p{L}+ from'], 'THIS IS maria from Acme; this is Élodie from Lyon'],
    [['gro(ß|ss)e? (\\p{L}+)'], 'GROSSE Freude, große Freude, GROẞE Freude'],
    [['stra(ss|ß)e'], 'STRASSE Straße STRAẞE straſſe'],
    [['kind(ly)?'], 'KINDLY \u212Aindly kind'],
    [['istanbul'], 'İstanbul ISTANBUL istanbul'],
    [['(caf[eé])'], 'CAFÉ Café cafe'],
    [['(σας)'], 'ΣΑΣ σας σας'],
    [['emoji (\\S+) here'], 'EMOJI 😀 HERE and emoji 𝐀 here'],
  ];
  it.each(cases)('%j in %j matches as the `giu` pattern did, groups as written', (fragments, text) => {
    const expected = findAll(asGiu(fragments), text);
    expect(expected.length).toBeGreaterThan(0);
    expect(findAll(phrasePattern(fragments), text)).toEqual(expected);
    expect(matches(phrasePattern(fragments), text)).toBe(true);
  });

  it('case as written when asked ("gu")', () => {
    expect(findAll(phrasePattern(['\\p{Lu}\\p{L}+ here'], 'gu'), 'Anna here, anna here').map((m) => m.text)).toEqual(['Anna here']);
  });
});

describe('foldCase', () => {
  it('keeps the length, so offsets into the folded text hold in the original', () => {
    for (const text of ['İstanbul', 'Straße STRAẞE', 'ǅemal', 'ΐ and ΰ', '𐐀 Deseret', 'ŉ', 'plain ASCII']) {
      expect(foldCase(text)).toHaveLength(text.length);
    }
    expect(foldCase('ſ \u212A ẞ Σ')).toBe('s k ß σ');
  });
});

it('compiles a phrase pattern on first use, not when it is made', () => {
  let expanded = 0;
  const pattern = phrasePattern(() => {
    expanded++;
    return ['thanks'];
  });
  expect(expanded).toBe(0);
  expect(matches(pattern, 'Thanks!')).toBe(true);
  expect(matches(pattern, 'no')).toBe(false);
  expect(expanded).toBe(1);
});

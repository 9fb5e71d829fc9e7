import { describe, expect, it } from 'vitest';
import { caseAwarePatterns, findAll, foldCase, foldCharacter, matches, phrasePattern, widenSpaces, quietMarkRuns } from './patterns.ts';

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

describe('widenSpaces', () => {
  it('widens a space between words to 1-40 white-space characters', () => {
    expect(widenSpaces('thank you')).toBe('thank\\s{1,40}you');
    expect(findAll(phrasePattern(['thank you']), 'Thank\n  you').map((m) => m.text)).toEqual(['Thank\n  you']);
  });

  it('keeps a space before a quantifier, escaped, or inside a character class', () => {
    expect(widenSpaces('(?= *[!.])')).toBe('(?= *[!.])');
    expect(widenSpaces('a\\ b')).toBe('a\\ b');
    expect(widenSpaces('(?<=,[ \\t]*)dear')).toBe('(?<=,[ \\t]*)dear');
    expect(widenSpaces('[^\\] ]x y')).toBe('[^\\] ]x\\s{1,40}y');
  });

  it('a fragment that ends in a space is refused: the word boundary after it could never be met', () => {
    expect(() => phrasePattern(['ajudamos empresas como ']).regexes).toThrow(/can never match/);
    expect(() => phrasePattern(['thanks(?= *!)']).regexes).not.toThrow();
  });

  it('a character class with a space stays a character class: "[ \\t]" matches no digit or brace', () => {
    const pattern = phrasePattern(['(?<=,[ \\t]*)dear(?=!)']);
    expect(matches(pattern, 'Hello,  dear!')).toBe(true);
    expect(matches(pattern, 'Hello,4{1} dear!')).toBe(false);
  });
});

describe('a long alternation', () => {
  // Hundreds of fragments: over the size at which V8 stops optimizing one expression, so compiled in parts.
  const words = Array.from({ length: 2000 }, (_, i) => `word${i.toString(36)}x`);
  const long = phrasePattern([...words, 'new york', 'new york city', 'york city hall']);
  const whole = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${[...words, 'new\\s{1,40}york', 'new\\s{1,40}york\\s{1,40}city', 'york\\s{1,40}city\\s{1,40}hall'].join('|')})(?![\\p{L}\\p{N}_])`, 'giu');

  it('is compiled in parts, each under V8\'s 20 KB limit', () => {
    expect(long.regexes.length).toBeGreaterThan(1);
    for (const r of long.regexes) expect(r.source.length).toBeLessThan(20 * 1024);
  });

  it('matches as the whole alternation would: leftmost first, then the earlier fragment, never overlapping', () => {
    const text = 'WORD1X and word2x, then New York City Hall; word1kx word1kxx Wordzzx new   york city';
    const expected = [...text.matchAll(whole)].map((m) => [m.index, m[0]]);
    expect(findAll(long, text).map((m) => [m.start, m.text])).toEqual(expected);
    expect(expected.map(([, t]) => t)).toEqual(['WORD1X', 'word2x', 'New York', 'word1kx', 'Wordzzx', 'new   york']);
    expect(matches(long, 'nothing here')).toBe(false);
    expect(matches(long, 'only york city hall')).toBe(true);
  });
});

describe('foldCase', () => {
  it('keeps the length, so offsets into the folded text hold in the original', () => {
    for (const text of ['İstanbul', 'Straße STRAẞE', 'ǅemal', 'ΐ and ΰ', '𐐀 Deseret', 'ŉ', 'plain ASCII']) {
      expect(foldCase(text)).toHaveLength(text.length);
    }
    expect(foldCase('ſ \u212A ẞ Σ')).toBe('s k ß σ');
  });

  // Every code point but the surrogates, one string.
  const everyCharacter = Array.from({ length: 0x110000 }, (_, cp) => (cp >= 0xd800 && cp <= 0xdfff ? '' : String.fromCodePoint(cp))).join('');

  it('folds as `iu` compares: a character folds to a letter exactly when `iu` matches it with that letter', () => {
    const characters = Array.from(everyCharacter);
    const folds = characters.map(foldCharacter);
    for (const letter of [...'abcdefghijklmnopqrstuvwxyz', 'é', 'ß', 'σ', 'ι', 'μ', 'в', 'θ']) {
      const matched = (everyCharacter.match(new RegExp(letter, 'giu')) ?? []).sort();
      const folded = characters.filter((_, i) => folds[i] === letter).sort();
      expect(folded, letter).toEqual(matched);
    }
  });

  it('takes the quick way (lower case, then a few characters) with the same result as character by character', () => {
    const withoutDottedI = everyCharacter.replace('\u0130', '');
    for (let at = 0; at < withoutDottedI.length; at += 4096) {
      const chunk = withoutDottedI.slice(at, at + 4096).replace(/[\uD800-\uDBFF]$/, '');
      expect(foldCase(chunk) === Array.from(chunk, foldCharacter).join('')).toBe(true);
    }
    // Final sigma: lower case says "ς" at the end of a word, folding says "σ".
    expect(foldCase('ΟΔΟΣ ΟΔΟΣ.')).toBe('οδοσ οδοσ.');
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

describe('caseAwarePatterns', () => {
  it('matches fragments with a capital as written and the others case-blind', () => {
    const patterns = caseAwarePatterns(['Sie', 'wir']);
    const found = (text: string) => patterns.flatMap((p) => findAll(p, text).map((m) => m.text));
    expect(found('Wir danken Ihnen, Sie sind großartig')).toEqual(['Wir', 'Sie']);
    expect(found('sie kommt morgen')).toEqual([]);
    expect(caseAwarePatterns([])).toEqual([]);
  });
});

describe('quietMarkRuns (runs of combining marks, "Zalgo" text)', () => {
  it('replaces a run of three or more marks by as many letters, keeping the length', () => {
    expect(quietMarkRuns('e\u0301\u0300\u0302 ok')).toBe('exxx ok');
    expect(quietMarkRuns('a' + '\u0301'.repeat(500)).length).toBe(501);
  });

  it('strings letters joined by three or more invisible characters into one word ("f‍r‍e‍e")', () => {
    expect(quietMarkRuns('get f\u200Dr\u200De\u200De stuff')).toBe('get fxrxexe stuff');
    expect(quietMarkRuns('a\u200B'.repeat(4))).toBe('axaxaxax'.slice(0, 7) + '\u200B');
  });

  it('leaves one invisible character in a word, and emoji sequences, alone', () => {
    for (const text of ['pro\u200Bfile', 'dev 👩\u200D💻 here', 'Hi\u200B Sam']) expect(quietMarkRuns(text)).toBe(text);
  });

  it('leaves real writing alone: one or two marks on a letter (decomposed French, Vietnamese)', () => {
    for (const text of ['cafe\u0301', 'Vie\u0323\u0302t Nam', 'plain text']) expect(quietMarkRuns(text)).toBe(text);
  });

  it('keeps phrases around the run matchable, read from the text as written', () => {
    const pattern = phrasePattern(['came across your profile']);
    const text = 'Z\u0301\u0300\u0302\u0303 hi, I came across your profile';
    expect(findAll(pattern, text).map((m) => m.text)).toEqual(['came across your profile']);
  });
});

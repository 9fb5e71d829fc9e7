import { describe, expect, it } from 'vitest';
import { checksum, joinPieces, jsonStringBytes, splitByBytes } from './sync-pieces.ts';

const utf8 = (text: string) => new TextEncoder().encode(text).length;
const key = (i: number) => `k#${i}`;

/** ~90 KB of settings-like JSON with quotes, backslashes, escapes, accents, CJK and emoji (surrogate pairs). */
function mixedJson(): string {
  const words = Array.from({ length: 2800 }, (_, i) => `w${i} "q" \\ é 日本 😀\n`);
  return JSON.stringify({ version: 1, ignoredWords: words });
}

describe('splitByBytes', () => {
  it('cuts ~90 KB into pieces that fit the budget, only between code points, and join back exactly', () => {
    const json = mixedJson();
    expect(utf8(json)).toBeGreaterThan(90_000);
    const budget = 8000;
    const pieces = splitByBytes(json, budget);
    expect(pieces.join('')).toBe(json);
    for (const piece of pieces) {
      // What the browser counts: the piece stored as a JSON string, in UTF-8.
      expect(utf8(JSON.stringify(piece))).toBe(jsonStringBytes(piece));
      expect(jsonStringBytes(piece)).toBeLessThanOrEqual(budget);
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    // Pieces are filled: a cut happens only when the next character would not fit.
    expect(pieces.length).toBeLessThanOrEqual(Math.ceil(jsonStringBytes(json) / (budget - 8)));
  });

  it('counts escapes the way JSON.stringify writes them', () => {
    for (const text of ['plain', 'a"b\\c', 'tab\there\nnew', '\u0001\u001f', 'é日😀', '\uD800 lone', '']) {
      expect(jsonStringBytes(text)).toBe(utf8(JSON.stringify(text)));
    }
  });
});

describe('joinPieces', () => {
  const json = JSON.stringify({ ignoredWords: Array.from({ length: 500 }, (_, i) => `word${i}`) });
  const pieces = splitByBytes(json, 1000);
  const items = Object.fromEntries(pieces.map((p, i) => [key(i), p]));
  const header = { version: 1, chunks: pieces.length, length: json.length, checksum: checksum(json) };

  it('joins a whole value', () => {
    expect(joinPieces(header, items, key, 20)).toEqual({ value: JSON.parse(json) });
  });

  it('refuses a missing, changed or extra-short piece, and a header out of range', () => {
    expect(joinPieces(header, { ...items, [key(1)]: undefined }, key, 20)).toBeNull();
    expect(joinPieces(header, { ...items, [key(1)]: items[key(1)]!.replace('word', 'wort') }, key, 20)).toBeNull();
    expect(joinPieces({ ...header, chunks: pieces.length - 1 }, items, key, 20)).toBeNull();
    expect(joinPieces({ ...header, chunks: 0 }, items, key, 20)).toBeNull();
    expect(joinPieces({ ...header, chunks: 99 }, items, key, 20)).toBeNull();
  });
});

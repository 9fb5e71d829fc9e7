/**
 * Phrase patterns: small regular-expression fragments joined into one case-insensitive,
 * Unicode-aware, word-bounded expression. A plain space in a fragment matches any run of
 * white space (a space followed by a quantifier such as " *" keeps its regex meaning).
 * Fragments must not nest quantifiers (no catastrophic backtracking), and must not start with an
 * unbounded run such as `\S+`: write `(?<!\S)\S+` so that it is tried once per token, not from
 * every character of a long run of punctuation (quadratic).
 */
const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

export function phrasePattern(fragments: readonly string[], flags = 'giu'): RegExp {
  const body = fragments.map((f) => f.replace(/ (?![*+?{])/g, '\\s+')).join('|');
  return new RegExp(`${WORD_BEFORE}(?:${body})${WORD_AFTER}`, flags);
}

export interface Match {
  start: number;
  end: number;
  text: string;
  groups: (string | undefined)[];
}

/** All non-overlapping matches of a global pattern, with offsets. */
export function findAll(pattern: RegExp, text: string): Match[] {
  if (!pattern.global) throw new Error('findAll needs a global pattern');
  const out: Match[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) });
  }
  return out;
}

/** True when the pattern matches anywhere in the text. */
export function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal phrase (the user's own words) as a word-bounded, case-insensitive pattern. */
export function literalPattern(phrase: string): RegExp {
  return phrasePattern([escapeRegExp(phrase.trim()).replace(/\s+/g, ' ')]);
}

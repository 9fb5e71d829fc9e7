/**
 * Whether every match of a regex fragment must begin with a letter or a digit. A phrase pattern whose
 * fragments all do can refuse, in one cheap test, every position that holds anything else: a run of emoji or
 * punctuation would otherwise have each of the engine's ~130 patterns try its whole alternation at every
 * code point (20 000 emoji took 370 ms).
 *
 * Conservative: any construct it does not understand answers "may start with something else", so a wrong
 * answer can only cost speed, never a match.
 */
export function startsWithWordCharacter(fragment: string): boolean {
  return topLevelAlternatives(fragment).every((alternative) => mustStartWithWord(alternative, 0));
}

const LETTER = /\p{L}|\p{N}/u;
// Unicode property classes that hold letters or digits only.
const WORD_PROPERTY = /^\\p\{(?:L|Lu|Ll|Lt|Lm|Lo|N|Nd|Letter|Uppercase_Letter|Lowercase_Letter)\}/u;

/** true: every match from `at` begins with a letter or digit; false: it may not. */
function mustStartWithWord(source: string, at: number): boolean {
  let i = at;
  for (;;) {
    if (i >= source.length) return false; // an empty rest matches nothing in particular
    const rest = source.slice(i);
    // Lookarounds are zero-width: skip them.
    if (/^\(\?<?[=!]/.test(rest)) {
      const close = closingParen(source, i);
      if (close < 0) return false;
      i = close + 1;
      continue;
    }
    if (rest[0] === '(') {
      const close = closingParen(source, i);
      if (close < 0) return false;
      const innerStart = source.startsWith('(?:', i) ? i + 3 : source.startsWith('(?<', i) ? source.indexOf('>', i) + 1 : i + 1;
      const inner = source.slice(innerStart, close);
      const { optional, end } = quantifierAfter(source, close + 1);
      const alternativesStartWithWord = topLevelAlternatives(inner).every((alt) => mustStartWithWord(alt, 0));
      if (!alternativesStartWithWord) return false;
      if (!optional) return true;
      return mustStartWithWord(source, end);
    }
    let atomEnd: number;
    let word: boolean;
    const property = WORD_PROPERTY.exec(rest);
    if (property) {
      atomEnd = i + property[0].length;
      word = true;
    } else if (rest.startsWith('\\d')) {
      atomEnd = i + 2;
      word = true;
    } else if (rest[0] === '\\') {
      return false;
    } else if (rest[0] === '[') {
      const close = classEnd(source, i);
      if (close < 0) return false;
      atomEnd = close + 1;
      word = classHoldsOnlyWordCharacters(source.slice(i + 1, close));
    } else {
      const character = String.fromCodePoint(rest.codePointAt(0)!);
      atomEnd = i + character.length;
      word = LETTER.test(character);
    }
    if (!word) return false;
    const { optional } = quantifierAfter(source, atomEnd);
    return !optional;
  }
}

/** The index of the ")" that closes the "(" at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return -1;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The index of the "]" that closes the class opened at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** A class such as "[A-Za-zÀ-ÿ]" or "[\p{L}\p{N}]": letters, digits and ranges of them, not negated. */
function classHoldsOnlyWordCharacters(body: string): boolean {
  if (body.startsWith('^') || body.length === 0) return false;
  let i = 0;
  while (i < body.length) {
    const property = WORD_PROPERTY.exec(body.slice(i));
    if (property) {
      i += property[0].length;
      continue;
    }
    if (body.startsWith('\\d', i)) {
      i += 2;
      continue;
    }
    if (body[i] === '\\') return false;
    const character = String.fromCodePoint(body.codePointAt(i)!);
    if (!LETTER.test(character)) return false;
    i += character.length;
    // A range whose ends are both letters or digits ("a-z", "0-9").
    if (body[i] === '-' && i + 1 < body.length) {
      const end = String.fromCodePoint(body.codePointAt(i + 1)!);
      if (!LETTER.test(end)) return false;
      i += 1 + end.length;
    }
  }
  return true;
}

/** Whether the quantifier at `at` (if any) allows zero repetitions, and where the quantified atom ends. */
function quantifierAfter(source: string, at: number): { optional: boolean; end: number } {
  const q = /^(?:[?*]|\{0(?:,\d*)?\}|\+|\{\d+(?:,\d*)?\})\??/.exec(source.slice(at));
  if (!q) return { optional: false, end: at };
  return { optional: q[0][0] === '?' || q[0][0] === '*' || q[0].startsWith('{0'), end: at + q[0].length };
}

/** The alternatives of a group's body, split at its top-level "|". */
function topLevelAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(body, i);
      if (end < 0) return [body];
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

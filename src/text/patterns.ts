/**
 * Phrase patterns: small regular-expression fragments joined into one case-insensitive,
 * Unicode-aware, word-bounded expression. A plain space in a fragment matches any run of
 * white space (a space followed by a quantifier such as " *" keeps its regex meaning).
 * Fragments must not nest quantifiers (no catastrophic backtracking), and must not start with an
 * unbounded run such as `\S+`: write `(?<!\S)\S+` so that it is tried once per token, not from
 * every character of a long run of punctuation (quadratic).
 */
import { needsWordCharacter } from './needs-word-character.ts';

const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * Phrase fragments as one pattern, compiled on first use: bundling more words (rules, languages)
 * then costs nothing until a check needs them, and a worker that the browser restarts is ready sooner.
 * `flags`: "giu" (case-blind, the default) or "gu" (case as written).
 */
export function phrasePattern(fragments: readonly string[] | (() => readonly string[]), flags = 'giu'): PhrasePattern {
  return new PhrasePattern(typeof fragments === 'function' ? fragments : () => fragments, flags.includes('i'));
}

/**
 * A case-blind pattern is matched without the `i` flag against case-folded text (same length, so
 * offsets hold): V8 compiles a large expression with both `i` and `u` two to three times slower than
 * without `i`, and compiling is most of the first check's time.
 *
 * A long alternation is compiled as several expressions of at most `MAX_SOURCE_CHARACTERS` each, matched as
 * one (see `findAllIn`): V8 does not optimize an expression whose source is over 20 KB (`kRegExpTooLargeToOptimize`),
 * and such an expression scanned a 20 000-character draft three to six times slower than its parts.
 */
// A letter class with no quantifier at the very end of a fragment: \p{L}, \p{Lu}, \p{Ll}, or a bracket class of them.
const ONE_LETTER_END = /(?<!\\)(?:\\p\{L[ul]?\}|\[[^\]]*\\p\{L[ul]?\}[^\]]*\])$/u;

export class PhrasePattern {
  private compiled: readonly RegExp[] | undefined;
  private wordNeeded: boolean | undefined;
  private groupsReadFromSearched: boolean | undefined;

  constructor(
    private readonly fragments: () => readonly string[],
    readonly caseBlind: boolean,
  ) {}

  /** The expressions, in the order of their fragments: together they are the alternation of all fragments. */
  get regexes(): readonly RegExp[] {
    if (!this.compiled) {
      const fragments = this.fragments();
      // A fragment that ends in a space can never match: the word boundary after it wants a non-letter there.
      const deadEnd = fragments.find((f) => / $/.test(f) && !/\\ $/.test(f));
      if (deadEnd !== undefined) throw new Error(`Phrase fragment ends with a space and can never match: "${deadEnd}"`);
      // Nor can one that ends on a single letter ("… for \\p{L}", "Sr. \\p{Lu}"): the word end after it wants a one-letter word.
      const oneLetterEnd = fragments.find((f) => ONE_LETTER_END.test(f));
      if (oneLetterEnd !== undefined) throw new Error(`Phrase fragment ends on one letter and matches only one-letter words: "${oneLetterEnd}"`);
      const widened = fragments.map(widenSpaces);
      const whole = this.compile(widened.join('|'));
      // Groups are numbered across the whole expression: one with groups stays whole.
      this.compiled = whole.source.length <= MAX_SOURCE_CHARACTERS || whole.flags.includes('d') ? [whole] : inParts(widened).map((body) => this.compile(body));
    }
    return this.compiled;
  }

  /**
   * The text it is matched against: case-folded when case-blind, and with long runs of combining marks
   * quieted (see `quietMarkRuns`) when its groups can still be read from the text as written.
   */
  searchedText(text: string): string {
    const searched = this.caseBlind ? foldCase(text) : text;
    this.groupsReadFromSearched ??= !this.caseBlind && this.regexes.some((r) => hasCaptureGroup(r.source));
    return this.groupsReadFromSearched ? searched : quietMarkRuns(searched);
  }

  /** Every match holds a letter, a digit or "_" (see `needsWordCharacter`): text without one needs no scan. */
  get needsWordCharacter(): boolean {
    this.wordNeeded ??= this.regexes.every((r) => needsWordCharacter(r.source));
    return this.wordNeeded;
  }

  private compile(body: string): RegExp {
    const source = `${WORD_BEFORE}(?:${body})${WORD_AFTER}`;
    // `d` (group offsets, to read the groups from the text as written) only when there are groups: it slows matching.
    const folded = this.caseBlind ? foldPatternSource(source) : source;
    return new RegExp(folded, this.caseBlind && hasCaptureGroup(folded) ? 'gdu' : 'gu');
  }
}

/** Under V8's 20 KB limit for optimizing an expression, with room for the case folding of the source. */
const MAX_SOURCE_CHARACTERS = 12_000;

/** Consecutive fragments joined into alternations of at most `MAX_SOURCE_CHARACTERS` (a longer fragment alone). */
function inParts(fragments: readonly string[]): string[] {
  const parts: string[] = [];
  let current = '';
  for (const f of fragments) {
    if (current !== '' && current.length + 1 + f.length > MAX_SOURCE_CHARACTERS) {
      parts.push(current);
      current = f;
    } else current = current === '' ? f : `${current}|${f}`;
  }
  if (current !== '') parts.push(current);
  return parts;
}

/**
 * A space between words is any white space, but at most 40 characters of it: a lookbehind such as
 * "(?<!send me )" is read backwards, and an unbounded "\\s+" there rescans a whole run of spaces at every
 * position (20 000 spaces took 42 s). A space followed by a quantifier, escaped or inside a character class
 * ("[ \\t]") keeps its regex meaning.
 */
export function widenSpaces(fragment: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < fragment.length; i++) {
    const c = fragment[i]!;
    if (c === '\\') {
      out += c + (fragment[i + 1] ?? '');
      i++;
    } else if (inClass) {
      out += c;
      if (c === ']') inClass = false;
    } else if (c === '[') {
      out += c;
      inClass = true;
    } else if (c === ' ' && !/[*+?{]/.test(fragment[i + 1] ?? '')) {
      out += '\\s{1,40}';
    } else {
      out += c;
    }
  }
  return out;
}

/** A "(" that opens a capturing group, outside character classes (unnamed or named). */
function hasCaptureGroup(source: string): boolean {
  return /(?<!\\)\((?!\?)|\(\?<[A-Za-z]/.test(source.replace(/\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]/g, ''));
}

export interface Match {
  start: number;
  end: number;
  text: string;
  groups: (string | undefined)[];
}

/** All non-overlapping matches of a global pattern, with offsets. */
export function findAll(pattern: RegExp | PhrasePattern, text: string): Match[] {
  if (pattern instanceof RegExp) return findAllIn([pattern], text, text);
  // The text first: the pattern's analysis is needed only for text without a letter, which is rare.
  if (!hasWordCharacter(text) && pattern.needsWordCharacter) return [];
  return findAllIn(pattern.regexes, pattern.searchedText(text), text);
}

/**
 * A text transform that remembers its last 64 answers: every pattern asks the same one of each paragraph (and of
 * its folded copy) in turn.
 */
function rememberingRecentTexts(transform: (text: string) => string): (text: string) => string {
  const remembered = new Map<string, string>();
  return (text) => {
    const known = remembered.get(text);
    if (known !== undefined) return known;
    const result = transform(text);
    if (remembered.size >= REMEMBERED_TEXTS) remembered.delete(remembered.keys().next().value!);
    remembered.set(text, result);
    return result;
  };
}
const REMEMBERED_TEXTS = 64;

// Three or more combining marks in a row occur in no language's writing, only in "Zalgo" text; nor do letters
// strung together by three or more invisible characters ("f\u200Dr\u200De\u200De", a way to dodge filters). Each position
// between them is a place where every phrase could start: a paragraph of them cost 300 to 400 ms to scan.
const MARK_RUN = /\p{M}{3,}/gu;
// No look-around: a failed try stops after three letters (and their marks), so the scan stays linear.
const INVISIBLE_BETWEEN_LETTERS = /\p{L}\p{M}*(?:[\u200B-\u200D\u2060\uFEFF]\p{L}\p{M}*){3,}/gu;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;
const MAY_NEED_QUIETING = /\p{M}{3}|[\u200B-\u200D\u2060\uFEFF]/u;

/**
 * The text with each run of three or more combining marks, and the invisible characters of letters strung
 * together, replaced by as many letters ("x"): same length, so offsets hold, and the run reads as one word, inside
 * which no phrase starts.
 */
export const quietMarkRuns = rememberingRecentTexts((text) =>
  MAY_NEED_QUIETING.test(text)
    ? text.replace(MARK_RUN, (run) => 'x'.repeat(run.length)).replace(INVISIBLE_BETWEEN_LETTERS, (run) => run.replace(INVISIBLE, 'x'))
    : text,
);

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;
/** Remembered for the last text: every pattern asks it of the same paragraph. */
let lastText: string | undefined;
let lastHasWord = false;
function hasWordCharacter(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasWord = WORD_CHARACTER.test(text);
  }
  return lastHasWord;
}

/**
 * Matches in `searched` (the text or its case-folded copy), read from `text`. Several expressions are matched as
 * their alternation would be: the leftmost match, and at the same place the first expression's; each one's next
 * match is remembered while it lies ahead, so the scan stays linear.
 */
function findAllIn(patterns: readonly RegExp[], searched: string, text: string): Match[] {
  if (patterns.some((p) => !p.global)) throw new Error('findAll needs a global pattern');
  const out: Match[] = [];
  const next = patterns.length === 1 ? nextOfOne(patterns[0]!, searched) : nextOfAlternation(patterns, searched);
  for (let at = 0, m = next(at); m !== null; m = next(at)) {
    if (m[0].length === 0) {
      at = m.index + 1;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const groups = searched === text ? m.slice(1) : (m.indices?.slice(1) ?? []).map((span) => (span ? text.slice(span[0], span[1]) : undefined));
    out.push({ start, end, text: text.slice(start, end), groups });
    at = end;
  }
  for (const p of patterns) p.lastIndex = 0;
  return out;
}

type NextMatch = (from: number) => RegExpExecArray | null;

const nextOfOne = (pattern: RegExp, searched: string): NextMatch => (from) => {
  pattern.lastIndex = from;
  return pattern.exec(searched);
};

/** The alternation's next match from `from`: each expression's next match is kept while it lies ahead. */
function nextOfAlternation(patterns: readonly RegExp[], searched: string): NextMatch {
  const ahead: (RegExpExecArray | null | undefined)[] = patterns.map(() => undefined);
  return (from) => {
    let first: RegExpExecArray | null = null;
    for (let i = 0; i < patterns.length; i++) {
      let m = ahead[i];
      if (m === undefined || (m !== null && m.index < from)) {
        patterns[i]!.lastIndex = from;
        ahead[i] = m = patterns[i]!.exec(searched);
      }
      if (m && (first === null || m.index < first.index)) first = m;
    }
    return first;
  };
}

/** True when the pattern matches anywhere in the text. */
export function matches(pattern: RegExp | PhrasePattern, text: string): boolean {
  if (pattern instanceof PhrasePattern && !hasWordCharacter(text) && pattern.needsWordCharacter) return false;
  const regexes = pattern instanceof RegExp ? [pattern] : pattern.regexes;
  const searched = pattern instanceof PhrasePattern ? pattern.searchedText(text) : text;
  return regexes.some((regex) => {
    regex.lastIndex = 0;
    const found = regex.test(searched);
    regex.lastIndex = 0;
    return found;
  });
}

/**
 * Each character as the `i` flag compares it (simple case folding: "Straße" → "straße", "ſ" → "s",
 * "K" (Kelvin) → "k"), keeping the text's length: a character whose folding would change its length
 * ("İ") stays as it is, as `iu` leaves it. Recent results are remembered: every rule folds the same text.
 */
export const foldCase = rememberingRecentTexts((text) => {
  const lower = text.toLowerCase();
  // Lower case is the folding but for a few characters (and final sigma, which only folds).
  return lower.length === text.length ? lower.replace(FOLDS_BEYOND_LOWER_CASE, foldCharacter) : Array.from(text, foldCharacter).join('');
});
// Lower-case characters that fold further: µ ſ ͅ ς ϐ ϑ ϕ ϖ ϰ ϱ ϵ, old Cyrillic forms, ẛ, ι (tested against all of Unicode).
const FOLDS_BEYOND_LOWER_CASE = /[\u00b5\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe]/g;

export function foldCharacter(ch: string): string {
  // Dotless ı has no simple folding ("I" folds to "i"): `iu` matches it only as itself.
  if (ch === '\u0131') return ch;
  const viaUpper = ch.toUpperCase().toLowerCase();
  if (viaUpper.length === ch.length) return viaUpper;
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

/**
 * A pattern's source for case-folded text: letters folded, escapes kept ("\\S" stays "\\S"). Under
 * `iu`, "\\p{Lu}" (or "\\p{Ll}") matches any cased letter; on folded text that is "\\p{LC}".
 */
function foldPatternSource(source: string): string {
  // Escapes are read whole (and kept); lower-case ASCII, the bulk of a pattern, is left alone.
  return source.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]|\\k<[^>]*>|\(\?<[A-Za-z][^>]*>|\\[\s\S]|[^\0-@[-\x7f]/gu, (token) => {
    if (/^\\[pP]\{L[ult]\}$/.test(token)) return `${token.slice(0, 2)}{LC}`;
    return token.startsWith('\\') || token.startsWith('(?<') ? token : foldCharacter(token);
  });
}

/**
 * Patterns for fragments of which those written with a capital letter are matched as written (German
 * "Sie", not "sie") and the others case-blind: at most two patterns, none for no fragments. `wrap` turns
 * each group's fragments into the pattern's own (e.g. one word-bounded alternation).
 */
export function caseAwarePatterns(fragments: readonly string[], wrap: (group: readonly string[]) => readonly string[] = (group) => group): PhrasePattern[] {
  const blind = fragments.filter((f) => f === f.toLowerCase());
  const exact = fragments.filter((f) => f !== f.toLowerCase());
  return [
    ...(blind.length > 0 ? [phrasePattern(wrap(blind), 'giu')] : []),
    ...(exact.length > 0 ? [phrasePattern(wrap(exact), 'gu')] : []),
  ];
}

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal phrase (the user's own words) as a word-bounded, case-insensitive pattern. */
export function literalPattern(phrase: string): PhrasePattern {
  return phrasePattern([escapeRegExp(phrase.trim()).replace(/\s+/g, ' ')]);
}

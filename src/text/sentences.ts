import type { Span } from './spans.ts';

export interface Sentence extends Span {
  text: string;
  /** True when the sentence begins a line (after a line break or at the start of the text). */
  startsLine: boolean;
  /** True for list items (•, -, *, 1.) */
  isListItem: boolean;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'dept', 'inc', 'ltd',
  'co', 'corp', 'no', 'fig', 'mt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'ref', 'a.m', 'p.m', 'u.s', 'u.k', 'ph.d', 'b.sc', 'm.sc', 'mba', 'esq',
]);

/** What a language adds to sentence splitting (languages.md §4.2). */
export interface SentenceCues {
  /** Abbreviations whose full stop does not end a sentence, as written ("Sra.", "z. B.", "bzw."). */
  abbreviations?: readonly string[];
  /** A number with a full stop is an ordinal, not a sentence end ("am 3. Oktober"). */
  ordinalDots?: boolean;
}

const LIST_MARKER = /^(?:[•◦▪‣·*\-–—→]|\d{1,2}[.)])\s+/u;

/** A sentence that ends in a question mark, before any closing quotes or brackets ("…?»", "…?\")"). */
export const ENDS_AS_QUESTION = /\?[\s"”’)»]*$/u;

/**
 * Splits text into sentences with offsets. A sentence ends at . ! ? (and runs of them) followed
 * by a space and not after an abbreviation, at an ellipsis followed by a capital, at a line
 * break, or where a full stop runs straight into a capitalized word (".I'm").
 */
export function splitSentences(text: string, language: SentenceCues = {}): Sentence[] {
  const extra = language.abbreviations ? new Set(language.abbreviations.map((a) => a.toLowerCase().replace(/\s+/g, '').replace(/\.$/, ''))) : null;
  const out: Sentence[] = [];
  let lineStart = true;
  let start = 0;
  const push = (end: number, nextStartsLine: boolean) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      const s = start + lead;
      out.push({ start: s, end: s + trimmed.length, text: trimmed, startsLine: lineStart, isListItem: lineStart && LIST_MARKER.test(trimmed) });
    }
    lineStart = nextStartsLine;
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) {
      push(i, true);
      start = i + 1;
      continue;
    }
    if (ch !== 46 /* . */ && ch !== 33 /* ! */ && ch !== 63 /* ? */) continue;
    // A run of terminators ("?!", "...") is decided once, at its first character, and then skipped
    // whole: rescanning it from each of its characters would make long runs quadratic.
    let j = i;
    while (j + 1 < text.length && '.!?'.includes(text.charAt(j + 1))) j++;
    // Closing quotes and brackets belong to the sentence they close.
    while (j + 1 < text.length && `"'”’)]`.includes(text.charAt(j + 1))) j++;
    const runStart = i;
    i = j;
    const next = text.charAt(j + 1);
    const isDot = ch === 46 && j === runStart;
    if (next === '' || /\s/.test(next)) {
      if (isDot && isAbbreviation(text, runStart, extra)) continue;
      if (!isDot && j === runStart && ch === 33 && namedWithExclamation(text, runStart)) continue;
      // German ordinals and dates: "am 3. Oktober", "der 2. Platz", "am 12.03. findet…" (a number with a full stop, then a word).
      if (isDot && language.ordinalDots && /(?<![\d.,])\d{1,2}(?:\.\d{1,2})?$/.test(text.slice(Math.max(0, runStart - 6), runStart)) && /\p{L}/u.test(firstAfterBlanks(text, j + 1))) continue;
      const ellipsis = text.startsWith('..', runStart);
      if (ellipsis && /\p{Ll}/u.test(firstAfterBlanks(text, j + 1))) continue;
      push(j + 1, false);
    } else if (ch === 46 && /\p{Lu}/u.test(next) && /\p{Ll}/u.test(text.charAt(j + 2)) && /\p{L}{2}$/u.test(text.slice(Math.max(0, runStart - 2), runStart))) {
      // "…at Intel .Would you" or "models .I'm": a missing space, still a new sentence.
      push(j + 1, false);
    }
  }
  push(text.length, false);
  return out;
}

/** The first character after spaces and tabs from `from` on ('' at a line break or the end). */
function firstAfterBlanks(text: string, from: number): string {
  let k = from;
  while (text.charAt(k) === ' ' || text.charAt(k) === '\t') k++;
  return /\s/.test(text.charAt(k)) ? '' : text.charAt(k);
}

// Names spelled with an exclamation mark, which ends no sentence when more of the sentence follows:
// "your try! Swift talk", "at Yahoo! Japan", "a Jeopardy! champion".
const NAMES_WITH_EXCLAMATION = /(?:(?:^|[^\p{L}])(?:Yahoo|Jeopardy|Joomla)|(?:your|the|at|from|of|our|my|this|last|next|year's|’s|'s)[ \t]+try)$/iu;
const STILL_THE_NAME = /^[ \t]+(?:Swift|Japan|Finance|Mail|News|Sports|Answers|Games|champions?|contestants?|episodes?|Conference|Tokyo|NYC|India|Berlin)(?![\p{L}])/u;
function namedWithExclamation(text: string, mark: number): boolean {
  return NAMES_WITH_EXCLAMATION.test(text.slice(Math.max(0, mark - 12), mark)) && STILL_THE_NAME.test(text.slice(mark + 1, mark + 24));
}

function isAbbreviation(text: string, dot: number, extra: ReadonlySet<string> | null): boolean {
  const before = text.slice(Math.max(0, dot - 8), dot).match(/([\p{L}.-]+)$/u);
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  if (ABBREVIATIONS.has(word) || extra?.has(word)) return true;
  if (extra) {
    // Spaced abbreviations ("z. B.", "d. h.", "e. V."): squeeze the spaces around this dot and look again.
    const around = text.slice(Math.max(0, dot - 6), dot + 6).toLowerCase().replace(/\s+/g, '');
    const at = text.slice(Math.max(0, dot - 6), dot).replace(/\s+/g, '').length;
    for (const abbreviation of extra) {
      if (!abbreviation.includes('.')) continue;
      for (let from = Math.max(0, at - abbreviation.length); from <= at; from++) {
        if (around.startsWith(abbreviation, from) && from + abbreviation.length >= at) return true;
      }
    }
  }
  // Single capital initials ("J. R. R. Tolkien").
  return /^\p{Lu}$/u.test(before[1]!) && before[1] !== 'I';
}

/**
 * True when the last character before `index` that is not white space ends a sentence (. ! ?):
 * the same as `/[.!?]\s*$/.test(text.slice(0, index))`, without scanning the whole prefix.
 */
export function followsSentenceEnd(text: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && /\s/.test(text.charAt(k))) k--;
  return k >= 0 && '.!?'.includes(text.charAt(k));
}

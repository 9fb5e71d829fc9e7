import { findAll, matches, type Match, type PhrasePattern } from './patterns.ts';
import type { Span } from './spans.ts';

/**
 * Matching paragraph by paragraph, remembered per paragraph: re-checking a long draft after a
 * one-character edit then rescans only the paragraph that changed. Exact for a pattern whose matches
 * cannot span a blank line and whose lookarounds do not look past one (a phrase broken by a blank
 * line is two phrases anyway).
 */
export interface Paragraph {
  /** The text of the paragraph; never empty. */
  readonly text: string;
  /** Where it starts in the text, each time it occurs (a text may repeat a paragraph). */
  readonly starts: readonly number[];
  /** What `compute` gives for this paragraph's text, remembered under `key` (a pattern, a list of families). */
  remember<T>(key: object, compute: () => T): T;
}

/**
 * The text's paragraphs (runs of text between blank lines, white space allowed on them), each
 * distinct one once, in order of first appearance. Empty ones are left out: nothing matches there.
 */
export function paragraphsOf(text: string): readonly Paragraph[] {
  // Rules read both the text and its matching copy (see `toMatchText`): the last two are kept.
  for (const recent of recentTexts) if (recent.text === text) return recent.paragraphs;
  const byText = new Map<string, { text: string; starts: number[]; remember: Paragraph['remember'] }>();
  const add = (start: number, paragraph: string) => {
    if (paragraph.length === 0) return;
    const known = byText.get(paragraph);
    if (known) known.starts.push(start);
    else byText.set(paragraph, { text: paragraph, starts: [start], remember: memoryOf(paragraph) });
  };
  const blank = /\n[ \t]*\n/g;
  let start = 0;
  for (let m = blank.exec(text); m !== null; m = blank.exec(text)) {
    add(start, text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  add(start, text.slice(start));
  const paragraphs = [...byText.values()];
  recentTexts.unshift({ text, paragraphs });
  recentTexts.length = Math.min(recentTexts.length, 2);
  return paragraphs;
}

const recentTexts: { text: string; paragraphs: readonly Paragraph[] }[] = [];

/** Every match of the pattern, paragraph by paragraph, with offsets into the text, in order. */
export function findInParagraphs(pattern: RegExp | PhrasePattern, text: string): Match[] {
  return spansOfParagraphs(text, (paragraph) => {
    const found = paragraph.remember(pattern, () => ({}) as Results);
    return (found.all ??= Object.freeze(findAll(pattern, paragraph.text)));
  });
}

/**
 * A count over the whole text, remembered per paragraph and summed: for counts of things that cannot
 * span a blank line (words, tokens). `count` itself is the key, so pass a function defined once.
 */
export function sumOverParagraphs(text: string, count: (paragraph: string) => number): number {
  let sum = 0;
  for (const paragraph of paragraphsOf(text)) sum += paragraph.remember(count, () => count(paragraph.text)) * paragraph.starts.length;
  return sum;
}

/** Every span `find` gives in each paragraph, remembered per paragraph, with offsets into the text, in order. */
export function spansInParagraphs<T extends Span>(text: string, find: (paragraph: string) => readonly T[]): T[] {
  return spansOfParagraphs(text, (paragraph) => paragraph.remember(find, () => Object.freeze(find(paragraph.text))));
}

/**
 * The spans each paragraph gives (offsets into the paragraph, in order), moved to where the paragraph stands in the
 * text, each time it stands there; in order of position.
 */
export function spansOfParagraphs<T extends Span>(text: string, spansOf: (paragraph: Paragraph) => readonly T[]): T[] {
  const out: T[] = [];
  let repeated = false;
  for (const paragraph of paragraphsOf(text)) {
    const found = spansOf(paragraph);
    if (found.length === 0) continue;
    repeated ||= paragraph.starts.length > 1;
    for (const start of paragraph.starts) for (const span of found) out.push({ ...span, start: span.start + start, end: span.end + start });
  }
  return repeated ? out.sort((a, b) => a.start - b.start) : out;
}

/** True when the pattern matches within some paragraph. */
export function matchesInParagraphs(pattern: RegExp | PhrasePattern, text: string): boolean {
  return paragraphsOf(text).some((paragraph) => anyIn(paragraph.remember(pattern, () => ({}) as Results), pattern, paragraph.text));
}

/** `matches`, remembered per text: for a pattern tested on each sentence of every check. */
export function matchesRemembered(pattern: RegExp | PhrasePattern, text: string): boolean {
  return anyIn(memoryOf(text)(pattern, () => ({}) as Results), pattern, text);
}

interface Results {
  all?: readonly Match[];
  any?: boolean;
}

function anyIn(results: Results, pattern: RegExp | PhrasePattern, text: string): boolean {
  results.any ??= results.all ? results.all.length > 0 : matches(pattern, text);
  return results.any;
}

// What was remembered per paragraph text, least recently used first. Bounded by the characters
// remembered (and a little per paragraph), so that editing a very long paragraph keeps few copies of it.
const MAX_CHARACTERS = 400_000;
const PER_PARAGRAPH = 100;
const byText = new Map<string, WeakMap<object, unknown>>();
let characters = 0;

function memoryOf(paragraph: string): Paragraph['remember'] {
  let remembered = byText.get(paragraph);
  if (remembered) {
    byText.delete(paragraph);
    byText.set(paragraph, remembered);
  } else {
    const size = paragraph.length + PER_PARAGRAPH;
    while (characters + size > MAX_CHARACTERS && byText.size > 0) {
      const oldest = byText.keys().next().value!;
      byText.delete(oldest);
      characters -= oldest.length + PER_PARAGRAPH;
    }
    remembered = new WeakMap();
    byText.set(paragraph, remembered);
    characters += size;
  }
  const memory = remembered;
  return <T>(key: object, compute: () => T): T => {
    if (memory.has(key)) return memory.get(key) as T;
    const value = compute();
    memory.set(key, value);
    return value;
  };
}

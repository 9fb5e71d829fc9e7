import type { RuleContext } from './context.ts';
import { findAll, phrasePattern, type Match, type PhrasePattern } from '../text/patterns.ts';
import { insideAny, type Span } from '../text/spans.ts';
import { spansOfParagraphs } from '../text/paragraphs.ts';

/**
 * A family of meaning: one thing a message does ("offers one's services", "asks for a review"),
 * written as a few phrase patterns over named word lists instead of a list of stock phrases.
 * A rule is a list of families; its README lists them and its tests cover each one.
 */
export interface Family {
  /** camelCase, stable: shown in the README and used in tests ("offersServices"). */
  name: string;
  /** What the words do, said to the writer: the finding's message is built from it. */
  means: string;
  /**
   * Phrase fragments (see `phrasePattern`). `{slot}` inserts the lexicon's words for that slot as
   * one alternation, so a pattern reads as who does what to whom: "{weSubject} {helpVerb} …".
   */
  patterns: readonly string[];
  /** The family's own quiet cases: fragments that make an overlapping match harmless. */
  quiet?: readonly string[];
  /** Match case as written: "\\p{Lu}" then means a capital (a name), which a case-blind pattern cannot say. */
  caseSensitive?: boolean;
}

/** Named word lists the families' slots refer to. Each entry is a regex fragment (no nested quantifiers). */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

export interface CompiledFamily {
  name: string;
  means: string;
  pattern: PhrasePattern;
  quiet: PhrasePattern | null;
}

export interface FamilyMatch extends Match {
  family: string;
  means: string;
}

// `{name}`, but not a Unicode property such as `\\p{L}`.
const SLOT = /(?<!\\[pP])\{([a-z][a-zA-Z]+)\}/g;

/**
 * Expands `{slot}` references (a slot's words may name other slots); an unknown slot or a cycle is a
 * programming error (`compileFamilies` checks slot names when the module loads).
 */
export function expandSlots(fragment: string, lexicon: Lexicon, depth = 0): string {
  if (depth > 4) throw new Error(`Lexicon slots nest too deep in "${fragment}"`);
  return fragment.replace(SLOT, (_, slot: string) => {
    const words = lexicon[slot];
    if (!words) throw new Error(`Unknown lexicon slot {${slot}} in "${fragment}"`);
    // A slot is used by many patterns: expanded once per lexicon.
    let expanded = expandedSlots.get(lexicon);
    if (!expanded) expandedSlots.set(lexicon, (expanded = new Map()));
    const known = expanded.get(slot);
    if (known !== undefined) return known;
    // Plain words become one trie ("cut|cuts|cutting" → "cut(?:s|ting)?"): a long list of alternatives
    // tried one by one at every word is the slowest part of matching.
    const plain = words.filter((w) => PLAIN_WORD.test(w));
    const other = words.filter((w) => !PLAIN_WORD.test(w)).map((w) => expandSlots(w, lexicon, depth + 1));
    const alternation = `(?:${[...(plain.length > 0 ? [trieOf(plain)] : []), ...other].join('|')})`;
    expanded.set(slot, alternation);
    return alternation;
  });
}

const expandedSlots = new WeakMap<Lexicon, Map<string, string>>();

// A word list entry with no regex syntax: letters, digits, spaces, apostrophes, hyphens.
const PLAIN_WORD = /^[\p{L}\p{N}' -]+$/u;

/** One regular expression for a set of plain words, sharing prefixes; longer words are tried first. */
export function trieOf(words: readonly string[]): string {
  type Node = Map<string, Node> & { end?: boolean };
  const root: Node = new Map();
  for (const word of new Set(words)) {
    let node = root;
    for (const ch of word) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch)!;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node].map(([ch, child]) => ch + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return branches.length === 1 && [...node.values()][0]!.size === 0 && branches[0]!.length === 1 ? `${body}?` : `(?:${branches.join('|')})?`;
  };
  return emit(root);
}

/**
 * Families as patterns. Checked now (names, trailing spaces, slot names); expanded and compiled on
 * first use, so a worker that the browser restarts does not pay for rules or languages it does not run.
 */
export function compileFamilies(families: readonly Family[], lexicon: Lexicon = {}): CompiledFamily[] {
  const names = new Set<string>();
  return families.map((f) => {
    if (names.has(f.name)) throw new Error(`Duplicate family ${f.name}`);
    // A final space becomes "\\s+" and then needs a word boundary: such a pattern could never match.
    const trailing = [...f.patterns, ...(f.quiet ?? [])].find((p) => p.endsWith(' '));
    if (trailing !== undefined) throw new Error(`Pattern ends with a space in ${f.name}: "${trailing}"`);
    for (const p of [...f.patterns, ...(f.quiet ?? [])]) assertKnownSlots(p, lexicon);
    names.add(f.name);
    const quiet = f.quiet && f.quiet.length > 0 ? f.quiet : null;
    return {
      name: f.name,
      means: f.means,
      pattern: phrasePattern(() => f.patterns.map((p) => expandSlots(p, lexicon)), f.caseSensitive ? 'gu' : 'giu'),
      quiet: quiet ? phrasePattern(() => quiet.map((p) => expandSlots(p, lexicon))) : null,
    };
  });
}

/** Throws on a `{slot}` the lexicon lacks (in the fragment or in the slots it names), without expanding. */
function assertKnownSlots(fragment: string, lexicon: Lexicon, depth = 0): void {
  if (depth > 4) throw new Error(`Lexicon slots nest too deep in "${fragment}"`);
  let checked = checkedSlots.get(lexicon);
  if (!checked) checkedSlots.set(lexicon, (checked = new Set()));
  for (const [, slot] of fragment.matchAll(SLOT)) {
    const words = lexicon[slot!];
    if (!words) throw new Error(`Unknown lexicon slot {${slot}} in "${fragment}"`);
    if (checked.has(slot!)) continue;
    for (const w of words) if (w.includes('{')) assertKnownSlots(w, lexicon, depth + 1);
    checked.add(slot!);
  }
}

const checkedSlots = new WeakMap<Lexicon, Set<string>>();

/**
 * Every match of every family in the draft, outside URLs, code and the given spans, and not
 * overlapped by the family's quiet cases. Matches of different families may overlap; within one
 * family they do not. Sorted by position. A match never spans a blank line (paragraphs are matched
 * one by one, and remembered: re-checking a long draft after an edit rescans only what changed).
 */
export function findFamilies(ctx: RuleContext, families: readonly CompiledFamily[], skip: readonly Span[] = []): FamilyMatch[] {
  const skipped = [...ctx.nonProse(), ...skip];
  return spansOfParagraphs(ctx.matchText, (paragraph) => paragraph.remember(families, () => paragraphMatches(families, paragraph.text)))
    .filter((m) => !insideAny(skipped, m))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The families' matches in one paragraph, quiet cases removed: a pure function of the text, so it is remembered. */
function paragraphMatches(families: readonly CompiledFamily[], text: string): readonly FamilyMatch[] {
  const found: FamilyMatch[] = [];
  for (const family of families) {
    const matches = findAll(family.pattern, text);
    // Most families match nothing in a paragraph: their quiet cases are read only when there is something to quiet.
    if (matches.length === 0) continue;
    const quiet = family.quiet ? findAll(family.quiet, text) : [];
    for (const m of matches) {
      if (!insideAny(quiet, m)) found.push({ ...m, family: family.name, means: family.means });
    }
  }
  return Object.freeze(found);
}

/** Keeps the first of overlapping matches (longest first at the same start): one finding per place. */
export function withoutOverlaps<T extends Span>(matches: readonly T[]): T[] {
  const kept: T[] = [];
  for (const m of matches) if (!insideAny(kept, m)) kept.push(m);
  return kept;
}

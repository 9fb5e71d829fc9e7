import type { RuleContext } from './context.ts';
import { findAll, phrasePattern, type Match } from '../text/patterns.ts';
import { insideAny, type Span } from '../text/spans.ts';

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
  pattern: RegExp;
  quiet: RegExp | null;
}

export interface FamilyMatch extends Match {
  family: string;
  means: string;
}

// `{name}`, but not a Unicode property such as `\\p{L}`.
const SLOT = /(?<!\\[pP])\{([a-z][a-zA-Z]+)\}/g;

/**
 * Expands `{slot}` references (a slot's words may name other slots); an unknown slot or a cycle is a
 * programming error, caught when the module loads.
 */
export function expandSlots(fragment: string, lexicon: Lexicon, depth = 0): string {
  if (depth > 4) throw new Error(`Lexicon slots nest too deep in "${fragment}"`);
  return fragment.replace(SLOT, (_, slot: string) => {
    const words = lexicon[slot];
    if (!words) throw new Error(`Unknown lexicon slot {${slot}} in "${fragment}"`);
    return `(?:${words.map((w) => expandSlots(w, lexicon, depth + 1)).join('|')})`;
  });
}

export function compileFamilies(families: readonly Family[], lexicon: Lexicon = {}): CompiledFamily[] {
  const names = new Set<string>();
  return families.map((f) => {
    if (names.has(f.name)) throw new Error(`Duplicate family ${f.name}`);
    names.add(f.name);
    return {
      name: f.name,
      means: f.means,
      pattern: phrasePattern(f.patterns.map((p) => expandSlots(p, lexicon)), f.caseSensitive ? 'gu' : 'giu'),
      quiet: f.quiet && f.quiet.length > 0 ? phrasePattern(f.quiet.map((p) => expandSlots(p, lexicon))) : null,
    };
  });
}

/**
 * Every match of every family in the draft, outside URLs, code and the given spans, and not
 * overlapped by the family's quiet cases. Matches of different families may overlap; within one
 * family they do not. Sorted by position.
 */
export function findFamilies(ctx: RuleContext, families: readonly CompiledFamily[], skip: readonly Span[] = []): FamilyMatch[] {
  const skipped = [...ctx.nonProse(), ...skip];
  const out: FamilyMatch[] = [];
  for (const family of families) {
    const quiet = family.quiet ? findAll(family.quiet, ctx.matchText) : [];
    for (const m of findAll(family.pattern, ctx.matchText)) {
      if (insideAny(skipped, m) || insideAny(quiet, m)) continue;
      out.push({ ...m, family: family.name, means: family.means });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Keeps the first of overlapping matches (longest first at the same start): one finding per place. */
export function withoutOverlaps<T extends Span>(matches: readonly T[]): T[] {
  const kept: T[] = [];
  for (const m of matches) if (!insideAny(kept, m)) kept.push(m);
  return kept;
}

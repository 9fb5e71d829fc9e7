/**
 * storage.sync limits one item to 8 192 bytes, counted as the key's length plus the JSON text of the
 * value. A settings value larger than that is stored as a header naming its pieces (`chunks`, the
 * joined text's `length` and `checksum`) plus the pieces, which are slices of the settings' JSON text
 * stored as JSON strings. Header and pieces are written in one `set`, and a reader checks the joined
 * text against the header before using it, so a partial or mixed value is never taken for a whole one.
 */

/** What a split value's header holds. `chunks` is the name older versions read (they join the pieces unchecked). */
export interface SplitHeader {
  version: number;
  chunks: number;
  /** The joined JSON text's length in UTF-16 code units. */
  length: number;
  /** FNV-1a of the joined JSON text (see `checksum`). */
  checksum: string;
}

/**
 * Bytes one code point takes inside a JSON string value, as the browser counts it (UTF-8 after
 * escaping). Counted generously where browsers' JSON writers differ (U+007F, U+2028/9 may be escaped).
 */
function escapedBytes(codePoint: number): number {
  if (codePoint === 0x22 || codePoint === 0x5c) return 2; // \" and \\
  if (codePoint === 0x08 || codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0c || codePoint === 0x0d) return 2;
  if (codePoint < 0x20 || codePoint === 0x7f) return 6; // \u00XX
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 6; // a lone surrogate is written as \uDXXX
  if (codePoint === 0x2028 || codePoint === 0x2029) return 6;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Bytes of `text` once stored as a JSON string value (with its two quotes). Linear. */
export function jsonStringBytes(text: string): number {
  let total = 2;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    total += escapedBytes(codePoint);
    i += codePoint > 0xffff ? 2 : 1;
  }
  return total;
}

/**
 * Cuts `text` into slices that each take at most `budget` bytes as a JSON string value (quotes
 * included), only between code points. One pass: each code point's cost is counted once.
 */
export function splitByBytes(text: string, budget: number): string[] {
  const room = budget - 2;
  if (room < 6) throw new RangeError('A piece must have room for at least one escaped character.');
  const pieces: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const cost = escapedBytes(codePoint);
    if (used + cost > room) {
      pieces.push(text.slice(start, i));
      start = i;
      used = 0;
    }
    used += cost;
    i += codePoint > 0xffff ? 2 : 1;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/** FNV-1a (32 bits) over UTF-16 code units, as 8 hex digits: catches a missing, stale or changed piece. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function isSplitHeader(value: unknown): value is { version?: unknown; chunks: number; length?: unknown; checksum?: unknown } {
  return !!value && typeof value === 'object' && typeof (value as { chunks?: unknown }).chunks === 'number';
}

/**
 * Joins the pieces a header names, or null when the result cannot be trusted: a piece is missing or
 * not text, or (for headers that carry them) the length or checksum differs. Headers written before
 * checksums existed are accepted when every piece is present and the text parses.
 */
export function joinPieces(header: { chunks: number; length?: unknown; checksum?: unknown }, items: Record<string, unknown>, keyOf: (i: number) => string, maxPieces: number): { value: unknown } | null {
  if (!Number.isInteger(header.chunks) || header.chunks < 1 || header.chunks > maxPieces) return null;
  const parts: string[] = [];
  for (let i = 0; i < header.chunks; i++) {
    const part = items[keyOf(i)];
    if (typeof part !== 'string') return null;
    parts.push(part);
  }
  const text = parts.join('');
  const checked = header.checksum !== undefined || header.length !== undefined;
  if (checked && (text.length !== header.length || checksum(text) !== header.checksum)) return null;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

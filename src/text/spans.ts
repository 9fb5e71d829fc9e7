export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Where a global pattern matches in the text. */
const spansOf = (pattern: RegExp, text: string): Span[] => Array.from(text.matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length }));

/** Spans of text inside straight or curly double quotes (titles, quoted speech), on one line. */
export function quotedSpans(text: string): Span[] {
  return spansOf(/"[^"\n]{1,300}"|“[^”\n]{1,300}”/g, text);
}

/**
 * Text between the German and French quotation marks (languages.md §4.2): „…“, ‚…‘, »…«, «…». Kept apart
 * from `quotedSpans` so that a rule opts in: a quoted slogan addresses nobody (a "du" in it is no slip of
 * address), while a promise in the title of one's own webinar is still a promise.
 */
export function typographicQuotedSpans(text: string): Span[] {
  return spansOf(/„[^“”\n]{1,300}[“”]|‚[^‘’\n]{1,300}[‘’]|»[^«\n]{1,300}«|«[^»\n]{1,300}»/g, text);
}

/** URLs, e-mail addresses and @handles: text that is not prose. */
export function nonProseSpans(text: string): Span[] {
  return spansOf(/\b(?:https?:\/\/|www\.)[^\s<>"]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|`[^`\n]{1,500}`/giu, text);
}

/**
 * A set of spans that answers "does any of them overlap this span?" in logarithmic time. It keeps
 * the union of the spans added, merged where they overlap (so the answer to every question is the
 * same as asking each span in turn), sorted by start; the ends are then sorted too.
 */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: Iterable<Span> = []) {
    for (const span of spans) this.add(span);
  }

  get size(): number {
    return this.starts.length;
  }

  add(span: Span): void {
    const { start, end } = span;
    // Findings without a position have no span to compare.
    if (typeof start !== 'number' || typeof end !== 'number') return;
    // The stored spans first..last-1 are exactly those that overlap this one.
    const first = this.firstEndingAfter(start);
    const last = this.firstStartingFrom(end);
    if (first < last) {
      // An empty span overlapping a stored one lies strictly inside it: it adds nothing.
      if (start === end) return;
      const mergedStart = Math.min(start, this.starts[first]!);
      const mergedEnd = Math.max(end, this.ends[last - 1]!);
      this.starts.splice(first, last - first, mergedStart);
      this.ends.splice(first, last - first, mergedEnd);
      return;
    }
    this.starts.splice(last, 0, start);
    this.ends.splice(last, 0, end);
  }

  overlaps(span: Span): boolean {
    if (typeof span.start !== 'number' || typeof span.end !== 'number') return false;
    // The last stored span starting before this one ends has the greatest end of all that do.
    const candidate = this.firstStartingFrom(span.end) - 1;
    return candidate >= 0 && span.start < this.ends[candidate]! && this.starts[candidate]! < span.end;
  }

  /** Index of the first stored span with start >= position (the stored count when none). */
  private firstStartingFrom(position: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first stored span with end > position. */
  private firstEndingAfter(position: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// Rules call `insideAny` in loops, often on a list they keep pushing to (their own findings so far):
// scanning the list each time is quadratic on a draft with thousands of matches. Longer lists get a
// SpanSet, remembered per list and brought up to date with what was pushed since. So a list must only
// grow (or be sorted) while it is being asked about: never replace or move its spans.
const SCAN_AT_MOST = 16;
const indexes = new WeakMap<readonly Span[], { set: SpanSet; seen: number }>();

/** True when `span` overlaps any of `spans`. */
export function insideAny(spans: readonly Span[], span: Span): boolean {
  if (spans.length <= SCAN_AT_MOST) return spans.some((s) => overlaps(s, span));
  let index = indexes.get(spans);
  if (!index || index.seen > spans.length) {
    index = { set: new SpanSet(), seen: 0 };
    indexes.set(spans, index);
  }
  for (; index.seen < spans.length; index.seen++) index.set.add(spans[index.seen]!);
  return index.set.overlaps(span);
}

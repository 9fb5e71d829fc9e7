export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Spans of text inside straight or curly double quotes (titles, quoted speech), on one line. */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /"[^"\n]{1,300}"|“[^”\n]{1,300}”/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** URLs, e-mail addresses and @handles: text that is not prose. */
export function nonProseSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /\b(?:https?:\/\/|www\.)[^\s<>"]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|`[^`\n]{1,500}`/giu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function insideAny(spans: readonly Span[], span: Span): boolean {
  return spans.some((s) => overlaps(s, span));
}

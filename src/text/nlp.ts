// The one place that imports compromise, so switching builds is a one-line change. `compromise/two`
// is the tokenizer plus the part-of-speech tagger: all the rules need, and lighter than the default build.
import nlp from 'compromise/two';

export interface TaggedTerm {
  text: string;
  tags: readonly string[];
}

/** Tags each line of `text` (one sentence per line) and returns the terms of each line. */
export function tagLines(text: string): TaggedTerm[][] {
  const doc = nlp(text);
  return doc.json().map((sentence: { terms: { text: string; tags: string[] }[] }) =>
    sentence.terms.map((t) => ({ text: t.text, tags: Object.freeze([...t.tags]) })),
  );
}

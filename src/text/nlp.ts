// The one place that imports compromise, so switching builds is a one-line change. `compromise/two`
// is the tokenizer plus the part-of-speech tagger: all the rules need, and lighter than the default build.
import nlp from 'compromise/two';

/** How many words of a line the tagger sees: enough context to tag the first word reliably. */
const WINDOW_WORDS = 8;
const CACHE_SIZE = 2000;

/**
 * Tags of the first word of each line, or null when the tagger saw no word. All lines not seen
 * before are tagged in one call; results are remembered per line (a bounded cache of a pure
 * function), so re-checking a long draft after a one-character edit only tags what changed.
 */
const cache = new Map<string, readonly string[] | null>();

export function firstWordTags(lines: readonly string[]): (readonly string[] | null)[] {
  const keys = lines.map((line) => line.replace(/\s+/g, ' ').trim().split(' ').slice(0, WINDOW_WORDS).join(' ').replace(/[.!?]*$/, '.'));
  const unseen = [...new Set(keys.filter((k) => !cache.has(k)))];
  if (unseen.length > 0) {
    const sentences = nlp(unseen.join('\n')).json() as { terms: { tags: string[] }[] }[];
    // compromise may split or merge lines differently; only a one-to-one result is trusted.
    unseen.forEach((key, i) => {
      const terms = sentences.length === unseen.length ? sentences[i]?.terms : nlp(key).json()[0]?.terms;
      remember(key, terms?.[0] ? Object.freeze([...terms[0].tags]) : null);
    });
  }
  return keys.map((k) => cache.get(k) ?? null);
}

function remember(key: string, tags: readonly string[] | null): void {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, tags);
}

/** Forgets every tagged line (for benchmarks that measure a cold start). */
export function clearTaggerCache(): void {
  cache.clear();
}

const wordTagCache = new Map<string, readonly string[]>();

/**
 * The tags compromise gives one lower-case word on its own: from its lexicon when it knows the word,
 * otherwise its guess from the word's shape ("crazy" → Adjective, "hubspot" → Noun). Remembered per word.
 */
export function singleWordTags(word: string): readonly string[] {
  const known = wordTagCache.get(word);
  if (known) return known;
  const tags = Object.freeze([...((nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [])]);
  if (wordTagCache.size >= CACHE_SIZE) wordTagCache.delete(wordTagCache.keys().next().value!);
  wordTagCache.set(word, tags);
  return tags;
}

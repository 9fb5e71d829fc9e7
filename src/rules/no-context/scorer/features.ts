import { FUNCTION_WORDS } from '../../../text/lexicons/function-words.ts';

/**
 * What the no-context scorer reads of a draft: its words and pairs of neighbouring words, lower-cased,
 * with numbers as `<num>` and a capitalised word inside a sentence as `<cap>` (a name, a company, an
 * event). Names vary from draft to draft; that a draft names something particular is what carries.
 */

const WORD_OR_MARK = /[\p{L}\p{N}']+|[?!]/gu;
const SENTENCE_BREAK = /(?<=[.!?\n])\s+/u;
const DIGITS = /^\p{N}+$/u;
const CAPITALISED = /^\p{Lu}/u;

export function scorerTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const sentence of text.replace(/’/g, "'").split(SENTENCE_BREAK)) {
    let first = true;
    for (const [word] of sentence.matchAll(WORD_OR_MARK)) {
      if (DIGITS.test(word)) tokens.push('<num>');
      else if (!first && CAPITALISED.test(word) && word !== 'I' && !word.startsWith("I'")) tokens.push('<cap>');
      else tokens.push(word.toLowerCase());
      first = false;
    }
  }
  return tokens;
}

/**
 * The distinct words and word pairs of the subject (when there is one) and the body, without function
 * words on their own or paired with each other ("at the" says nothing; "at <cap>" does).
 */
export function scorerFeatures(body: string, subject?: string | null): string[] {
  const tokens = scorerTokens(subject ? `${subject}\n${body}` : body);
  const features = new Set<string>();
  tokens.forEach((token, i) => {
    if (!FUNCTION_WORDS.has(token)) features.add(token);
    const next = tokens[i + 1];
    if (next !== undefined && !(FUNCTION_WORDS.has(token) && FUNCTION_WORDS.has(next))) features.add(`${token} ${next}`);
  });
  return [...features];
}

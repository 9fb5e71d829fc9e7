import type { Span } from './spans.ts';

export interface Word extends Span {
  text: string;
}

// Letters and digits, with inner apostrophes ("don't", "O'Brien") and hyphens ("co-founder").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

export function wordsOf(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words of a draft in Spanish, Portuguese, French or German (languages.md §4.1): whitespace-separated
 * tokens that contain a letter or digit, so French "Seriez-vous disponible ?" is 2 words.
 */
export function countProseWords(text: string): number {
  // Token by token (a single pattern that looks for a letter inside a token is quadratic on "………").
  let count = 0;
  for (const token of text.match(/\S+/g) ?? []) if (LETTER_OR_DIGIT.test(token)) count++;
  return count;
}

/** Words counted the way LinkedIn users count them: runs of non-whitespace. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

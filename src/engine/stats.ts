import type { Stats } from '../contracts/report.ts';
import type { Sentence } from '../text/sentences.ts';
import { countWords } from '../text/words.ts';
import { sumOverParagraphs } from '../text/paragraphs.ts';

const WORDS_PER_MINUTE = 230;

/** Characters, words, sentences, questions, Flesch–Kincaid grade and reading time. */
export function computeStats(fullText: string, sentences: readonly Sentence[]): Stats {
  // Counted paragraph by paragraph and remembered: typing re-counts only the paragraph it changed.
  const words = sumOverParagraphs(fullText, countWords);
  const proseWords = sumOverParagraphs(fullText, countProseLetterWords);
  const syllables = sumOverParagraphs(fullText, countProseSyllables);
  const sentenceCount = sentences.length;
  const questions = sentences.filter((s) => /\?[\s"'”’)\]]*$/.test(s.text)).length;
  const grade =
    proseWords === 0 || sentenceCount === 0
      ? 0
      : 0.39 * (proseWords / sentenceCount) + 11.8 * (syllables / proseWords) - 15.59;
  return {
    characters: fullText.length,
    words,
    sentences: sentenceCount,
    questions,
    readingGrade: Math.max(0, Math.round(grade * 10) / 10),
    readingSeconds: Math.ceil((words / WORDS_PER_MINUTE) * 60),
  };
}

// Words for the reading grade: runs of letters (with apostrophes).
const PROSE_WORD = /[\p{L}][\p{L}'’]*/gu;
const countProseLetterWords = (text: string): number => text.match(PROSE_WORD)?.length ?? 0;
const countProseSyllables = (text: string): number => (text.match(PROSE_WORD) ?? []).reduce((sum, w) => sum + countSyllables(w), 0);

/** A vowel-group estimate: good enough for a reading grade, and language-agnostic enough not to fail. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

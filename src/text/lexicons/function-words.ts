/**
 * English words that carry grammar, not meaning: articles, prepositions, conjunctions, auxiliaries and
 * a few adverbs. The no-context scorer leaves them out, because a longer draft simply has more of them
 * and it would learn "long" instead of "gives a reason". Pronouns stay: "your" and "we" are half of a reason.
 */
export const FUNCTION_WORDS = new Set(
  'the a an of on at in to for and or but nor so is was are were be been being am it its this that these those there here with as by from into about than then also just very really do does did have has had will would can could should shall may might must not no'.split(' '),
);

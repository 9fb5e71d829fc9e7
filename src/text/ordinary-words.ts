import { singleWordTags } from './nlp.ts';

// Endings of ordinary English nouns; a noun without one ("hubspot", "nyebn", "deloitte") may be a name or an acronym.
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|ist|ing|ers?|ors?|ure|age|ery|hood|dom|ics|ies)$/;
const NAME_TAGS = ['ProperNoun', 'Person', 'FirstName', 'LastName', 'Organization', 'Place', 'Country', 'City', 'Region', 'Acronym'];

/**
 * Whether a word (any case) is an ordinary English word rather than a name or an acronym: an
 * all-caps token that is not an ordinary word is an acronym or a name ("NYEBN", "HUBSPOT").
 * Adjectives, verbs, adverbs and the like are ordinary; nouns are when they have a common ending.
 */
export function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  const tags = singleWordTags(lower);
  if (tags.includes('Date')) return true;
  if (tags.length === 0 || tags.some((t) => NAME_TAGS.includes(t))) return false;
  if (!tags.includes('Noun')) return true;
  return tags.includes('Uncountable') || tags.includes('Plural') || NOUN_ENDING.test(lower);
}

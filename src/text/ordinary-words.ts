import { singleWordTags } from './nlp.ts';

// Endings of ordinary English nouns; a noun without one ("hubspot", "nyebn", "deloitte") may be a name or an acronym.
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|ist|ing|ers?|ors?|ure|age|ery|hood|dom|ics|ies)$/;
const NAME_TAGS = ['ProperNoun', 'Person', 'FirstName', 'LastName', 'Organization', 'Place', 'Country', 'City', 'Region', 'Acronym'];
// The consonants an English word may start with before its first vowel.
const ENGLISH_ONSET = /^(?:[aeiouy]|(?:[bcdfghjklmnpqrstvwxz]|bl|br|ch|cl|cr|dr|dw|fl|fr|gh|gl|gn|gr|kl|kn|kr|ph|pl|pn|pr|ps|qu|rh|sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr|ts|tw|wh|wr|chr|phr|sch|scr|shr|sph|spl|spr|squ|str|thr)[aeiouy])/;

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

/**
 * Whether a token in capitals starts the way no English word can ("PGIMER", "NBFCS", "DGCA"): it is spelled out
 * letter by letter, an acronym, whatever ending the tagger reads a noun from ("-er", "-s").
 */
export function spelledOut(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[a-z]+$/.test(lower) && !ENGLISH_ONSET.test(lower);
}

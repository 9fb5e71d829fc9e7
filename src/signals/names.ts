import { isShortFormOf } from '../text/lexicons/nicknames.ts';
import { foldName } from '../text/normalize.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Greeting, NameToken } from './greeting.ts';

export interface AddressedName extends NameToken {
  /** Where the name addresses the reader: the greeting, an opening "Jason, …", or a closing "…from you, Rachel!". */
  source: 'greeting' | 'opening' | 'closing';
  /** After a title ("Dr. Osei"): a family name is a correct greeting then. */
  titled: boolean;
}

// Capitalized words that open a sentence before a comma without being a name ("Honestly, …").
const OPENING_WORDS = new Set(
  ('thanks thank honestly sure yes yeah no wow well okay ok also however unfortunately fortunately firstly first second ' +
    'secondly finally anyway again congratulations congrats apologies sorry great perfect awesome cool nice oh ah hmm ' +
    'listen look so now today tomorrow yesterday otherwise meanwhile besides frankly basically actually personally ' +
    'ideally interestingly importantly incidentally respectfully regards best cheers sincerely warmly greetings please ' +
    'kindly friends folks everyone team all ps p.s note update quick sadly luckily hopefully naturally obviously ' +
    'clearly lastly still plus and but or because since if when while after before following re fwd dear hello hi hey')
    .split(' '),
);

const CLOSING_LEAD = /^(?:thanks|thank you|thx|cheers|looking forward|talk soon|speak soon|have a|see you|congrats|congratulations|great|nice|good|hope|all the best|best of luck|take care|much appreciated|appreciate)/iu;
// Valedictions, also the formal ones of Indian and Nigerian English ("Thanking you, Rohit", "Thanks and regards, Rohit") and the
// intensified thanks of Australian and British English ("Thanks heaps, Mel", "Cheers in advance, Jo"), thanks with its usual adverb
// ("Thanks a lot, Meera", "Thank you in advance, Mikko"): a signature, not a vocative.
const SIGN_OFF_ONLY = /^(?:best|best regards|regards|kind regards|warm regards|cheers|sincerely|warmly|yours|(?:many )?(?:thanks|thank you)(?: (?:so|very) much| a lot| again| in advance| for your (?:time|help))?|(?:thanks|cheers|ta) (?:heaps|a heap|a bunch|a million|muchly|in advance)|take care|thanking you|thanks (?:and|&) regards|with (?:thanks|regards|gratitude|best wishes)|best wishes|warm wishes|yours (?:sincerely|faithfully|truly)|sincerely yours|respectfully|cordially)\s*,\s*[\p{Lu}][\p{L}\p{M}'’-]*\s*$/iu;
// One way only to read the blanks after the name: "[ \t]*[!.?]*[ \t]*" tried every split of a long run of spaces.
const CLOSING_NAME = /,[ \t]+([\p{Lu}][\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*)[ \t]*(?:[!.?]+[ \t]*)?(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)*$/u;

// "Thanks Kathy, …", "Congrats Felipe!": the name after an opening thanks or congratulations addresses the reader.
// The name must be capitalized (checked apart: with the "i" flag \p{Lu} would take any letter, "Thanks all, …").
const THANKS_VOCATIVE = /^\s*(?:thanks|thank you|thx|many thanks|congrats|congratulations|cheers)(?:[ \t]+(?:so much|again|a lot))?[ \t]+(\p{L}[\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*)[ \t]*[,!]/iu;

const VOCATIVE_AFTER_INTERJECTION = /^[ \t]+([\p{Lu}][\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*)[ \t]*[,!]/u;

/**
 * Names used to address the reader: in the greeting, as an opening vocative, or at the end of a closing line.
 * `notNames`: the draft language's words that open a draft before a comma without being a name ("Parfait,").
 */
export function addressedNames(text: string, greeting: Greeting | null, sentences: readonly Sentence[], notNames: readonly string[] = []): AddressedName[] {
  const out: AddressedName[] = [];
  const thanked = greeting ? null : thanksVocative(text, notNames);
  if (greeting && greeting.names.length > 0) {
    for (const n of greeting.names) out.push({ ...n, source: 'greeting', titled: Boolean(greeting.title) });
  } else if (thanked) {
    out.push(thanked);
  } else if (!greeting) {
    const opening = /^[\s]*([\p{Lu}][\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*)[ \t]*,/u.exec(text);
    const first = opening?.[1]!.toLowerCase();
    if (opening && first && !OPENING_WORDS.has(first) && !/ly$/.test(opening[1]!)) {
      // "Pô, Caio, …", "Poxa, Caiu, …": a second capitalized word closed by a comma or "!" is the vocative, the first an interjection.
      const vocative = VOCATIVE_AFTER_INTERJECTION.exec(text.slice(opening.index + opening[0].length));
      const word = vocative && !notNames.includes(vocative[1]!.toLowerCase()) ? vocative[1]! : notNames.includes(first) ? null : opening[1]!;
      if (word) {
        const start = word === vocative?.[1] ? opening.index + opening[0].length + vocative[0].indexOf(word) : opening.index + opening[0].indexOf(word);
        out.push({ start, end: start + word.length, text: word, source: 'opening', titled: false });
      }
    }
  }
  const last = sentences[sentences.length - 1];
  for (const sentence of sentences) {
    if (sentence.start < (greeting?.end ?? 0)) continue;
    const closing = CLOSING_NAME.exec(sentence.text);
    if (!closing) continue;
    const before = sentence.text.slice(0, closing.index).trimEnd();
    const leadsWithClosing = CLOSING_LEAD.test(sentence.text) || /\b(?:you|again|soon)$/iu.test(before);
    if (!leadsWithClosing) continue;
    // "Best, Jake" / "Thanks, Jake" as the last line is a signature, unless it exclaims ("Thanks, Ines!").
    if (sentence === last && SIGN_OFF_ONLY.test(sentence.text)) continue;
    const offset = sentence.start + closing.index + closing[0].indexOf(closing[1]!);
    out.push({ start: offset, end: offset + closing[1]!.length, text: closing[1]!, source: 'closing', titled: false });
  }
  return out;
}

function thanksVocative(text: string, notNames: readonly string[]): AddressedName | null {
  const m = THANKS_VOCATIVE.exec(text);
  const word = m?.[1];
  if (!m || !word || !/^\p{Lu}/u.test(word) || OPENING_WORDS.has(word.toLowerCase()) || notNames.includes(word.toLowerCase())) return null;
  const start = m.index + m[0].lastIndexOf(word);
  return { start, end: start + word.length, text: word, source: 'opening', titled: false };
}

export type NameVerdict =
  | { kind: 'match' }
  | { kind: 'short-form'; of: string }
  | { kind: 'misspelling'; of: string }
  | { kind: 'other' };

/**
 * The parts a person may be greeted by: every token of the name, hyphenated parts alone, whole and
 * joined ("Anne-Marie", "Annemarie", "AM"), and a preferred name they show in brackets or quotes
 * ("Katherine (Kate) Lee", 'Robert "Bob" Smith').
 */
export function nameParts(fullName: string): string[] {
  const tokens = fullName
    .replace(/[()"“”]/g, ' ')
    .split(/[\s,]+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, ''))
    .filter((t) => t.length > 0 && !/^(?:mr|mrs|ms|dr|prof|phd|mba|jr|sr|ii|iii|cpa|pmp)\.?$/i.test(t));
  const parts = new Set<string>();
  for (const t of tokens) {
    parts.add(t);
    const pieces = t.split(/[-'’]/).filter((piece) => piece.length > 0);
    for (const piece of pieces) parts.add(piece);
    if (pieces.length > 1 && t.includes('-')) {
      parts.add(pieces.join(''));
      parts.add(pieces.map((piece) => piece.charAt(0).toUpperCase()).join(''));
    }
  }
  return [...parts];
}

/** German transliteration: "Mueller" is Müller, "Juergen" Jürgen, "Strauss" Strauß (languages.md §4.3). */
const transliterated = (folded: string) => folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');

/**
 * Compares a name used in the draft with the recipient's name parts (case, diacritics and German
 * transliteration ignored). `shortForms` adds the draft language's familiar forms (folded given name → forms).
 */
export function compareName(
  used: string,
  parts: readonly string[],
  shortForms?: Readonly<Record<string, readonly string[]>>,
  options: { hyphenatedGivenName?: boolean } = {},
): NameVerdict {
  const u = foldName(used);
  const folded = parts.map(foldName);
  // French and German: Jean-Baptiste, Hans-Peter are one name; "Jean" or "HP" alone is a short form (languages.md §4.3).
  const given = parts[0] ?? '';
  if (options.hyphenatedGivenName && given.includes('-') && foldName(given) !== u) {
    const pieces = given.split('-').filter((p) => p.length > 0);
    const initials = pieces.map((p) => p.charAt(0)).join('');
    if (pieces.some((p) => foldName(p) === u) || (used === used.toUpperCase() && used.replace(/\./g, '') === initials.toUpperCase())) return { kind: 'short-form', of: given };
  }
  if (folded.includes(u)) return { kind: 'match' };
  if (folded.some((p) => transliterated(p) === transliterated(u))) return { kind: 'match' };
  if (shortForms) {
    const i = folded.findIndex((p) => shortForms[p]?.includes(u));
    if (i >= 0) return { kind: 'short-form', of: parts[i]! };
  }
  // Initials for a given name written with one ("J" for "J. Robert Smith") count as a match.
  if (folded.some((p) => p.length === 1 && u.startsWith(p)) && folded.length > 1 && folded[0]!.length === 1) return { kind: 'match' };
  for (let i = 0; i < folded.length; i++) {
    if (isShortFormOf(u, folded[i]!)) return { kind: 'short-form', of: parts[i]! };
  }
  for (let i = 0; i < folded.length; i++) {
    const p = folded[i]!;
    if (p.length >= 3 && u.length >= 3 && editDistance(u, p) <= (p.length >= 6 ? 3 : 2) && u[0] === p[0]) {
      return { kind: 'misspelling', of: parts[i]! };
    }
  }
  return { kind: 'other' };
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps). Names are short. */
export function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

import type { NameCues } from '../languages/types.ts';
import type { Span } from '../text/spans.ts';
import { lazyPer } from '../engine/lazy.ts';

export interface NameToken extends Span {
  text: string;
}

export interface Greeting extends Span {
  /** The greeting word(s) as written ("Hi", "Good morning", "Dear"). */
  word: string;
  /** "Mr.", "Dr."… when the name follows a title (then the name is usually a family name). */
  title?: string;
  /** The name tokens after the greeting, capitalized or not ("Jessica", "tom"). */
  names: NameToken[];
  /** "Hi ," — a greeting whose name was left empty (mail-merge leftover). */
  emptyName?: Span;
}

const GREETING_WORDS = 'good (?:morning|afternoon|evening|day)|hi+|hello+|hey+|hiya|heya|dear|greetings|morning|hallo|hola|bonjour|salut|ciao|ol[áa]|oi|hej|hei|yo+|howdy|respected|namaste|salaam|salam';
// Offices people are greeted by ("Hello Councillor Brennan", "Dear Senator Ruiz"); not "Dean" or "Justice", which are given names too.
// Ranks too ("Hi Colonel Hayes", "Dear Sgt. Ruiz", "Hi Coach Daniel"): veterans and service members are greeted by them.
// Other languages' honorifics in English drafts ("Good morning Signora Bellini", "Dear Mevrouw de Jong").
// And the titles of nursing, the clergy and engineering ("Hello Sister Atkinson", "Dear Father Okoye", "Good morning Engr. Bello").
const TITLE_WORDS = 'mr|mrs|ms|miss|mx|dr|prof|professor|sir|madam|madame|mister|doctor|sr|sra|herr|frau|monsieur|signor|signora|signore|signorina|señor|señora|señorita|senhor|senhora|mevrouw|meneer|mijnheer|mademoiselle|mme|mlle|councillor|councilor|cllr|senator|mayor|judge|rev|reverend|rabbi|imam|pastor|ambassador|governor|commissioner|chancellor|captain|capt|colonel|col|lieutenant|lt|major|maj|general|sergeant|sgt|admiral|commander|cmdr|corporal|cpl|chaplain|coach|officer|detective|sister|brother|father|fr|matron|nurse|bishop|deacon|elder|engr|inspector|brigadier|chief|constable|superintendent|supt|commodore|deputy|sheriff|trooper|minister|secretary|president|consul|chair|chairman|chairwoman';
const GREETING = new RegExp(`^[\\s\\p{Extended_Pictographic}\\uFE0F\\u200D]*(${GREETING_WORDS})(?![\\p{L}\\p{N}])`, 'iu');
// Ranks and offices chain: "Chief Officer Mahlangu", "Brigadier General Osei", "Detective Chief Inspector Hale".
const TITLE = new RegExp(`^[ \\t]+((?:(?:${TITLE_WORDS})\\.?[ \\t]*)+)(?![\\p{L}])`, 'iu');
const NAME_TOKEN = /^[ \t]+([\p{Lu}][\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*\.?)/u;
const LOWER_TOKEN = /^[ \t]+([\p{Ll}][\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*)(?=[ \t]*(?:[,!.?:;]|$|\n|\p{Extended_Pictographic}))/u;
const EMPTY_NAME = /^[ \t]+,/;
// "Hi there Daniela hope…", "hello again Marco": a filler word between the greeting and the name.
const FILLER_BEFORE_NAME = /^[ \t]+(?:there|again)(?=[ \t]+\p{Lu})/iu;
// ", Mariana," / ", Sra. Castillo:" — the name (with an optional title) and then the salutation's end.
const VOCATIVE_AFTER_COMMA = /^,[ \t]+(?:[\p{L}]+\.?[ \t]+)?(\p{Lu}[\p{L}\p{M}'’-]*)(?=[ \t]*(?:[,:.!]|$|\n))/u;

/** Familiar forms of address that are not names. */
export const ADDRESS_TERMS = new Set(['buddy', 'pal', 'bro', 'bruh', 'mate', 'boss', 'champ', 'hun', 'hon', 'dude', 'chief', 'man', 'fam', 'sis', 'bestie', 'girl', 'girlie', 'gurl']);
/** Words after a greeting that are neither names nor address terms. */
const NOT_NAMES = new Set([
  'there', 'all', 'everyone', 'everybody', 'team', 'folks', 'guys', 'again', 'friend', 'friends', 'sir', 'madam', 'i', "i'm",
  // "Good morning ma": Nigerian and Indian English for ma'am.
  'ma', 'mam', 'maam', "ma'am", 'ma’am',
  'i’m', "i've", 'i’ve', 'i’d', "i'd", 'hope', 'how', 'thanks', 'thank', 'just', 'quick', 'long', 'good', 'great', 'hello', 'hi',
  'hey', 'dear', 'connection', 'connections', 'colleague', 'colleagues', 'sirs', 'you', 'y’all', "y'all", 'and', 'to', 'from',
  'hiring', 'manager', 'managers', 'recruiter', 'recruiters', 'recruiting', 'talent', 'sales', 'hr', 'support', 'admissions',
  // Pet names and compliments used as address ("Hello gorgeous"): flirtatious, never a name.
  'gorgeous', 'beautiful', 'handsome', 'pretty', 'sweetie', 'sweetheart', 'sweety', 'babe', 'baby', 'darling', 'honey', 'love',
  'cutie', 'beauty', 'sexy', 'stranger', 'dearest', 'angel', 'princess', 'queen', 'sunshine',
]);
/**
 * Occupations written where the name belongs: alone or last they address a role, not a person ("Dear Curator",
 * "Dear Business Owner", "Hello Store Manager"); before a name they are a title ("Dear Principal Okafor", "Hi Chef Tomás").
 * Only words that are not also given names.
 */
const ROLE_NOUNS = new Set([
  'owner', 'owners', 'manager', 'managers', 'director', 'directors', 'curator', 'curators', 'editor', 'editors', 'principal', 'chef',
  'nurse', 'supervisor', 'superintendent', 'coordinator', 'administrator', 'officer', 'headteacher', 'headmaster', 'headmistress',
  'teacher', 'engineer', 'engr', 'architect', 'advocate', 'counsellor', 'counselor', 'attorney', 'solicitor', 'barrister', 'founder',
  'founders', 'organiser', 'organizer', 'organisers', 'organizers', 'committee', 'panel', 'board', 'recruiter', 'partner', 'partners',
]);
/** Words after a name that make it a group, not a person ("Hi Acme team", "Hello Stripe folks"). */
const GROUP_WORDS = /^[ \t]+(?:team|teams|folks|crew|people|family|friends|community|group|squad|gang|everyone|all)\b/i;

interface GreetingGrammar {
  greeting: RegExp;
  title: RegExp;
  notNames: ReadonlySet<string>;
}
const ENGLISH: GreetingGrammar = { greeting: GREETING, title: TITLE, notNames: NOT_NAMES };

/** English's greeting grammar widened with another language's greetings, titles and words that are not names. */
const grammarOf = lazyPer(
  (cues: NameCues): GreetingGrammar => ({
    // The language's greetings first: "Sehr geehrte" before "Sehr", "Buenos días" before "Buenos".
    greeting: new RegExp(`^[\\s\\p{Extended_Pictographic}\\uFE0F\\u200D¡¿]*(${[...cues.greetings, GREETING_WORDS].join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
    // Titles chain: "Frau Dr.", "Herr Prof. Dr.", "Sr. Dr." — none of them is a name.
    title: new RegExp(`^[ \\t]+((?:(?:${[...cues.titles.map((t) => t.replace(/\./g, '\\.')), TITLE_WORDS].join('|')})\\.?[ \\t]*)+)(?![\\p{L}])`, 'iu'),
    notNames: new Set([...NOT_NAMES, ...cues.notNames.map((w) => w.toLowerCase())]),
  }),
);

/**
 * Reads the greeting at the start of the text, if any: "Hi Jessica,", "Dear Dr. Osei", "hey bro", "Hi ,".
 * With a language's name cues, also "Estimada Sra. Castillo:", "Sehr geehrter Herr Prof. Dr. Brandt".
 */
export function parseGreeting(text: string, cues?: NameCues): Greeting | null {
  const { greeting: GREETING, title: TITLE, notNames: NOT_NAMES } = cues ? grammarOf(cues) : ENGLISH;
  const head = GREETING.exec(text);
  if (!head) return null;
  const word = head[1]!;
  const start = head.index + head[0].length - word.length;
  let pos = head.index + head[0].length;
  const greeting: Greeting = { start, end: pos, word, names: [] };
  const rest = () => text.slice(pos);
  const empty = EMPTY_NAME.exec(rest());
  if (empty) {
    greeting.emptyName = { start: pos, end: pos + empty[0].length };
    greeting.end = pos + empty[0].length;
    return greeting;
  }
  // "Olá, Mariana,", "Hola, Lucía:", "Boa tarde, Ricardo.": in the coached languages a comma may come
  // between greeting and name, when the name then closes the salutation (not "Hola, Buenos días").
  if (cues) {
    const afterComma = VOCATIVE_AFTER_COMMA.exec(rest());
    if (afterComma && !NOT_NAMES.has(afterComma[1]!.toLowerCase())) pos += 1; // past the comma: the name (or title) follows
  }
  const filler = FILLER_BEFORE_NAME.exec(rest());
  if (filler) pos += filler[0].length;
  const title = TITLE.exec(rest());
  if (title) {
    greeting.title = title[0].trim();
    pos += title[0].length;
    // "Buenas tardes, ingeniero. Platicamos…": after a whole word (not an abbreviation like "Profa.") the full stop ends the salutation.
    if (/\p{L}{6,}\.[ \t]*$/u.test(title[0])) return { ...greeting, end: pos };
  }
  for (let i = 0; i < 4; i++) {
    const token = NAME_TOKEN.exec(rest());
    if (!token) break;
    const raw = token[1]!.replace(/\.$/, '');
    if (NOT_NAMES.has(raw.toLowerCase())) {
      // "Store Manager": the words before a role are part of the role.
      if (ROLE_NOUNS.has(raw.toLowerCase())) greeting.names = [];
      break;
    }
    const tokenStart = pos + token[0].length - token[1]!.length;
    // Only the first capitalized word is surely a name; later ones count when the name ends in punctuation.
    if (i > 0 && !/^[ \t]*(?:[,!.?:;—–-]|$|\n|\p{Extended_Pictographic})/u.test(text.slice(tokenStart + raw.length))) break;
    greeting.names.push({ start: tokenStart, end: tokenStart + raw.length, text: raw });
    pos = tokenStart + raw.length;
  }
  if (greeting.names.length > 0 && GROUP_WORDS.test(text.slice(pos))) greeting.names = [];
  // A role in place of the name: the names up to the last occupation word are no person's ("Business Owner"); a
  // name after it is greeted with the occupation as a title ("Principal Okafor").
  const lastRole = greeting.names.map((n) => ROLE_NOUNS.has(n.text.toLowerCase())).lastIndexOf(true);
  if (lastRole >= 0) {
    if (lastRole + 1 < greeting.names.length && !greeting.title) greeting.title = greeting.names[lastRole]!.text;
    greeting.names = greeting.names.slice(lastRole + 1);
  }
  if (greeting.names.length === 0 && !greeting.title) {
    const lower = LOWER_TOKEN.exec(rest());
    if (lower) {
      const tokenStart = pos + lower[0].length - lower[1]!.length;
      const token = { start: tokenStart, end: tokenStart + lower[1]!.length, text: lower[1]! };
      const folded = token.text.toLowerCase();
      // A familiar address ("hey bro") is not a name; `nickname` reports it.
      if (!ADDRESS_TERMS.has(folded) && !NOT_NAMES.has(folded)) greeting.names.push(token);
      pos = token.end;
    } else if (/^[ \t]+there\b/i.test(rest())) {
      pos += rest().match(/^[ \t]+there/i)![0].length;
    }
  }
  greeting.end = pos;
  return greeting;
}

import type { RuleContext } from '../engine/context.ts';
import type { LanguagePack, MentionCues } from '../languages/types.ts';
import { lazyPer } from '../engine/lazy.ts';
import { isOrdinaryWord } from '../text/ordinary-words.ts';
import { caseAwarePatterns, matches } from '../text/patterns.ts';
import { lexicon } from './context-families.ts';
import { pseudoContext } from './outreach.ts';
import { overlaps, type Span } from '../text/spans.ts';

/**
 * The backstop of `no-context`: a sentence about the reader (or about the writer and the reader together)
 * that names something particular — "the mural your studio painted on the Mercado Roma", "we were both
 * Fundación Carolina fellows" — gives a reason why this person even when no context family knows its
 * wording. The families cannot list every way people say how they know someone; a proper name next to
 * "you" is the shape most of those ways share. It is only a backstop: it never makes pseudo-context
 * count, and the writer's own side ("we help teams like yours at Acme"), the reader's own name, a town,
 * a tool, a weekday or an acronym are nothing particular about them.
 */

/** English's cues; the other languages' are in their packs (`context.mention`). */
export const ENGLISH_MENTION: MentionCues = {
  reader: ["you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll", "u", "ur"],
  together: ['we both', 'both of us', 'we were both', 'we are both', "we're both", 'us both', 'together', 'fellow'],
  ourSide: ['we', 'our', 'ours', 'us', "we're", "we've", "we'll", "we'd", "let's", 'like yours', 'like you'],
  placePrepositions: ['in', 'near', 'across', 'around', 'throughout'],
  selfIntroductions: ["I'm", 'I am', 'this is', 'my name is', 'name is', 'here is', "here's", 'from'],
  // A faith or a party is who someone is, not something of theirs: "are you a practising Muslim?", "are you a Democrat?".
  notNames: [
    'Muslim', 'Muslims', 'Christian', 'Christians', 'Jew', 'Jews', 'Jewish', 'Hindu', 'Hindus', 'Catholic', 'Catholics', 'Protestant',
    'Protestants', 'Buddhist', 'Buddhists', 'Sikh', 'Sikhs', 'Mormon', 'Mormons', 'Democrat', 'Democrats', 'Republican', 'Republicans', 'Tory', 'Tories',
  ],
};

/** Words that are never the name of something of theirs, in any language. */
const NEVER_PARTICULAR = new Set(
  [
    'i', 'linkedin', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'dear',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'paypal', 'whatsapp', 'python', 'java', 'meta', 'gcash', 'pix', 'venmo', 'zelle', 'calendly',
    ...lexicon.toolName!.map((t) => t.replace(/[^\p{L}]/gu, '')),
  ].map((w) => w.toLowerCase()),
);

/**
 * English job titles, which drafts in the other languages use for a role on offer ("para usted como Lead
 * Developer"): nothing of theirs there. Only the title words: "Data" or "Product" may name a team of theirs. (In
 * English, compromise's lexicon already knows them as ordinary words.)
 */
const ENGLISH_JOB_TITLE_WORDS = new Set([
  'lead', 'developer', 'engineer', 'manager', 'director', 'head', 'senior', 'junior', 'principal', 'analyst', 'designer',
  'consultant', 'architect', 'officer', 'specialist', 'scientist', 'executive', 'associate', 'intern', 'trainee', 'recruiter',
]);

interface CompiledCues {
  reader: WordSet;
  together: WordSet;
  ourSide: WordSet;
  place: RegExp;
  selfIntroduction: RegExp;
  ownEmployer: RegExp | null;
  notNames: ReadonlySet<string>;
  /** The language's ordinary words and titles, lower case (null for English: compromise's lexicon decides). */
  ordinaryWords: ReadonlySet<string> | null;
  titles: ReadonlySet<string>;
}

/** Words (regex fragments) of which a sentence may hold one. */
type WordSet = (text: string) => boolean;
// A word with a capital in the list is matched as written (German "Sie", not "sie"); the others case-blind.
const wordSet = (words: readonly string[]): WordSet => {
  const patterns = caseAwarePatterns(words, (group) => [`(?<![\\p{L}\\p{N}'’])(?:${group.join('|')})(?![\\p{L}\\p{N}'’])`]);
  return (text) => patterns.some((p) => matches(p, text));
};
// Just before the token: "in " (a town), "I'm " / "my name is " (the writer), "[" or "{" (a placeholder).
const endsWith = (words: readonly string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${words.join('|')})\\s+$`, 'iu');

const lowerCaseSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const compile = (cues: MentionCues, pack: LanguagePack | null): CompiledCues => ({
  reader: wordSet(cues.reader),
  together: wordSet(cues.together),
  ourSide: wordSet(cues.ourSide),
  place: endsWith(cues.placePrepositions),
  selfIntroduction: endsWith(cues.selfIntroductions),
  ownEmployer: cues.ownEmployer ? endsWith(cues.ownEmployer) : null,
  notNames: lowerCaseSet(cues.notNames),
  ordinaryWords: pack ? lowerCaseSet(pack.ordinaryWords ?? []) : null,
  titles: lowerCaseSet(pack?.names.titles ?? []),
});
const ENGLISH_CUES = compile(ENGLISH_MENTION, null);
const cuesOf = lazyPer((pack: LanguagePack): CompiledCues | null => (pack.context.mention ? compile(pack.context.mention, pack) : null));

// A capitalized word, with its hyphenated or dotted parts ("DB-Mobility-Hackathon", "St.Gallen").
// An apostrophe after a letter is inside a word ("O'Brien"); after a space it opens a quotation ("'Mittelstand digital'").
const CAPITALIZED = /(?<![\p{L}\p{N}@#/.]|[\p{L}\p{N}]['’])\p{Lu}[\p{L}\p{N}&]*(?:[-.][\p{Lu}\p{N}][\p{L}\p{N}]*)*/gu;
const ALL_CAPS = /^[\p{Lu}\p{N}.&-]+$/u;
// What starts a sentence or a line: the first word there is capitalized whatever it is.
const STARTS_SENTENCE = /(?:^|[.!?:;…\n•*–—(¿¡]|\p{Extended_Pictographic})[\s"“”'‘’«»\uFE0F]*$/u;
// A job title in capitals is a role on offer, not something of theirs: "a Customer Success Lead role", "the post of Business Analyst".
const ROLE_AFTER = /^[\p{L}\s-]{0,40}?\s(?:role|position|job|post|opening|vacancy|opportunity)(?![\p{L}])/u;
// German names the role with "als": "hab nen Job als SAP-Berater für dich", "die Stelle als Scrum Master".
const ROLE_BEFORE = /(?:role|position|job|post|vacancy|opening|stelle|rolle) (?:of|as|at|with|in|als) (?:an? )?[\p{L}\s]{0,30}$/iu;
// The writer's own things and channels: "my course on Udemy", "send it via Western Union".
const OWN_THING = /\bmy\b[^,;.!?]{0,40}\b(?:on|at|in)\s+$|\b(?:via|using)\s+$/iu;
// "Python and Machine Learning", "Europe and the Middle East", "Data Entry Clerk": a word joined to one that was
// nothing particular is nothing particular either.
const JOINED = /^(?:\s*(?:,|and|or|&|y|e|et|und|ou|o|of|de|del|da|do|des|der)?\s*(?:the\s+)?)$/iu;
// The writer's own employer: "I am an account executive at Vantaro".
const OWN_EMPLOYER = /\b(?:I am|I'm|I work|I lead|I run)\b[^,;.!?]{0,60}\b(?:at|with|for)\s+$/iu;
// Someone they know is not something of theirs: "you're connected to the CTO of Ocado".
const THIRD_PARTY = /\b(?:connected (?:to|with)|know (?:someone|anyone|somebody)|introduce me to)\b/iu;
// A tool they pay for, named before what it costs or holds: "your Snowflake costs", "our Zendesk seats".
const USAGE_AFTER = new RegExp(`^(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:${lexicon.usageNoun!.join('|')})(?![\\p{L}])`, 'iu');
// Asking whether they will be at an event says nothing of theirs: "will you be at Hannover Messe? Stop by our booth".
const ATTENDANCE_QUESTION = /\b(?:will|are|would|do) you (?:be )?(?:at|attending|going to|heading to|coming to|visiting|in town for|around for|planning to attend)\s+(?:the\s+|this year's\s+|next week's\s+)?$/iu;
// A name that ends the draft is its signature (sticky: matched where the word ends, without copying the rest).
const ENDS_DRAFT = /[\p{L}\p{N}.'’-]*(?:\s+[\p{L}\p{N}.'’-]+)?[\s.!]*$/uy;
const PLACEHOLDER_OPEN = /[[{<]\s*$/;
// German capitalizes every noun: only a word that cannot be an ordinary noun counts there.
const MARKED_AS_NAME = /[-\p{N}]|\p{Ll}\p{Lu}/u;
const MAX_WORDS = 300;

// An opening quotation mark just before the word, and its closing one after two to six words on the same line.
const OPENING_QUOTE = /(?:^|[\s(])["“„«»‚‘']$/u;
const CLOSED_TITLE = /(?:[^\S\n]+[^"“”„«»‚‘’'\s]+){1,5}(?=["“”«»‘’'])/uy;
// LinkedIn's own badges and products, which anyone may show: "du bist 'Open to Work'".
const LINKEDIN_BADGE = /^(?:open to work|open to hiring|top voice|creator mode|sales navigator|linkedin (?:premium|learning|top voice))$/iu;

/** The word opens a quoted title of two to six words ("„Mittelstand digital“", "'Ship It Friday'"), not a LinkedIn badge. */
function opensTitle(text: string, span: Span): boolean {
  if (!OPENING_QUOTE.test(text.slice(Math.max(0, span.start - 2), span.start))) return false;
  CLOSED_TITLE.lastIndex = span.end;
  const rest = CLOSED_TITLE.exec(text);
  return rest !== null && !LINKEDIN_BADGE.test(text.slice(span.start, span.end) + rest[0]);
}

function endsDraft(text: string, from: number): boolean {
  ENDS_DRAFT.lastIndex = from;
  return ENDS_DRAFT.test(text);
}

/** The particular thing named in a sentence about the reader, or null. */
export function specificMention(ctx: RuleContext): Span | null {
  return ctx.memo('specificMention', () => find(ctx));
}

function find(ctx: RuleContext): Span | null {
  const cues = ctx.pack ? cuesOf(ctx.pack) : ENGLISH_CUES;
  if (!cues) return null;
  const pseudo = pseudoContext(ctx);
  const judge = nothingParticular(ctx, cues);
  let looked = 0;
  for (const sentence of ctx.sentences()) {
    const text = ctx.text.slice(sentence.start, sentence.end);
    const together = cues.together(text);
    if (!together && !cues.reader(text)) continue;
    // A sentence about the reader that also speaks of our side names something of theirs only in its reader's part
    // ("your stand at Anuga had the spelt we source"); the other languages still skip such sentences whole.
    const mixed = !together && cues.ourSide(text);
    if (mixed && ctx.pack !== null) continue;
    // "I came across your profile and think you'd fit the Customer Success role at Zendesk": nothing of theirs.
    if (pseudo.some((p) => overlaps(p, sentence))) continue;
    let skippedEnd = -1;
    for (const m of text.matchAll(CAPITALIZED)) {
      if (++looked > MAX_WORDS) return null;
      const span = { start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length };
      const joined = skippedEnd >= 0 && JOINED.test(ctx.text.slice(skippedEnd, span.start));
      const ours = mixed && !readerSideBefore(ctx.text.slice(sentence.start, span.start));
      if (!joined && !ours && !judge(m[0], span, sentence)) return span;
      skippedEnd = span.end;
    }
  }
  return null;
}

// The last pronoun before a word says whose it is: "your stand at Anuga" (theirs), "our programme at Strathmore" (ours).
// "like yours" / "like you" is the writer's side: "teams like yours at Acme".
const SIDE_WORD = /(?<![\p{L}'’])(like you(?:rs)?|you(?:rs|rself|'re|'ve|'d|'ll|’re|’ve|’d|’ll|r)?|we(?:'re|'ve|'ll|'d|’re|’ve|’ll|’d)?|ours?|us|let['’]s)(?![\p{L}'’])/giu;
function readerSideBefore(prefix: string): boolean {
  let last: string | null = null;
  for (const m of prefix.matchAll(SIDE_WORD)) last = m[1]!;
  // Only "your": a thing of theirs. "you have won an Apple MacBook" in a sentence of ours is something we hand them.
  return last !== null && last.toLowerCase() === 'your';
}

/** Why a capitalized word in a sentence about the reader is nothing particular about them (true) or may be (false). */
function nothingParticular(ctx: RuleContext, cues: CompiledCues) {
  const greeting = ctx.greeting();
  const personal = new Set([...ctx.recipientParts, ...ctx.senderParts, ...(greeting?.names.map((n) => n.text) ?? [])].map((p) => p.toLowerCase()));
  return (word: string, span: Span, sentence: Span): boolean => {
    const before = ctx.text.slice(Math.max(0, span.start - 24), span.start);
    const sentenceBefore = ctx.text.slice(sentence.start, span.start);
    const lower = word.toLowerCase();
    const bare = lower.replace(/[^\p{L}\p{N}]/gu, '');
    return (
      (greeting !== null && span.start < greeting.end) ||
      STARTS_SENTENCE.test(before) ||
      ALL_CAPS.test(word) ||
      PLACEHOLDER_OPEN.test(before) ||
      personal.has(lower) ||
      NEVER_PARTICULAR.has(bare) ||
      bare.includes('linkedin') ||
      cues.titles.has(lower) ||
      cues.notNames.has(lower) ||
      cues.place.test(before) ||
      cues.selfIntroduction.test(before) ||
      (cues.ownEmployer?.test(sentenceBefore) ?? false) ||
      (ctx.pack !== null && ENGLISH_JOB_TITLE_WORDS.has(lower)) ||
      endsDraft(ctx.text, span.end) ||
      ROLE_AFTER.test(ctx.text.slice(span.end, sentence.end)) ||
      ROLE_BEFORE.test(sentenceBefore) ||
      (ctx.pack === null && (OWN_EMPLOYER.test(sentenceBefore) || USAGE_AFTER.test(ctx.text.slice(span.end, sentence.end)) || ATTENDANCE_QUESTION.test(sentenceBefore) || OWN_THING.test(sentenceBefore) || THIRD_PARTY.test(sentenceBefore))) ||
      // A title in quotation marks is a name, whatever its words: "den Podcast „Mittelstand digital“", "your talk 'Ship It Friday'".
      (!opensTitle(ctx.text, span) &&
        ((cues.ordinaryWords ? cues.ordinaryWords.has(lower) : isOrdinaryWord(word)) ||
          // German capitalizes every noun: only a word marked as a name counts there ("DB-Mobility-Hackathon", "bei Bosch").
          (ctx.language === 'de' && !MARKED_AS_NAME.test(word) && !/(?:^|\s)(?:bei|von)\s+$/u.test(before))))
    );
  };
}

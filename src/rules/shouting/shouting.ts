import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { ACRONYMS } from '../../text/lexicons/acronyms.ts';
import { CONVENTIONAL_FILE_NAMES } from '../../text/lexicons/file-names.ts';
import { findInParagraphs } from '../../text/paragraphs.ts';
import { insideAny } from '../../text/spans.ts';
import { capitalize } from '../../text/normalize.ts';
import { isOrdinaryWord, spelledOut } from '../../text/ordinary-words.ts';
import { singleWordTags } from '../../text/nlp.ts';
import type { RuleContext } from '../../engine/context.ts';
import type { LanguagePack } from '../../languages/types.ts';
import { lazyPer } from '../../engine/lazy.ts';

const CAPS_WORD = /(?<![\p{L}\p{N}_'’-])\p{Lu}{5,}(?![\p{L}\p{N}_'’-])/gu;
const PUNCTUATION_RUN = /[!?]{2,}|[¡¿]{2,}/g;
// Two or more words in capitals in a row, and the word before them ("at CREATE SOMETHING").
const CAPS_RUN = /(?<![\p{L}\p{N}])(?:(\p{L}+)[ \t]+)?\p{Lu}[\p{Lu}\p{N}&'’-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{N}&'’-]*)+(?![\p{L}\p{N}])/gu;
// Words after which a run of capitals is a name: "at", "from", "join the…".
const NAME_INTRODUCERS = new Set(['at', 'from', 'with', 'for', 'of', 'the', 'join', 'joined', 'joining', 'by', 'called', 'named', 'team',
  // A work's title after what it is, in capitals as queries and pitches write them: "my novel THE PIT PONY'S DAUGHTER".
  'novel', 'book', 'memoir', 'manuscript', 'novella', 'collection', 'screenplay', 'script', 'play', 'album', 'single', 'film', 'titled', 'entitled']);
// More words in capitals than this in one draft: the rest are treated as names (bounds the tagger's work).
const MAX_WORDS_LOOKED_UP = 40;
// What follows a file's name: "the NOTICE file", "LICENSE.txt", "the AUTHORS and NOTICE files".
const FILE_AFTER = /^(?:\.[a-z]{1,4}(?![\p{L}])|(?:[ \t]+(?:and|or|&)[ \t]+\p{Lu}+)?[ \t]+files?(?![\p{L}]))/u;

export default defineRule({
  meta: {
    id: 'shouting',
    title: 'Shouting',
    severity: 'warning',
    category: 'tone',
    description: 'Flags ordinary words of five or more letters in ALL CAPS used for emphasis, and runs like “!!” or “?!”; acronyms and names in capitals stay quiet.',
    why: 'Capitals and stacked punctuation read as shouting; a professional tone is calm, polite and gracious.',
    fixable: true,
  },
  // In another coached language its own ordinary words count (URGENTE, DRINGEND); German nouns keep their capital.
  multilingual: true,
  check(ctx) {
    const out: RuleFinding[] = [];
    const skipped = [...ctx.nonProse(), ...ctx.quoted(), ...namesInCapitals(ctx)];
    const ordinary = ctx.pack ? ordinaryWordsOf(ctx.pack) : null;
    const theirNames = new Set(
      [ctx.recipient?.company, ctx.recipient?.school].flatMap((n) => (n ? n.toUpperCase().split(/[^\p{L}\p{N}]+/u) : [])),
    );
    let lookedUp = 0;
    for (const m of findInParagraphs(CAPS_WORD, ctx.text)) {
      if (ACRONYMS.has(m.text) || theirNames.has(m.text) || insideAny(skipped, m)) continue;
      // A "+" or "#" glued on makes it a product's or a standard's name: "the UDISE+ tables", "DISNEY+", "SHARP#".
      if (/[+#]/.test(ctx.text.charAt(m.end))) continue;
      // A project's conventional file, named as a file: "the repo's NOTICE file doesn't say".
      if (CONVENTIONAL_FILE_NAMES.has(m.text) && FILE_AFTER.test(ctx.text.slice(m.end, m.end + 30))) continue;
      // An all-caps token that is not an ordinary word is an acronym or a name (NYEBN, HUBSPOT).
      if (++lookedUp > MAX_WORDS_LOOKED_UP) continue;
      const entry = ordinary ? ordinary.get(fold(m.text)) : isOrdinaryWord(m.text) && !spelledOut(m.text) ? m.text.toLowerCase() : undefined;
      if (entry === undefined) continue;
      if (!ordinary && nounNamingANoun(m.text, ctx.text.slice(m.end, m.end + 40))) continue;
      const lower = m.text.toLowerCase();
      const atSentenceStart = /(?:^|[.!?¿¡]\s*|\n\s*)$/.test(ctx.text.slice(Math.max(0, m.start - 3), m.start));
      // German: a noun keeps its capital (TERMIN → Termin); without the word's case in the lexicon, no fix.
      const noun = /^\p{Lu}/u.test(entry);
      const replacement = ctx.language === 'de' && !noun && !atSentenceStart ? null : noun || atSentenceStart ? capitalize(lower) : lower;
      out.push({
        message: `“${m.text}” in capitals reads as shouting.`,
        start: m.start,
        end: m.end,
        suggestion: 'Write it in lower case; let the words carry the emphasis.',
        ...(replacement !== null ? { fix: { start: m.start, end: m.end, replacement } } : {}),
      });
    }
    for (const m of findInParagraphs(PUNCTUATION_RUN, ctx.text)) {
      if (insideAny(skipped, m)) continue;
      out.push({
        message: `“${m.text}” reads as shouting or impatience.`,
        start: m.start,
        end: m.end,
        suggestion: 'One mark is enough.',
        fix: { start: m.start, end: m.end, replacement: m.text.charAt(0) === '¡' || m.text.charAt(0) === '¿' ? m.text.charAt(0) : m.text.includes('?') ? '?' : '!' },
      });
    }
    return out.sort((a, b) => a.start! - b.start!);
  },
});

/** Lower case without accents: how a pack's ordinary words are looked up. */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** A pack's ordinary words, folded → as written in the pack (German nouns with their capital). */
const ordinaryWordsOf = lazyPer((pack: LanguagePack): ReadonlyMap<string, string> => new Map((pack.ordinaryWords ?? []).map((w) => [fold(w), w])));

// "the CAPES sandwich grant", "our SPARKS mentoring scheme": a noun in capitals before a noun in lower case modifies it,
// the way an acronym that spells a word names a programme, agency or study. Emphasis is an adjective ("a CRAZY opportunity").
const NEXT_WORD = /^[ \t]+(\p{Ll}[\p{Ll}-]*)(?![\p{L}])/u;
function nounNamingANoun(word: string, after: string): boolean {
  const next = NEXT_WORD.exec(after)?.[1];
  if (next === undefined) return false;
  const own = singleWordTags(word.toLowerCase());
  const following = singleWordTags(next);
  const nounOnly = (tags: readonly string[]) => tags.includes('Noun') && !tags.some((t) => t === 'Adjective' || t === 'Verb' || t === 'Adverb' || t === 'Pronoun' || t === 'Preposition' || t === 'Determiner' || t === 'Conjunction');
  // The next word a countable noun ("sandwich grant"), not "here" or "everyone", which the tagger also calls nouns.
  const countable = following.includes('Noun') && (following.includes('Singular') || following.includes('Plural')) && !following.includes('Pronoun');
  return nounOnly(own) && countable;
}

/** Runs of capitals used as a name: after "at", "from", "join the"… ("at CREATE SOMETHING"). */
function namesInCapitals(ctx: RuleContext): { start: number; end: number }[] {
  return findInParagraphs(CAPS_RUN, ctx.text)
    .filter((m) => m.groups[0] !== undefined && NAME_INTRODUCERS.has(m.groups[0].toLowerCase()))
    .map((m) => ({ start: m.start + m.text.length - m.text.replace(/^\p{L}+[ \t]+/u, '').length, end: m.end }));
}

import { detection as de } from './de/detection.ts';
import { detection as en } from './en/detection.ts';
import { detection as es } from './es/detection.ts';
import { detection as fr } from './fr/detection.ts';
import { detection as pt } from './pt/detection.ts';
import type { CoachedLanguage, DetectionCues } from './types.ts';

/**
 * Language detection (languages.md §2): function words of the five coached languages, letters only one
 * of them uses, greetings and sign-offs for short drafts; other scripts and a few other languages by
 * their function words (those get only the language-independent checks). Loanwords, names, quotes and
 * capitalized titles are removed first, so "Soy Product Manager en una startup" stays Spanish.
 */

const COACHED: Readonly<Record<CoachedLanguage, DetectionCues>> = { en, es, pt, fr, de };
const OTHERS: Record<string, string> = {
  it: 'il lo gli di della che è per non mi ti sono come ma molto grazie ciao questo questa buongiorno vorrei ho hai tua tuo sui sul nel una la con avresti prossima',
  nl: 'het een en van ik je jij u niet met voor op dat die zijn wij ons mijn bedankt graag maar ook hoe',
  id: 'yang dan di ke dari saya anda untuk dengan ini itu tidak ada akan bisa terima kasih kami kita apakah juga',
  sv: 'och att det som en är jag du för på med inte har vi av till om den mig dig tack hej',
  pl: 'i w na z że się nie do jest to jak dla jestem czy ale od po pan pani dziękuję',
  tr: 've bir bu için ile da de çok ben siz merhaba teşekkür ederim mi ne gibi olarak',
  ro: 'și în cu eu am fost este sunt să că pentru nu mai ați vă mi îmi ne noi dumneavoastră mulțumesc bună aș foarte pe acest această',
};
// Romanized Hindi (Hinglish): reported as `hi` (language-independent checks), never claimed by the four.
const HINGLISH = new Set(
  'hai hain kya aap aapka aapki aapko aapke mein main mujhe hum nahi nahin bhi karo kijiye ji bhai yaar accha acha bahut dhanyavaad dhanyawad shukriya haan lekin abhi kaise sakte hoon raha rahi'.split(' '),
);

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Thai}/gu, 'th'],
];

/** English business words used in all four languages: never evidence of English. */
const LOANWORDS = new Set(
  ('startup startups start-up call calls meeting meetings feedback team teams manager managers lead leads deal deals pitch deck remote freelance freelancer networking ' +
    'marketing growth coaching coach skills skill performance business workshop update updates follow-up follow onboarding roadmap sprint data cloud software product ' +
    'products design designer insights stakeholder stakeholders job jobs online offline podcast post posts webinar email e-mail mail newsletter linkedin ' +
    'sales head ceo cto cfo coo founder co-founder cofounder hr recruiter recruiting talent engineer developer ux ui saas b2b b2c kpi kpis okr okrs api app apps ' +
    'senior junior scale-up scaleup tech fintech hub hackathon meetup summit keynote slides chat ok okay hi hey bye weekend full-time part-time home office ' +
    'freelancing branding content leadership management consulting consultant partner partners customer success account executive analytics machine learning ai')
    .split(' '),
);
const SMALL_WORDS = new Set('of and the for de do da dos das del la le les von der den van y e et und & at in on'.split(' '));

const FUNCTION_SETS = Object.fromEntries(
  Object.entries(COACHED).map(([lang, cues]) => [lang, new Set(cues.functionWords.split(' '))]),
) as Record<CoachedLanguage, Set<string>>;
const OTHER_SETS = Object.fromEntries(Object.entries(OTHERS).map(([lang, words]) => [lang, new Set(words.split(' '))]));

const FOUR = ['es', 'pt', 'fr', 'de'] as const;
type Four = (typeof FOUR)[number];

// "Hi, wie geht's?": an international "hi" or "hey" may come before the language's own greeting.
const opener = (cues: DetectionCues) => new RegExp(`^[\\s\\p{P}\\p{Extended_Pictographic}]*(?:(?:hi|hey)[\\s,!.]+)?(?:${cues.greetings.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const closer = (cues: DetectionCues) => new RegExp(`(?:^|\\n|[.!?] )[ \\t]*(?:${cues.signOffs.join('|')})[ \\t]*[,.!]?[ \\t]*(?:\\n[^\\n]{0,40})?\\s*$`, 'iu');
let cuePatterns: Record<Four, { opener: RegExp; closer: RegExp }> | null = null;
function cuesOf(lang: Four) {
  cuePatterns ??= Object.fromEntries(FOUR.map((l) => [l, { opener: opener(COACHED[l]), closer: closer(COACHED[l]) }])) as Record<Four, { opener: RegExp; closer: RegExp }>;
  return cuePatterns[lang];
}

export interface DetectOptions {
  /** Names of the recipient and the sender: their tokens are not evidence of any language. */
  names?: readonly string[];
  /** The language last detected for the same compose box: breaks ties only, so the panel does not flip. */
  hint?: string;
}

export interface Detection {
  /** `en`, `es`, `pt`, `fr`, `de` (coached), another known code, or `und`. */
  language: string;
  /** Set when the draft mixes English and the reported language (code-switching): both had evidence. */
  mixedWithEnglish?: boolean;
}

/** The language of a draft (see the module comment). Pure and linear; a 1 000-character draft costs well under 0.1 ms. */
export function detectDraftLanguage(text: string, options: DetectOptions = {}): Detection {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  if (!/\p{L}/u.test(sample)) return { language: 'en' };
  const script = scriptOf(sample);
  if (script) return { language: script };

  const tally = tallyWords(evidenceWords(sample, options.names ?? []));
  // Words English shares with a language ("me", "a", "no", "in") are evidence for neither.
  const scores = {} as Record<Four, number>;
  for (const lang of FOUR) scores[lang] = tally.count(bit(lang), bit('en')) + letterPoints(sample, COACHED[lang].letters);
  const englishAgainst = (lang: Four) => tally.count(bit('en'), bit(lang));
  const english = tally.count(bit('en'), 0);

  const hinglish = tally.count(bit('hinglish'), 0);
  if (hinglish >= 3 && hinglish >= english) return { language: 'hi' };

  const ranked = [...FOUR].sort((a, b) => scores[b] - scores[a]);
  // Between the two leaders, words both use ("que", "para", "no" in es and pt) tell nothing: they are
  // decided by the words only one of them uses (and their letters).
  const apart = (lang: Four, other: Four) => tally.count(bit(lang), bit('en') | bit(other)) + letterPoints(sample, COACHED[lang].letters);
  const [first, second] = [ranked[0]!, ranked[1]!];
  const [best, runnerUp] = apart(second, first) > apart(first, second) ? [second, first] : [first, second];
  const tied = apart(best, runnerUp) === apart(runnerUp, best);
  // "exceeds every other language": Italian's "la", "una", "per" must not make a draft Spanish.
  if (scores[best] >= 3 && scores[best] > Math.max(...OTHER_CODES.map((code) => tally.count(bit(code), bit('en'))))) {
    const en = englishAgainst(best);
    if (tied) {
      // es vs pt (portunhol) or any other tie: the hint breaks it, otherwise it is undetermined.
      const hint = options.hint;
      if (hint === best || hint === runnerUp) return { language: hint };
      if (scores[best] >= 1.5 * en) return { language: 'und' };
    } else if (scores[best] >= 1.5 * en) {
      return { language: best };
    } else if (en >= 3 && en < 1.5 * scores[best]) {
      // Code-switching: neither reaches 1.5 × the other; the larger wins, ties go to the coached language.
      return scores[best] >= en ? { language: best, mixedWithEnglish: true } : { language: 'en' };
    }
  }

  const other = otherLanguage(tally);
  if (other) return { language: other };

  // Short drafts: a greeting or sign-off of exactly one language, and no English function word
  // (that is not also one of that language's: German "an", Spanish "me").
  // The closing lines are enough for a sign-off: the pattern is not tried across the whole draft.
  const ending = sample.slice(-160);
  const byCue = FOUR.filter((lang) => englishAgainst(lang) === 0 && (cuesOf(lang).opener.test(sample) || cuesOf(lang).closer.test(ending)));
  if (byCue.length === 1) return { language: byCue[0]! };
  // A short draft with two words of one language and not one English word ("Você é casada?",
  // "Me manda seu e-mail.") is that language: English coaching would only misread it.
  if (byCue.length === 0 && english === 0 && !tied && apart(best, runnerUp) >= 2) return { language: best };
  if (byCue.length > 1) {
    const first = byCue.sort((a, b) => scores[b] - scores[a]);
    if (scores[first[0]!] > scores[first[1]!]) return { language: first[0]! };
    if (options.hint && (byCue as string[]).includes(options.hint)) return { language: options.hint };
  }
  return { language: 'en' };
}

// Letters of other scripts: only a draft that has some is counted script by script.
const NON_LATIN = /[\u0370-\u1FFF\u3040-\u9FFF\uAC00-\uD7AF]/u;

/** Japanese, Korean, Chinese, Russian, Arabic… when most letters are in that script. */
function scriptOf(sample: string): string | null {
  if (!NON_LATIN.test(sample)) return null;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  // Japanese mixes kana with kanji (Han): together they make it Japanese, even after a romanised name.
  const kana = sample.match(/[\u3040-\u30FF]/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (kana > 0 && (kana + han) / letters > 0.4) return 'ja';
  for (const [pattern, lang] of SCRIPTS) {
    if ((sample.match(pattern)?.length ?? 0) / letters > 0.5) return lang;
  }
  return null;
}

// One bit per word list, so that each word is looked up once and every count is a sum over a few masks.
const OTHER_CODES = Object.keys(OTHERS);
const BITS: Record<string, number> = { en: 1, es: 2, pt: 4, fr: 8, de: 16, hinglish: 32 };
OTHER_CODES.forEach((code, i) => (BITS[code] = 64 << i));
const bit = (code: string): number => BITS[code] ?? 0;
const WORD_BITS = new Map<string, number>();
const mark = (words: Iterable<string>, bit: number) => {
  for (const w of words) WORD_BITS.set(w, (WORD_BITS.get(w) ?? 0) | bit);
};
for (const lang of ['en', ...FOUR] as const) mark(FUNCTION_SETS[lang], bit(lang));
mark(HINGLISH, bit('hinglish'));
for (const code of OTHER_CODES) mark(OTHER_SETS[code]!, bit(code));

interface Tally {
  /** How many words are in the list `bit` and not in the list `not` (0: no exclusion). */
  count(bit: number, not: number): number;
  total: number;
}

function tallyWords(words: readonly string[]): Tally {
  const byMask = new Map<number, number>();
  for (const w of words) {
    const bits = WORD_BITS.get(w);
    if (bits !== undefined) byMask.set(bits, (byMask.get(bits) ?? 0) + 1);
  }
  return {
    total: words.length,
    count(bit, not) {
      let n = 0;
      for (const [mask, c] of byMask) if (mask & bit && !(mask & not)) n += c;
      return n;
    },
  };
}

/** The bare language code (see `detectDraftLanguage`). */
export function detectLanguage(text: string, options: DetectOptions = {}): string {
  return detectDraftLanguage(text, options).language;
}

const LETTER_PATTERNS = new Map<string, RegExp>();
/** Letters only this language uses: one point each, at most 2. */
function letterPoints(text: string, letters: string): number {
  if (letters.length === 0) return 0;
  let pattern = LETTER_PATTERNS.get(letters);
  if (!pattern) LETTER_PATTERNS.set(letters, (pattern = new RegExp(`[${letters}]`, 'giu')));
  pattern.lastIndex = 0;
  let points = 0;
  while (points < 2 && pattern.exec(text) !== null) points++;
  return points;
}

/** Italian, Dutch, Swedish…: clearly another language by its function words (those that are not English too). */
function otherLanguage(tally: Tally): string | null {
  if (tally.total < 6) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const code of OTHER_CODES) {
    const count = tally.count(bit(code), bit('en'));
    if (count > bestCount) [best, bestCount] = [code, count];
  }
  if (best === null || bestCount < 3) return null;
  const onlyEnglish = tally.count(bit('en'), bit(best));
  return bestCount >= onlyEnglish * 2 && onlyEnglish / tally.total < 0.12 ? best : null;
}

const URL_OR_HANDLE = /(?<!\S)(?:https?:\/\/|www\.)\S*|(?<!\S)[^\s@]*@\S*|[#][\p{L}\p{N}_.-]+/gu;
const QUOTED = /“[^”\n]{0,200}”|«[^»\n]{0,200}»|„[^“”\n]{0,200}[“”]|"[^"\n]{0,200}"/gu;
const TOKEN = /[\p{L}\p{M}]+(?:[-][\p{L}\p{M}]+)*/gu;
const SENTENCE_BREAKS = '.!?¿¡:\n';

/**
 * The lower-case words that count as evidence: no URLs, handles or quotes, no names of the people in
 * the conversation, no runs of capitalized words inside a sentence (titles, companies, events), no
 * loanwords. Elisions split ("j'ai" → "j", "ai").
 */
function evidenceWords(text: string, names: readonly string[]): string[] {
  const cleaned = text.replace(URL_OR_HANDLE, ' ').replace(QUOTED, ' ');
  const nameTokens = new Set(names.flatMap((n) => n.toLowerCase().split(/[\s,.-]+/)).filter((t) => t.length > 1));
  const tokens: { text: string; capital: boolean; sentenceStart: boolean }[] = [];
  let lastEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(cleaned); m !== null; m = TOKEN.exec(cleaned)) {
    let sentenceStart = tokens.length === 0;
    for (let k = lastEnd; k < m.index && !sentenceStart; k++) sentenceStart = SENTENCE_BREAKS.includes(cleaned.charAt(k));
    lastEnd = m.index + m[0].length;
    const first = m[0].charAt(0);
    // English "I" is a pronoun, not part of a capitalized title.
    tokens.push({ text: m[0], capital: first !== first.toLowerCase() && m[0] !== 'I', sentenceStart });
  }
  const drop = new Array<boolean>(tokens.length).fill(false);
  // Runs of two or more capitalized words not at a sentence start, with the small words inside them.
  for (let i = 0; i < tokens.length; ) {
    if (!tokens[i]!.capital || tokens[i]!.sentenceStart) {
      i++;
      continue;
    }
    let j = i + 1;
    let capitals = 1;
    let lastCapital = i;
    while (j < tokens.length && !tokens[j]!.sentenceStart && (tokens[j]!.capital || SMALL_WORDS.has(tokens[j]!.text.toLowerCase()))) {
      if (tokens[j]!.capital) [capitals, lastCapital] = [capitals + 1, j];
      j++;
    }
    if (capitals >= 2) for (let k = i; k <= lastCapital; k++) drop[k] = true;
    i = lastCapital + 1;
  }
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (drop[i]) return;
    const lower = t.text.toLowerCase();
    if (nameTokens.has(lower) || LOANWORDS.has(lower)) return;
    out.push(lower);
  });
  // Elided forms were split by TOKEN already ("j'ai" gives "j" and "ai"; "qu'il" gives "qu" and "il").
  return out;
}

import type { RuleContext } from '../engine/context.ts';
import type { DatedMomentCues, LanguagePack, MentionCues } from '../languages/types.ts';
import { lazyPer } from '../engine/lazy.ts';
import { caseAwarePatterns, foldCase, matches, type PhrasePattern } from '../text/patterns.ts';
import { pseudoContext } from './outreach.ts';
import { ENDS_AS_QUESTION } from '../text/sentences.ts';
import { ENGLISH_MENTION } from './specific-mention.ts';
import { overlaps, type Span } from '../text/spans.ts';

/**
 * `no-context`'s third backstop: a sentence to or about the reader that dates something in the past —
 * "thank you for introducing me to Carmen last week", "one of our seniors interned with your lab last
 * summer", "great chatting by the coffee urn yesterday, Femke", "you led the agent training in 2008",
 * "danke für den Workshop gestern", "obrigado pela mentoria de ontem". Pseudo-context has no date: nobody
 * writes "I came across your profile last Tuesday". The families cannot list every way people say what
 * happened; a past date next to "you" is the shape most of them share when no name is there for
 * `specific-mention`.
 *
 * Not a reason: what the writer sent or when they wrote before ("I sent you my deck three weeks ago",
 * "following up on my note from last week"), what anyone does on LinkedIn ("you viewed my profile
 * yesterday"), anyone like them ("companies like yours last year"), an exchange that is only claimed
 * ("great catching up last week!", which `false-familiarity` flags), the writer's own past beside an offer
 * to them ("last month I made $48,000 and I can show you how"), questions ("did you see my message last
 * week?") and dates to come ("are you free on Thursday?").
 */

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

/** English's cues; the other languages' are in their packs (`context.mention.datedMoment`). */
const ENGLISH: DatedMomentCues = {
  pastTime: [
    'yesterday',
    `last (?:week|month|year|night|weekend|spring|summer|autumn|fall|winter|quarter|term|semester|season|${WEEKDAY}|${MONTH})`,
    '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|a couple of|couple of|several) (?:days|weeks|months|years|day|week|month|year) ago',
    'earlier (?:this|today|in the)',
    `this past (?:week|month|year|weekend|spring|summer|autumn|fall|winter|term|semester|${WEEKDAY})`,
    'back in', 'over the (?:weekend|summer|holidays)',
  ],
  date: [`on ${WEEKDAY}`, 'on the \\d{1,2}(?:st|nd|rd|th)', 'in (?:19|20)\\d\\d'],
  pastVerb: ['[a-z]{2,}ed', 'led', 'met', 'gave', 'spoke', 'wrote', 'took', 'ran', 'won', 'built', 'taught', 'made', 'said', 'told', 'saw', 'heard', 'came', 'went', 'got', 'did', 'was', 'were', 'sat', 'held', 'brought'],
  notAMoment: [
    // The writer's own messages and their follow-ups.
    '(?:sent|wrote|emailed|e-mailed|messaged|texted|pinged|called|contacted|reached out)(?: to)? you',
    '(?:my|our) (?:\\S+ ){0,2}?(?:message|note|email|e-mail|invitation|invite|request|inmail|dm|application|cv|resume|deck|proposal|offer)',
    'following up', 'follow up', 'circling back', 'bumping', 'bump',
    // What anyone does on LinkedIn, and answering (or not) my messages.
    'viewed', 'visited', 'checked out', 'looked at', 'accepted', 'connected', 'liked', 'followed', 'following', 'endorsed',
    'replied', 'responded', 'answered', 'got back', 'heard back',
    // Seeing them somewhere is no moment of theirs ("I saw you on the train yesterday").
    '(?:saw|seen|spotted) you',
    // Anyone like them: "a pleasure working with companies like yours last year".
    'like (?:you|yours)',
    // An exchange only claimed.
    'catching up', 'caught up', 'as (?:we )?discussed', 'as promised', 'as agreed', 'per our', 'further to our',
    // The reader only as the one an offer is for: "last month I made $48,000 and I can show you how".
    "(?:I|we) (?:can|could|will|'ll|would|'d) (?:happily |gladly )?(?:show|teach) you",
  ],
};

interface CompiledCues {
  reader: PhrasePattern[];
  pastTime: PhrasePattern[];
  date: PhrasePattern[];
  pastVerb: PhrasePattern[];
  notAMoment: PhrasePattern[];
}

// The reader's words are the first backstop's (`MentionCues.reader`) unless the pack gives its own.
const compile = (cues: DatedMomentCues, mention: MentionCues): CompiledCues => ({
  reader: caseAwarePatterns(cues.reader ?? mention.reader),
  pastTime: caseAwarePatterns(cues.pastTime),
  date: caseAwarePatterns(cues.date),
  pastVerb: caseAwarePatterns(cues.pastVerb),
  notAMoment: caseAwarePatterns(cues.notAMoment),
});
const ENGLISH_CUES = compile(ENGLISH, ENGLISH_MENTION);
const cuesOf = lazyPer((pack: LanguagePack): CompiledCues | null => {
  const mention = pack.context.mention;
  return mention?.datedMoment ? compile(mention.datedMoment, mention) : null;
});

const any = (patterns: readonly PhrasePattern[], text: string) => patterns.some((p) => matches(p, text));
const wordsOf = (text: string) => foldCase(text).match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];

/** The sentence that dates a past moment of the reader's (or shared with them), or null. */
export function datedMoment(ctx: RuleContext): Span | null {
  return ctx.memo('datedMoment', () => {
    const cues = ctx.pack ? cuesOf(ctx.pack) : ENGLISH_CUES;
    if (!cues) return null;
    const pseudo = pseudoContext(ctx);
    const names = ctx.recipientParts.filter((part) => part.length > 1).map(foldCase);
    for (const sentence of ctx.sentences()) {
      const text = sentence.text;
      if (ENDS_AS_QUESTION.test(text)) continue;
      if (pseudo.some((p) => overlaps(p, sentence))) continue;
      const addressed = any(cues.reader, text) || wordsOf(text).some((word) => names.includes(word));
      if (!addressed || any(cues.notAMoment, text)) continue;
      if (any(cues.pastTime, text) || (any(cues.date, text) && any(cues.pastVerb, text))) return { start: sentence.start, end: sentence.end };
    }
    return null;
  });
}

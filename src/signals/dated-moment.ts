import type { RuleContext } from '../engine/context.ts';
import { phrasePattern, matches } from '../text/patterns.ts';
import { pseudoContext } from './outreach.ts';
import type { Span } from '../text/spans.ts';

/**
 * `no-context`'s third backstop: a sentence to or about the reader that dates something in the past —
 * "thank you for introducing me to Carmen last week", "one of our seniors interned with your lab last
 * summer", "great chatting by the coffee urn yesterday, Femke", "you led the agent training in 2008".
 * Pseudo-context has no date: nobody writes "I came across your profile last Tuesday". The families
 * cannot list every way people say what happened; a past date next to "you" is the shape most of them
 * share when no name is there for `specific-mention`.
 *
 * Not a reason: what the writer sent or when they wrote before ("I sent you my deck three weeks ago",
 * "following up on my note from last week"), what anyone does on LinkedIn ("you viewed my profile
 * yesterday"), an exchange that is only claimed ("great catching up last week!", which
 * `false-familiarity` flags), questions ("did you see my message last week?") and dates to come ("are
 * you free on Thursday?"). English only for now: the other languages' packs have no such cues yet.
 */

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

/** A time in the past on its own: "yesterday", "last spring", "three weeks ago", "earlier this month". */
const PAST_TIME = phrasePattern([
  'yesterday',
  `last (?:week|month|year|night|weekend|spring|summer|autumn|fall|winter|quarter|term|semester|season|${WEEKDAY}|${MONTH})`,
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|a couple of|couple of|several) (?:days|weeks|months|years|day|week|month|year) ago',
  'earlier (?:this|today|in the)',
  `this past (?:week|month|year|weekend|spring|summer|autumn|fall|winter|term|semester|${WEEKDAY})`,
  'back in', 'over the (?:weekend|summer|holidays)',
]);

/** A date that may be past or to come: past only with a verb in the past in the same sentence. */
const DATE = phrasePattern([`on ${WEEKDAY}`, 'on the \\d{1,2}(?:st|nd|rd|th)', 'in (?:19|20)\\d\\d']);
const PAST_VERB = phrasePattern(['\\p{L}{2,}ed', 'led', 'met', 'gave', 'spoke', 'wrote', 'took', 'ran', 'won', 'built', 'taught', 'made', 'said', 'told', 'saw', 'heard', 'came', 'went', 'got', 'did', 'was', 'were', 'sat', 'held', 'brought']);

/** The reader, by pronoun (the recipient's name is looked for separately). */
const READER = phrasePattern(["you", "your", "yours", "yourself", "you're", "you've", "you'd", "u", "ur"]);

const NOT_A_MOMENT_OF_THEIRS = phrasePattern([
  // The writer's own messages and their follow-ups.
  '(?:sent|wrote|emailed|e-mailed|messaged|texted|pinged|called|contacted|reached out)(?: to)? you',
  '(?:my|our) (?:\\S+ ){0,2}?(?:message|note|email|e-mail|invitation|invite|request|inmail|dm|application|cv|resume|deck|proposal|offer)',
  'following up', 'follow up', 'circling back', 'bumping', 'bump',
  // What anyone does on LinkedIn, and answering (or not) my messages.
  'viewed', 'visited', 'checked out', 'looked at', 'accepted', 'connected', 'liked', 'followed', 'following', 'endorsed',
  'replied', 'responded', 'answered', 'got back', 'heard back',
  // Anyone like them: "a pleasure working with companies like yours last year".
  'like (?:you|yours)',
  // An exchange only claimed.
  'catching up', 'caught up', 'as (?:we )?discussed', 'as promised', 'as agreed', 'per our', 'further to our',
]);

const QUESTION = /\?[\s"”’)]*$/u;

/** The past time or date of a sentence to or about the reader, or null. */
export function datedMoment(ctx: RuleContext): Span | null {
  return ctx.memo('datedMoment', () => {
    if (ctx.pack) return null;
    const pseudo = pseudoContext(ctx);
    const names = ctx.recipientParts.filter((part) => part.length > 1).map((part) => part.toLowerCase());
    for (const sentence of ctx.sentences()) {
      const text = sentence.text;
      if (QUESTION.test(text)) continue;
      if (pseudo.some((p) => p.start < sentence.end && sentence.start < p.end)) continue;
      const addressed = matches(READER, text) || wordsOf(text).some((word) => names.includes(word));
      if (!addressed || matches(NOT_A_MOMENT_OF_THEIRS, text)) continue;
      if (matches(PAST_TIME, text) || (matches(DATE, text) && matches(PAST_VERB, text))) return { start: sentence.start, end: sentence.end };
    }
    return null;
  });
}

const wordsOf = (text: string) => (text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []);

import type { RuleContext } from '../engine/context.ts';
import type { Sentence } from '../text/sentences.ts';
import { firstWordTags } from '../text/nlp.ts';
import { matchesRemembered } from '../text/paragraphs.ts';
import { CALL_TO_ACT, COME_TO_ME, JOINED_ORDER } from '../rules/demanding/families.ts';

// Imperatives that are courtesy, not orders ("Thank you", "Feel free", "Let me know", "Have a great day").
const COURTESY_VERBS = new Set(
  ('thank thanks feel let have enjoy take keep stay see find note excuse forgive pardon imagine hope wish welcome congratulate ' +
    'consider trust rest sleep say check look happy remember bear meet join glad accept allow please kindly pls plz ' +
    'be do try go come sounds count mind ping permit').split(' '),
);
// The order is aimed at the writer's benefit: "Send me…", "Call me…", "Reply with your…", "Review my…".
const VERBS_WITH_ADJECTIVE_ENDINGS = new Set(['present', 'rent', 'comment', 'document', 'implement', 'represent', 'prevent', 'invent', 'consent', 'resent', 'cement', 'enable', 'disable', 'table', 'label']);
const AIMED_AT_ME = /\b(?:me|us|my|our|mine|ours)\b|\bwith your\b|\byour (?:current|resume|cv|email|number|details|salary|ctc|address|comments|feedback|decision|answer|reply|response)\b/i;
const SOFTENERS = /\b(?:please|pls|plz|kindly|if (?:you|you're|you’re|u)\b|when (?:you|it's|it’s|it is|you're|you’re)\b|whenever|feel free|no pressure|no rush|if possible|if convenient)/i;
// Friendly formulas that are imperatives only in grammar ("Send my best to…", "Give me a shout…").
const FRIENDLY = /^(?:send (?:my|our) (?:best|regards|love|thanks|congratulations|congrats)|give me a (?:shout|call|ring|buzz|ping) (?:if|when|whenever)|tell me more|drop me a (?:line|note) (?:if|when|whenever)|say hi|give my (?:best|regards))/i;

// A title and a name as the subject of a past verb: "Coach Daniel from the league told me…", "Nurse Ada
// Obi said…". The first word is a title, not an order ("Coach", "Judge", "Chef" are verbs too).
const TITLED_SUBJECT =
  /^\p{Lu}\p{Ll}+\.? (?:\p{Lu}[\p{L}'’-]+ ){1,2}(?:(?:from|at|of|in|on|with|who) [^,.;!?]{1,60}? )?(?:told|said|suggested|mentioned|recommended|asked|gave|passed|pointed|introduced|shared|wrote|spoke|thought|ran|led|sent|invited|put)(?![\p{L}])/u;

// Calls to act whose verb is also a common noun at a sentence's start ("Message received", "Call went well").
const NOUN_LIKE_CALLS = /^(?:message|text|call|book|share)\b/i;

/**
 * A sentence without the greeting it starts with: "Hi Ruth, book a time…" → "book a time…".
 * Other sentences are returned whole.
 */
export function sentenceBody(ctx: RuleContext, s: Sentence): Sentence {
  const greeting = ctx.greeting();
  if (!greeting || greeting.start < s.start || greeting.end >= s.end) return s;
  const rest = ctx.text.slice(greeting.end, s.end);
  const lead = /^[\s,!:;.—–-]*/.exec(rest)![0].length;
  const start = greeting.end + lead;
  return start >= s.end ? s : { ...s, start, text: ctx.text.slice(start, s.end) };
}

/**
 * Sentences that order the reader about: they start with a bare verb (compromise's #Imperative),
 * are not softened ("please", "if you can") or courtesy, and either ask something for the writer
 * ("Send me…") or are a call to act ("Register here.", "Book a time…"). A greeting before the verb
 * ("Hi Ruth, book a time…") does not hide the order. compromise runs at most once per draft, only on
 * the sentences that pass the cheap filters and that it has not seen before.
 */
export function imperativeSentences(ctx: RuleContext): readonly Sentence[] {
  return ctx.memo('imperativeSentences', () => {
    const candidates: { sentence: Sentence; verbFirst: string; callToAct: boolean }[] = [];
    for (const whole of ctx.sentences()) {
      const s = sentenceBody(ctx, whole);
      // "Just send me…", "So, call me…": the adverb in front does not soften the order.
      const text = s.text.replace(/^[\s•\-*]+/, '').replace(/^(?:just|so|now|simply|also|then),?\s+/i, '');
      const first = /^([A-Za-z]+)/.exec(text)?.[1]?.toLowerCase();
      if (!first || s.text.trimEnd().endsWith('?') || s.text.length >= 300) continue;
      if (COURTESY_VERBS.has(first) && !JOINED_ORDER.test(text) && !COME_TO_ME.test(text)) continue;
      // "Read your reply to my question on HN", "just read in the Ithaca Journal that you've been named…": a note's past
      // tense with the "I" dropped, about something of theirs or news read somewhere (not "Read the attached and sign it").
      if (/^read\s+(?:your|ur|about|that)\b/i.test(text)) continue;
      if (/^read\s+(?:in|on)\s+[^,.;!?\n]{1,60}?\s(?:that|about|how)\s+(?:you|your)\b/i.test(text)) continue;
      // compromise guesses "verb" for unknown words before "to" ("Pursuant to…"): adjective-looking words are not orders.
      if (/(?:ant|ent|ous|ful|able|ible|less)$/.test(first) && !VERBS_WITH_ADJECTIVE_ENDINGS.has(first)) continue;
      if (SOFTENERS.test(s.text) || FRIENDLY.test(text) || TITLED_SUBJECT.test(text)) continue;
      const callToAct = matchesRemembered(CALL_TO_ACT, text);
      if (callToAct || AIMED_AT_ME.test(s.text)) candidates.push({ sentence: s, verbFirst: text, callToAct });
    }
    if (candidates.length === 0) return [];
    const tags = firstWordTags(candidates.map((c) => c.verbFirst));
    return Object.freeze(
      candidates
        .filter(({ verbFirst, callToAct }, i) => {
          const t = tags[i] ?? [];
          if (t.includes('Imperative')) return true;
          // "DM me INFO", "Apply now!", "Stop by booth C42": a call to act the tagger calls a verb but not an imperative.
          return callToAct && t.includes('Verb') && !t.includes('Noun') && !NOUN_LIKE_CALLS.test(verbFirst);
        })
        .map((c) => c.sentence),
    );
  });
}

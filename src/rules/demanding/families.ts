import { phrasePattern } from '../../text/patterns.ts';

/**
 * The families of `demanding`, as data. Each is one word-bounded pattern; the rule decides where
 * each applies (explicit commands and negative orders in any conversation, bare orders only in cold ones).
 */

/** Commands addressed to the reader: "you must", "I need you to", "make sure you". Not presumptions ("you must be busy"). */
export const EXPLICIT_COMMAND = phrasePattern([
  // Not in a question or an indirect one ("how much notice do you have to serve?", "let me know where you need to sign").
  '(?<!(?:if|when|whenever|unless|what|all|anything|everything|as|do|does|did|will|would|could|might|should|don\'t|didn\'t|won\'t|wouldn\'t|how|which|where|whether|why|who) )you (?:must|need to|have to|are required to)(?! be\\b| have (?:been|had|seen|heard|done|a\\b)| get (?:a lot|lots|loads|tons|so many|so much|many|plenty|bored|tired|sick|used to|some (?:rest|sleep))\\b| know\\b| feel\\b| hear\\b| receive\\b| see\\b| find\\b| deal\\b| think\\b| (?:try|taste|visit|watch|come and see|listen to)\\b)',
  "I(?:'ll| will)? (?:need|want|expect|require|demand) you to", 'I insist (?:that|you)',
  // An order, not the writer's own care: "I wanted to make sure you saw the notice" stays quiet.
  '(?<!to )make sure you',
  // The same order in the passive: "the form has to be filled in by you", "this must be signed by you".
  '(?:has|have|needs?|must) (?:to )?be [\\p{L}]+(?: (?:in|out|up|over|back))? by you(?![\\p{L}])',
  // "You're required to send…", "you are expected to reply", "it is mandatory that you…".
  "(?<!(?:if|when|whenever|unless|what|as) )you(?:'re|’re| are) (?:required|expected|obliged|obligated) to(?! be\\b)", "it(?:'s|’s| is) (?:mandatory|compulsory|required) (?:that|for) you",
  // Terms dictated with a deadline ("I expect payment by Friday"; "I expect a reply" is `entitled`'s), an order spelled out word by word ("Stop. Messaging. Me.").
  "I (?:expect|demand|require) (?:full |your |the |a |an )?(?:payment|refund|money|invoice|contract|decision|confirmation|apology)(?= (?:by|within|before|today|tomorrow|now|immediately)\\b)",
  // The same terms in other words: "I expect to be paid by Friday" (not "…reimbursed by the organisers").
  "I (?:expect|demand|require) to (?:be (?:paid|refunded|reimbursed)|receive (?:[\\p{L}]+ )?(?:payment|refund|money))(?= (?:within|before|today|tomorrow|now|immediately|by (?:the end|end|eod|cob|noon|tonight|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d))\\b)",
  'stop[.!] (?:messaging|contacting|emailing|texting|calling|spamming|pitching)[.!]? me',
]);

// What a negative order forbids the reader: contacting, pestering or ignoring the writer.
const CONTACT_VERBS =
  '(?:message|messaging|contact|contacting|write|writing|email|emailing|e-mail|call|calling|text|texting|ping|pinging|dm|dming|' +
  'reach(?:ing)? out|ghost|ghosting|ignore|ignoring|spam|spamming|bother|bothering|pester|pestering|harass|harassing|waste|wasting|' +
  'send|sending|add|adding|tag|tagging|inbox|inboxing|reply|replying|respond|responding|pitch|pitching|follow(?:ing)? up|' +
  'tell|telling|lecture|lecturing|patroni[sz]e|patroni[sz]ing|try|trying|expect|expecting|think|thinking|' +
  // Putting off what was agreed: "Don't reschedule again.", "Don't cancel on me."
  'reschedul(?:e|ing)|cancel|cancell?ing)';

/**
 * A negative order to the reader at the start of a sentence: "Don't message me again.", "Stop messaging
 * me.", "Do not ignore this.", "Never contact me again." Not courtesy ("Don't hesitate to…", "Don't
 * worry"), and not when softened by "please".
 */
export const NEGATIVE_ORDER = new RegExp(
  String.raw`^(?:(?:so|and|now|just|also|seriously|honestly|then)[,]?\s+)?(?:don['’]?t|do not|dont|never|stop|quit)\s+(?:(?:ever|even|again|just)\s+)?${CONTACT_VERBS}(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * Calls to act that are orders even when they ask nothing for the writer by name ("Register here.",
 * "Book a time on my calendar.", "Reply with YES…", "DM me INFO"), when a sentence starts with one.
 */
export const CALL_TO_ACT = new RegExp(
  String.raw`^(?:(?:just|now|so|simply)\s+)?(?:book|register|sign up|click|reply|respond|dm|message|join|apply|schedule|download|subscribe|grab|claim|stop by|text|call|visit|read|watch|fill (?:in|out)|send|forward|share|give|tell|get|sign|return|submit|complete|pay|approve|come (?:and |by (?:and )?)?(?:see|visit|meet|join|hear|watch) (?:me|us))(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * "Come see me speak at…", "Come and visit us at booth C42": "come" is courtesy on its own ("Come to think of
 * it…"), but sent to a stranger to fill the writer's talk or stand it is the same call to act as "Stop by booth C42".
 */
export const COME_TO_ME = /^(?:(?:just|now|so)\s+)?come (?:and |by (?:and )?)?(?:see|visit|meet|join|hear|watch) (?:me|us)\b/i;

/**
 * An order joined to a courtesy opening: "Take a look at it and send me your feedback." The opening
 * ("take a look", "have a look", "check it out") is courtesy on its own; the order after "and" is not.
 */
export const JOINED_ORDER = /\band\s+(?:then\s+)?(?:send|give|tell|email|share|forward|call|text|get back to|reply to|return|sign|message|dm|ping|contact|write to|respond to|get in touch with)\s+(?:me|us|it|them|this)\b/i;

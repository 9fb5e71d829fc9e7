import { defineRule } from '../../engine/define-rule.ts';
import type { LanguagePack } from '../../languages/types.ts';
import { lazyPer } from '../../engine/lazy.ts';

// Pleasantries: what a message may hold besides a greeting without saying why it was written.
const PLEASANTRIES = [
  'how are (?:you|u|things)(?: doing)?(?: today| these days)?', "how(?:'s|’s| is) (?:it going|everything|life|your (?:week|day|weekend|morning)(?: going)?)(?: treating you| going| been)?",
  'how have you been', 'how was your (?:weekend|week|day|holiday|trip|break)', 'long time no (?:see|talk|chat)',
  "hope (?:you(?:'re|’re| are)|u r) (?:well|doing well|good|keeping well|having a (?:great|good|nice|lovely) (?:day|week|weekend))",
  'hope (?:you|u) (?:had|have|are having) a (?:great|good|nice|lovely|relaxing|wonderful) (?:day|week|weekend|holiday|break|start to the week)',
  'hope all is (?:well|good)', 'hope this (?:message )?finds you well', 'hope (?:your|the) (?:week|day|weekend) is going (?:well|great)',
  '(?:nice|great|good|pleased|glad|happy|lovely) to (?:meet|e-?meet|connect with|be connected with|be connected to|connect) you', '(?:nice|great|good|glad|happy) to connect',
  'good (?:morning|afternoon|evening|day)', "what(?:'s|’s| is)? up", 'sup', 'happy (?:monday|tuesday|wednesday|thursday|friday|weekend|new year|holidays)',
  'have a (?:great|good|nice|lovely|wonderful) (?:day|week|weekend)', 'there', 'again', 'all', 'everyone',
  // "Hey! Long time.", "Trust you are well", "How's life treating you?", "Hope you're keeping safe", "Greetings from Lagos!", "just saying hi".
  'long time', "trust (?:you(?:'re|’re| are)|this finds you|all is) (?:well|doing well|keeping well|good)", "how(?:'s|’s| is) the world treating you",
  "hope (?:you(?:'re|’re| are)|you(?:'ve|’ve| have) been) (?:keeping )?(?:safe|well|good)(?: and well)?", "hope (?:you(?:'re|’re| are) having|you have) a (?:good|great) one",
  'how are things(?: going| with you| on your end)?', 'from', 'just (?:wanted to )?(?:say(?:ing)?|pop(?:ping)? in to say|drop(?:ping)? (?:by|in) to say) (?:hi|hello|hey)',
  // "Greetings from Lusaka", "hope your Monday is off to a good start", "hope the week has been kind to you".
  "(?:warm |warmest |kind |best )?greetings", "season(?:'s|’s) greetings", "hope (?:your|the) (?:week|day|weekend|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: so far)? (?:is|has been|was) (?:off to a (?:good|great|flying|gentle) start|going (?:well|great|smoothly)|treating you (?:well|kindly)|kind to you|(?:a )?(?:good|great|productive|restful|lovely) one)",
].join('|');
// A name addressed after a comma ("Nice to meet you, Abdul", "Hi, Bob").
// The whole run of letters at once: a word that may split anywhere ("FRESHER" as F+RESHER…) backtracks exponentially.
// Not right after ¿ or ¡: "Buenas, ¿Conectamos?" asks something; the word is no name.
const VOCATIVE = '(?<![¿¡])\\p{Lu}[\\p{L}\\p{M}\\-\\.]*(?![\\p{L}\\p{M}\\-\\.])';
const FILLER = '[\\s,.!?;:…\\-–—]|\\p{Extended_Pictographic}|\\uFE0F|\\u200D';
const PLEASANTRY = new RegExp(`(?<![\\p{L}])(?:${PLEASANTRIES})(?![\\p{L}])`, 'giu');
// What is left once the pleasantries are blanked out: punctuation, emoji and names (case matters here).
const ONLY_FILLER_AND_NAMES = new RegExp(`^(?:${FILLER}|¿|¡|${VOCATIVE})*$`, 'u');

// Another language's greetings and pleasantries ("Oi, tudo bem?", "Hallo, wie geht's?"), built on first use.
const pleasantriesOf = lazyPer((pack: LanguagePack) => {
  const words = [...pack.greetingOnly.greetings, ...pack.greetingOnly.pleasantries].map((w) => w.replace(/ (?![*+?{])/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}])(?:${words.join('|')}|${PLEASANTRIES})(?![\\p{L}])`, 'giu');
});
const pleasantryPattern = (pack: LanguagePack | null): RegExp => (pack ? pleasantriesOf(pack) : PLEASANTRY);

export default defineRule({
  meta: {
    id: 'no-hello',
    title: 'Just a hello',
    severity: 'warning',
    category: 'brevity',
    description: 'Flags a message that is only a greeting or pleasantry (“Hi”, “Hi, Bob”, “Hey John, how are you?”, “Nice to meet you”) with no purpose.',
    why: 'Get to the point quickly: a bare “Hi” makes them wait and wonder why you wrote. Summarize who you are, why you are reaching out and what you are asking for.',
  },
  multilingual: true,
  check(ctx) {
    if (ctx.text.trim().length === 0 || ctx.text.length > 300) return [];
    const greeting = ctx.greeting();
    const rest = ctx.text.slice(greeting?.end ?? 0);
    // Only a greeting, pleasantries and names: "Hi", "Hi, Bob", "Nice to meet you, Abdul."
    const blanked = rest.replace(pleasantryPattern(ctx.pack), ' ');
    if (!ONLY_FILLER_AND_NAMES.test(blanked) || (!greeting && blanked === rest)) return [];
    return [
      {
        message: 'The message is only a greeting: say why you are writing in the same message.',
        suggestion: 'Add who you are, why them, and one clear ask.',
      },
    ];
  },
});

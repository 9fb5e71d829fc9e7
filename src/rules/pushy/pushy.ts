import { phraseRule } from '../../engine/phrase-rule.ts';
import { matchCase } from '../../text/normalize.ts';

const DEADLINE = '(?:today|tonight|tomorrow|right away|right now|immediately|asap|a\\.s\\.a\\.p|at the earliest|within (?:24|48) hours|(?:by|before) (?:the )?end of (?:the )?(?:day|today|tonight|business)|before (?:tonight|tomorrow|eod|cob|noon)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|eod|cob|end of (?:the )?day|noon|\\d{1,2}(?::\\d\\d)? ?(?:am|pm)?|this (?:week|evening|afternoon)))';

export default phraseRule({
  meta: {
    id: 'pushy',
    title: 'Pushy',
    severity: 'warning',
    category: 'tone',
    description: 'Flags expecting an immediate reply: ASAP, urgent, “reply by Friday”, “I need an answer today”.',
    why: 'Don’t expect an immediate response: give people time to see and respond to your message.',
  },
  groups: [
    {
      phrases: ['asap', 'a\\.s\\.a\\.p\\.?', 'as soon as pos+ible', 'at your earliest(?: (?:convenience|opportunity|possible time))?'],
      message: (excerpt) => `“${excerpt}” asks for a reply on your schedule.`,
      suggestion: 'Let them answer when it suits them.',
      fix: (excerpt) => matchCase(excerpt.length <= 4 ? excerpt.toLowerCase() : excerpt, 'when you have a moment'),
    },
    {
      // Urgency put on the reader ("URGENT!", "this is urgent", "urgently need your reply"), not an urgent topic ("an urgent need for nurses").
      phrases: [
        '(?<![\\p{L}\\p{N}] )urgent(?:ly)?(?=\\s*[!:.]|\\s*$)', "(?:it's|it is|this is|that's|very|quite|rather|really|extremely) urgent",
        'urgent (?:reply|response|answer|request|attention|action|call|help|review|matter)', 'urgently (?:need|require|request|want|expect)s? (?:your|a|an|you|this)',
        '(?:reply|respond|answer|get back to me|call me|act) urgently',
      ],
      message: (excerpt) => `“${excerpt}” pressures them to drop what they are doing.`,
      suggestion: 'Explain the timing instead, and leave room for a later answer.',
    },
    {
      phrases: [
        // (Not "my answer by 14 March": an answer owed by someone else, e.g. to another employer.)
        `(?<!(?:I'll|I will|I can|I'd|we'll|we will|we can|I'm going to|I|my|our|his|her|their) )(?:reply|respond|answer|get back to me|revert|hear back|hear from you|let me know) (?:[^.!?\\n\\s]+ ){0,8}?${DEADLINE}`,
        `(?:need|expect|want|waiting for|awaiting) (?:\\S+ ){0,2}?(?:response|feedback|decision|confirmation|answer|reply|comments)s? (?:from you )?${DEADLINE}`,
        // A request with a deadline on the reader: "Send me your availability by Friday", "I need you to sign it by tonight".
        // (Up to 12 words between: "Send me the status of my application for the credit risk role today".)
        `(?:(?<![\\p{L}] )(?:send|share|give|email|get|forward) me|I expect (?:payment|to be paid|to be reimbursed|to receive|the \\S+|your \\S+)) (?:[^.!?\\n\\s]+ ){0,12}?${DEADLINE}`,
        // Asked of them outright, up to 14 words before the deadline, two tasks joined ("I need you to fill in the attached form and return it today").
        `(?:I need you to|you need to|I want you to|I expect you to) (?:[^.!?\\n\\s]+ ){0,14}?${DEADLINE}`,
        // The same order in the passive: "the form has to be filled in by you before tonight".
        `(?:has|have|needs?|must) (?:to )?be [\\p{L}]+(?: (?:in|out|up|over|back))? by you (?:[^.!?\\n\\s]+ ){0,4}?${DEADLINE}`,
        // Something handed back at once: "I need the signed offer back by tonight" (not "we need the deck by Thursday for the board").
        `(?:I|we) (?:really |urgently )?need (?:the|your|this|that|it|them)(?: [^.!?\\n\\s]+){0,4}? (?:back )?(?:today|tonight|right away|right now|immediately|within (?:24|48) hours|by (?:tonight|today|eod|cob|end of (?:the )?day|noon))`,
        `I (?:really |urgently )?need (?:an? |your )?(?:answer|reply|response|feedback|decision|confirmation|comments|yes or no|yes\\/no|go-ahead|green light)s? (?:from you )?${DEADLINE}`,
        '(?:waiting|wait) for your (?:response|reply|answer|feedback)', 'at the earliest',
        'get back to me (?:quickly|soon|fast)', "don't keep me waiting",
        '(?<!(?:your|a|the|for|to|quick) )(?:reply|respond|answer) (?:me |to me |to this )?(?:soon|quickly|promptly|at once|fast|immediately)',
        // An action asked of the reader, then a word of haste: "confirm it urgently", "send me the form right away".
        `(?<!(?:I'll|I will|I can|I'd|we'll|we will|we can|I'm going to|I|we|to) )(?:reply|respond|revert|answer|get back(?: to me)?|write back|confirm|let me know|send|share|call me|get in touch|sign|return|fill (?:in|out)|complete)(?: [^.!?\\n\\s]+){0,5}? (?:urgently|immediately|right away|at once|without (?:any )?delay|asap|promptly)`,
        '(?:I|we) (?:really |urgently )?need (?:this|it|them|that|your (?:answer|reply|response|decision|confirmation|feedback|signature|documents?|details))(?: [\\p{L}]+ed)? (?:urgently|immediately|right away|asap|at once)',
        // The same haste before the verb: "could you urgently send me the contract".
        '(?:you|please|kindly|pls) (?:urgently|immediately) (?:send|reply|respond|confirm|get back|call|sign|share|pay|forward|provide|revert|return)',
        // Any polite order with haste that has no innocent sense: "Please renew urgently", "kindly update the form without delay"
        // (not "immediately", "right away" or "at once", which also tell a start date or a manner: "please note I can start
        // immediately", "please send all three at once").
        // (The verbs of the pattern above keep their own, shorter span: "confirm your attendance urgently".)
        '(?:please|kindly|pls) (?!(?:reply|respond|revert|answer|get|write|confirm|let|send|share|call|sign|return|fill|complete)(?![\\p{L}]))\\p{L}+(?: [^.!?\\n\\s]+){0,5}? (?:urgently|without (?:any )?delay)',
        // Paying or signing by a deadline: "Pay it by Friday", "settle the invoice by Monday".
        // Asked of the reader (not "our legal team should return comments by 20 June").
        // (The lookbehind comes after the verb: first in a pattern it would run at every position.)
        `(?:pay|settle|transfer|wire|sign|return|submit|confirm)(?<=(?:^|[.!?;:,\\n])[ \\t]{0,3}\\p{L}+) (?:[^.!?\\n\\s]+ ){0,6}?${DEADLINE}`,
        // Handing something over to the writer by a deadline, said as an order: "Get your availability to me by Friday",
        // "Send over the signed copy by tonight", "Forward your CV by Monday".
        `(?:send|get|email|forward|share|give|drop|pass)(?<=(?:^|[.!?;:,\\n])[ \\t]{0,3}(?:(?:please|kindly|pls|just) )?\\p{L}+) (?:[^.!?\\n\\s]+ ){0,6}?${DEADLINE}`,
        `(?:please|kindly|pls|you (?:must |need to |have to )?|could you|can you|would you) (?:pay|settle|transfer|wire|sign|return|submit|confirm) (?:[^.!?\\n\\s]+ ){0,6}?${DEADLINE}`,
        'waiting for your (?:positive |kind |favou?rable |early |quick |prompt |urgent )(?:response|reply|answer|feedback|revert)',
        'need (?:a |an |the |this |your )?(?:job|role|work|position|answer|reply|response)s? urgently',
      ],
      message: (excerpt) => `“${excerpt}” expects an immediate reply.`,
      suggestion: 'Let them answer when it suits them, e.g. “whenever you have a moment”.',
    },
  ],
  unless: [
    // Their own urgency, reported back to them ("You mentioned the team needs someone ASAP - I could start in January").
    `(?:you|they) (?:mentioned|said|told me|wrote|noted|explained|flagged|shared),?(?: that)? (?:the|your|their|our) [^.!?\\n]{0,40}?(?:needs?|wants?|(?:is|are) (?:looking|hoping) (?:for|to)|hopes? to)[^.!?\\n]{0,40}`,
    // A start date, not a reply: "starting ASAP", "available to join immediately", "start date: as soon as possible".
    '(?:start(?:s|ing)?|start date|available|availability|join(?:ing)?|begin(?:s|ning)?|commenc(?:e|es|ing))(?: [^.!?\\n\\s]+){0,3}? (?:asap|a\\.s\\.a\\.p\\.?|as soon as pos+ible|immediately|right away)',
    // Haste ruled out, not asked for: "No need to reply right away", "you don't have to answer today", "there's no need to decide by Friday".
    `(?:no need|(?:don't|do not|doesn't|does not|won't|will not) (?:need|have) to|needn't|need not|not necessary|no obligation) (?:to )?(?:[^.!?\\n\\s]+ ){0,4}?(?:reply|respond|answer|get back|write back|decide|confirm|let me know)[^.!?\\n]{0,60}`,
    'urgent care', 'urgent(?:ly)? (?:needed|need|care|matters?|issues?|problems?|attention) (?:for|in|of|to) (?:patients|the|climate|our|refugees)', 'no rush', 'not urgent', "there's no urgency", 'no urgency',
    // A deadline set by someone else's logistics, said with it: "Could you confirm by Thursday whether you'll need parking? The
    // building needs names 48 hours ahead", "…by Friday so I can book your hotel" (not the writer's own need: "because I need it").
    `${DEADLINE}[^\\n]{0,120}?(?:(?:the|our) (?:building|venue|printer|printers|caterer|caterers|hotel|airline|reception|security (?:desk|team)|organi[sz]ers?|registrar|portal|courier|supplier|council|visa office|embassy) (?:needs?|requires?|closes|asks for|wants|only takes)|so (?:that )?(?:I|we) can (?:book|reserve|order|arrange|print|register|add you|put you|get you|send you|issue))`,
    // A deadline softened in the same sentence leaves them room: "Send me the deck by Friday if possible", "No rush, but share it by Monday".
    // (Bounded spans keep the scan linear.)
    `[^.!?\\n]{0,80}(?:if (?:you (?:can|could)(?! \\p{L})|possible|at all possible|that works|it works|convenient|you have (?:time|a moment|a chance)|anything changes|you're able|that's (?:ok|okay|alright|fine))|no (?:rush|pressure|hurry|worries)|whenever (?:you|it))[^.!?\\n]{0,60}`,
  ],
});

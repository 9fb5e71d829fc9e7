import { phraseRule } from '../../engine/phrase-rule.ts';

export default phraseRule({
  meta: {
    id: 'entitled',
    title: 'Entitled',
    severity: 'warning',
    category: 'tone',
    description: 'Flags entitlement: “you owe me”, “I deserve a response”, “the least you can do”, “you should hire me”.',
    why: 'Stay positive in tone: do not come across as entitled to their help. Nobody owes a stranger a reply.',
  },
  groups: [
    {
      phrases: [
        // "You owe me", also in the passive: "the money is owed to me by you".
        '(?:you|u) owe me', '(?:is|are|was|were) owed to me', 'I (?:deserve|am owed|am entitled to|have a right to) (?:\\S+ ){0,3}?(?:response|reply|answer|interview|chance|explanation|job|feedback|yes|call)',
        // A floor set on what they owe the writer: "I deserve at least 20% more", "I deserve way more than this".
        'I (?:really |honestly |clearly )?deserve (?:at least|no less than|nothing less than|way more|much more|a lot more|far more|better than)',
        'the least (?:you|u|they) (?:can|could) do', '(?:you|u) (?:should|ought to|had better|better) (?:really |definitely |seriously |just |simply )?(?:hire|pick|choose|select|shortlist) me',
        // The job claimed, in other verbs: "you should give me the job", "you should just offer me the role" (not "give me a call").
        '(?:you|u) should (?:really |definitely |just |simply )?(?:give|offer) me (?:the|this|that) (?:job|role|position|offer|contract|promotion)', "(?:you'd|you would) be (?:lucky|foolish|crazy) (?:not )?to",
        // Expecting a reply, in any tense or voice: "I expect a reply", "I'm expecting an answer from you", "I'd expect to hear back".
        `I(?:'m| am|'d| would| will|'ll)? expect(?:ing)? (?:a|an|your|some|one|my) (?:(?:proper|real|quick|prompt|timely|simple|straight) )?(?:reply|response|answer|call|callback|word)`,
        `I(?:'m| am|'d| would| will|'ll)? expect(?:ing)? to hear (?:back(?: from (?:you|u))?|from (?:you|u))`,
        "(?:it's|it is) the least",
        "(?:I'm|I am) entitled to",
        // "At least have the decency to say no", "have the basic courtesy to reply".
        '(?:have|had|show) the (?:basic |common |simple |bare )?(?:decency|courtesy) to', 'you have no (?:excuse|reason) not to',
        "I(?:'ve| have) (?:more than )?earned (?:at least )?(?:a|an|your|some) (?:reply|response|answer|call|interview|chance|meeting)",
        'you should be (?:the one )?(?:reaching out|writing|calling|thanking|contacting|coming) (?:to )?me',
        '(?:you|u) should (?:be )?(?:grateful|thankful|honou?red)', '(?:you|u) need me more than',
        "(?:you|u) can(?:'t|not) afford (?:not )?to (?:ignore|miss|pass on|lose)", "I shouldn't (?:have|need) to (?:ask|wait|chase|follow up|remind)",
        "how hard (?:is it|can it be) to (?:reply|respond|answer|write back)", "it wouldn't kill (?:you|u) to", "is it too much to ask",
        'common courtesy (?:is|would be) to (?:reply|respond|answer)',
      ],
      message: (excerpt) => `“${excerpt}” sounds entitled to their help.`,
      suggestion: 'Ask, and make it easy to say no: nobody owes a stranger a reply.',
    },
  ],
});

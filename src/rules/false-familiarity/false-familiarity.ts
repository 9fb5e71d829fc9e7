import { phraseRule } from '../../engine/phrase-rule.ts';
import { howWeMet } from '../../signals/outreach.ts';

const NOT_WITH_THEIR_PEOPLE =
  "(?! with (?:your (?:[\\p{L}-]+ ){0,2}?(?:assistant|colleagues?|team|office|manager|PA|EA|secretary|partner|co-?founder|deputy|boss|director|head of [\\p{L}-]+)|(?:mr|mrs|ms|dr|prof)\\.? [\\p{L}-]+))";

export default phraseRule({
  meta: {
    id: 'false-familiarity',
    title: 'False familiarity',
    severity: 'warning',
    category: 'relationship',
    description: 'Flags words that pretend an earlier exchange in a conversation that has none.',
    why: 'Be transparent about your intent and do not misrepresent yourself: a stranger who reads “as we discussed” knows it is not true.',
  },
  // Cold conversations only, and not when the text names a real meeting ("great meeting you at the Denver meetup").
  appliesTo: (ctx) => ctx.conversation === 'cold' && !howWeMet(ctx),
  groups: [
    {
      phrases: [
        // Not an exchange with someone named on their side: "as discussed with your assistant Mr. Tanaka", "as agreed with Dr. Obi".
        `as (?:we )?discussed${NOT_WITH_THEIR_PEOPLE}`, 'as promised', `as agreed${NOT_WITH_THEIR_PEOPLE}`, 'per our (?:conversation|call|chat|discussion|meeting)',
        'following up on our (?:call|conversation|chat|meeting|discussion|talk)', '(?:great|good|nice|lovely) catching up',
        'as (?:I|we) mentioned (?:earlier|before|on the phone|on our call|last week)', 'further to our (?:call|conversation|discussion|meeting)',
        'picking up (?:where we left off|our conversation)', // Not their public request answered: "as you asked in the post", "as your listing requested".
        'as you (?:asked|requested)(?! (?:in|on) (?:the|your|a) (?!call|meeting|chat))',
        'circling back (?:on|to) our (?:call|conversation|chat|discussion|meeting)', 'what we (?:talked|spoke|chatted) about', 'as we (?:talked|spoke) about',
      ],
      message: (excerpt) => `“${excerpt}” suggests an earlier conversation, but they have never written to you.`,
      suggestion: 'Say honestly how you know of them, or introduce yourself.',
    },
  ],
});

import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { findAll, phrasePattern } from '../../text/patterns.ts';

// "pretty" only on its own ("you're pretty!"), not as an adverb ("you're pretty busy").
const LOOKS = '(?:gorgeous|beautiful|pretty(?= *(?:[!.,?]|$))|cute|hot(?= *(?:[!.,?]|$))|sexy|stunning|handsome|attractive)';
const FLIRTING = phrasePattern([
  `(?:you're|you are|ur|u r|you look|you looked|u look) (?:so |very |really |absolutely |truly )?${LOOKS}`,
  `(?:beautiful|lovely|gorgeous|pretty|cute|nice|amazing|stunning|sweet) (?:smile|eyes|face|hair|lips|legs|body|figure)`,
  `your (?:new )?(?:profile )?(?:picture|photo|pic|pics|photos|pictures|selfie) (?:is|are|looks?) (?:so |very |really )?${LOOKS}`,
  `(?:your|ur) smile`, `such a ${LOOKS} (?:smile|face|woman|man|girl|lady)`,
  `(?:couldn't|can't|could not|cannot) stop (?:looking at|thinking about|staring at) (?:you|your)`,
  `(?:go|going) (?:out )?on a date`, `(?:take|taking) you out`, `just the two of us`, `ask you out`,
  `get to know you (?:better|outside of work|personally|more personally)`, `know you better`,
  `(?:dinner|drinks) (?:with me|together|date)`, `are (?:you|u) single`,
  // pet names as a form of address (not "Dear Ms. Patel")
  `(?:hi|hello|hey|morning|thanks|thank you|my) (?:babe|baby|sweetheart|sweetie|honey|darling|love|gorgeous|beautiful|handsome|sexy|cutie|dear)(?= *[,!.?]| *$| *\\n| +(?:your|you|how|i|i'm))`,
  `, (?:babe|baby|sweetheart|sweetie|honey|darling|dear)(?= *[!.?]| *$)`,
  `(?:😘|😗|😙|😚|💋|😍|🥰|😻|💏|💑)`,
]);

export default defineRule({
  meta: {
    id: 'flirtatious',
    severity: 'error',
    category: 'relationship',
    description: 'Flags romantic or flirtatious content: comments on looks, asking someone out, pet names, kiss or heart-eyes emoji.',
    why: 'LinkedIn is a professional platform: overtly flirtatious or inappropriate messages make the recipient uncomfortable and serve no professional purpose.',
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const m of findAll(FLIRTING, ctx.matchText)) {
      out.push({
        message: 'This is flirtatious; it has no place in a professional message.',
        start: m.start,
        end: m.end,
        suggestion: 'Remove it and keep to professional topics.',
      });
    }
    return out;
  },
});

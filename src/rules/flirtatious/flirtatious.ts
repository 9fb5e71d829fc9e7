import { familyRule } from '../../engine/family-rule.ts';
import { families, lexicon, THANKS_FOR_A_DEED } from './families.ts';

export default familyRule({
  meta: {
    id: 'flirtatious',
    title: 'Flirting',
    severity: 'error',
    category: 'relationship',
    description: 'Flags romantic or flirtatious content: comments on looks, asking someone out, pet names, kiss or heart-eyes emoji.',
    why: 'LinkedIn is a professional platform: overtly flirtatious or inappropriate messages make the recipient uncomfortable and serve no professional purpose.',
  },
  families,
  lexicon,
  // A treat offered in thanks for a deed of theirs ("You found Biscotto by the canal… I can't thank you enough. Drinks are on
  // me") is gratitude, not a date.
  familyApplies: (family, ctx) =>
    family !== 'treatFromStranger' || (ctx.conversation !== 'established' && !THANKS_FOR_A_DEED.test(ctx.text)),
  message: (m) => `This ${m.means}: that is flirtatious and has no place in a professional message.`,
  suggestion: 'Remove it and keep to professional topics.',
});

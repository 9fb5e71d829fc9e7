import { familyRule } from '../../engine/family-rule.ts';
import { families, lexicon } from './families.ts';

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
  familyApplies: (family, ctx) => family !== 'treatFromStranger' || ctx.conversation !== 'established',
  message: (m) => `This ${m.means}: that is flirtatious and has no place in a professional message.`,
  suggestion: 'Remove it and keep to professional topics.',
});

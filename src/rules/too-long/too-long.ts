import { defineRule } from '../../engine/define-rule.ts';
import { lengthGoalOf } from '../../engine/length-goal.ts';

export default defineRule({
  meta: {
    id: 'too-long',
    title: 'Too long',
    severity: 'warning',
    category: 'brevity',
    description: 'Flags a draft longer than its kind’s goal (message 150 words, reply 300, InMail 200, note 300 characters).',
    why: 'Get to the point quickly and keep your initial message brief: people are more likely to engage with short, focused messages than with long blocks of text.',
    languageIndependent: true,
  },
  check(ctx) {
    const goal = lengthGoalOf(ctx);
    if (goal.measure <= goal.limit) return [];
    const what = ctx.kind === 'note' ? 'connection note' : ctx.kind === 'inmail' ? 'InMail' : ctx.conversation === 'cold' ? 'first message' : 'reply';
    return [
      {
        message: `${goal.measure} ${goal.unit} is long for a ${what}: aim for ${goal.limit} or fewer.`,
        suggestion: 'Keep who you are, why them and your ask; the background can come later.',
      },
    ];
  },
});

import { defineRule } from '../../engine/define-rule.ts';
import { sentimentOf } from '../../text/lexicons/sentiment.ts';

export default defineRule({
  meta: {
    id: 'negative-tone',
    title: 'Negative tone',
    severity: 'info',
    category: 'tone',
    description: 'Flags a clearly negative overall tone: complaints, blame or sarcasm, measured with a sentiment lexicon.',
    why: 'Stay positive in tone; be polite and gracious if they decline or ignore you, and do not take it personally.',
  },
  check(ctx) {
    const { negative, positive, sarcasm } = sentimentOf(ctx.matchText);
    // One negative word in a warm message ("sorry to hear about the layoffs") is not a negative tone.
    if (negative + sarcasm < 3 || negative + sarcasm < positive * 2 + 1) return [];
    return [
      {
        message: sarcasm > 0 ? 'The message reads as sarcastic and negative.' : 'The overall tone reads as negative: complaint or blame.',
        suggestion: 'Say what you would like to happen next, politely; complaints rarely get replies.',
      },
    ];
  },
});

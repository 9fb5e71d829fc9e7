import { defineRule } from '../../engine/define-rule.ts';
import { compileFamilies, findFamilies } from '../../engine/families.ts';
import { sentimentOf } from '../../text/lexicons/sentiment.ts';
import { families, lexicon } from './families.ts';

const compiled = compileFamilies(families, lexicon);
const WEIGHT = new Map(families.map((f) => [f.name, f.weight]));
const SARCASTIC = new Set(['contempt', 'hostility', 'refusal', 'mockingLaughter']);

export default defineRule({
  meta: {
    id: 'negative-tone',
    title: 'Negative tone',
    severity: 'info',
    category: 'tone',
    description: 'Flags a clearly negative overall tone: complaint or blame, contempt or sarcasm, hostility, mocking laughter.',
    why: 'Stay positive in tone; be polite and gracious if they decline or ignore you, and do not take it personally.',
  },
  check(ctx) {
    // Matched paragraph by paragraph and remembered: re-checking a long draft rescans only what changed.
    const found = findFamilies(ctx, compiled);
    // Praise inside a sarcastic phrase ("Oh great, another…", "really classy") is not praise.
    const { negative, positive } = sentimentOf(ctx.matchText, found);
    const familyScore = found.reduce((sum, m) => sum + WEIGHT.get(m.family)!, 0);
    const score = negative + familyScore;
    // One negative sign in a warm message ("sorry to hear about the layoffs", "haha, thanks!") is not a negative tone.
    if (score < 3 || score < positive * 2 + 1) return [];
    const sarcastic = found.some((m) => SARCASTIC.has(m.family));
    return [
      {
        message: sarcastic ? 'The message reads as sarcastic or hostile.' : 'The overall tone reads as negative: complaint or blame.',
        suggestion: 'Say what you would like to happen next, politely; complaints rarely get replies.',
      },
    ];
  },
});

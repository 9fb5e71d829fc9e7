import { defineRule } from '../../engine/define-rule.ts';
import { addressMarkers } from '../../signals/address.ts';

export default defineRule({
  meta: {
    id: 'mixed-address',
    title: 'Mixed forms of address',
    severity: 'warning',
    category: 'tone',
    description: 'Flags a draft that addresses the same reader both formally and familiarly (Sie and du, vous and tu, usted and tú).',
    why: 'Switching between the formal and the familiar “you” in one message reads as careless, or as a slip of respect: pick the form that fits the person and keep it.',
  },
  // Reads the forms of address of the draft's language (languages.md §6); English has one "you".
  multilingual: true,
  check(ctx) {
    const markers = addressMarkers(ctx);
    if (!markers || markers.metaTalk || markers.formal.length === 0 || markers.familiar.length === 0) return [];
    // The form used less often is the slip; on a tie, the one that comes second.
    const { formal, familiar } = markers;
    const slip =
      formal.length !== familiar.length ? (formal.length < familiar.length ? formal : familiar) : formal[0]!.start > familiar[0]!.start ? formal : familiar;
    const first = slip[0]!;
    const register = slip === formal ? 'formal' : 'familiar';
    return [
      {
        message: `“${ctx.text.slice(first.start, first.end)}” switches to the ${register} form of address; the rest of the draft uses the other one.`,
        start: first.start,
        end: first.end,
        suggestion: 'Pick one form of address and keep it.',
      },
    ];
  },
});

import { defineRule } from '../../engine/define-rule.ts';
import { addressMarkers, recipientDescription } from '../../signals/address.ts';
import { matches, phrasePattern } from '../../text/patterns.ts';
import { lazyPer } from '../../engine/lazy.ts';

const patternOf = lazyPer((words: readonly string[]) => phrasePattern(words));
/** True when one of the words (phrase fragments, case-blind) occurs in the text; lists compile once. */
const mentions = (words: readonly string[] | undefined, text: string): boolean => words !== undefined && words.length > 0 && matches(patternOf(words), text);

const FORMAL_YOU: Record<string, [string, string]> = { de: ['Sie', 'du'], fr: ['vous', 'tu'] };

export default defineRule({
  meta: {
    id: 'informal-address',
    title: 'Familiar “you” to a stranger',
    severity: 'info',
    category: 'tone',
    description: 'Flags the familiar du/tu in a first message to someone in a formal field (law, banking, public office, medicine, academia) in German and French.',
    why: 'In German and French the familiar “you” is offered, not taken: with a stranger in a formal field, the formal one is the safe default until they switch.',
  },
  // French and German only (languages.md §6): es and pt use the familiar form with strangers as a matter of course.
  multilingual: true,
  check(ctx) {
    const cues = ctx.pack?.address;
    const markers = addressMarkers(ctx);
    const forms = FORMAL_YOU[ctx.language];
    if (!cues?.formalSector || !markers || !forms || ctx.conversation !== 'cold') return [];
    if (markers.familiar.length === 0 || markers.formal.length > 0 || markers.metaTalk) return [];
    const about = recipientDescription(ctx);
    if (!mentions(cues.formalSector, about) || mentions(cues.casualSector, about)) return [];
    const location = ctx.recipient?.location ?? '';
    if (/qu[ée]bec|canada|montr[ée]al/i.test(location) || mentions(cues.quebec, ctx.matchText)) return [];
    const first = markers.familiar[0]!;
    const [formal, familiar] = forms;
    return [
      {
        message: `“${ctx.text.slice(first.start, first.end)}” is the familiar form of address, to a stranger in a formal field.`,
        start: first.start,
        end: first.end,
        suggestion: `With a stranger in a formal field, ${formal} is the safe default; switch to ${familiar} when they do.`,
      },
    ];
  },
});

import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { findAll, phrasePattern, type Match } from '../../text/patterns.ts';
import { insideAny } from '../../text/spans.ts';

const OFFERING = '(?:platform|solution|product|tool|software|service|services|agency|app|firm|startup|company|team|assistant|cartons?|system|technology|offering)';
const HELP = '(?:helps?|can help|will help|could help|enables?|allows?|lets|automates?|is helping|are helping|have helped)';
const TARGETS = '(?:companies|businesses|brands|teams|leaders|marketers|founders|owners|retailers|startups|agencies|firms|professionals|recruiters|people|organi[sz]ations)';

// A pitch on its own: aimed at the reader, a call to buy, or an offer.
const STRONG = phrasePattern([
  `${TARGETS} like (?:yours|you)`,
  '(?:we|I) (?:help|can help|\'d help|could help) (?:you|your team|your company|your business)',
  '(?:book|schedule|set up|arrange|get|give you|show you|hop on|jump on|for) (?:a |an |our )?(?:quick |short |free |live |personali[sz]ed |\\d+-minute )?demo',
  'demo (?:next|this) \\S+', 'free (?:trial|audit|consultation|assessment|pilot)', 'try (?:it|us|our \\S+) (?:for )?free',
  '(?:free|risk-free) for \\d+ days', '\\d+ ?% off', 'discount(?:ed)? (?:on|for|code|pricing)',
  '(?:send|share|attach|attached|sending|sharing) (?:you |over )?(?:our|my) (?:pricing|price list|rates|rate card|proposal|deck)',
  '(?:our|my) pricing', 'send over (?:our )?pricing', 'agency fee',
  "(?:I'd|I would) love to show you how (?:we|our|I)",
  '(?:boost|grow|double|triple|increase|10x|skyrocket|scale) your (?:\\S+ )?(?:leads|revenue|sales|pipeline|conversions?|traffic|roi|output|growth|bookings)',
]);
// Describing what a company does: a pitch only together with another sign ("At Stripe we help businesses…" alone is not one).
const WEAK = phrasePattern([
  `(?:our|my) (?:[\\p{L}-]+ ){0,3}?${OFFERING} ${HELP}`,
  `(?:we|I) (?:help|helped|are helping|can help|'re helping) (?:\\S+ ){0,3}?${TARGETS}`,
  '(?:boost|grow|double|triple|increase|10x|skyrocket|scale) (?:their )?(?:\\S+ )?(?:leads|revenue|sales|pipeline|conversions?|traffic|roi|output|growth|bookings)',
  '(?:save|saves|cut|cuts|reduce|reduces) (?:\\S+ ){0,2}?(?:\\d+\\+? hours|\\d+ ?%|costs|churn)',
]);
const NOT_SELLING = phrasePattern(["(?:I'm|I am) not (?:selling|pitching)"]);

export default defineRule({
  meta: {
    id: 'sales-pitch',
    severity: 'warning',
    category: 'relationship',
    description: 'Flags unsolicited pitching in a cold conversation.',
    why: 'Avoid overt sales pitches or solicitations unless you have a clearly established business relationship.',
  },
  check(ctx) {
    // Once they have written back, pricing or a demo they asked for is business, not a pitch.
    if (ctx.conversation !== 'cold') return [];
    const skip = [...ctx.nonProse(), ...findAll(NOT_SELLING, ctx.matchText)];
    const keep = (m: Match) => !insideAny(skip, m);
    const strong = findAll(STRONG, ctx.matchText).filter(keep);
    const weak = findAll(WEAK, ctx.matchText).filter((m) => keep(m) && !insideAny(strong, m));
    if (strong.length === 0 && weak.length < 2) return [];
    return [...strong, ...weak]
      .sort((a, b) => a.start - b.start)
      .map((m): RuleFinding => ({
        message: 'This reads as a sales pitch to someone who has not asked for one.',
        start: m.start,
        end: m.end,
        suggestion: 'Start a conversation about their work first; offer your product only if they show interest.',
      }));
  },
});

import { phraseRule } from '../../engine/phrase-rule.ts';

const OFFERING = '(?:platform|solution|product|tool|software|service|services|agency|app|firm|startup|company|team|assistant|cartons?|system|technology|offering)';
const HELP = '(?:helps?|can help|will help|could help|enables?|allows?|lets|automates?|is helping|are helping|have helped)';
const TARGETS = '(?:companies|businesses|brands|teams|leaders|marketers|founders|owners|retailers|startups|agencies|firms|professionals|recruiters|people|organi[sz]ations)';

export default phraseRule({
  meta: {
    id: 'sales-pitch',
    severity: 'warning',
    category: 'relationship',
    description: 'Flags unsolicited pitching in a cold conversation.',
    why: 'Avoid overt sales pitches or solicitations unless you have a clearly established business relationship.',
  },
  // Once they have written back, pricing or a demo they asked for is business, not a pitch.
  appliesTo: (ctx) => ctx.conversation === 'cold',
  groups: [
    {
      phrases: [
        `(?:our|my) (?:[\\p{L}-]+ ){0,3}?${OFFERING} ${HELP}`,
        `(?:we|I) (?:help|helped|are helping|can help|'re helping) (?:\\S+ ){0,3}?${TARGETS}`,
        `(?:we|I) (?:help|can help|'d help|could help) (?:you|your team|your company|your business)`,
        `${TARGETS} like (?:yours|you)`,
        '(?:book|schedule|set up|arrange|get|give you|show you|hop on|jump on|for) (?:a |an |our )?(?:quick |short |free |live |personali[sz]ed |\\d+-minute )?demo',
        'demo (?:next|this) \\S+', 'free (?:trial|audit|consultation|assessment|pilot)', 'try (?:it|us|our \\S+) (?:for )?free',
        '(?:free|risk-free) for \\d+ days', '\\d+ ?% off', 'discount(?:ed)? (?:on|for|code|pricing)',
        '(?:send|share|attach|attached|sending|sharing) (?:you |over )?(?:our|my) (?:pricing|price list|rates|rate card|proposal|deck)',
        '(?:our|my) pricing', 'send over (?:our )?pricing', 'agency fee',
        "(?:I'd|I would) love to show you how (?:we|our|I)",
        '(?:boost|grow|double|triple|increase|10x|skyrocket|scale) (?:your |their )?(?:\\S+ )?(?:leads|revenue|sales|pipeline|conversions?|traffic|roi|output|growth|bookings)',
        '(?:save|saves|cut|cuts|reduce|reduces) (?:\\S+ ){0,2}?(?:\\d+\\+? hours|\\d+ ?%|costs|churn)',
      ],
      message: () => 'This reads as a sales pitch to someone who has not asked for one.',
      suggestion: 'Start a conversation about their work first; offer your product only if they show interest.',
    },
  ],
  unless: ["(?:I'm|I am) not (?:selling|pitching)"],
});

import { phraseRule } from '../../engine/phrase-rule.ts';
import { PROFANE_PHRASES, PROFANITY } from '../../text/lexicons/profanity.ts';

// A masked letter ("sh*t", "f***", "a$$", "@ss", "sh!t"): any of these stands for one letter.
const MASK = '[*#@$%!]';
// Symbols that stand for a word's first letter; the other letters may be any mask.
const FIRST_LETTER_LOOKALIKE: Record<string, string> = { a: '@', s: '$' };

/**
 * A word as a pattern that also matches it with letters masked: the first letter as written (or its
 * lookalike), each later letter as written or masked. Fixed length, no nested quantifiers: linear.
 */
function maskable(word: string): string {
  const [first, ...rest] = [...word];
  const lookalike = FIRST_LETTER_LOOKALIKE[first!];
  const head = lookalike ? `[${first}${lookalike === '$' ? '\\$' : lookalike}]` : first!;
  return head + rest.map((letter) => `(?:${letter}|${MASK})`).join('');
}

const words = Object.values(PROFANITY).flat();

export default phraseRule({
  meta: {
    id: 'profanity',
    title: 'Profanity',
    severity: 'warning',
    category: 'tone',
    description: 'Flags swearing and vulgar words, also masked or abbreviated: “shit”, “sh*t”, “f***”, “wtf”, “crap”, “damn it”, “pissed off”.',
    why: 'A professional tone is calm, polite and gracious; swearing, even masked or in jest, reads as disrespect to someone you do not know well.',
  },
  groups: [
    {
      phrases: [...PROFANE_PHRASES, ...words.map(maskable)],
      message: (excerpt) => `“${excerpt}” is swearing; most people on LinkedIn read it as unprofessional.`,
      suggestion: 'Leave it out and say plainly what you mean.',
    },
  ],
  // "A hell of a…" is an idiom of praise, not an oath.
  unless: ['a hell of an?'],
});

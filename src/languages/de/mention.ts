import type { MentionCues } from '../types.ts';

/**
 * `no-context`'s backstop: a sentence about the reader (Sie, du) that names something particular (see
 * signals/specific-mention.ts). "Sie" and "Ihr…" are matched with their capital ("sie" is she or they).
 */
export const mention: MentionCues = {
  reader: ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres', 'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines'],
  together: ['wir beide', 'wir beiden', 'beide', 'zusammen', 'gemeinsam'],
  ourSide: ['wir', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'wie Ihres', 'wie Ihre', 'wie Ihr', 'wie Ihrem', 'wie Ihren', 'wie deins', 'wie deine'],
  placePrepositions: ['in', 'im', 'nach', 'aus'],
  selfIntroductions: ['ich bin', 'mein Name ist', 'ich heiße', 'hier ist', 'hier schreibt'],
  notNames: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};

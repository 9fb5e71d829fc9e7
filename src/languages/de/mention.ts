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
  sharedMoment: [
    // What they did: "Sie haben … einen Kommentar hinterlassen", "Sie erwähnten", "haben Sie … angesprochen".
    '(?<![\\p{L}])(?:Sie|du) (?:haben|hatten|waren|sind|hast|hattest|warst|bist)\\b[^.!?\\n]{0,80}?(?<![\\p{L}])(?:ge\\p{L}+t|ge\\p{L}+en|erwähnt|erzählt|vorgestellt|angesprochen|besucht|geleitet|betreut|hinterlassen)(?![\\p{L}])',
    '(?<![\\p{L}])(?:Sie|du) (?:erwähnten|erzählten|sagten|warst|waren)(?![\\p{L}])',
    '(?<![\\p{L}])(?:haben|hatten) (?:Sie|du) [^.!?\\n]{0,60}?(?<![\\p{L}])(?:ge\\p{L}+t|ge\\p{L}+en|angesprochen|vorgestellt|erzählt)(?![\\p{L}])',
    // What we did together: "wir saßen nebeneinander", "haben wir kurz über … gesprochen".
    '(?<![\\p{L}])[Ww]ir (?:haben|hatten) [^.!?\\n]{0,60}?(?<![\\p{L}])(?:gesprochen|geredet|geteilt|gesessen|gestanden|zusammengearbeitet|geplaudert)(?![\\p{L}])',
    '(?<![\\p{L}])[Ww]ir (?:saßen|standen(?! vor))(?![\\p{L}])',
    '(?<![\\p{L}])haben wir [^.!?\\n]{0,60}?(?<![\\p{L}])(?:gesprochen|geredet|geplaudert)(?![\\p{L}])',
  ],
};

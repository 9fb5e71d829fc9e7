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
  ownEmployer: ['(?:ich bin|ich arbeite|ich leite|ich verantworte|ich betreue)(?: (?!(?:Sie|Ihr\\p{L}*|du|dein\\p{L}*|dass|und|aber|wo|wie)(?![\\p{L}]))[\\p{L}\\p{N}’\'-]+){0,4} (?:bei|für)'],
  sharedMoment: [
    // What they did (not a discourse marker: "Sie sind ehrlich gesagt meine letzte Hoffnung"): "Sie haben … einen Kommentar hinterlassen", "Sie erwähnten", "haben Sie … angesprochen".
    '(?<![\\p{L}])(?:Sie|du) (?:haben|hatten|waren|sind|hast|hattest|warst|bist)\\b[^.!?\\n]{0,80}?(?<![\\p{L}])(?<!(?:ehrlich|offen|kurz|anders|salopp|vereinfacht|gelinde|nebenbei|wie|grob|allgemein|genauer|besser|unter uns) )(?:ge\\p{L}+t|ge\\p{L}+en|erwähnt|erzählt|vorgestellt|angesprochen|besucht|geleitet|betreut|hinterlassen)(?![\\p{L}])',
    '(?<![\\p{L}])(?:Sie|du) (?:erwähnten|erzählten|sagten|warst|waren)(?![\\p{L}])',
    '(?<![\\p{L}])(?:haben|hatten) (?:Sie|du) [^.!?\\n]{0,60}?(?<![\\p{L}])(?:ge\\p{L}+t|ge\\p{L}+en|angesprochen|vorgestellt|erzählt)(?![\\p{L}])',
    // The same in a clause with the verb last: "weil Sie die Sanierung der Stadthalle übernommen haben", "dass du den Kurs geleitet hast".
    // Not a LinkedIn click or what they heard of us: "dass Sie mein Profil besucht haben", "da Sie sicher schon von uns gehört haben".
    '(?<![\\p{L}])(?:dass|weil|da|nachdem|als) (?:Sie|du) (?:(?!(?:Profil|Anfrage|Einladung|Nachricht|Beitrag|uns|mir|mich)(?![\\p{L}]))[^.!?\\n,]){0,80}?(?<![\\p{L}])' +
      '(?!(?:besucht|angesehen|angeschaut|angeklickt|angenommen|akzeptiert|bestätigt|gelikt|geliked|vernetzt|gesehen|gehört|erhalten|bekommen|gelesen)(?![\\p{L}]))' +
      '(?:ge\\p{L}+t|ge\\p{L}+en|\\p{L}+iert|(?:be|er|ver|ent|über|unter)\\p{L}{3,}(?:t|en)|\\p{L}+ge\\p{L}+(?:t|en)) (?:haben|hatten|hast|hattest)(?![\\p{L}])',
    // What we did together: "wir saßen nebeneinander", "haben wir kurz über … gesprochen".
    '(?<![\\p{L}])[Ww]ir (?:haben|hatten) [^.!?\\n]{0,60}?(?<![\\p{L}])(?:gesprochen|geredet|geteilt|gesessen|gestanden|zusammengearbeitet|geplaudert)(?![\\p{L}])',
    '(?<![\\p{L}])[Ww]ir (?:saßen|standen(?! vor))(?![\\p{L}])',
    '(?<![\\p{L}])haben wir [^.!?\\n]{0,60}?(?<![\\p{L}])(?:gesprochen|geredet|geplaudert)(?![\\p{L}])',
  ],
  // A past moment of theirs, dated: "danke für den Workshop gestern", "Ihr Unternehmen ist uns auf der Interpack 2023 aufgefallen".
  datedMoment: {
    pastTime: [
      'gestern', 'vorgestern',
      '(?:letzte|letzten|letztes|vergangene|vergangenen|vergangenes) (?:Woche|Monat|Jahr|Sommer|Winter|Herbst|Frühling|Frühjahr|Semester|Quartal|Wochenende|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)',
      'vor (?:\\d+|einem|einer|zwei|drei|vier|fünf|sechs|ein paar|einigen|wenigen|kurzem) (?:Tagen|Wochen|Monaten|Jahren|Tag|Woche|Monat|Jahr)',
      'Anfang (?:der|dieser) Woche', 'letztes Mal',
    ],
    date: ['am (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)', 'am \\d{1,2}\\.', '(?:19|20)\\d\\d'],
    pastVerb: [
      'ge\\p{Ll}{2,}(?:t|en)', '\\p{Ll}{2,}ge\\p{Ll}{2,}(?:t|en)', '(?:be|er|ver|ent|emp)\\p{Ll}{2,}t',
      'war', 'waren', 'warst', 'hatte', 'hatten', 'hattest', 'trafen', 'saßen', 'standen', 'sprachen', 'gab', 'kam', 'kamen',
    ],
    notAMoment: [
      // My own messages and follow-ups.
      '(?:habe|hatte) (?:Ihnen|dir) (?:\\S+ ){0,3}?(?:geschrieben|geschickt|gesendet|gemailt)',
      '(?:meine|meiner|meinen|meinem) (?:\\S+ )?(?:Nachricht|Anfrage|Kontaktanfrage|Mail|E-Mail|Einladung|Bewerbung|Unterlagen|Angebot)',
      'nachhaken', 'nachfassen', 'erinnern',
      // LinkedIn clicks, a sighting, anyone like them, a claimed exchange.
      '(?:habe|hab|hatte) (?:Sie|dich) (?:\\S+ ){0,5}?gesehen', 'Profil', 'vernetzt', 'angenommen', 'wie Sie', 'wie Ihres', 'wie Ihre', 'wie du', 'wie besprochen', 'wie vereinbart', 'wie versprochen',
      // A claimed earlier call or exchange is not a moment of theirs: "anknüpfend an unser Telefonat letzte Woche … wie zugesagt".
      'wie zugesagt', 'wie abgesprochen', 'wie angekündigt', 'wie telefonisch', 'wie am Telefon', 'anknüpfend an', 'bezugnehmend auf', 'Bezug nehmend auf', 'in Anknüpfung an', 'mit Bezug auf unser',
    ],
  },
};

import type { MentionCues } from '../types.ts';

/** `no-context`'s backstop: a sentence about the reader (vous, tu) that names something particular (see signals/specific-mention.ts). */
export const mention: MentionCues = {
  reader: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'te', 'toi'],
  together: ['tous deux', 'tous les deux', 'toutes deux', 'toutes les deux', 'nous deux', 'ensemble'],
  ourSide: ['nous', 'notre', 'nos', 'comme la vôtre', 'comme le vôtre', 'comme vous', 'comme toi', 'comme la tienne', 'comme le tien'],
  placePrepositions: ['à', 'en', 'près de', 'depuis', 'région de', 'sur le', 'sur la'],
  selfIntroductions: ['je suis', "je m'appelle", 'je m’appelle', 'de la part de', 'master de', 'master en', 'licence de', 'licence en', 'diplômé de', 'diplômée de', 'diplômé en', 'diplômée en', 'études de', 'études en'],
  notNames: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ownEmployer: ['(?:je suis|je travaille|je dirige|je recrute)(?: (?!(?:vous|votre|tu|ton|ta|te|que|qu|et|mais|où)(?![\\p{L}]))[\\p{L}\\p{N}’\'-]+){0,4} (?:chez|à|au|pour)'],
  sharedMoment: [
    // What they did, with a past participle: "vous avez présidé le jury", "vous m'avez parlé de" (not "vous avez vu mon profil", "vous avez un profil…").
    "(?<![\\p{L}])vous (?:m'|m’|nous |l'|l’|les |en |y )?(?:avez|aviez|êtes venue?s?|êtes passée?s?) (?:\\p{L}+ment )?(?!(?:vu|lu|consulté|accepté|visité|reçu|ignoré|été)(?![\\p{L}]))\\p{L}*(?:é|ée|és|ées|i|is|ie|it|u|us|ue|ert|erte|int|ainte)(?![\\p{L}])",
    // What we did together: "nous avons partagé un taxi", "nous étions voisines de table".
    '(?<![\\p{L}])nous (?:avons|avions) (?:partagé|discuté|échangé|siégé|travaillé ensemble|étudié ensemble)(?! en interne)',
    '(?<![\\p{L}])nous étions (?:voisin\\p{L}*|ensemble|dans la même|dans le même|tous deux|toutes deux)',
  ],
  // A past moment of theirs, dated: "merci pour l'atelier d'hier", "vous nous avez présentés la semaine dernière".
  datedMoment: {
    pastTime: [
      'hier', 'avant-hier',
      "(?:la semaine|le mois|l'an|l’an|l'année|l’année|le semestre|le trimestre|le week-end|l'été|l’été|l'hiver|l’hiver|l'automne|l’automne|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) derni(?:er|ère)",
      "il y a (?:\\d+|un|une|deux|trois|quatre|cinq|six|quelques) (?:jours|semaines|mois|ans|années|jour|semaine|an|année)",
    ],
    date: ['(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)', 'le \\d{1,2}(?:er)?', 'en (?:19|20)\\d\\d'],
    pastVerb: ["(?:avez|avons|as|ai|a|avaient|aviez|étiez|étais|était|sommes|êtes|suis|es|est) (?:\\S+ ){0,2}?\\p{Ll}{2,}(?:é|ée|és|ées|i|is|it|u|ue|us)"],
    notAMoment: [
      // My own messages and follow-ups.
      "(?:vous|t)['’ ]?(?:ai|avais) (?:\\S+ )?(?:envoyé|écrit)", "(?:mon|ma|mes) (?:\\S+ ){0,2}?(?:message|mail|e-mail|invitation|cv|demande|candidature|proposition|note)", 'relance', 'je reviens vers',
      // LinkedIn clicks, a sighting, anyone like them, a claimed exchange.
      "(?:vous|t)['’ ]?(?:ai|avais) (?:\\S+ )?(?:vu|aperçu|croisé)(?:e|s)?", 'profil', 'accepté', 'comme vous', 'comme toi', 'comme (?:convenu|promis|discuté|évoqué)',
    ],
  },
};

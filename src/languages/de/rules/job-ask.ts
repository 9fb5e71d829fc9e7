import type { LocalizedRule } from '../../types.ts';

/** Asking a stranger for a job or a referral (languages.md §5 `job-ask`). */
export const jobAsk: LocalizedRule = {
  lexicon: {
    jobNoun: ['stelle', 'job', 'arbeit', 'position', 'anstellung', 'praktikumsstelle', 'praktikum', 'ausbildungsplatz', 'vakanz', 'jobangebot', 'arbeitsplatz', 'werkstudentenstelle'],
  },
  families: [
    {
      name: 'asksForJob',
      means: 'asks them for a job',
      patterns: [
        '(?:haben|hätten|gibt es|gäbe es|habt ihr|hast du|hättest du) (?:Sie |ihr |du )?(?:\\S+ ){0,3}?(?:eine|einen|ein|irgendeine|irgendeinen|freie|offene) (?:\\S+ )?{jobNoun} (?:\\S+ )?für mich',
        '{jobNoun} für mich(?: \\S+){0,4}\\?',
        '(?:haben|hätten|hast|hättest) (?:Sie|du) (?:\\S+ )?(?:etwas|was) (?:\\S+ )?für mich(?: \\S+){0,4}\\?',
        // "Sucht Ihr Team zufällig Verstärkung?", "Stellen Sie gerade ein?"
        '(?:suchen Sie|sucht Ihr Team|sucht ihr|suchst du|sucht Ihre Firma|sucht Ihre Abteilung) (?:\\S+ )?(?:zufällig |gerade |noch |aktuell )?(?:jemanden|Verstärkung|Mitarbeiter|Mitarbeitende|Leute)(?=[^.!?\\n]{0,60}\\?)',
        '(?:stellen Sie|stellt ihr|stellst du|stellt Ihr Team|stellt Ihre Firma) (?:\\S+ )?(?:gerade|aktuell|zurzeit|momentan) (?:\\S+ )?ein\\?',
        '(?:passende|offene|freie) (?:\\S+ )?{jobNoun} (?:\\S+ ){0,3}?(?:für mich|hätten|haben|wüssten)',
        '(?:stellen Sie mich|stell mich|stellt mich) (?:\\S+ )?ein',
        '(?:können|könnten|würden) Sie mich (?:\\S+ )?einstellen',
        'ich brauche (?:\\S+ )?(?:irgendeinen|irgendeine|einen|eine|dringend einen|dringend eine) (?:\\S+ )?(?:Job|Stelle|Arbeit)',
        '(?:irgendeinen|irgendeine) (?:\\S+ )?(?:Job|Stelle|Arbeit)',
        // "Ich suche eine Stelle im Einkauf", "bin auf der Suche nach einem neuen Job" (said to a stranger)
        'ich (?:suche|bin auf der Suche nach) (?:\\S+ )?(?:eine|einen|ein|einer|einem) (?:neue |neuen |feste |festen |unbefristete |unbefristeten )?{jobNoun}',
        // "Hab gehört, ihr sucht Monteure. Ich hätte Interesse."
        '(?:ihr sucht|Sie suchen|du suchst|sucht ihr|suchen Sie) (?:\\S+ ){0,3}?[\\p{L}-]+[.!]? (?:ich hätte|hätte|ich habe|hab|ich hab) (?:\\S+ )?Interesse', '(?:nehme|mache) (?:\\S+ )?(?:jeden|jede) (?:\\S+ )?(?:Job|Stelle|Arbeit)',
      ],
    },
    {
      name: 'asksForReferral',
      means: 'asks them to recommend you',
      patterns: [
        '(?:können|könnten|würden|kannst|könntest|würdest) (?:Sie|du) mich (?:\\S+ ){0,4}?(?:empfehlen|weiterempfehlen|vorschlagen|referieren)',
        'ein gutes Wort (?:\\S+ ){0,6}?(?:einlegen|einlegst|einzulegen)',
        '(?:empfehlen|empfiehl) (?:Sie )?mich (?:\\S+ )?(?:intern|weiter|bei)',
        '(?:Lebenslauf|CV|Bewerbung|Unterlagen) (?:\\S+ ){0,4}?(?:an die Personalabteilung|an HR|an die HR|an Ihre HR|ans HR|an die Personaler|an den Personaler|an Ihre Personalabteilung) (?:\\S+ )?(?:weiterleiten|weitergeben|geben)',
        '(?:weiterleiten|weitergeben)(?=[^.?!\\n]{0,40}(?:Lebenslauf|CV))',
        '(?:meinen|meine|mein) (?:Lebenslauf|CV|Bewerbung|Unterlagen|Profil) (?:\\S+ ){0,5}?(?:weiterleiten|weitergeben|weiterreichen|zukommen lassen)',
      ],
    },
  ],
};

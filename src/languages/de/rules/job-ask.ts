import type { LocalizedRule } from '../../types.ts';

/** Asking a stranger for a job or a referral (languages.md §5 `job-ask`). */
// Having applied (not "noch nicht beworben"), a referral or a question about the team follows up on an application
// (languages.md §5 `job-ask`: "ich habe mich beworben (Ref.-Nr. …)" stays quiet), as the other packs do.
const APPLIED =
  '(?:ich habe|ich hab|habe ich|hab ich|(?:dass|da|weil|nachdem|seit|wo) ich) mich (?:(?!nicht |noch nicht |initiativ)[^\\s.!?]+ ){0,14}?(?:beworben|beworben habe)(?![\\p{L}])|(?:meine|die) Bewerbung (?:\\S+ ){0,6}?(?:eingereicht|abgeschickt|hochgeladen|übermittelt)|(?:Job-ID|Stellen-ID|Ref\\.-Nr\\.|Referenznummer|Kennziffer)';

export const jobAsk: LocalizedRule = {
  quietWhen: [APPLIED],
  // An unsolicited application is an application when it goes to recruiting or HR (languages.md §5).
  quietForRecipient: {
    families: ['spontaneousApplication'],
    headline: ['recruit\\p{L}*', 'talent\\p{L}*', 'HR', 'human resources', 'people', 'personal\\p{L}*', '[\\p{L}-]*personaler\\p{L}*', 'headhunter\\p{L}*'],
  },
  lexicon: {
    jobNoun: ['stelle', 'job', 'arbeit', 'position', 'anstellung', 'praktikumsstelle', 'praktikum', 'ausbildungsplatz', 'praktikumsplatz', 'vakanz', 'jobangebot', 'arbeitsplatz', 'werkstudentenstelle'],
  },
  families: [
    {
      name: 'asksForJob',
      means: 'asks them for a job',
      patterns: [
        '(?:haben|hätten|gibt es|gäbe es|habt ihr|hast du|hättest du) (?:Sie |ihr |du )?(?:\\S+ ){0,3}?(?:eine|einen|ein|irgendeine|irgendeinen|freie|offene) (?:\\S+ )?{jobNoun} (?:\\S+ )?für mich',
        '{jobNoun} für mich(?: \\S+){0,4}\\?',
        '(?:haben|hätten|hast|hättest) (?:Sie|du) (?:\\S+ )?(?:etwas|was) (?:\\S+ )?für mich(?: \\S+){0,4}\\?',
        // "Gibt es bei Ihnen vielleicht was für mich?", "Hättet ihr einen Platz für mich im Team?"
        '(?:gibt es|gäbe es|habt ihr|hättet ihr|haben Sie|hätten Sie|hast du|hättest du) (?:\\S+ ){0,5}?(?:etwas|was|eine Möglichkeit|eine Chance|einen Platz|Platz|eine Lücke) (?:\\S+ )?für mich(?: \\S+){0,5}\\?',
        // "Sucht Ihr Team zufällig Verstärkung?", "Stellen Sie gerade ein?"
        '(?:suchen Sie|sucht Ihr Team|sucht ihr|suchst du|sucht Ihre Firma|sucht Ihre Abteilung) (?:\\S+ )?(?:zufällig |gerade |noch |aktuell )?(?:jemanden|Verstärkung|Mitarbeiter|Mitarbeitende|Leute)(?=[^.!?\\n]{0,60}\\?)',
        '(?:stellen Sie|stellt ihr|stellst du|stellt Ihr Team|stellt Ihre Firma) (?:\\S+ )?(?:gerade|aktuell|zurzeit|momentan) (?:\\S+ )?ein\\?',
        '(?:passende|offene|freie) (?:\\S+ )?{jobNoun} (?:\\S+ ){0,3}?(?:für mich|hätten|haben|wüssten)',
        '(?:stellen Sie mich|stell mich|stellt mich) (?:\\S+ )?ein',
        // Asking them to arrange a place: "vllt kannst du mir ja was bei euch vermitteln?", "könnten Sie mir einen Praktikumsplatz besorgen?"
        '(?:kannst|könntest|können|könnten|würden|würdest) (?:Sie|du) (?:\\S+ ){0,2}?mir (?:\\S+ ){0,2}?(?:(?:was|etwas) (?:bei euch|bei Ihnen|in eurem Team|in Ihrem Team|im Team|in der Firma) |(?:eine|einen|ein|nen|ne) (?:\\S+ )?{jobNoun} (?:\\S+ ){0,3}?)(?:vermitteln|besorgen|verschaffen|klarmachen|organisieren)',
        // "Falls bei Ihnen im Team etwas frei wird, … wenn Sie an mich denken"
        '(?:falls|wenn|sobald|sollte) (?:[^\\s.!?]+ ){0,5}?(?:etwas|was|eine Stelle|eine Position|eine Vakanz|ein Platz|eine Lücke) (?:\\S+ ){0,2}?(?:frei wird|frei werden|frei|offen ist|vakant|ausgeschrieben wird|aufgeht)[^.!?\\n]{0,60}?(?:an mich denken|an mich dächten|mich berücksichtigen|mich vormerken|mich im Hinterkopf|(?:denken|denk|denkt) (?:Sie |du |ihr )?(?:\\S+ )?an mich|melde ich mich gern|würde ich mich (?:\\S+ ){0,4}?freuen|wäre ich (?:\\S+ ){0,4}?dankbar)',
        '(?:denken Sie|denk|denkt) (?:\\S+ ){0,2}?an mich(?=[^.!?\\n]{0,60}(?:Stelle|Position|Vakanz|frei wird|Team))',
        '(?:können|könnten|würden) Sie mich (?:\\S+ )?einstellen',
        // "Bitte geben Sie mir eine Chance bei Ihnen", "gib mir ne Chance in eurem Team!" (not "eine Chance, Ihnen … zu zeigen")
        '(?:geben Sie|gib|gebt|könnten Sie|können Sie|würden Sie|kannst du|könntest du|würdest du) (?:\\S+ ){0,2}?mir (?:\\S+ ){0,2}?(?:eine|die|ne|\'ne) (?:\\S+ )?Chance(?: (?:geben|gibst|gebt|geben würden|geben könnten))?(?= (?:bei (?:Ihnen|euch|dir)|in (?:Ihrem|eurem|deinem|Ihrer|eurer|deiner) (?:Team|Firma|Unternehmen|Abteilung))(?![\\p{L}])|[.!?]+(?:\\s|$)|$)',
        'ich brauche (?:\\S+ )?(?:irgendeinen|irgendeine|einen|eine|dringend einen|dringend eine) (?:\\S+ )?(?:Job|Stelle|Arbeit)',
        '(?:irgendeinen|irgendeine) (?:\\S+ )?(?:Job|Stelle|Arbeit)',
        // "Ich suche eine Stelle im Einkauf", "bin auf der Suche nach einem neuen Job" (said to a stranger)
        'ich (?:suche|bin auf der Suche nach) (?:\\S+ )?(?:eine|einen|ein|einer|einem) (?:neue |neuen |feste |festen |unbefristete |unbefristeten )?{jobNoun}',
        // Chat German drops the subject and clips the article: "bin grad auf der Suche nach nem neuen Job"
        '(?:ich )?bin (?:\\S+ )?auf der Suche nach (?:einer|einem|nem|ner|\'nem|\'ner) (?:neue |neuen |festen |unbefristeten )?{jobNoun}',
        // "Hab gehört, ihr sucht Monteure. Ich hätte Interesse."
        '(?:ihr sucht|Sie suchen|du suchst|sucht ihr|suchen Sie) (?:\\S+ ){0,3}?[\\p{L}-]+[.!]? (?:ich hätte|hätte|ich habe|hab|ich hab) (?:\\S+ )?Interesse', '(?:nehme|mache) (?:\\S+ )?(?:jeden|jede) (?:\\S+ )?(?:Job|Stelle|Arbeit)',
      ],
    },
    {
      // "anbei meine Initiativbewerbung" to someone who does not hire.
      name: 'spontaneousApplication',
      means: 'sends an unsolicited application to someone who does not recruit',
      patterns: ['Initiativbewerbung', 'Blindbewerbung', 'initiativ (?:[^\\s.!?]+ ){0,9}?(?:bewerben|bewerbe|beworben)', 'bewerbe (?:ich )?mich (?:\\S+ ){0,3}?initiativ'],
    },
    {
      name: 'asksForReferral',
      means: 'asks them to recommend you',
      patterns: [
        '(?:können|könnten|würden|kannst|könntest|würdest) (?:Sie|du) mich (?:[^\\s,.!?]+ ){0,8}?(?:empfehlen|weiterempfehlen|vorschlagen|referieren)(?![\\p{L}])',
        // Placed in their team: "könnten Sie mich vielleicht in Ihrem Team unterbringen", "kannst du mich bei euch reinbringen"
        '(?:können|könnten|würden|kannst|könntest|würdest) (?:Sie|du) mich (?:[^\\s,.!?]+ ){0,3}?(?:bei (?:Ihnen|dir|euch)|in (?:Ihrem|Ihrer|Ihr|deinem|deiner|dein|eurem|eurer|euer) (?:\\S+ )?(?:Team|Firma|Abteilung|Unternehmen|Betrieb|Bereich|Konzern|Labor|Kanzlei|Praxis)) (?:[^\\s,.!?]+ ){0,3}?(?:unterbringen|einstellen|aufnehmen|unterkriegen|reinbringen|beschäftigen|reinholen|holen)(?![\\p{L}])',
        // Put forward for a role: "mich bei SAP als Werkstudent ins Gespräch bringen", "mich als Praktikantin unterbringen"
        'mich (?:\\S+ ){0,4}?als (?:\\S+ ){1,2}?(?:ins Gespräch bringen|ins Spiel bringen|vorschlagen|empfehlen|unterbringen|reinbringen|einschleusen)',
        'ein gutes Wort (?:\\S+ ){0,6}?(?:einlegen|einlegst|einzulegen)',
        '(?:empfehlen|empfiehl) (?:Sie )?mich (?:\\S+ )?(?:intern|weiter|bei)',
        '(?:Lebenslauf|CV|Bewerbung|Unterlagen) (?:\\S+ ){0,4}?(?:an die Personalabteilung|an HR|an die HR|an Ihre HR|ans HR|an die Personaler|an den Personaler|an Ihre Personalabteilung) (?:\\S+ )?(?:weiterleiten|weitergeben|geben)',
        '(?:weiterleiten|weitergeben)(?=[^.?!\\n]{0,40}(?:Lebenslauf|CV))',
        // "meinen Lebenslauf – vielleicht können Sie ihn an die richtige Stelle weitergeben?" (within one sentence)
        '(?:meinen|meine|mein) (?:Lebenslauf|CV|Bewerbung|Unterlagen|Bewerbungsunterlagen|Profil) [^.!?\\n]{0,80}?(?:weiterleiten|weitergeben|weiterreichen|zukommen lassen)',
      ],
    },
  ],
};

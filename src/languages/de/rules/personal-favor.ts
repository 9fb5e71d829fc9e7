import type { LocalizedRule } from '../../types.ts';

/** Favors asked of a stranger: endorsements, likes, votes, money, intros, reviews (languages.md §5 `personal-favor`). */
export const personalFavor: LocalizedRule = {
  // An introduction asked once they have written has a professional reason (languages.md §5).
  coldOnlyFamilies: ['asksForIntro'],
  lexicon: {
    please: ['bitte', 'doch', 'mal', 'kurz', 'gern', 'gerne', 'einfach'],
  },
  families: [
    {
      name: 'endorseSkills',
      means: 'asks to endorse your skills',
      patterns: [
        '(?:meine|meiner) (?:\\S+ )?(?:Kenntnisse|Fähigkeiten|Skills|Kompetenzen) (?:\\S+ ){0,5}?(?:bestätigen|bestätigst|bestätigt|endorsen|empfehlen)',
        '(?:bestätigen|bestätige|endorse|endorsen) (?:Sie |du )?(?:\\S+ )?(?:meine|mir meine) (?:\\S+ )?(?:Kenntnisse|Fähigkeiten|Skills|Kompetenzen)',
        '(?:eine|meine) (?:\\S+ )?(?:LinkedIn-)?Empfehlung (?:\\S+ ){0,3}?(?:schreiben|schreibst|ausstellen|geben)',
        '(?:ein )?(?:Empfehlungsschreiben|Referenzschreiben) (?:\\S+ ){0,3}?(?:schreiben|ausstellen|verfassen)',
      ],
    },
    {
      name: 'likeShareVote',
      means: 'asks for likes, shares or votes',
      patterns: [
        '(?:liken|teilen|kommentieren|teil|teile|folgen|abonnieren|reposten) (?!ich\\b|wir\\b)(?:Sie |du )?(?:{please} )?(?:\\S+ )?(?:meinen|meine|mein|unseren|unsere|unser) (?:\\S+ )?(?:Beitrag|Post|Posting|Seite|Kanal|Profil|Video|Unternehmensseite)',
        '(?:meinen|meine|mein|unseren|unsere|unser) (?:\\S+ )?(?:Beitrag|Post|Posting|Seite|Kanal|Video) (?:\\S+ ){0,8}?(?:liken|teilen|kommentieren|reposten|abonnieren)',
        // The post named before, then a pronoun: "… meinen ersten Beitrag veröffentlicht. Es wäre super, wenn Sie ihn liken und teilen könnten"
        '(?<=(?:Beitrag|Post|Posting|Video|Artikel|Umfrage)[^\\n]{0,160})(?:wenn|ob|dass) (?:Sie|du|ihr) (?:ihn|es|sie|diesen|dieses|diese) (?:(?:kurz|mal|bitte|gern|gerne|auch|noch|einfach) ){0,2}(?:liken|teilen|kommentieren|reposten)(?![\\p{L}])',
        '(?:geben|gib|gebt) (?:Sie |du |ihr )?(?:{please} )?(?:mir|uns) (?:{please} )?(?:Ihre|deine|eure) Stimme',
        // "stimmen" only with its subject after it: "die Zahlen stimmen für uns" is about numbers being right
        '(?:voten|abstimmen|stimmen(?= Sie | ihr )) (?:\\S+ ){0,3}?für (?:mich|uns|unser|unsere|unseren|mein|meine|meinen)',
        '(?:stimmen|stimm|stimmt) (?:Sie |du )?(?:{please} )?(?:\\S+ ){0,4}?für (?:\\S+ ){1,5}?ab',
        '(?:voten|abstimmen) (?:Sie |du )?(?:{please} )?für (?:mich|uns)', 'Ihre Stimme für (?:mich|uns)', 'deine Stimme für (?:mich|uns)',
        '(?:unterschreiben|unterzeichnen|unterschreib) (?:Sie |du )?(?:{please} )?(?:unsere|meine) Petition',
        '(?:folgen|abonnieren) Sie (?:{please} )?(?:\\S+ )?(?:meiner|unserer|meinem|unserem) (?:\\S+ )?(?:Seite|Unternehmensseite|Kanal|Profil|Newsletter)',
        // Asked as a question about any post: "Könnten Sie den Beitrag auf unserer Seite teilen", "würdest du das Video kurz liken"
        '(?:könnten|können|würden|möchten|kannst|könntest|würdest|magst) (?:Sie|du) (?:{please} )?(?:den|das|die|diesen|dieses|diese|meinen|mein|meine|unseren|unser|unsere) (?:\\S+ )?(?:Beitrag|Post|Posting|Video|Aufruf|Umfrage|Kampagne) (?:\\S+ ){0,6}?(?:liken|teilen|kommentieren|reposten|verbreiten|unterstützen)',
        // A vote asked for: "bis Sonntag abstimmen", "Jede Stimme zählt"
        '(?:könnten|können|würden|möchten|kannst|könntest|würdest|magst) (?:Sie|du) (?:\\S+ ){0,10}?(?:abstimmen|voten|Ihre Stimme geben|Ihre Stimme abgeben|deine Stimme geben|deine Stimme abgeben)',
        'jede Stimme zählt',
        // The vote with its object first: "wenn Sie bis Sonntag für uns abstimmen", "falls du für unser Team votest"
        '(?:Sie|du|ihr) (?:\\S+ ){0,4}?für (?:mich|uns|unser|unsere|unseren|unserem|mein|meine|meinen|meinem) (?:\\S+ ){0,3}?(?:abstimmen|abstimmt|abstimmst|voten|votet|votest|stimmen|stimmt|stimmst)(?![\\p{L}])',
        // Spreading the writer's link through their network: "Würden Sie den Link in Ihrem Netzwerk weiterleiten?"
        '(?<=(?:könnten|können|würden|würdest|kannst|könntest|magst|möchten|bitte|gern|gerne)[^.!?\\n]{0,80})(?:in|mit|an) (?:Ihrem|Ihren|deinem|deinen|eurem|euren) (?:\\S+ )?(?:Netzwerk|Kontakten|Kontakte|Community|Umfeld|Followern|Bekanntenkreis|Verteiler) (?:\\S+ )?(?:teilen|weiterleiten|weiterzuleiten|verbreiten|weitergeben|weiterzugeben|streuen|posten)',
      ],
    },
    {
      name: 'asksForMoney',
      means: 'asks for money',
      patterns: [
        '(?:leihen|leih|leiht) (?:Sie |du )?mir', '(?:können|könnten|kannst|könntest) (?:Sie|du) mir (?:\\S+ ){0,3}?(?:leihen|Geld|überweisen|spenden)',
        '(?:spenden|unterstützen) (?:Sie |du )?(?:{please} )?(?:\\S+ )?(?:meine|mein|unsere) (?:Crowdfunding|Spendenkampagne|Kampagne|GoFundMe)',
        // The writer's own fundraiser: "auf meiner Spendenseite", "über jeden Betrag freue ich mich"
        '(?:meine|meiner|meinen|mein|unsere|unserer|unseren|unser) (?:\\S+ )?(?:Spendenseite|Spendenaktion|Spendenkonto|Spendenkampagne|Spendenlink|Crowdfunding-Kampagne|Crowdfunding-Seite|Fundraising-Seite|Spendenaufruf)',
        '(?:über|für) jeden (?:\\S+ )?(?:Betrag|Euro|Franken|Cent) (?:\\S+ ){0,5}?(?:freue|freuen|dankbar)',
        'jeder (?:\\S+ )?(?:Euro|Betrag|Franken) (?:hilft|zählt)',
      ],
    },
    {
      name: 'asksForIntro',
      means: 'asks a stranger for an introduction',
      patterns: [
        '(?:stellen Sie|stell|stellst du|könnten Sie|können Sie|kannst du|könntest du) mich (?:\\S+ ){0,4}?(?:Ihrem|Ihrer|deinem|deiner|Ihren|deinen) (?:\\S+ )?[\\p{L}-]*(?:Vorstand|Chef|Chefin|CEO|Geschäftsführer|Geschäftsführerin|Vorgesetzten|Kontakten|Netzwerk|leiter|leiterin|leitung|Personalleiter|Personalleiterin) (?:(?:\\S+ )?vor|vorstellen|vorzustellen)',
        '(?:leiten Sie|leite|leitest du|könnten Sie|können Sie|kannst du) mich (?:\\S+ ){0,3}?(?:an die richtige Person|an den richtigen Ansprechpartner|an die zuständige Person|an jemanden) (?:\\S+ )?weiter',
        // The writer's CV passed on: "vielleicht können Sie ihn an die richtige Stelle weitergeben?"
        '(?:können|könnten|würden|kannst|könntest|würdest) (?:Sie|du) (?:\\S+ ){0,2}?(?:ihn|sie|es|mich|meine Unterlagen|meinen Lebenslauf|meine Bewerbung|meinen CV|mein Profil) (?:\\S+ ){0,2}?(?:an|zu) (?:die|den|der|einer|einen|eine) (?:richtige|richtigen|zuständige|zuständigen|passende|passenden|entsprechende|entsprechenden) (?:\\S+ )?(?:weitergeben|weiterleiten|weiterreichen|schicken|geben)',
        '(?:Kontakt|Kontakte) (?:zu|mit) (?:Ihrem|Ihrer|deinem|deiner) (?:\\S+ )?(?:Chef|Chefin|CEO|Vorstand|Geschäftsführer|Geschäftsführerin|Einkauf|Einkaufsleiter) (?:\\S+ )?(?:herstellen|vermitteln)',
        // "Leiten Sie meine Anfrage an Ihre Firmenkundenabteilung weiter", "könnten Sie mich an Ihren Vertriebsleiter weiterleiten",
        // "mit Ihrer Einkaufsleiterin bekannt machen": any department, team or head of one
        '(?:leiten Sie|leite|leitest du|könnten Sie|können Sie|würden Sie|kannst du|könntest du) (?:\\S+ )?(?:mich|meine Anfrage|meine Nachricht|mein Anliegen|das|dies|diese Nachricht|meine Unterlagen|meinen Lebenslauf|meinen CV|meine Bewerbung|mein Profil|meine Kontaktdaten) (?:\\S+ ){0,3}?an (?:Ihre|Ihren|deine|deinen|eure|euren|die|den|das|eine|einen) (?:\\S+ )?(?:[\\p{L}-]*abteilung|[\\p{L}-]*team|Kollegen|Kollegin|[\\p{L}-]*(?:chef|chefin|leiter|leiterin|leitung|manager|managerin|verantwortlichen|verantwortliche|führer|führerin|führung)|Vorgesetzten|Vorstand|Inhaber|Inhaberin|CEO|CTO|CFO|COO|Einkauf|zuständige\\S* \\S+|richtige\\S* \\S+) (?:\\S+ )?(?:weiter|weiterleiten|weitergeben|weiterreichen)',
        // The CV named first, then passed on by a pronoun: "anbei mein Lebenslauf. Könnten Sie ihn an Ihre Personalabteilung weiterleiten?"
        '(?<=(?:Lebenslauf|CV|Bewerbungsunterlagen|Unterlagen|Bewerbung)[^\\n]{0,80})(?:können|könnten|würden|kannst|könntest|würdest) (?:Sie|du) (?:\\S+ )?(?:ihn|sie|es|diesen|diese|ihn gern|ihn bitte) (?:\\S+ ){0,3}?(?:an|zu|bei) (?:\\S+ ){1,3}?(?:weiterleiten|weitergeben|weiterreichen|vorlegen|einreichen)(?![\\p{L}])',
        // The contact of the person in charge asked of a stranger: "Schicken Sie mir bitte den Namen und die Durchwahl der zuständigen Person",
        // "ich brauche einen Kontakt in Ihrer Einkaufsabteilung"
        '(?<=(?:schicken|senden|geben|nennen|sagen|verraten|mitteilen|können|könnten|würden|kannst|könntest|schick|gib|nenn|bitte)[^.!?\\n]{0,60})(?:Namen|Kontakt|Kontaktdaten|Durchwahl|Telefonnummer|Nummer|E-Mail-Adresse|Mailadresse|Adresse)(?: [^\\s.!?]+){0,4}? (?:der|des|von der|vom|von dem) (?:zuständigen|richtigen|verantwortlichen|passenden|entsprechenden) (?:Person|Ansprechpartner\\S*|Kollegen|Kollegin|Stelle|Abteilung|Entscheider\\S*)',
        '(?:brauche|bräuchte|suche|hätte gern|hätte gerne|benötige) (?:\\S+ )?(?:einen |eine )?(?:Kontakt|Ansprechpartner|Ansprechpartnerin|Ansprechperson|Namen) (?:in|bei|zu|aus) (?:Ihrer|Ihrem|Ihren|deiner|deinem|deinen) (?:\\S+ )?[\\p{L}-]*(?:abteilung|team|einkauf|geschäftsführung|leitung|personalabteilung|vorstand)',
        '(?:mich|uns) (?:\\S+ )?mit (?:Ihrem|Ihrer|deinem|deiner|Ihren|deinen) (?:\\S+ )?[\\p{L}-]*(?:leiter|leiterin|chef|chefin|ceo|vorstand|geschäftsführer|geschäftsführerin|kollegen|kollegin|vorgesetzten|einkauf|team|personalabteilung) (?:\\S+ )?(?:bekannt machen|bekanntmachen|verbinden|vernetzen|in Kontakt bringen|zusammenbringen)',
      ],
    },
    {
      name: 'asksForReview',
      means: 'asks for a review',
      patterns: [
        '(?:eine|Ihre|deine) (?:\\S+ )?(?:Bewertung|Rezension|Sternebewertung|Google-Bewertung) (?:\\S+ ){0,3}?(?:hinterlassen|schreiben|abgeben|geben)',
        // The writer's own text checked by a stranger: "meine Masterarbeit Korrektur zu lesen", "meinen Businessplan gegenlesen"
        '(?:meine|meinen|mein|unsere|unseren|unser) (?:[^\\s.!?]+ ){1,5}?(?:Korrektur (?:zu )?lesen|korrekturlesen|korrekturzulesen|gegenlesen|gegenzulesen|durchsehen|durchzusehen|korrigieren|lektorieren|redigieren)',
      ],
    },
  ],
};

import type { Family, Lexicon } from '../../engine/families.ts';
import { shared } from './lexicon.ts';

/**
 * What gives a cold German draft its reason why this person (languages.md §5 `no-context`). Family
 * names are English's, so that the checklist reads them.
 */
export const lexicon: Lexicon = {
  ...shared,
  // "Compound-" prefix: "Open-Source-Projekt", "Gastbeitrag", "LinkedIn-Post" (letters and hyphens, one run).
  compound: ['[\\p{L}-]*'],
  readVerb: [
    'gelesen', 'gesehen', 'gehört', 'verfolgt', 'entdeckt', 'angeschaut', 'angesehen', 'geteilt', 'genutzt', 'getestet', 'ausprobiert',
    'durchgearbeitet', 'durchgelesen', 'verschlungen', 'studiert', 'zitiert', 'weiterempfohlen', 'angehört', 'mitverfolgt', 'nachgelesen', 'besucht',
    // Their product tasted, bought or sung: "wir haben Ihren Bergkäse probiert", "Ihre Pfannen im Fachhandel gekauft"
    'probiert', 'gekostet', 'verkostet', 'gekauft', 'bestellt', 'gesungen', 'aufgeführt', 'vorgelesen', 'abonniert',
    // Their plan, recipe or pattern made by the writer: "Ihre Bauanleitung habe ich mit meinen Schülern nachgebaut"
    'nachgebaut', 'nachgekocht', 'nachgebacken', 'nachgemacht', 'nachgenäht', 'nachgestrickt', 'nachgebastelt', 'nachgespielt', 'nachgebraut', 'nachgepflanzt',
  ],
  metVerb: ['kennengelernt', 'kennen gelernt', 'getroffen', 'unterhalten', 'gesprochen', 'ausgetauscht', 'begegnet', 'gesehen', 'geplaudert', 'diskutiert'],
  // Where a meeting happened, for the "dass wir uns … unterhalten konnten" clause: an event or a stand, not just "letzte Woche".
  meetingPlace: ['auf der', 'auf dem', 'beim', 'bei der', 'bei dem', 'am Stand', 'am Rande', 'während der', 'während des', 'in der Pause', 'in der Kaffeepause', 'im Anschluss an'],
  atEvent: ['auf der', 'auf dem', 'beim', 'bei der', 'bei dem', 'am', 'an der', 'im', 'in der', 'während der', 'während des', 'nach der', 'nach dem'],
  // News that is theirs on its own ("zur Beförderung"); "zur neuen Position" needs the "neuen".
  newsNoun: [
    'beförderung', 'befoerderung', 'berufung', 'ernennung', 'wiederwahl', 'finanzierungsrunde', 'gründung', 'gruendung', 'auszeichnung',
    'jubiläum', 'jubilaeum', 'habilitation', 'professur', 'werkleitung', 'geschäftsführung', 'buchveröffentlichung',
  ],
  newRole: ['position', 'rolle', 'stelle', 'aufgabe', 'funktion', 'herausforderung', 'station', 'leitung', 'job'],
  studyVerb: ['studiert', 'gearbeitet', 'promoviert', 'gelernt', 'angefangen', 'gestartet', 'absolviert', 'gedient', 'gespielt'],
  schoolPeer: ['alumni', 'alumnus', 'alumna', 'absolvent', 'absolventin', 'kommilitone', 'kommilitonin', 'ehemalige', 'ehemaliger', 'ehemaligen', 'mitglied', 'mitglieder', 'kollege', 'kollegin'],
  // Something they make or sell that the writer uses: "wir nutzen Ihre Software für die Terminbuchung".
  productNoun: [
    'software', 'produkt', 'produkte', 'app', 'tool', 'tools', 'plattform', 'lösung', 'lösungen', 'anwendung', 'maschine', 'maschinen', 'geräte', 'gerät',
    'bibliothek', 'library', 'framework', 'vorlage', 'vorlagen', 'api', 'sdk', 'drucker', 'anlage', 'anlagen', 'sensor', 'sensoren', 'system', 'systeme',
    'werkzeug', 'werkzeuge', 'fahrzeuge', 'kassensystem', 'dienst', 'dienste', 'service', 'modul', 'module', 'komponenten', 'plugin', 'plug-in',
  ],
  // A site they open: "Ihr neues Werk in Chemnitz", "zur neuen Filiale in Bochum".
  siteNoun: [
    'werk', 'filiale', 'standort', 'niederlassung', 'büro', 'buero', 'zentrale', 'lager', 'logistikzentrum', 'laden', 'geschäft', 'praxis', 'hotel',
    'restaurant', 'café', 'cafe', 'campus', 'rechenzentrum', 'fabrik', 'halle', 'showroom', 'store', 'labor', 'atelier', 'werkstatt', 'kanzlei', 'hub',
    // Genitives: "vor der Eröffnung Ihres neuen Werks"
    'werks', 'werkes', 'standorts', 'standortes', 'büros', 'lagers', 'ladens', 'geschäfts', 'hotels', 'restaurants', 'cafés', 'rechenzentrums',
    'showrooms', 'stores', 'labors', 'ateliers', 'hubs', 'logistikzentrums',
  ],
  // An event or series someone runs: "das Frauen-in-Tech-Frühstück", "die Barcamp-Reihe".
  eventNoun: [
    'frühstück', 'treffen', 'stammtisch', 'meetup', 'barcamp', 'konferenz', 'tagung', 'fachtagung', 'festival', 'messe', 'börse', 'forum', 'kongress', 'reihe',
    'abend', 'gipfel', 'summit', 'hackathon', 'wettbewerb', 'preis', 'award', 'challenge', 'lauf', 'markt', 'salon', 'netzwerk', 'symposium', 'akademie',
    'sommerschule', 'summer school', 'camp', 'lesereihe', 'gesprächsreihe', 'vortragsreihe', 'tag', 'night', 'slam',
    // Local life: "das Stadtteilfest", "das Jugendturnier", "das Benefizkonzert", "das Zeltlager"
    'fest', 'turnier', 'konzert', 'gala', 'ausstellung', 'zeltlager', 'ferienlager', 'sommerlager', 'basar', 'flohmarkt', 'umzug',
  ],
  // A seat in an association, jury or board: "als Vorsitzende des Landesverbands", "Sie saßen in der Jury".
  boardRole: [
    'vorsitzende', 'vorsitzender', 'präsidentin', 'präsident', 'vizepräsidentin', 'vizepräsident', 'vorständin', 'vorstandsmitglied', 'schirmherrin',
    'schirmherr', 'jurorin', 'juror', 'jurymitglied', 'jury-mitglied', 'kuratorin', 'kurator', 'organisatorin', 'organisator', 'sprecherin', 'sprecher',
    'obfrau', 'obmann', 'beirätin', 'beirat', 'beiratsmitglied', 'gastgeberin', 'gastgeber', 'initiatorin', 'initiator', 'mitgründerin', 'mitgründer',
  ],
  boardBody: ['jury', 'vorstand', 'beirat', 'präsidium', 'aufsichtsrat', 'kuratorium', 'stiftungsrat', 'ausschuss', 'fachausschuss', 'prüfungsausschuss', 'kommission', 'fachbeirat', 'landesvorstand', 'bundesvorstand'],
  // Their organisation, as the subject of what it does: "dass Ihr Verlag …", "dass Ihre Praxis …"
  orgNoun: [
    'Team', 'Firma', 'Unternehmen', 'Praxis', 'Verlag', 'Kanzlei', 'Agentur', 'Büro', 'Betrieb', 'Verein', 'Verband', 'Klinik', 'Schule', 'Stiftung',
    'Gemeinde', 'Stadt', 'Haus', 'Start-up', 'Startup', 'Abteilung', 'Labor', 'Institut', 'Hotel', 'Restaurant', 'Brauerei', 'Bäckerei', 'Genossenschaft',
    'Bank', 'Sender', 'Redaktion', 'Lehrstuhl', 'Hochschule', 'Universität', 'Museum', 'Theater', 'Werk', 'Konzern', 'Gruppe', 'Marke', 'Shop', 'Laden',
  ],
  useVerb: ['nutze', 'nutzen', 'verwende', 'verwenden', 'benutze', 'benutzen', 'arbeite mit', 'arbeiten mit', 'setze', 'setzen', 'empfehle', 'empfehlen', 'teste', 'testen'],
  // A move their company made: "Ihre Umstellung der Flotte auf Lastenräder", "Ihr Markteintritt in Polen".
  moveNoun: [
    'umstellung', 'entscheidung', 'initiative', 'expansion', 'eröffnung', 'launch', 'markteintritt', 'übernahme', 'investition', 'umbau', 'neubau',
    'kooperation', 'partnerschaft', 'ausbau', 'einführung', 'umstieg', 'neuausrichtung', 'ansiedlung', 'fusion', 'zertifizierung', 'spende', 'kampagne',
  ],
  prizeNoun: ['preis', 'award', 'auszeichnung', 'förderung', 'foerderung', 'zuschlag', 'förderzusage', 'stipendium', 'siegel', 'medaille', 'titel'],
  schoolName: ['uni', 'universität', 'universitaet', 'hochschule', 'fachhochschule', 'fh', 'th', 'tu', 'htw', 'htwg', 'lmu', 'rwth', 'kit', 'whu', 'hsg', 'eth', 'akademie', 'berufsschule', 'gymnasium', 'business school', 'schule'],
  // Papers and consignments of theirs that pass through the writer's dealings: "auf Ihrer Rechnung", "nach Ihren Plänen", "die Befunde Ihres Labors"
  theirPaper: [
    '[\\p{L}-]*rechnung', '[\\p{L}-]*rechnungen', 'fahrplan', 'fahrplänen', 'plan', 'pläne', 'plänen', 'bauplan', 'bauplänen', 'grundriss', '[\\p{L}-]*anleitung',
    'zettel', 'aushang', 'lieferschein', 'frachtbrief', 'befund', 'befunde', 'bescheid', 'auftrag', 'bestellung', '[\\p{L}-]*lieferung', 'sendung', 'sendungen',
    'kostenvoranschlag', 'inserat', 'gutschrift', 'mahnung', 'quittung', 'paket', 'pakete', 'proben', 'muster', 'speisekarte', 'preisliste',
  ],
  // A building, plot or vehicle of theirs, named by where it stands: "Ihrem Haus Nr. 14", "in Ihr Ferienhaus in Trofaiach"
  propertyNoun: [
    'haus', 'häuser', 'wohnung', 'garten', 'hof', 'grundstück', 'keller', 'scheune', 'stall', 'garage', 'einfahrt', 'hütte', 'wohnmobil', 'boot', 'auto',
    'wagen', 'lkw', 'bus', 'halle', 'gebäude', 'anwesen', 'gasthof', 'pension', 'baustelle',
  ],
  // Their people or service that came to the writer: "Ihr Notdienst war nach 20 Minuten da"
  theirCrew: [
    'dienst', 'fahrer', 'fahrerin', 'techniker', 'technikerin', 'monteur', 'monteurin', 'monteure', 'handwerker', 'leute', 'kollege', 'kollegin',
    'kollegen', 'mitarbeiter', 'mitarbeiterin', 'team', 'service', 'lieferung', 'zusteller', 'zustellerin', 'bote', 'botin',
  ],
  speakerRole: ['speaker', 'speakerin', 'referent', 'referentin', 'redner', 'rednerin', 'sprecher', 'sprecherin', 'gast', 'gästin', 'panelist', 'panelistin', 'mentor', 'mentorin', 'juror', 'jurorin', 'jurymitglied', 'keynote-speaker', 'moderator', 'moderatorin', 'dozent', 'dozentin'],
};

export const families: readonly Family[] = [
  {
    name: 'theirWork',
    means: 'refers to their work',
    patterns: [
      // "Ihr Beitrag in der FAZ", "Ihren Vortrag zur Telemedizin", "dein Post zu Pricing", "Ihr Open-Source-Projekt"
      '{yourPoss} (?:\\S+ )?{compound}{workNoun}',
      // "habe Ihren letzten Artikel gelesen", "hab grad deinen Post gesehen"
      // … also as "wir" and with the place and a longer noun phrase between: "Wir haben in der Landi in Sursee Ihre Bienenwachstücher gekauft"
      '(?:habe|hab|hatte|haben wir|hatten wir|wir haben|wir hatten) (?:\\S+ ){0,5}?{yourPoss} (?:\\S+ ){0,8}?{readVerb}',
      // "Sie auf der re:publica gehört", "dich beim Panel gesehen"
      '(?:Sie|dich) (?:\\S+ ){0,2}?{atEvent} (?:\\S+ ){1,5}?(?:sprechen |reden )?(?:gehört|gesehen|erlebt)',
      // "super Talk gestern beim Stammtisch", "danke für den Vortrag auf der re:publica"
      '(?:super|tolle|toller|tolles|starke|starker|starkes|spannende|spannender|spannendes|großartige|großartiger|klasse|inspirierende|inspirierender|geniale|genialer|interessante|interessanter) {compound}{workNoun} (?:\\S+ ){0,2}?{atEvent}',
      // … also with its topic between work and event: "danke für den tollen Workshop zu Figma-Variablen beim UX Camp Hamburg"
      '(?:danke|vielen Dank|Dank) (?:\\S+ )?für (?:den|die|das) (?:\\S+ )?{compound}{workNoun}(?: [^\\s.!?]+){0,5}? {atEvent}',
      // "Sie waren zu Gast im Podcast von t3n", "du warst Speakerin auf der Bits & Pretzels"
      '(?:Sie waren|du warst|waren Sie|warst du) (?:\\S+ ){0,4}?(?:zu Gast|als Gast|{speakerRole}) (?:bei|beim|im|in der|auf der|auf dem|am)',
      // "wir nutzen seit einem Jahr Ihre Software für die Terminbuchung"
      '{useVerb} (?:\\S+ ){0,6}?{yourPoss} (?:\\S+ )?{compound}{productNoun}',
      // "Ihre Masterarbeit … habe ich zitiert" (the noun first, the verb later in the sentence)
      '{yourPoss} (?:\\S+ )?{compound}{workNoun} (?:\\S+ ){0,8}?(?:habe ich|hab ich|haben wir|hatte ich) (?:\\S+ ){0,4}?{readVerb}',
      // A working part of their site or app the writer used: "das Kontaktformular auf Ihrer Seite leitet …", "der Tarifrechner in Ihrer App"
      // (not the site as such, nor its look or speed, the openers of web-agency pitches; the site is a lookahead because
      // "Ihre Website" alone is this family's quiet case)
      '(?:der|die|das|den|dem) {compound}(?:formular|impressum|datenschutzerklärung|login|buchungsstrecke|checkout|rechner|konfigurator|fahrplan|kalender|suchfunktion|download)(?= (?:auf|in) {yourPoss} (?:\\S+ )?(?:Seite|Website|Webseite|Homepage|Internetseite|App|Shop|Onlineshop|Online-Shop)(?![\\p{L}]))',
      // A piece written about them or their move: "in dem Gründerszene-Artikel über euren Schwenk", "das Porträt über Sie in der Zeit"
      // (not their field or profile, which is no reason why them)
      '{compound}(?:artikel|bericht|beitrag|porträt|portrait|interview|reportage|meldung|feature|story|film) (?:[^\\s.!?]+ ){0,3}?über (?:Sie|dich|euch|{yourPoss} (?!(?:\\S+ )?(?:Branche|Bereich|Profil|Werdegang|Netzwerk|Sektor|Markt)(?![\\p{L}]))\\p{L}+)',
      // "Ihre Arbeit zur Kreislaufwirtschaft": their work, with its topic
      '{yourPoss} (?:\\S+ )?(?:Arbeit|Arbeiten|Forschung) (?:zu|zum|zur|über|an|am|im Bereich|rund um)',
      // "Sie haben kürzlich über Tarifverträge geschrieben", "du hast neulich darüber gepostet"
      '(?:Sie haben|du hast|Sie hatten|du hattest) (?:\\S+ ){0,6}?(?:geschrieben|gepostet|veröffentlicht|gesprochen|berichtet|vorgestellt|präsentiert|gebloggt|lektoriert|übersetzt|herausgegeben|illustriert|komponiert|arrangiert|inszeniert|kuratiert|fotografiert|vertont|choreografiert)(?![\\p{L}])',
      // Thanks for a thing of theirs (not for their time, message or request): "für Ihre Leihgabe bedanken", "danke für deine Fotos vom Umzug"
      '(?:danke|dank|bedanken|bedanke|bedankt) (?:[^\\s.!?]+ ){0,4}?für (?:Ihre|Ihren|Ihr|Ihrem|deine|deinen|dein|deinem|eure|euren|euer) (?!(?:\\S+ )?(?:(?:Zeit|Aufmerksamkeit|Geduld|Mühe|Verständnis|Interesse|Hilfe|Unterstützung|Offenheit|Bemühungen|Vertrauen|Einladung|Annahme|Bestätigung|Besuch|Like|Likes)(?![\\p{L}])|(?:Nachricht|Mail|E-Mail|Antwort|Rückmeldung|Vernetzung|Kontakt|Anfrage|Profil|Netzwerk|Feedback)))(?:\\S+ )?\\p{L}{3,}',
      // … the verb last: "ich möchte mich herzlich für Ihre Spende an die Tafel bedanken"
      'für (?:Ihre|Ihren|Ihr|Ihrem|deine|deinen|dein|deinem|eure|euren|euer) (?!(?:\\S+ )?(?:(?:Zeit|Aufmerksamkeit|Geduld|Mühe|Verständnis|Interesse|Hilfe|Unterstützung|Offenheit|Bemühungen|Vertrauen|Einladung|Annahme|Bestätigung|Besuch|Like|Likes)(?![\\p{L}])|(?:Nachricht|Mail|E-Mail|Antwort|Rückmeldung|Vernetzung|Kontakt|Anfrage|Profil|Netzwerk|Feedback)))(?:\\S+ )?\\p{L}{3,} (?:[^\\s.!?]+ ){0,5}?(?:bedanken|bedanke|danken|zu danken)(?![\\p{L}])',
      // A titled work in quotes, not the writer's own or someone's: "die Sonderausstellung „Glas aus dem Mühlviertel“ (curly quotes are straight in the matched text)"
      '(?<!(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer|ein|eine|einen|einem|einer) (?:\\S+ )?){compound}(?:ausstellung|inszenierung|aufführung|produktion|buch|roman|lied|stück|sendung|folge|podcast|vortrag|bearbeitung|film|album)(?=\\s"\\S)',
      // … the same in a subordinate clause, verb last: "da du auf dem Panel bei der BAU genau darüber gesprochen hast", "weil Sie in Ihrem Newsletter davon berichtet haben"
      '(?:da|weil|dass|wie|als|nachdem|wo) (?:Sie|du) (?:[^\\s,.!?]+ ){1,10}?(?:geschrieben|gepostet|veröffentlicht|gesprochen|berichtet|vorgestellt|präsentiert|gebloggt|erzählt|erklärt|gezeigt|geschildert|beschrieben|erwähnt|gefragt|angeregt|vorgeschlagen|gemacht|gebaut|geplant|geleitet|organisiert|installiert|saniert|übernommen|entwickelt|betreut|umgesetzt|gegründet) (?:haben|hast|hatten|hattest)(?![\\p{L}])',
      // What they said or did where the writer saw it, either word order: "bei der Podiumsrunde haben Sie als Einzige … angesprochen",
      // "Sie haben unter meinem Beitrag einen Kommentar hinterlassen", "Sie haben beim Treffen des Gewerbevereins erzählt"
      '(?:Sie haben|du hast|Sie hatten|du hattest|haben Sie|hast du|hatten Sie|hattest du) (?:[^\\s,.!?]+ ){0,12}?(?:angesprochen|erzählt|hinterlassen|kommentiert|erklärt|gezeigt|vorgestellt|präsentiert|geschildert|beschrieben|vorgerechnet|berichtet|geantwortet|eingebracht|zitiert|vorgeführt|gestellt|angeregt|vorgeschlagen|erwähnt|gefragt|betont|gefordert)(?![\\p{L}])(?![^.!?\\n]{0,3}\\?)',
      // … told in the preterite, as written German tells it: "beim Sommerfest erwähnten Sie, dass …", "Sie erzählten im Workshop von …"
      '(?:(?:erwähnten|erzählten|berichteten|schilderten|erklärten|meinten) Sie|(?:erwähntest|erzähltest|berichtetest|erklärtest|meintest) du|Sie (?:erwähnten|erzählten|berichteten|schilderten|erklärten)|du (?:erwähntest|erzähltest|berichtetest|erklärtest))(?![\\p{L}])(?![^.!?\\n]*\\?)',
      // An answer to the writer's own question: "Ihre Antwort auf meine Frage ganz am Ende des Webinars"
      '{yourPoss} (?:\\S+ )?(?:Antwort|Reaktion|Rückmeldung|Hinweis|Tipp) auf (?:meine|unsere) (?:\\S+ )?(?:Frage|Fragen|Nachfrage|Einwand|Kommentar|Wortmeldung)',
      // In the press: "Sie wurden letzte Woche im Spiegel zitiert", "du warst im Radio interviewt worden"
      '(?:Sie|du) (?:wurden|wurdest|waren|warst) (?:\\S+ ){0,8}?(?:zitiert|interviewt|porträtiert|portraitiert|befragt|vorgestellt)',
      '(?:Zitat|Statement|Aussage|Aussagen|Interview) (?:von Ihnen|von dir) (?:\\S+ )?(?:in|im|bei|auf)',
      // Someone pointed to their work: "Prof. Heinrich hat oft auf Ihre Arbeiten verwiesen"
      'auf (?:Sie|dich|{yourPoss} (?:\\S+ )?(?:Arbeit|Arbeiten|Forschung|Studien|Publikationen|Bücher|{compound}{workNoun})) (?:\\S+ ){0,2}?(?:verwiesen|hingewiesen|aufmerksam gemacht|Bezug genommen)',
      // A customer of theirs: "wir nutzen seit Jahren Ihre Etikettendrucker", "seit 2015 Kundin bei Ihnen"
      '{useVerb} (?:schon )?seit (?:\\S+ ){1,3}?{yourPoss} \\p{L}[\\p{L}\\p{N}&.-]*',
      // … the time after their product: "wir nutzen Ihre Zeiterfassung jetzt seit einem Jahr", "wir setzen Ihre Kassen täglich in unseren Filialen ein"
      '{useVerb} {yourPoss} (?:\\S+ )?\\p{L}+ (?:[^\\s,.!?]+ ){0,3}?(?:seit|täglich|tagtäglich|im Einsatz|in unserem|in unserer|in unseren|bei uns|für unsere|für unser|für unseren)(?![\\p{L}])',
      '(?:bin|ist|sind|war|waren|als) (?:\\S+ ){0,4}?(?:Kunde|Kundin|Kunden|Stammkunde|Stammkundin|Stammkunden|Abonnent|Abonnentin|Nutzer|Nutzerin|Anwender|Anwenderin) (?:bei Ihnen|bei dir|bei euch|Ihres|Ihrer|deines|deiner)',
      // A customer of their business: "ich kaufe seit 2019 in Ihrem Fliesenhandel ein", "wir lassen seit Jahren bei Ihrer Druckerei drucken"
      '(?:kaufe|kaufen|bestelle|bestellen|buche|buchen|lasse|lassen|tanke|tanken|esse|essen|übernachte|übernachten) (?:[^\\s,.!?]+ ){0,4}?(?:in|bei) (?:ihrem|ihrer|ihren|deinem|deiner) \\p{L}+',
      // Someone of the writer's was with them, as a patient, guest or pupil: "meine Mutter war im Oktober bei Ihnen auf der Kurzzeitpflege",
      // "unser Sohn war letztes Jahr bei dir im Training", "ich lag 2022 bei Ihnen auf der Station" (not "bei Ihnen auf der Seite/im Profil")
      '(?:war|waren|lag|lagen|wohnte|wohnten|übernachtete|übernachteten) (?:[^\\s,.!?]+ ){0,4}?bei (?:Ihnen|dir|euch) (?:(?:auf der|auf dem|im|in der|in dem|zur|zum|in) (?!(?:\\S+ )?(?:Seite|Website|Webseite|Homepage|Profil|Profilseite|Feed|Netzwerk)(?![\\p{L}]))\\p{L}+|in (?:Behandlung|Pflege|Therapie|Betreuung|Ausbildung|der Lehre)|zu Gast)',
      // Time spent with them by the writer or someone of theirs: "unsere Auszubildende hat bei Ihnen drei Wochen in Lyon verbracht",
      // "ich habe 2019 bei dir hospitiert" (not "bei Ihnen angefragt": no deed at their place)
      '(?:hat|haben|hatte|hatten|habe|hab) (?:[^\\s,.!?]+ ){0,3}?bei (?:Ihnen|dir|euch) (?:[^\\s,.!?]+ ){0,8}?(?:verbracht|gearbeitet|gelernt|hospitiert|gejobbt|übernachtet|gewohnt|trainiert|mitgearbeitet|ausgeholfen|absolviert|geschnuppert|ein Praktikum gemacht|Praktikum gemacht|die Ausbildung gemacht|Ausbildung gemacht)(?![\\p{L}])',
      // Their name in a document the writer works with: "In fast jedem Modul steht Ihr Name im Kopfkommentar",
      // "Ihr Name taucht in den alten Bauakten auf" (not on a list or in a search, which fits anyone)
      '(?:steht|stand|stehen|standen|taucht|tauchte|findet sich|fand sich) (?:[^\\s,.!?]+ )?(?:Ihr|dein|euer) Name (?![^.!?\\n]{0,40}(?:Liste|Suche|Suchergebnis|Netzwerk|Verteiler|Datenbank|LinkedIn|Xing))(?:[^\\s,.!?]+ ){0,2}?(?:im|in der|in den|in dem|auf dem|auf der|unter dem|unter der|unter den)(?![\\p{L}])',
      '(?:Ihr|dein|euer) Name (?![^.!?\\n]{0,40}(?:Liste|Suche|Suchergebnis|Netzwerk|Verteiler|Datenbank|LinkedIn|Xing))(?:steht|stand|taucht|tauchte|findet sich|fand sich) (?:[^\\s,.!?]+ ){0,3}?(?:im|in der|in den|in dem|auf dem|auf der|unter dem|unter der|unter den)(?![\\p{L}])',
      // … the document first: "in den alten Bauakten der Schule steht überall Ihr Name"
      '(?:im|in der|in den|in dem|auf dem|auf der|unter dem|unter der|unter den) (?![^.!?\\n]{0,40}(?:Liste|Suche|Suchergebnis|Netzwerk|Verteiler|Datenbank|LinkedIn|Xing))(?:[^\\s,.!?]+ ){1,5}?(?:steht|stand|stehen|standen|taucht|tauchte|findet sich|fand sich) (?:[^\\s,.!?]+ )?(?:Ihr|dein|euer) Name(?![\\p{L}])',
      // Their part in a past production, also asked to be sure: "und du hast damals als Praktikantin mitgedreht?"
      // (not an open question about taking part ever: "haben Sie schon mal an einem Projekt mitgearbeitet?")
      '(?:Sie haben|du hast|haben Sie|hast du|Sie hatten|du hattest) (?!(?:\\S+ )?(?:schon mal|schon einmal|jemals|je|schon)(?![\\p{L}]))(?:[^\\s,.!?]+ ){0,8}?(?:mitgedreht|mitgearbeitet|mitgewirkt|mitgespielt|mitentwickelt|mitgebaut|mitgeschrieben|mitorganisiert|mitgestaltet|mitgegründet|mitbegründet|mitinitiiert|mitproduziert)(?![\\p{L}])',
      // A supplier of theirs for years: "wir liefern seit Jahren die Kartoffeln für Ihre Kantine", "ich beliefere seit 2019 deine Bäckerei"
      '(?:liefern|liefere|beliefern|beliefere|versorgen|versorge|betreuen|betreue|warten|warte|reinigen|reinige) (?:[^\\s,.!?]+ ){0,2}?seit (?:[^\\s,.!?]+ ){1,6}?(?:(?:für|an|in) )?{yourPoss} \\p{L}+',
      // Following them for long: "ich folge Ihnen seit Langem", "ich verfolge dich schon seit Jahren"
      '(?:folge|folgen|verfolge|verfolgen) (?:Ihnen|dir|euch|Sie|dich) (?:schon |bereits )?seit',
      // Their words in a thread: "Ihre Antwort in der Diskussion unter dem Beitrag von …", "dein Kommentar unter dem Post"
      // … also at an event: "Ihre Antwort auf meine Frage im Abschlusspanel des Pflegetags"
      '{yourPoss} (?:\\S+ )?(?:Antwort|Antworten|Kommentar|Kommentare|Einwand|Frage|Wortmeldung|Replik|Einschätzung|Schlusswort|Statement) (?:\\S+ ){0,4}?(?:in der|im|unter|bei|beim|auf der|auf dem|während der|während des) (?:\\S+ ){0,3}?{compound}(?:Diskussion|Thread|Beitrag|Post|Artikel|Kommentarspalte|Debatte|Podium|Panel|Fragerunde|Q&A|Runde|Talkrunde|Sitzung|Anhörung|Tagung|Konferenz|Kongress|Forum|Gipfel|Webinar|Vortrag|{eventNoun})',
      // Their questions or comments at the writer's own talk: "danke für Ihre Fragen nach meinem Talk zu Data Mesh bei der data:unplugged",
      // "dein Kommentar im Anschluss an unseren Workshop"
      '{yourPoss} (?:\\S+ )?(?:Frage|Fragen|Nachfrage|Nachfragen|Kommentar|Kommentare|Anmerkung|Anmerkungen|Feedback|Wortmeldung|Wortmeldungen|Einwand|Einwände|Beitrag) (?:nach|zu|zum|in|im|bei|beim|während|im Anschluss an) (?:meinem|meiner|meinen|unserem|unserer|unseren|dem|der|den) (?:\\S+ )?{compound}(?:{workNoun}|{eventNoun})',
      // A programme or call of their organisation: "das Stipendienprogramm Ihrer Stiftung", "die Ausschreibung Ihres Hauses"
      '{compound}(?:programm|programms|ausschreibung|wettbewerb|wettbewerbs|preis|preises|förderung|stipendium|initiative|projekt|projekts|studie|kampagne|konzept|strategie|aufruf|reihe) (?:ihrer|ihres|deiner|deines|eurer|eures) (?:\\S+ )?(?:Stiftung|Firma|Unternehmens|Hauses|Verbands|Verbandes|Vereins|Hochschule|Universität|Instituts|Teams|Abteilung|Gemeinde|Stadt|Agentur|Kanzlei|Praxis|Organisation|Behörde|Kammer|Bank|Redaktion|Klinik|Schule|Lehrstuhls|Labors|Genossenschaft|Gruppe)',
      // A seat in an association or jury: "als Vorsitzende des Landesverbands", "Sie saßen in der Jury"
      'als (?:\\S+ )?{boardRole} (?:des|der|vom|von|im|beim|bei der|bei dem) \\S+',
      '(?:Sie|du) (?:\\S+ ){0,2}?(?:saßen|sassen|sitzen|saßt|sitzt|waren|sind|warst|bist) (?:\\S+ ){0,3}?(?:in der|im|in dem) {compound}{boardBody} (?:des|der|vom|von|beim|bei der|bei dem|für|zum|zur) \\S+',
      // An event they run: "Sie organisieren das Frauen-in-Tech-Frühstück", "dass Sie die Barcamp-Reihe auf die Beine stellen"
      '(?:Sie|du) (?:\\S+ ){0,2}?(?:organisieren|organisierst|veranstalten|veranstaltest|betreuen|betreust|kuratieren|kuratierst|hosten|hostest|moderieren|moderierst|leiten|leitest) (?:\\S+ ){0,3}?{compound}{eventNoun}',
      '(?:Sie|du) (?:\\S+ ){0,4}?{compound}{eventNoun} (?:\\S+ ){0,6}?(?:organisieren|organisierst|organisiert|veranstalten|veranstaltest|veranstaltet|auf die Beine stellen|auf die Beine stellst|auf die Beine gestellt|ins Leben gerufen|gegründet|initiiert)',
      // Their papers and consignments in the writer's dealings (operational first messages): "Auf Ihrer Rechnung für die Malerarbeiten ist …",
      // "später, als es in Ihrem Fahrplan steht", "wir führen den Dachstuhl nach Ihren Plänen aus"
      '(?:in|auf|laut|gemäß|nach) {yourPoss} (?:\\S+ )?{theirPaper}(?![\\p{L}])',
      // … arrived with or meeting ours: "deine Rechnung für die Fotos vom Sommerfest ist bei uns angekommen", "weil Ihre Anlieferung und unsere Abholung …"
      '{yourPoss} (?:\\S+ )?{theirPaper} (?:[^\\s.!?]+ ){0,8}?(?:bei uns|bei mir|an uns|an mich|uns|mir|unsere|unser|unseren|unserem|unserer)(?![\\p{L}])',
      // … or told in the genitive: "die Befunde Ihres Labors kommen erst am Folgetag an"
      '{theirPaper} (?:Ihres|Ihrer|deines|deiner|eures|eurer) (?:\\S+ )?\\p{L}{3,}',
      // A building, plot or vehicle of theirs named by where it stands: "mit Ihrem Haus Nr. 14", "in Ihr Ferienhaus in Trofaiach"
      '{yourPoss} (?:\\S+ )?{compound}(?:{propertyNoun}|{siteNoun}) (?:Nr\\.? ?\\d+|\\d+|(?:in|am|an der|im|auf der|bei) \\p{Lu}[\\p{L}-]*)',
      // The writer's work at their place: "eigentlich hätten wir nächsten Donnerstag bei Ihnen in Fürth die Fenster eingebaut"
      '(?:wir|ich) (?:[^\\s,.!?]+ ){0,4}?bei (?:Ihnen|dir|euch) (?:in \\p{Lu}\\p{L}+|zu ?Hause|daheim|im Haus|im Garten|auf dem Hof|im Keller)',
      // A home of theirs the writer now has: "in der Wohnung, in der Sie bis Juni gewohnt haben"
      '(?:in der|in dem|im|wo) (?:Sie|du|ihr) (?:[^\\s,.!?]+ ){0,4}?(?:gewohnt|gelebt|übernachtet) (?:haben|hast|hatten|hattest|habt)(?![\\p{L}])',
      // Travelled, stayed or rehearsed with a thing of theirs: "unser Seniorenkreis ist im Mai mit Ihrem Reisebus nach Bamberg gefahren"
      '(?:wir|ich|unser\\p{L}*|mein\\p{L}*) (?:[^\\s,.!?]+ ){0,6}?(?:mit|in|bei|auf) {yourPoss} (?:\\S+ )?\\p{L}+ (?:[^\\s,.!?]+ ){0,4}?(?:gefahren|gereist|geflogen|gesegelt|übernachtet|gewohnt|gegessen|gefeiert|getagt|geprobt|trainiert|gewandert|geritten|geklettert)(?![\\p{L}])',
      // Their people or service came to the writer: "Ihr Notdienst war nach 20 Minuten da"
      '{yourPoss} (?:\\S+ )?{compound}{theirCrew} (?:war|waren|ist|sind|kam|kamen|stand|standen) (?:[^\\s,.!?]+ ){0,4}?(?:da|vor Ort|bei uns|bei mir|zur Stelle|pünktlich)(?![\\p{L}])',
      // What they did for the writer, any deed but a message: "du hast mir auf der Alpinmesse die Felle für meine Tourenski zugeschnitten"
      '(?:Sie haben|du hast|haben Sie|hast du|Sie hatten|du hattest) (?:mir|uns) (?:[^\\s,.!?]+ ){1,12}?(?!(?:geschrieben|geschickt|gesendet|geantwortet|angefragt|gefolgt|vorgeschlagen|angeboten|angezeigt|gefallen|verschickt|versendet|empfohlen)(?![\\p{L}]))(?:\\p{L}*ge\\p{L}+(?:t|en)|(?:be|ver|er|ent|zer|über)\\p{L}+t|\\p{L}+iert)(?=\\s*(?:[,.!;:\\n]|und |$))',
      // Round 27: what the writer's side did with a thing of theirs, the writer's group as the subject:
      // "unser Kirchenchor hat in der Osternacht Ihren Satz von … gesungen", "meine Klasse hat Ihr Hörspiel angehört"
      '(?:unser|unsere|mein|meine)\\p{L}* (?:[^\\s,.!?]+ ){0,4}?(?:hat|haben|hatte|hatten) (?:[^\\s.!?]+ ){0,6}?{yourPoss} (?:[^\\s.!?]+ ){0,8}?{readVerb}(?![\\p{L}])',
      // … made after, in the present with the separable "nach": "Ihre Tortenrezepte backe ich seit Jahren nach"
      '{yourPoss} (?:[^\\s.!?]+ ){0,8}?(?:backe|backen|koche|kochen|baue|bauen|mache|machen|nähe|nähen|stricke|stricken|spiele|spielen|braue|brauen|bastle|basteln|pflanze|pflanzen|singe|singen) (?:ich|wir) (?:[^\\s,.!?]+ ){0,6}?nach(?=[\\s,.!?;:]|$)',
      // … used daily, the thing first: "aus deinen Keramikbechern trinke ich jeden Morgen", "auf Ihren Stühlen sitzen wir seit 2019"
      '(?:aus|mit|auf|an|in) {yourPoss} (?!(?:\\S+ )?(?:Profil|Seite|Website|Webseite|Nachricht|Beitrag|Post)\\p{L}*)(?:\\S+ )?\\p{L}+ (?:trinke|trinken|esse|essen|schreibe|schreiben|koche|kochen|fahre|fahren|schlafe|schlafen|spiele|spielen|backe|backen|sitze|sitzen|laufe|laufen|nähe|nähen|male|malen|wohne|wohnen|übe|üben|probe|proben|trainiere|trainieren) (?:ich|wir)(?![\\p{L}])',
      // Theirs beside or just ahead of ours: "stand Ihr Stand zwei Plätze neben meinem", "hat deine Posaunenklasse direkt vor meiner gespielt",
      // "Ihr Lehrling hat den Wettbewerb knapp vor unserer Lernenden gewonnen" (not their message lying before me)
      '{yourPoss} (?!(?:Nachricht|Mail|E-Mail|Anfrage|Kontaktanfrage|Profil|Einladung|Bewerbung|Angebot)\\p{L}*)(?:[^\\s.!?]+ ){1,12}?(?:neben|vor|gegenüber) (?:meinem|meiner|meinen|unserem|unserer|unseren)(?![\\p{L}])',
      // The writer was at their place: "am Tag der offenen Moschee war ich mit unserer Konfirmandengruppe bei Ihnen"
      '(?:war ich|waren wir|ich war|wir waren) (?:[^\\s,.!?]+ ){0,6}?bei (?:Ihnen|dir|euch)(?=\\s*(?:[,.!;]|und |$))',
      // A thing of theirs shown or published by others, or by them, as a relative clause: "eure Betriebsvereinbarung, die die IG Metall
      // als Muster online gestellt hat", "Ihre Humusmessungen, die Sie im Fachmagazin veröffentlicht haben"
      '{yourPoss} (?!(?:Nachricht|Mail|E-Mail|Anfrage|Kontaktanfrage|Profil|Einladung|Bewerbung|Angebot)\\p{L}*)(?:\\S+ )?\\p{L}+(?: [^\\s,.!?]+){0,4}, (?:die|den|das|der) (?:[^\\s,.!?]+ ){1,8}?(?:gezeigt|veröffentlicht|online gestellt|ins Netz gestellt|verlinkt|geteilt|vorgestellt|verteilt|weitergegeben|ausgehängt|ausgestellt|gedruckt|abgedruckt) (?:hat|haben|hatte|hatten)(?![\\p{L}])',
      // … pictures of their place shown to us: "hat ein Mitglied Fotos Ihrer Siedlung auf dem Hunziker-Areal gezeigt"
      '(?:Fotos|Bilder|Videos|Aufnahmen|Pläne|Zeichnungen|Folien|Skizzen) (?:Ihrer|Ihres|deiner|deines|eurer|eures|von Ihrem|von Ihrer|von deinem|von deiner) (?:[^\\s,.!?]+ ){1,8}?(?:gezeigt|vorgestellt|geteilt|präsentiert|herumgereicht|gesehen)(?![\\p{L}])',
      // Ours stems from theirs: "unser Diensthund Arko stammt aus Ihrem C-Wurf von 2018"
      '(?:unser|unsere|mein|meine)\\p{L}* (?:[^\\s,.!?]+ ){0,3}?(?:stammt|stammen|stammte|stammten) (?:[^\\s,.!?]+ ){0,2}?(?:aus|von) (?:Ihnen|dir|euch|{yourPoss})(?![\\p{L}])',
      // What they did for ours, any named object but a message: "Sie haben unsere Wache beim Stromausfall mit Ihrem Aggregat versorgt"
      '(?:Sie haben|du hast|haben Sie|hast du|Sie hatten|du hattest) (?:unser|unsere|unseren|unserem|unserer|meine|meinen|mein|meinem|meiner) (?!(?:Profil|Nachricht|Mail|E-Mail|Anfrage|Kontaktanfrage|Beitrag|Post|Seite|Website|Webseite|Einladung|Bewerbung|Angebot)\\p{L}*)\\p{L}+ (?:[^\\s,.!?]+ ){1,12}?(?:versorgt|gerettet|repariert|abgeschleppt|transportiert|beliefert|unterstützt|gesponsert|betreut|behandelt|gebaut|renoviert|saniert|gelöscht|geborgen|beraten|ausgestattet|eingerichtet|beschlagen|ausgebildet|trainiert|operiert|gepflegt|gefahren|gerettet|bewirtet|verköstigt)(?=\\s*(?:[,.!;:\\n]|und |$))',
      // Their plan or pattern made after, the object first: "Ihre Bauanleitung für das Hochbeet habe ich mit meinen Schülern nachgebaut"
      '{yourPoss} (?:[^\\s.!?]+ ){1,10}?(?:habe ich|hab ich|haben wir|hatte ich|hatten wir) (?:[^\\s,.!?]+ ){0,10}?(?:nachgebaut|nachgekocht|nachgebacken|nachgemacht|nachgenäht|nachgestrickt|nachgebastelt|nachgespielt|nachgebraut|nachgepflanzt)(?![\\p{L}])',
    ],
    // Their message, website or company page is not their work.
    quiet: [
      '{yourPoss} (?:\\S+ )?(?:Nachricht|Mail|E-Mail|Unternehmen|Firma|Website|Webseite|Homepage|Seite|Anfrage|Profil\\S*)',
      // A pitch about their next project is not their work: "für Ihr nächstes Projekt bieten wir…"
      '{yourPoss} (?:nächste|nächsten|nächstes|nächster|kommende|kommenden|kommendes|zukünftige|zukünftigen|zukünftiges|künftige|künftigen|künftiges|eigene|eigenen|eigenes)(?: \\S+){1,2}',
    ],
  },
  {
    name: 'theirNews',
    means: 'congratulates them on news',
    patterns: [
      '(?:herzlichen |herzliche |großen |grossen |viel )?(?:glückwunsch|glueckwunsch|glückwünsche|glueckwuensche|gratulation)e? (?:\\S+ ){0,3}?(?:zur|zum|zu|für)',
      'gratuliere (?:Ihnen |dir |euch )?(?:\\S+ )?(?:zur|zum|zu|für)',
      '(?:zur|zum) (?:\\S+ )?{compound}{newsNoun}',
      '(?:zur|zum|in der|in Ihrer|in deiner) neuen {compound}{newRole}',
      // "ich habe gesehen, dass Sie zu Bosch gewechselt sind", "Ihr Wechsel zu Zalando"
      'dass (?:Sie|du) (?:\\S+ ){0,4}?(?:gewechselt|befördert|ernannt|berufen|gestartet|angefangen|ausgezeichnet|gewählt) (?:sind|bist|haben|hast|wurden|wurdest)',
      '{yourPoss} (?:Wechsel|Start|Einstieg|Neustart|Beförderung|Berufung|Ernennung) (?:zu|zur|zum|bei|als|in)',
      // "dass Ihr Team den Innovationspreis der Region Hannover bekommen hat"
      '(?:Sie|du|{yourPoss}) (?:\\S+ ){0,3}?(?:den|die|das|einen|eine|ein) (?:\\S+ )?{compound}{prizeNoun} (?:\\S+ ){0,6}?(?:bekommen|gewonnen|erhalten|verliehen bekommen|zugesprochen bekommen|geholt)',
      '{yourPoss} (?:\\S+ )?(?:Team|Unternehmen|Firma|Startup|Start-up|Abteilung|Verein|Lehrstuhl) (?:\\S+ ){0,6}?(?:gewonnen|ausgezeichnet|eröffnet|gelauncht|veröffentlicht|vorgestellt|übernommen|gegründet)',
      // A site they open: "Ihr neues Werk in Chemnitz", "zur neuen Filiale in Bochum"
      '(?:{yourPoss}|zur|zum|zu Ihrer|zu deiner) (?:neue|neues|neuen|neuer|neuem|erste|erstes|ersten|zweite|zweites|zweiten) (?:\\S+ )?{compound}{siteNoun}',
    ],
    quiet: ['zum geburtstag'],
  },
  {
    // "ich habe gesehen, dass Sie bei Audi arbeiten": their employer, named.
    name: 'companyWork',
    means: 'names or praises their company’s work',
    caseSensitive: true,
    patterns: [
      '(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|[Dd]ein|[Dd]eine|[Dd]einen|[Dd]einem|[Dd]einer|[Ee]uer|[Ee]ure|[Ee]uren|[Ee]urem|[Ee]urer) (?:\\S+ )?(?:Umstellung|Entscheidung|Initiative|Expansion|Eröffnung|Launch|Markteintritt|Übernahme|Investition|Umbau|Neubau|Kooperation|Partnerschaft|Ausbau|Einführung|Umstieg|Neuausrichtung|Ansiedlung|Fusion|Zertifizierung|Spende|Kampagne) (?:auf|zu|zum|zur|der|des|in|im|von|vom|mit|nach|für|gegen)',
      // Their team or firm served the writer (their own words, so case-sensitive like the rest): "Ihr Team hat uns bei der E-Akte beraten", "Ihre Firma beliefert unsere Bäckerei"
      '(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|[Dd]ein|[Dd]eine|[Dd]einen|[Dd]einem|[Dd]einer|[Ee]uer|[Ee]ure|[Ee]uren|[Ee]urem|[Ee]urer) (?:\\S+ )?(?:Team|Firma|Unternehmen|Kanzlei|Agentur|Büro|Praxis|Haus|Betrieb|Kollegen|Kolleginnen|Kollege|Kollegin|Mitarbeiter|Mitarbeiterin|Mitarbeitenden) (?:\\S+ ){0,2}?(?:hat|haben|hatte|hatten) (?:uns|mich|mir|unsere|unser|unseren|unserem|meine|mein|meinen) (?:\\S+ ){0,8}?(?:beraten|begleitet|unterstützt|geholfen|betreut|beliefert|gebaut|saniert|geplant|geprüft|behandelt|vertreten|ausgebildet|geschult|installiert|eingerichtet|gerettet|geholt|geborgen|versorgt|zugestellt|geliefert|besorgt|gefahren|transportiert|repariert|abgeholt|gebracht)(?![\\p{L}])',
      // … told verb-first, with who they are between: "letzten Februar hat Ihr Team von der Bergrettung meinen Sohn … geholt"
      '(?:hat|haben|hatte|hatten) (?:Ihr|Ihre|Ihren|Ihrem|Ihrer|[Dd]ein|[Dd]eine|[Dd]einen|[Dd]einem|[Dd]einer|[Ee]uer|[Ee]ure|[Ee]uren|[Ee]urem|[Ee]urer) (?:\\S+ )?(?:Team|Firma|Unternehmen|Kanzlei|Agentur|Büro|Praxis|Haus|Betrieb|Kollegen|Kolleginnen|Kollege|Kollegin|Mitarbeiter|Mitarbeiterin|Mitarbeitenden|Fahrer|Fahrerin|Monteur|Monteurin|Monteure|Techniker|Technikerin|Leute) (?:[^\\s.!?]+ ){0,5}?(?:uns|mich|mir|unsere|unser|unseren|unserem|unserer|meine|mein|meinen|meinem|meiner) (?:[^\\s.!?]+ ){0,8}?(?:beraten|begleitet|unterstützt|geholfen|betreut|beliefert|gebaut|saniert|geplant|geprüft|behandelt|vertreten|ausgebildet|geschult|installiert|eingerichtet|gerettet|geholt|geborgen|versorgt|zugestellt|geliefert|besorgt|gefahren|transportiert|repariert|abgeholt|gebracht)(?![\\p{L}])',
      // Their product on our menu, shelf or table: "Ihr Riesling vom Calmont stand beim Weinfest auf unserer Karte" (not their message in my inbox)
      '(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|[Dd]ein|[Dd]eine|[Dd]einen|[Dd]einem|[Dd]einer|[Ee]uer|[Ee]ure|[Ee]uren|[Ee]urem|[Ee]urer) (?!(?:\\S+ )?(?:Nachricht|Mail|E-Mail|Anfrage|Kontaktanfrage|Profil|Einladung|Bewerbung|Name|Namen|Kontakt|Kontaktdaten|Daten|Adresse|Nummer)\\S*)(?:[^\\s,.!?]+ ){1,7}?(?:stand|standen|steht|stehen|lag|lagen|liegt|liegen|hing|hingen|hängt|hängen|lief|liefen|läuft|laufen) (?:[^\\s,.!?]+ ){0,6}?(?:(?:auf|in|im|bei|an) (?:unserer|unserem|unseren|unser|meiner|meinem|meinen|mein)|bei (?:uns|mir) (?:im|in der|in dem|am|an der|auf dem|auf der|über dem|über der)|bei (?:uns|mir) (?:zu ?Hause|daheim))(?![\\p{L}])',
      // A fact about something of theirs, noticed: "gesehen, dass Ihre Hütte am Schlern Gruppen aufnimmt" (not their profile, network or generic firm)
      '(?:gesehen|gelesen|erfahren|mitbekommen|bemerkt|entdeckt|gehört),? dass (?:Ihr|Ihre|Ihren|Ihrem|Ihrer|[Dd]ein|[Dd]eine|[Dd]einen|[Dd]einem|[Dd]einer|[Ee]uer|[Ee]ure|[Ee]uren|[Ee]urem|[Ee]urer) (?!(?:\\S+ )?(?:Profil|Netzwerk|Nachricht|Kontakt|Werdegang|Lebenslauf|Unternehmen|Firma|Team|Branche|Beitrag|Post)\\S*)(?:\\S+ )?\\p{Lu}\\p{L}+ \\p{L}+',
      '(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|[Dd]ein|[Dd]eine|[Dd]einen|[Dd]einem|[Dd]einer|[Ee]uer|[Ee]ure|[Ee]uren|[Ee]urem|[Ee]urer) (?:\\S+ )?(?:Team|Firma|Unternehmen|Kanzlei|Agentur|Büro|Praxis|Betrieb|Mühle|Brauerei|Druckerei|Gärtnerei|Werkstatt) (?:beliefert|berät|betreut|begleitet|unterstützt|versorgt) (?:\\S+ )?(?:uns|unsere|unseren|unser|unserem|mich|meine|meinen|mein)',
      // A relative clause about what their organisation does for the writer's own cause: "den Förderverein, den Ihr Haus seit Jahren bei der Lesenacht unterstützt"
      '(?<=, )(?:den|die|das|dem|der) (?:Ihr|Ihre|[Dd]ein|[Dd]eine|[Ee]uer|[Ee]ure) (?:\\S+ )?{orgNoun} (?:[^\\s,.!?]+ ){0,8}?(?:unterstützt|unterstützen|fördert|fördern|sponsert|sponsern|gesponsert|beliefert|beliefern|betreut|betreuen|begleitet|begleiten|berät|beraten|versorgt|versorgen|finanziert|finanzieren)(?![\\p{L}])',
      // A past deed of their organisation told in a clause, verb last: "als Ihr Bauamt nach dem Hochwasser die Genehmigungen umgehend erteilt hat",
      // "nachdem Ihre Gemeinde die Bauanträge digitalisiert hatte" (any office or body, also as a compound: Bauamt, Stadtverwaltung)
      '(?:dass|wie|als|nachdem|weil|da) (?:Ihr|Ihre|[Dd]ein|[Dd]eine|[Ee]uer|[Ee]ure) (?:\\S+ )?(?:{orgNoun}|\\p{Lu}[\\p{L}-]*(?:amt|behörde|verwaltung|ministerium|werk|werke|verband|verein|klinik|praxis|team|gemeinde|stadt|kammer|schule|betrieb|firma)) (?:[^\\s,.!?]+ ){1,14}?\\p{L}+(?:t|en) (?:hat|haben|hatte|hatten)(?![\\p{L}])',
      '[Ww]as (?:Ihr|Ihre|[Dd]ein|[Dd]eine|[Ee]uer|[Ee]ure|ihr) (?:Team|Unternehmen|Firma|Startup|Start-up) (?:\\S+ ){0,6}?(?:aufbaut|aufbauen|macht|entwickelt|entwickeln|leistet|erreicht)',
      // A "dass" clause about a move of their organisation: "dass Ihre Praxis seit diesem Monat auch samstags Sprechstunden anbietet",
      // "dass Ihr Verlag die Schulbücher ab Herbst als Hörfassung herausbringt"
      '(?:dass|wie) (?:Ihr|Ihre|[Dd]ein|[Dd]eine|[Ee]uer|[Ee]ure) (?:\\S+ )?{orgNoun} (?:[^\\s,.!?]+ ){1,10}?(?:anbietet|anbieten|herausbringt|herausbringen|eröffnet|eröffnen|einführt|eingeführt|umstellt|umgestellt|umstellen|startet|gestartet|baut|gebaut|ausbaut|ausgebaut|erweitert|übernommen|übernimmt|gewonnen|gegründet|veröffentlicht|investiert|expandiert|beliefert|ausliefert|liefert|produziert|herstellt|fertigt|ausbildet|fördert|saniert|aufgebaut|aufbaut|auf den Markt bringt|ins Leben gerufen|ausgezeichnet wurde)(?![\\p{L}])',
      // A thing their organisation or they made, as a relative clause: "die Kampagne, die Ihre Agentur für die Wiener Linien gemacht hat",
      // "das Tool, das Sie für Kanzleien entwickelt haben"
      '(?<=, )(?:die|der|das|den) (?:(?:Ihr|Ihre|[Dd]ein|[Dd]eine|[Ee]uer|[Ee]ure) (?:\\S+ )?(?:{orgNoun}|Kollegen|Kolleginnen)|Sie|du|ihr) (?:[^\\s,.!?]+ ){0,8}?(?:gemacht|entwickelt|gebaut|gestaltet|entworfen|umgesetzt|realisiert|geplant|produziert|herausgebracht|veröffentlicht|organisiert|gestartet|konzipiert|gedreht|geschrieben|programmiert|saniert|restauriert|betreut|geleitet|begleitet|aufgebaut|verantwortet|bearbeitet|übernommen|eingeführt|durchgeführt) (?:hat|haben|hatte|hatten|hast|habt|hattest)(?![\\p{L}])',
      // What they make or offer, noticed: "dass Sie Edelstahlbehälter auch in Kleinserie fertigen", "dass ihr Lastenräder mit Wechselakku baut"
      '(?:dass|wie) (?:Sie|du|ihr) (?:[^\\s!?]*[^\\s,.!?] ){1,10}?(?:anbieten|anbietest|anbietet|herstellen|herstellst|herstellt|fertigen|fertigst|fertigt|produzieren|produzierst|produziert|vertreiben|vertreibst|vertreibt|reparieren|reparierst|repariert|restaurieren|restaurierst|restauriert|bauen|baust|baut|betreiben|betreibst|betreibt|züchten|brauen|braust|braut)(?![\\p{L}])',
      // Their career path with a named stop is specific: "Ihr Werdegang vom Werkscontrolling bei Liebherr zur kaufmännischen Leitung",
      // "Ihr Weg vom Sachbearbeiter-Team zur stellvertretenden Leitung bei Metro" (the path told in up to eight words before the stop)
      // (the span is the named stop only, since "Ihr Werdegang" alone is pseudo-context and would cancel an overlapping match)
      '(?<=(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|[Dd]ein|[Dd]eine|[Dd]einen|[Dd]einem|[Dd]einer) (?:\\S+ )?(?:Werdegang|Karriereweg|Weg|Aufstieg|Karriere|Laufbahn|Zeit|Jahre|Station|Stationen|Wechsel) (?:[^\\s,.!?]+ ){0,8}?)bei (?!Ihne|Ihr|Dein|Euch|Eur|Uns)\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      '(?:Sie|[Dd]u) (?:\\S+ ){0,3}?(?:bei|für) (?:der |dem )?\\p{Lu}[\\p{L}\\p{N}&.-]{0,40} (?:\\S+ ){0,2}?(?:arbeiten|arbeitest|tätig sind|tätig bist|angefangen haben|angefangen hast|beschäftigt sind)',
      // Their role, noticed by the writer: "ich hab gesehen, dass du als Fachanwalt im Arbeitsrecht unterwegs bist"
      '(?:gesehen|gelesen|mitbekommen|bemerkt|entdeckt),? dass (?:Sie|du) (?:\\S+ ){0,2}?als \\p{Lu}[\\p{L}-]+ (?:(?:im|in der|für|bei|beim|an der) (?:\\S+ ){1,3}?)?(?:unterwegs|tätig|aktiv|arbeiten|arbeitest|sind|bist)(?![\\p{L}])',
    ],
  },
  {
    name: 'namedReferral',
    means: 'names who suggested writing',
    patterns: [
      // "Prof. Kessler hat mir empfohlen, mich bei Ihnen zu melden", "Anna meinte, ich solle dich fragen"
      'hat mir (?:[^\\s.!?]+ ){0,4}?(?:empfohlen|geraten|vorgeschlagen|den Tipp gegeben|Ihren Namen gegeben|deinen Namen gegeben|Ihren Kontakt gegeben)',
      '(?:empfahl|riet) mir',
      // Someone asked the writer to get in touch: "Herr Dr. Roth aus Ihrem Haus bat mich, Ihnen … zu schicken", "Jana hat mich gebeten, mich bei dir zu melden".
      '(?<![Ss]ie |[Dd]u |[Ii]hr )(?:bat|baten) mich,? (?:\\S+ ){0,8}?(?:Ihnen|dir|euch|Sie|dich|mich bei)',
      '(?<![Ss]ie |[Dd]u )(?:hat|haben) mich (?:\\S+ ){0,3}?gebeten,? (?:\\S+ ){0,8}?(?:Ihnen|dir|euch|Sie|dich|mich bei)',
      'auf (?:Empfehlung|Anraten|Hinweis) (?:von|meines|meiner|unseres|unserer)',
      '(?:meinte|sagte|schlug vor|riet mir|empfahl mir),? ich (?:solle|sollte|soll|könne|koenne|kann|möge) (?:mich )?(?:\\S+ ){0,10}?(?:Sie|Ihnen|dich|dir)',
      // "Markus Lehner hat Sie neulich erwähnt", "Ihr Name fiel beim Mittagessen"
      'hat (?:Sie|dich) (?:\\S+ ){0,6}?(?:erwähnt|empfohlen|genannt|ins Spiel gebracht)',
      '(?:Ihr|dein) Name (?:ist |fiel|wurde )(?:\\S+ ){0,6}?(?:gefallen|genannt|erwähnt)',
      '(?:fiel|fielen) (?:\\S+ ){0,3}?(?:Ihr|dein) Name',
      'hat mir (?:\\S+ )?(?:Ihren|deinen|Ihre|deine) (?:Namen|Kontakt|Kontaktdaten|Nummer|Adresse|E-Mail-Adresse) (?:\\S+ )?(?:weitergegeben|gegeben|genannt|geschickt|weitergeleitet|vermittelt)',
      '(?:mich|Sie|dich) (?:\\S+ )?(?:an Sie|an dich|auf Sie|auf dich) verwiesen',
      '(?:Sie|du) (?:wurden|wurdest) mir (?:\\S+ ){0,8}?(?:empfohlen|genannt|ans Herz gelegt)',
      'hat mir (?:\\S+ ){0,3}?von (?:Ihnen|dir|euch) erzählt',
      // What someone told the writer about them or their organisation: "Frau Pohl vom Quartiersmanagement hat mir erzählt, dass Ihr Jugendzentrum
      // eine Werkstatt hat", "Jonas hat mir von deinem Repair-Café erzählt"
      'hat mir (?:\\S+ ){0,3}?(?:erzählt|berichtet|verraten|gesagt|geschrieben|erklärt),? (?:dass|wie|wo) (?:\\S+ )?(?:Sie|du|Ihr|Ihre|Ihrem|Ihren|dein|deine|deinem|deinen|euer|eure|eurem)(?![\\p{L}])',
      'hat mir (?:\\S+ ){0,3}?von (?:Ihrem|Ihrer|Ihren|deinem|deiner|deinen|eurem|eurer|euren) (?:\\S+ ){1,4}?(?:erzählt|berichtet|vorgeschwärmt)',
      // An introduction already made by someone: "Frau Berger hat uns gestern per Mail miteinander bekannt gemacht", "Jonas hat mich mit Ihnen vernetzt"
      'hat (?:uns|mich mit Ihnen|mich mit dir|Sie mit mir|dich mit mir) (?:[^\\s.!?]+ ){0,6}?(?:bekannt gemacht|bekanntgemacht|vorgestellt|vernetzt|in Kontakt gebracht|zusammengebracht|verbunden)',
      'hat (?:\\S+ ){0,4}?(?:den Kontakt|die Verbindung) (?:\\S+ ){0,3}?(?:hergestellt|vermittelt)',
      // "Frau Ohlendorf gab mir Ihren Namen", "Herr Sommer meinte, Sie seien die Expertin"
      '(?:gab|gaben|nannte|nannten|schickte|gab mir|hat mir|haben mir) (?:mir )?(?:\\S+ )?(?:Ihren|deinen) (?:Namen|Kontakt|Namen und|Kontaktdaten)',
      '(?:meinte|sagte|erzählte|erwähnte|schrieb),? (?:dass )?(?:Sie|du) (?:seien|wären|sind|bist|seist|wärst|wärest) (?:\\S+ ){0,6}?(?:Expert\\S*|Ansprechpartner\\S*|Richtige\\S*|richtige\\S*|Fachmann|Fachfrau|Spezialist\\S*|Person)',
      '(?:meinte|sagte),? (?:dass )?(?:Sie|du) (?:\\S+ ){0,4}?(?:richtige|beste|ideale|passende) (?:Ansprechpartner|Ansprechpartnerin|Person|Adresse)',
      // Round 27: someone swears by them or still talks of them: "der Gruber Sepp schwört seit drei Jahren auf Ihre Beratung",
      // "die Jugendlichen reden immer noch von Ihrer Führung"
      '(?:schwört|schwören|schwor|schworen|schwärmt|schwärmen|schwärmte|schwärmten) (?:[^\\s.!?]+ ){0,4}?(?:auf|von) (?:Sie|Ihnen|dich|dir|euch|{yourPoss})(?![\\p{L}])',
      '(?:reden|sprechen|erzählen|redet|spricht|erzählt) (?:immer noch|noch immer|heute noch|bis heute|ständig|oft|viel) (?:von|über) (?:Ihnen|dir|euch|{yourPoss})(?![\\p{L}])',
      // Heard from someone, in the preterite: "Von Ihrem Kollegen bei der Caritas hörte ich, dass Ihre Initiative …"
      '(?:hörte|erfuhr|hörten|erfuhren) (?:ich|wir)(?: [^\\s,.!?]+){0,3},? (?:dass|wie|von) (?:\\S+ )?(?:Sie|du|ihr|Ihr\\p{L}*|dein\\p{L}*|euer|eur\\p{L}*)(?![\\p{L}])',
      // What a named third person said about them: "Ihr Kollege Marc Ehlers meinte, Sie kennen den Sondermaschinenbau wie kaum jemand"
      // (not the writer's own "ich meinte")
      '(?<![Ii]ch )(?:meinte|meint|sagte|sagt|erzählte|erwähnte|schwärmte|betonte),? (?:dass )?(?:Sie|du) (?:\\S+ )?(?:kennen|kennst|kennten|wissen|weißt|können|kannst|verstehen|verstehst|hätten|hättest|planen|planst|plant|suchen|suchst|sucht|bräuchten|bräuchtest|brauchen|brauchst|braucht|wollen|willst|möchten|möchtest|überlegen|überlegst|würden|würdest|seien|seist)(?![\\p{L}])',
    ],
  },
  {
    name: 'howWeMet',
    means: 'says where you met',
    patterns: [
      // "wir haben uns gestern beim Stammtisch … unterhalten"
      'wir haben uns (?:\\S+ ){0,20}?{metVerb}',
      // The place first: "in der Schlange an der Garderobe haben wir kurz über Lastenhefte gesprochen"
      '(?:haben|hatten) wir (?:uns )?(?:[^\\s,.!?]+ ){0,10}?(?:gesprochen|geplaudert|unterhalten|ausgetauscht|diskutiert|philosophiert|gefachsimpelt)(?![\\p{L}])(?![^.!?\\n]{0,3}\\?)',
      // Without "uns", the event named: "wir haben beim Barcamp Bodensee über Wärmepumpen diskutiert"
      'wir haben (?:[^\\s,.!?]+ ){0,3}?{meetingPlace} (?:[^\\s,.!?]+ ){1,10}?(?:gesprochen|geplaudert|diskutiert|philosophiert|gefachsimpelt|debattiert)(?![\\p{L}])(?![^.!?\\n]{0,3}\\?)',
      // "du warst doch auch beim Hafenlauf dabei", "Sie waren letztes Jahr auch auf der Exkursion dabei"
      '(?:Sie waren|du warst|waren Sie|warst du) (?:\\S+ ){0,3}?(?:beim|bei der|bei dem|auf der|auf dem|im|in der|am) (?:\\S+ ){1,5}?(?:dabei|mit dabei)',
      'wir sind uns (?:\\S+ ){0,14}?(?:begegnet|über den Weg gelaufen)',
      // Side by side at an event: "unsere Klassen haben beim Vorlesewettbewerb in Gera nebeneinander gesessen"
      '(?:wir|unsere \\p{L}+) (?:haben|hatten|saßen|sassen|standen|waren) (?:[^\\s,.!?]+ ){0,3}?{meetingPlace} (?:[^\\s,.!?]+ ){1,8}?(?:nebeneinander|zusammen|gemeinsam|Seite an Seite)(?![\\p{L}])',
      // "schön, dass es mit dem Kaffee in Bochum geklappt hat": a meeting with its place
      '(?:mit dem|unser|unseren|unserem|beim|nach dem|nach unserem|für den|für das) (?:\\S+ )?(?:Kaffee|Treffen|Mittagessen|Lunch|Frühstück|Abendessen|Feierabendbier|Besuch|Rundgang) (?:\\S+ ){0,2}?(?:in|im|am|auf|bei|beim) \\p{L}+',
      // "Sie haben vor zehn Jahren meinen Ausbildungskurs geleitet", "Sie waren mein Ausbilder"
      // … also a course named by its place, not by "mein": "Sie haben im Meisterkurs an der Handwerkskammer Freiburg Betriebsführung unterrichtet"
      '(?:Sie haben|du hast|haben Sie|hast du) (?:[^\\s,.!?]+ ){0,4}?(?:im|in der|in dem|beim|bei der|an der|am) (?:[^\\s,.!?]+ )?{compound}(?:kurs|seminar|workshop|vorlesung|training|lehrgang|modul|kolloquium|webinar|bootcamp|studiengang|unterricht) (?:[^\\s,.!?]+ ){0,8}?(?:geleitet|betreut|gehalten|moderiert|gegeben|unterrichtet|gelehrt|begleitet|doziert)(?![\\p{L}])',
      // Teaching is always somewhere and something: "Sie haben an der FH Joanneum Controlling unterrichtet"
      '(?:Sie haben|du hast|haben Sie|hast du) (?:[^\\s,.!?]+ ){1,10}?(?:unterrichtet|gelehrt|doziert)(?![\\p{L}])',
      // What they did for our course, study or project, in either word order: "Sie haben unsere Feldstudie … mit Ihrem Team unterstützt",
      // "vor zwanzig Jahren haben Sie in Freiburg unser Schülerpraktikum betreut"
      '(?:Sie haben|du hast|ihr habt|haben Sie|hast du|habt ihr) (?:\\S+ ){0,4}?(?:meinen|meine|mein|meinem|unseren|unsere|unser|unserem) (?:\\S+ )?{compound}(?:kurs|seminar|workshop|vorlesung|training|prüfung|praktikum|ausbildung|projekt|studie|umfrage|erhebung|abschlussarbeit|masterarbeit|dissertation|promotion|gründung) (?:\\S+ ){0,10}?(?:geleitet|betreut|gehalten|begleitet|abgenommen|gegeben|unterrichtet|unterstützt|gefördert|beraten|gesponsert|finanziert)(?![\\p{L}])',
      '(?:Sie waren|du warst) (?:\\S+ ){0,4}?(?:mein|meine) (?:\\S+ )?(?:Ausbilder|Ausbilderin|Dozent|Dozentin|Lehrer|Lehrerin|Professor|Professorin|Betreuer|Betreuerin|Chef|Chefin|Mentor|Mentorin|Trainer|Trainerin|Prüfer|Prüferin|Vorgesetzter|Vorgesetzte|Kunde|Kundin)',
      'wir (?:kennen|sahen|trafen|saßen|sassen) uns (?:\\S+ ){0,3}?(?:aus|von|vom|auf|bei|beim|am|im)',
      'wir saßen (?:\\S+ ){0,12}?(?:nebeneinander|zusammen|am selben Tisch|auf dem selben Panel|auf demselben Panel)',
      'wir sassen (?:\\S+ ){0,12}?(?:nebeneinander|zusammen)',
      '(?:danke|vielen dank|herzlichen dank|besten dank) (?:\\S+ )?für (?:Ihre Zeit|deine Zeit|das (?:\\S+ )?Gespräch|den (?:\\S+ )?Austausch|die (?:\\S+ )?Unterhaltung) (?:\\S+ )?{atEvent}',
      // … with when and at whose stand before the event: "danke für das Gespräch gestern an Ihrem Stand auf der Hannover Messe"
      '(?:danke|vielen dank|herzlichen dank|besten dank) (?:\\S+ )?für (?:das (?:\\S+ )?Gespräch|den (?:\\S+ )?Austausch|die (?:\\S+ )?Unterhaltung) (?:(?:gestern|vorgestern|heute|neulich|kürzlich) )?an (?:Ihrem|deinem|eurem|unserem) (?:\\S+ )?Stand {atEvent}',
      '(?:nach unserem|seit unserem|zu unserem) (?:\\S+ )?(?:Gespräch|Austausch|Treffen|Kennenlernen) {atEvent}',
      '(?:Sie|dich) (?:\\S+ ){0,6}?(?:kennengelernt|kennen gelernt|getroffen) (?:zu )?(?:haben|hab)',
      'ich habe (?:Sie|dich) (?:\\S+ ){0,8}?(?:kennengelernt|getroffen|kennen gelernt)',
      // "wir hatten am Rande der Fachtagung kurz Kontakt", "am Rande des Kongresses"
      'wir hatten (?:\\S+ ){0,10}?(?:Kontakt|Austausch|ein Gespräch|ein kurzes Gespräch|miteinander zu tun)',
      'am Rande (?:der|des|vom|von|unserer|unseres|Ihrer|Ihres) \\S+',
      // "in der Kaffeepause des Logistiktags standen wir zusammen am Stehtisch"
      '(?:standen|saßen|sassen|waren) wir (?:\\S+ ){0,6}?(?:zusammen|nebeneinander|gemeinsam|am selben|am gleichen)',
      // "wir standen in Halle 9 der Hannover Messe zusammen am Kaffeeautomaten", "… und sind ins Reden gekommen"
      'wir (?:standen|saßen|sassen|liefen|kamen) (?:\\S+ ){0,12}?(?:zusammen|nebeneinander|gemeinsam|am selben|am gleichen|ins Gespräch|ins Reden|ins Plaudern)',
      'wir (?:\\S+ ){0,14}?(?:ins Gespräch|ins Reden|ins Plaudern|in ein Gespräch) gekommen',
      // Asked or said about what they did for the writer: "sind Sie die Coachin, die beim Hackathon unser Team betreut hat?"
      '(?:Sie|du) (?:\\S+ ){0,3}?(?:die|der|diejenige|derjenige) (?:\\S+ ){0,8}?(?:mich|uns|unser|unsere|unseren|mein|meine|meinen) (?:\\S+ ){0,6}?(?:betreut|gecoacht|beraten|unterrichtet|ausgebildet|begleitet|interviewt|eingestellt|geprüft|gefördert|mentoriert|geleitet|moderiert|eingearbeitet) (?:hat|haben|hatte|hatten|hast|hattest)',
      '(?:Kaffeepause|Mittagspause|Abendveranstaltung|Get-together|Abendempfang|Standparty) (?:des|der|beim|bei der|auf der|auf dem|vom|von der) \\S+',
      // Neighbours at a fair or a table: "unsere Stände standen nebeneinander", "wir waren Sitznachbarn"
      '(?:Stände|Stand|Messestände|Messestand|Plätze|Sitze|Tische|Büros) (?:\\S+ ){0,2}?(?:nebeneinander|gegenüber)',
      // A visit to their stand at an event, or a tour they gave: "danke für die Führung über Ihren Stand auf der SMM", "die Werksführung durch Ihre Brauerei"
      '(?:an|auf|über|zu|bei|von|durch) {yourPoss} (?:\\S+ )?{compound}(?:Stand|Stands|Standes|Booth) {atEvent} \\S+',
      '(?:Führung|Rundgang|Werksführung|Betriebsführung|Besichtigung|Betriebsbesichtigung|Werksbesichtigung) (?:\\S+ ){0,2}?(?:durch|über|in|bei) {yourPoss} \\S+',
      '(?:Standnachbarn|Standnachbarin|Standnachbar|Sitznachbarn|Sitznachbarin|Sitznachbar|Tischnachbarn|Tischnachbarin|Tischnachbar|Zimmernachbarn|Zimmernachbarin|Zimmernachbar)',
      // What they did for the writer: "Sie haben mir 2016 im Praktikum so viel beigebracht"
      '(?:Sie haben|du hast) (?:mir|mich|uns) (?:\\S+ ){0,9}?(?:geholfen|beigebracht|geschenkt|gezeigt|betreut|ausgebildet|eingearbeitet|unterrichtet|begleitet|gefördert|erklärt|eingestellt)',
      // "Sie sind mir beim Stadtradeln als Kapitänin aufgefallen" (at an event, not on LinkedIn)
      '(?:Sie sind|du bist|Sie waren|du warst) mir (?:\\S+ ){0,3}?(?:beim|bei der|bei dem|auf der|auf dem|am|während der|während des) (?:\\S+ ){1,8}?aufgefallen',
      // … also their firm or stand, and "uns": "Ihr Unternehmen ist uns auf der Interpack mit dem Stand für Molkereibedarf aufgefallen"
      '{yourPoss} (?!Profil|Werdegang|Lebenslauf|Profilbild|Beitrag|Post)(?:\\S+ )?\\S+ (?:ist|sind|war|waren) (?:mir|uns) (?:\\S+ ){0,3}?(?:beim|bei der|bei dem|auf der|auf dem|während der|während des|am Rande) (?:\\S+ ){1,8}?aufgefallen',
      // The meeting told in a "dass" clause or with a modal, with where it happened (without a place it may be pretended, de239): "schön, dass wir uns gestern am Stand von Festo kurz unterhalten konnten",
      // "dass ich Sie auf dem Bautag kennenlernen durfte", "dass ich mit dir beim Meetup sprechen konnte"
      '(?:dass|als|wie|nachdem) wir uns (?:[^\\s,.!?]+ ){0,8}?{meetingPlace} (?:[^\\s,.!?]+ ){1,12}?(?:{metVerb}|kennenlernen|kennen lernen|treffen|sprechen|austauschen) (?:haben|hatten|konnten|durften|sind|waren)(?![\\p{L}])',
      '(?:dass|als|wie|nachdem) ich (?:Sie|dich|mit Ihnen|mit dir) (?:[^\\s,.!?]+ ){0,6}?{meetingPlace} (?:[^\\s,.!?]+ ){1,10}?(?:kennenlernen|kennen lernen|treffen|sprechen|austauschen|kennengelernt|getroffen|gesprochen) (?:habe|hatte|konnte|durfte)(?![\\p{L}])',
    ],
    quiet: [
      'wir haben uns (?:noch )?(?:nie|nicht|noch nicht|bisher nicht) (?:\\S+ ){0,6}?{metVerb}',
      'wir hatten (?:\\S+ ){0,4}?(?:keinen|nie|noch nie|bisher keinen|noch keinen|nicht)',
      '(?:mir|uns) (?:\\S+ ){0,3}?(?:auf|bei|über|in) (?:LinkedIn|Xing|Google|Instagram|Facebook|Kununu|TikTok|YouTube|der Suche|der Plattform|dem Portal|Ihrem Profil|deinem Profil) (?:\\S+ ){0,6}?aufgefallen',
    ],
  },
  {
    name: 'commonGround',
    means: 'names something you share',
    patterns: [
      'wir haben (?:\\S+ )?(?:beide|zusammen|gemeinsam) (?:\\S+ ){0,8}?{studyVerb}',
      'wir (?:waren|sind) (?:\\S+ )?(?:beide|zusammen|gemeinsam) (?:an der|an dem|bei|beim|im|in der|auf der) \\S+',
      'ich habe (?:\\S+ )?(?:auch|ebenfalls) (?:an der|bei|beim|im|in der) (?:\\S+ ){1,5}?{studyVerb}',
      '(?:wie Sie|wie du|genau wie Sie|genau wie du) (?:\\S+ ){0,4}?(?:an der|am|an dem|bei|beim|im|in der) (?:\\S+ ){1,4}?{studyVerb}',
      // The same degree at the same place, said with "wie Sie": "wie Sie habe ich am Gymnasium Eppendorf Abitur gemacht"
      '(?:wie Sie|wie du|genau wie Sie|genau wie du|ebenso wie Sie|ebenso wie du) (?:[^\\s.!?]+ ){0,7}?(?:Abitur|Matura|Abschluss|Diplom|Ausbildung|Lehre|Studium|Examen|Praktikum|Volontariat|Promotion|Referendariat|Master|Bachelor|MBA) (?:gemacht|abgelegt|absolviert|bestanden|begonnen|abgeschlossen)',
      '(?:auch|ebenfalls|als) (?:ein |eine |einer |ehemaliger |ehemalige )?{schoolPeer} (?:der|des|von|vom|bei|im|aus dem|aus der)',
      '{schoolPeer}-?(?:netzwerk|verein|treffen|gruppe)',
      'wir kennen uns (?:\\S+ ){0,3}?(?:aus|von|vom)',
      // "you were also at the FH Kiel" says the writer was there too: "hab gesehen, du warst auch an der FH Kiel", "Sie haben ebenfalls an der HSG studiert"
      '(?:Sie waren|du warst|Sie sind|du bist|waren Sie|warst du) (?:\\S+ )?(?:auch|ebenfalls) (?:an der|an dem|am|auf der|auf dem|von der|vom) (?:\\S+ )?{schoolName}',
      '(?:Sie haben|du hast|haben Sie|hast du) (?:\\S+ )?(?:auch|ebenfalls) (?:an der|am|an dem|bei|beim|im|in der) (?:\\S+ ){1,5}?{studyVerb}',
      // They made the move the writer is weighing: "dass Sie diesen Schritt vor einigen Jahren selbst gemacht haben", "du bist genau diesen Weg gegangen"
      '(?:Sie|du) (?:[^\\s,.!?]+ ){0,3}?(?:diesen|denselben|den selben|den gleichen|einen ähnlichen|genau diesen|genau den|genau denselben) (?:\\S+ )?(?:Schritt|Weg|Wechsel|Umstieg|Quereinstieg|Sprung|Karrierewechsel|Berufswechsel) (?:[^\\s,.!?]+ ){0,6}?(?:gemacht|gegangen|gewagt|vollzogen|geschafft|hinter sich)',
      // "auch ich habe am Gymnasium in Rosenheim Abitur gemacht, wenn auch ein paar Jahre nach Ihnen"
      '(?:auch ich|ich auch|ich ebenfalls|ich habe auch|ich habe ebenfalls) (?:[^\\s.!?]+ ){0,7}?(?:Abitur|Matura|Abschluss|Diplom|Ausbildung|Lehre|Studium|Examen|Praktikum|Volontariat|Promotion) (?:gemacht|abgelegt|absolviert|bestanden|begonnen|abgeschlossen)',
      '(?:ein paar|einige|zwei|drei|vier|fünf|\\d+) (?:Jahre|Jahrgänge|Semester) (?:nach|vor) (?:Ihnen|dir)',
      // "wir waren zur selben Zeit bei Miele", "wir waren damals beide im Betriebsrat"
      'wir waren (?:\\S+ ){0,3}?(?:zur selben Zeit|zur gleichen Zeit|gleichzeitig|damals|beide|zusammen|gemeinsam) (?:bei|beim|an der|am|im|in der|auf der) \\S+',
      // "auch ich komme von der HTWG Konstanz", "ich war ebenfalls an der TU Graz"
      'auch ich (?:komme|kam|war|bin) (?:\\S+ )?(?:von der|vom|von|an der|an dem|am|aus der) (?:\\S+ )?{schoolName}',
      'ich (?:komme|kam|war|bin) (?:\\S+ )?(?:auch|ebenfalls|selbst) (?:von der|vom|von|an der|an dem|am|aus der) (?:\\S+ )?{schoolName}',
      // "als Mitglied im DBfK – wie Sie –", "wie Sie Mitglied im Marketing-Club"
      '(?:auch|ebenfalls|als|wie Sie|wie du) (?:\\S+ )?(?:Mitglied|Mitglieder|Alumni|Alumnus|Alumna|Absolvent|Absolventin|Ehemalige|Ehemaliger) (?:im|in der|beim|bei der|des|der) [^.!?\\n]{0,40}?(?:wie Sie|wie du|genau wie Sie|genau wie du|ebenso wie Sie|auch Sie)',
      'wir waren (?:\\S+ )?(?:Kollegen|Kolleginnen|Kommilitonen|Kommilitoninnen|im selben Team|im gleichen Team|im selben Jahrgang|im gleichen Jahrgang)',
      // "2017 war ich Werkstudent in Ihrer Abteilung", "ich war damals bei Ihnen im Labor"
      '(?:war ich|ich war|waren wir|wir waren) (?:\\S+ ){0,4}?(?:in {yourPoss} (?:\\S+ )?(?:Abteilung|Team|Gruppe|Arbeitsgruppe|Bereich|Labor|Klasse|Kurs|Seminar|Jahrgang|Projekt|Projektteam|Mannschaft|Schicht|Station|Lehrgang)|bei (?:Ihnen|dir) (?:im|in der|als))',
      'ich (?:studiere|arbeite|promoviere|bin) (?:\\S+ )?(?:auch|ebenfalls|ebenso) (?:an der|bei|beim|im|in der) \\S+',
      // "wir waren beide Teilnehmer im Lehrgang …", "wir waren zusammen Stipendiaten der Studienstiftung"
      'wir (?:waren|sind) (?:\\S+ )?(?:beide|zusammen|gemeinsam) (?:\\S+ ){0,2}?(?:Teilnehmer|Teilnehmerinnen|Teilnehmende|Stipendiaten|Stipendiatinnen|Mitglied|Mitglieder|Absolventen|Absolventinnen|Schüler|Schülerinnen|Studenten|Studentinnen|Studierende|Azubis|Trainees|Mentees|Fellows|Ehrenamtliche|Aktive) (?:im|in der|in dem|in den|an der|beim|bei der|bei den|bei|des|der|vom|von der|von den) \\S+',
      // The same cohort, team or club, said with "gleich/selb-": "wir waren im gleichen Batch bei Kickstart", "wir spielen in derselben Mannschaft"
      // (with the place named: the same field, boat or an unnamed group is pseudo-context: "wir sind im gleichen Bereich tätig", "in derselben Gruppe")
      'wir (?:waren|sind|saßen|sassen|sitzen|spielten|spielen|sangen|singen|liefen|laufen|trainierten|trainieren) (?:\\S+ ){0,3}?(?:im|in der|in dem|in den|beim|bei der|bei dem|bei den|in|bei) (?:gleichen|selben|demselben|derselben|denselben) (?!(?:\\S+ )?(?:Bereich|Branche|Feld|Sektor|Markt|Industrie|Business|Umfeld|Fachgebiet|Metier|Job|Beruf|Boot|Situation|Lage|Gruppe)(?![\\p{L}]))(?:\\S+ )?\\p{L}+ (?:bei|beim|bei der|bei dem|bei den|an der|am|an dem|im|in der|in dem|von|vom|von der|des|der|aus|in) \\S+',
      // Our children or dogs in the same group, class or club: "unsere Töchter sind zusammen in der Eulengruppe der Kita Sonnenschein"
      '(?:unsere|unser) (?:Kinder|Töchter|Söhne|Jungs|Mädchen|Mädels|Hunde|Enkel|Enkelkinder) (?:\\S+ ){0,3}?(?:zusammen|gemeinsam|beide) (?:in|im|in der|in dem|bei|beim|bei der|auf der|auf dem|an der) \\S+',
      // Neighbours: "wir sind seit März Ihre Nachbarn im Gewerbepark", "die Nachbarfirma von Ihnen", "gleich bei Ihnen nebenan"
      '(?:Ihre|Ihr|deine|dein|eure|euer) (?:\\S+ )?(?:Nachbarn|Nachbar|Nachbarin|Nachbarinnen|Nachbarfirma|Nachbarbetrieb|Nachbarpraxis|Nachbarkanzlei|Nachbarhof|Nachbargemeinde)(?![\\p{L}])',
      '(?:bei Ihnen|bei dir|bei euch|von Ihnen|von dir|von euch) (?:direkt |gleich |schräg )?(?:nebenan|gegenüber|um die Ecke|ums Eck)',
      '(?:direkt |gleich |schräg )?(?:neben|gegenüber von|gegenüber) (?:Ihnen|dir|euch|Ihrem|Ihrer|deinem|deiner|eurem|eurer)(?![\\p{L}])',
      // "auch ich habe meinen Abschluss an der ZHAW gemacht", "ich habe ebenfalls meine Ausbildung bei der Sparkasse gemacht"
      '(?:auch ich|ich) (?:habe|hab|hatte|machte) (?:\\S+ )?(?:auch |ebenfalls |ebenso |selbst )?(?:mein|meinen|meine) (?:\\S+ )?{compound}(?:Abschluss|Diplom|Master|Bachelor|Abitur|Matura|Ausbildung|Studium|Promotion|Examen|Praktikum|Volontariat|Referendariat|MBA|Lehre|Trainee|Traineeprogramm) (?:\\S+ ){0,3}?(?:an der|am|an dem|bei|beim|im|in der|auf der|auf dem) \\S+',
      // The school said in passing, elliptically: "auch HTWG Konstanz, Wirtschaftsinformatik 2016!", "ebenfalls RWTH!"
      '(?:auch|ebenfalls) (?:(?:an der|am|von der|vom) )?{schoolName}(?:[ -][^\\s,.!?]+)?(?:,|!| \\d{4}(?![\\p{L}\\d]))',
      // Ours in the same body, room or table as theirs: "unsere Firmen sitzen seit diesem Jahr im selben Forschungsverbund",
      // "unsere Töchter haben beim Regionalwettbewerb am selben Tisch ausgestellt" (not the same field, market, boat or town)
      '(?:wir|unsere|unser) (?:\\p{L}+ )?(?:sind|waren|sitzen|saßen|sassen|haben|hatten|stehen|standen|arbeiten|arbeiteten|forschen|forschten|gehören|gehörten|spielen|spielten) (?:[^\\s,.!?]+ ){0,6}?(?:im|am|in der|in dem|an der|an dem|auf der|auf dem|beim|bei der) (?:selben|gleichen|demselben|derselben) (?!(?:Bereich|Branche|Feld|Sektor|Markt|Industrie|Business|Umfeld|Fachgebiet|Metier|Job|Beruf|Boot|Situation|Lage|Problem|Thema|Themen|Ziel|Punkt|Strang|Tag|Abend|Alter|Land|Region|Stadt|Größe|Niveau|Meinung|Ansicht)(?![\\p{L}]))[\\p{L}-]+',
      // A thing both use in turn: "wir teilen uns seit Oktober das Kryo-EM am Zentrum", "seit März teilen wir uns ein Büro"
      // (reflexive "uns" with a thing; "wir teilen die gleichen Werte" is no tie)
      '(?:wir teilen uns|teilen wir uns) (?:[^\\s,.!?]+ ){0,4}?(?:das|den|die|ein|eine|einen|dasselbe|denselben|dieselbe) (?!(?:gleiche|gleichen|selbe|selben)?\\s?(?:Werte|Leidenschaft|Begeisterung|Meinung|Ansicht|Interessen|Interesse|Ziele|Vision)(?![\\p{L}]))\\S+',
      // "ich bin ebenfalls ein Kind der Uni Passau"
      '(?:auch|ebenfalls|ebenso) (?:ein |eine )?(?:Kind|Gewächs|Eigengewächs|Produkt) (?:der|des|von|vom) \\S+',
      // A body or circle both sit in: "wir sitzen ab Januar beide im Prüfungsausschuss der IHK", "ab März sitzen wir zusammen im Vorstand des Fördervereins"
      '(?:wir (?:sitzen|saßen|sassen|sind|waren|engagieren uns|arbeiten)|(?:sitzen|saßen|sassen|sind|waren|engagieren|arbeiten) wir(?: uns)?) (?:\\S+ ){0,3}?(?:beide|zusammen|gemeinsam) (?:\\S+ ){0,2}?(?:im|in der|in dem|beim|bei der|bei dem) (?:\\S+ )?{compound}(?:{boardBody}|arbeitskreis|gremium|komitee|netzwerk|verein|verband|förderverein|lenkungskreis|expertenkreis|pool|kreis|programm|jahrgang|chor|orchester|mannschaft|kollegium|rat|senat|konsortium|verbund)(?![\\p{L}])',
      // "wir sind beide durch die Schule von Henkel gegangen", "wir sind beide bei Bosch groß geworden"
      'wir (?:sind|waren|haben) (?:\\S+ )?(?:beide|zusammen|gemeinsam) (?:\\S+ ){0,6}?(?:gegangen|gewesen|groß geworden|gross geworden|ausgebildet worden|sozialisiert worden|geprägt worden)',
      // The time shared at a named place: "lange her seit unserer Zeit bei Bosch in Reutlingen", "unsere gemeinsamen Jahre an der HSG"
      '(?:unsere|unserer|unseren) (?:gemeinsame |gemeinsamen |alte |alten )?(?:Zeit|Jahre|Jahren|Studienzeit|Schulzeit|Ausbildungszeit|Praktikumszeit|Traineezeit|Projektzeit|Zusammenarbeit|WG-Zeit) (?:bei|beim|an der|am|an dem|im|in der|auf der|auf dem) \\S+',
      // "dass Sie ebenfalls eine Vergangenheit bei der Deutschen Bahn haben"
      '(?:auch|ebenfalls|ebenso|gemeinsame|gleiche) (?:eine |einen )?(?:\\S+ )?(?:Vergangenheit|Vorgeschichte|Wurzeln|Stationen) (?:bei|beim|an der|am|im|in der|als) \\S+',
    ],
  },
  {
    name: 'jobApplication',
    means: 'says you applied',
    patterns: [
      '(?:ich habe|ich hab|habe ich|dass ich) mich (?:\\S+ ){0,18}?beworben',
      '(?:hab|habe) (?:\\S+ ){0,4}?(?:meine|die) (?:\\S+ )?Bewerbung (?:\\S+ ){0,6}?(?:eingereicht|geschickt|abgeschickt|gesendet|hochgeladen|übermittelt)',
      '(?:hiermit |hiermit möchte ich mich )?bewerbe ich mich',
      '(?:möchte|würde) mich (?:\\S+ ){0,8}?bewerben',
      'Initiativbewerbung',
      'bewerbe mich',
      // "meine Unterlagen für die ausgeschriebene Stelle als Disponentin"
      '(?:meine|die) (?:\\S+ )?(?:Unterlagen|Bewerbungsunterlagen|Bewerbung|Bewerbungsmappe|Lebenslauf) (?:\\S+ ){0,3}?(?:für|zur|zu|auf) (?:die|der|den|Ihre|Ihrer|eure|deine) (?:\\S+ )?(?:Stelle|Position|Ausschreibung|Stellenausschreibung|Rolle|Stellenanzeige)',
      // Their job posting: "zu Ihrer Stellenausschreibung als Controllerin habe ich eine Frage"
      '(?:auf|zu|zur|in) {yourPoss} (?:\\S+ )?(?:Stellenanzeige|Stellenausschreibung|Ausschreibung|Jobanzeige|Stellenangebot)',
      '(?:meine|die) Bewerbung (?:als|für|auf|um)',
    ],
    // Job hunting in general is no application to their company: "ich bewerbe mich gerade und bräuchte noch zwei Empfehlungen".
    quiet: [
      'bewerbe mich (?:gerade|derzeit|momentan|aktuell|zurzeit|im Moment|viel|überall)(?= *(?:[,.!?]|und |aber |$))',
      // … or for months, in vain: "ich bewerbe mich seit einem Jahr erfolglos", "bewerbe mich schon lange vergeblich"
      'bewerbe mich (?:(?:schon|bereits|nun|jetzt|inzwischen|mittlerweile) )?(?:seit (?:[^\\s,.!?]+ ){0,2}?[^\\s,.!?]+|lange|ständig|laufend)(?: (?:erfolglos|vergeblich|ohne Erfolg|überall))?(?= *(?:[,.!?]|und |aber |$))',
      'bewerbe mich (?:[^\\s,.!?]+ ){0,3}?(?:erfolglos|vergeblich|ohne Erfolg)',
    ],
  },
  {
    name: 'invitation',
    means: 'invites them',
    patterns: [
      '(?:möchte|möchten|würde|würden|wollte|wollten|darf|dürfen) (?:Sie|dich|euch) (?:\\S+ ){0,10}?einladen',
      'lade (?:Sie|dich|euch) (?:\\S+ ){0,8}?ein',
      '(?:Sie|dich) (?:\\S+ )?als {speakerRole}',
      'Einladung (?:zu|zur|zum|als|für)',
      // "wenn Sie auf unserem Fachtag einen Vortrag über … halten"
      '(?:Sie|du) (?:\\S+ ){0,10}?(?:einen|ein|eine|die|das) (?:\\S+ )?(?:Vortrag|Keynote|Impuls|Impulsvortrag|Workshop|Rede|Grußwort|Session|Masterclass|Lesung|Moderation|Podiumsdiskussion) (?:\\S+ ){0,6}?(?:halten|hältst|geben|gibst|übernehmen|übernimmst|moderieren|moderierst|leiten|leitest)',
    ],
    // A private outing is no reason why this person: "ich würde Sie gern auf einen Drink einladen", "zum Abendessen zu zweit"
    quiet: ['(?:auf|zu|zum|für) (?:einen|ein|eine|einem) (?:\\S+ )?(?:Drink|Date|Glas|Gläschen|Cocktail|Bier|Wein|Abendessen|Dinner|Candle-Light-Dinner|Rendezvous)', 'zu zweit'],
  },
];

/** What sounds like a reason but says nothing about this person (languages.md §5 pseudo-context). */
export const pseudo: readonly Family[] = [
  {
    name: 'viewedProfile',
    means: 'mentions only their profile',
    patterns: [
      '(?:Sie haben|du hast|hast du|haben Sie) (?:\\S+ )?(?:mein|meinem) Profil (?:\\S+ )?(?:besucht|angesehen|angeschaut|gesehen)',
      '{yourPoss} (?:\\S+ )?(?:Profil|Werdegang|Lebenslauf|Hintergrund|Karriereweg|Profilbild)',
      '(?:auf|über) {yourPoss} (?:\\S+ )?Profil',
      'LinkedIn (?:hat )?(?:mir )?(?:\\S+ ){0,3}?(?:vorgeschlagen|empfohlen|angezeigt)',
    ],
  },
  {
    name: 'unnamedConnections',
    means: 'mentions unnamed mutual contacts',
    patterns: ['(?:viele|einige|zahlreiche|mehrere|gemeinsame) (?:\\S+ )?(?:gemeinsame )?(?:Kontakte|Verbindungen|Bekannte|Connections)'],
  },
  {
    name: 'sameField',
    means: 'mentions only the same field',
    patterns: [
      '(?:in|aus) (?:der )?(?:derselben|der selben|der gleichen|gleichen|selben|ähnlichen) (?:Branche|Industrie|Bereich|Feld)',
      '(?:bin|sind|arbeite|arbeiten) (?:\\S+ )?(?:auch|ebenfalls|beide) (?:\\S+ )?(?:im|in der) (?:\\S+ )?(?:Vertrieb|Marketing|Branche|Bereich|HR|IT|Einzelhandel|Consulting|Finanzbereich)',
      '(?:Fachleute|Profis|Menschen|Leute|Experten|Expertinnen|Professionals) wie (?:Sie|dich|dir|Ihnen)',
    ],
  },
];

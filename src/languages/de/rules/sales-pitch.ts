import type { LocalizedRule } from '../../types.ts';

/** Selling to a stranger (languages.md §5 `sales-pitch`); quiet once they have written. */
export const salesPitch: LocalizedRule = {
  when: 'cold',
  quietWhen: [
    // The reader asked for it: "Sie hatten nach einer Lösung für … gefragt – anbei unser Angebot", "wie gewünscht", "zu Ihrer Anfrage".
    '(?:Sie|du) (?:hatten|haben|hattest|hast) (?:mich |uns )?[^.!?\\n]{0,80}?(?:nach|um) [^.!?\\n]{0,80}?(?:gefragt|gebeten)(?![\\p{L}])',
    '(?:Sie|du) (?:hatten|haben|hattest|hast) (?:\\S+ ){0,6}?(?:angefragt|angefordert|erbeten)(?![\\p{L}])',
    'wie (?:von (?:Ihnen|dir) )?(?:gewünscht|angefragt|angefordert|erbeten)(?![\\p{L}])',
    '(?:auf|zu) (?:Ihre|Ihrer|deine|deiner) (?:\\S+ )?(?:Anfrage|Nachfrage|Bitte)(?![\\p{L}])',
    // A founder raising money describes the product to an investor, who is not the buyer: "unsere Pre-Seed-Runde (1,2 Mio. €)"
    '(?:unsere|unserer) (?:laufende |aktuelle |nächste )?(?:Pre-Seed-|Seed-|Series-[A-D]-|Finanzierungs|Investment|Wachstums|Anschluss|Bridge-)Runde(?![\\p{L}])',
    'wir (?:suchen|sammeln|raisen) (?:gerade |aktuell |derzeit )?(?:\\S+ ){0,3}?(?:Investoren|Investorinnen|Business Angels|Wagniskapital|Risikokapital)(?![\\p{L}])',
  ],
  lexicon: {
    ourThing: ['unsere', 'unser', 'unserer', 'unseres', 'unseren', 'unserem'],
    product: [
      'lösung', 'loesung', 'agentur', 'plattform', 'software', 'app', 'firma', 'beratung', 'dienstleistung', 'tool', 'tools', 'service', 'services',
      'produkt', 'produkte', 'system', 'angebot', 'kanzlei', 'experten', 'expertinnen', 'methode', 'technologie', 'ki', 'ki-lösung', 'saas',
      'konzept', 'programm', 'format', 'paket', 'modul', 'anlagen', 'anlage', 'system', 'systeme',
      // Courses sold as products: "Unser Seminar … verzehnfacht Ihre Anfragen"
      'seminar', 'kurs', 'onlinekurs', 'workshop', 'training', 'coaching', 'masterclass',
    ],
    helpVerb: [
      'unterstützt', 'unterstützen', 'hilft', 'helfen', 'automatisiert', 'automatisieren', 'ermöglicht', 'ermöglichen', 'optimiert', 'optimieren',
      'steigert', 'steigern', 'spart', 'sparen', 'begleitet', 'begleiten', 'senkt', 'senken', 'verdoppelt', 'verdoppeln', 'digitalisiert',
      'digitalisieren', 'beschleunigt', 'beschleunigen', 'verdreifacht', 'verzehnfacht', 'vervielfacht', 'maximiert',
      // The freelancer's first person: "ich unterstütze Coaches dabei, …"
      'unterstütze', 'helfe', 'begleite',
    ],
    clients: ['unternehmen', 'firmen', 'betriebe', 'kunden', 'teams', 'start-ups', 'startups', 'kanzleien', 'praxen', 'mittelständler', 'agenturen', 'händler', 'marken', 'führungskräfte', 'menschen',
      'hotels', 'kliniken', 'schulen', 'kommunen', 'restaurants', 'shops', 'vereine', 'einrichtungen', 'organisationen', 'hersteller', 'zulieferer',
      'dienstleister', 'apotheken', 'werkstätten', 'handwerker', 'arztpraxen', 'bäckereien', 'labore'],
    likeYours: ['ihres', 'ihren', 'ihre', 'ihrem', 'ihrer', 'deins', 'deines', 'deine', 'deinen', 'ihr unternehmen', 'ihre firma', 'dein unternehmen', 'deine firma', 'sie', 'dich', 'dir'],
    gain: ['leads', 'umsatz', 'umsätze', 'kunden', 'neukunden', 'anfragen', 'aufträge', 'reichweite', 'sichtbarkeit', 'termine', 'verkäufe', 'conversions', 'gewinn'],
  },
  families: [
    {
      name: 'productHelpsCompanies',
      means: 'pitches a product to companies like theirs',
      patterns: [
        // … also with the product's name or scope between: "unsere Software für Schichtplanung spart Pflegeheimen …", "Unser Seminar Vertriebsboost verzehnfacht …"
        '{ourThing} (?:\\S+ )?[\\p{L}-]*{product} (?:[^\\s.,!?]+ ){0,3}?{helpVerb}(?![\\p{L}])',
        // "mit unseren Photovoltaik-Anlagen sparen Betriebe wie Ihrer…"
        '{helpVerb} (?:\\S+ )?[\\p{L}-]*{clients} wie {likeYours}',
        // "Über 2.000 Handwerksbetriebe vertrauen bereits darauf"
        '(?:über|mehr als|bereits) [\\d.]+ (?:\\S+ )?[\\p{L}-]*{clients} (?:\\S+ )?(?:vertrauen|nutzen|setzen|arbeiten)',
        '(?:wir|ich) {helpVerb} (?:\\S+ )?[\\p{L}-]*{clients} wie {likeYours}',
        // "wir unterstützen Unternehmen wie [Firmenname] dabei, ihre IT-Kosten … zu senken": the goal clause, whatever fills the slot
        '(?:wir|ich) {helpVerb} (?:\\S+ )?[\\p{L}-]*{clients}n? (?:wie \\S+ )?dabei, (?:ihre|Ihre|deine|ihren|Ihren|deinen) [\\p{L}-]+',
        // The goal clause with any clients: "Wir unterstützen Coaches dabei, planbar Neukunden zu gewinnen", "ich helfe Praxen dabei, ihre Abläufe zu digitalisieren"
        '(?:wir|ich) {helpVerb} (?:(?!Sie |dich |euch |Ihnen |dir )[^\\s,]+ ){0,2}?(?!Sie,|dich,|euch,|Ihnen,|dir,)[^\\s,]+(?: dabei)?, [^.!?\\n]{0,80}?zu (?:gewinnen|generieren|steigern|erhöhen|senken|sparen|verdoppeln|optimieren|automatisieren|skalieren|reduzieren|digitalisieren|beschleunigen|verkaufen|erzielen|vermehren|vervielfachen|verzehnfachen|maximieren)(?![\\p{L}])',
        // "Mit unserem System gewinnen Coaches und Berater planbar 5–10 neue Kunden pro Monat"
        'mit (?:unserem|unserer|unseren) (?:\\S+ )?[\\p{L}-]*{product} (?:gewinnen|generieren|sparen|steigern|senken|verdoppeln|bekommen|erzielen)(?! (?:Sie|du|ihr) )',
        '(?<![\\p{L}-])[\\p{L}-]*{clients} wie {likeYours} (?:\\S+ ){0,3}?(?:dabei|bei|mit|beim)',
      ],
    },
    {
      name: 'booksDemo',
      means: 'asks to book a demo',
      patterns: [
        // A demo being booked or offered, not one they saw: "Ich habe die Demo auf der Messe gesehen" is quiet.
        '(?:Demo|Produktdemo|Live-Demo|Vorführung) (?:\\S+ ){0,3}?(?:vereinbaren|buchen|zeigen|anbieten|ansehen)',
        '(?:Termin|Zeit|\\d+ Minuten) (?:\\S+ ){0,2}?(?:für )?(?:eine|einen) (?:\\S+ )?(?:Demo|Produktdemo|Live-Demo)',
        '(?:kostenlose|kurze|unverbindliche|persönliche|individuelle) (?:Demo|Produktdemo|Live-Demo|Vorführung)',
        // Asking whether they want one: "ob Sie Interesse an einer Demo haben"
        '(?:Interesse an|Lust auf) (?:einer|eine) (?:\\S+ )?(?:Demo|Produktdemo|Live-Demo|Vorführung|Produktvorführung)(?![\\p{L}])',
        // Asking them for a slot: "Wann passt es Ihnen für eine Demo?", "Wäre der Dienstag ein guter Zeitpunkt für die Vorführung?"
        '(?:passt|passen|wäre|wären|ginge|Zeitpunkt|Slot|Zeitfenster) (?:\\S+ ){0,4}?(?:für|zu) (?:eine|einer|einen|die|der|unsere|unserer) (?:\\S+ )?(?:Demo|Produktdemo|Live-Demo|Vorführung|Produktvorführung)',
        '(?:unverbindliches|kostenloses|kurzes unverbindliches) (?:Erstgespräch|Beratungsgespräch|Kennenlerngespräch|Angebot)',
        // "15 minutes to show you how": "Darf ich Ihnen in 15 Minuten zeigen, wie?"
        '(?:\\d+|zehn|fünfzehn|zwanzig|dreißig) Minuten (?:\\S+ ){0,2}?(?:zeigen|vorstellen|vorführen|demonstrieren)(?![\\p{L}])',
      ],
    },
    {
      name: 'freeTrialOrDiscount',
      means: 'offers a trial or discount',
      patterns: [
        // … also as an infinitive: "ob du Lust hast, unsere Software kostenlos zu testen"
        '(?:kostenlos|kostenfrei|gratis) (?:zu )?(?:testen|ausprobieren|nutzen)', '(?:kostenlos|kostenfrei|gratis) auszuprobieren',
        '(?:kosten(?:los|frei)(?:e|en|es|er|em)?|gratis) (?:\\S+ )?(?:Testphase|Testversion|Probephase|Erstberatung|Analyse|Potenzialanalyse|Beratung|Testwoche|Testmonat|Audit|Check|SEO-Check|Website-Check|Strategiegespräch|Erstgespräch|Whitepaper|E-Book|Demo)',
        '\\d+ (?:Tage|Wochen) (?:kostenlos|gratis|gratis testen)',
        '(?:\\d+ ?%|\\d+ Prozent) (?:\\S+ )?(?:Rabatt|Nachlass|günstiger|Ermäßigung|Discount)',
        // An offer that runs out, to hurry a stranger: "unser Angebot für die PV-Förderung gilt nur noch bis Freitag"
        '(?:unser|unsere|dieses|diese) (?:[^\\s.!?]+ ){0,5}?(?:Angebot|Aktion|Sonderaktion|Konditionen|Aktionspreis|Preis|Preise) (?:[^\\s.!?]+ ){0,5}?(?:gilt|gelten|läuft|laufen) (?:nur )?noch (?:bis|zum|wenige|diese)(?![\\p{L}])',
        // A free sample or check-up as bait: "eine kostenlose Testlieferung", "eine kostenfreie Potenzialanalyse"
        '(?:kostenlose|kostenfreie|gratis|unverbindliche) (?:[\\p{L}-]*(?:Testlieferung|Probelieferung|Musterlieferung|Teststellung|Testphase|Probephase|Potenzialanalyse|Potentialanalyse|Erstberatung|Erstanalyse|Bedarfsanalyse|Musterbox|Warenprobe))(?![\\p{L}])',
        '[\\p{L}-]*(?:Sonder)?[Rr]abatt', 'Preisnachlass', 'Frühbucherrabatt', '[\\p{L}-]*(?:Frühbucherpreis|Einführungspreis|Aktionspreis|Vorzugspreis|Sonderpreis)', 'Sonderkonditionen', 'Sonderangebot', 'Gutscheincode',
        'bei Abschluss bis',
        // A trial, in digits or words, not the writer's own trial of their product ("ich teste gerade zwei Wochen kostenlos Ihre App")
        '(?:\\d+|einen|eine|ein|zwei|drei|vier|fünf|sechs|acht|zehn|zwölf|vierzehn|dreißig) (?:Tag|Tage|Woche|Wochen|Monat|Monate) (?:\\S+ )?(?:kostenlos|gratis|risikofrei|unverbindlich|kostenfrei)(?! (?:\\S+ )?(?:Ihre|Ihren|Ihr|Ihrem|Ihres|deine|deinen|dein|deinem|eure|euren|euer)(?![\\p{L}]))',
        'risikofrei (?:testen|ausprobieren|aus)', 'ohne (?:Vertragsbindung|Mindestlaufzeit|Risiko testen)',
        '[\\p{L}-]*(?:Probemodul|Probemonat|Probestunde|Probetraining|Testzugang|Testaccount|Probeabo)s? (?:\\S+ ){0,2}?(?:gratis|kostenlos|kostenfrei|geschenkt)',
      ],
    },
    {
      name: 'moreLeadsOrSales',
      means: 'promises more sales',
      patterns: [
        '(?:zeigen|demonstrieren), wie (?:\\S+ ){0,4}?(?:Sie|Ihr|Ihre|du|dein|deine) (?:\\S+ ){0,4}?(?:sparen|steigern|erhöhen|gewinnen|automatisieren|senken|verdoppeln|halbieren)',
        '(?:Ihre|deine|Ihren|deinen) (?:\\S+ )?(?:Kosten|Ausgaben|Aufwand) (?:um )?(?:\\S+ )?(?:\\d+ ?%|die Hälfte|deutlich|spürbar) (?:senken|reduzieren|verringern)',
        'mehr {gain} (?:\\S+ ){0,4}?(?:gewinnen|generieren|bekommen|erhalten|erzielen|holen)',
        '(?:generieren|gewinnen|bekommen|erhalten|erzielen) (?:Sie|du) (?:\\S+ ){0,3}?mehr {gain}',
        // Customers' results as the hook: "Bei unseren Kunden sind es im Schnitt elf Stunden weniger"
        '(?:bei|unsere|unseren) (?:\\S+ )?(?:Kunden|Kundinnen|Nutzer|Nutzern|Nutzerinnen|Anwender|Anwendern|Anwenderinnen|Bestandskunden|Mandanten|Mandantinnen) (?:\\S+ ){0,8}?(?:im Schnitt|durchschnittlich|bis zu|\\d+ ?%|\\d+ Prozent)',
        '(?:unsere|meine) (?:\\S+ )?(?:Kunden|Kundinnen|Nutzer|Nutzerinnen|Anwender|Anwenderinnen|Mandanten|Mandantinnen) (?:sparen|gewinnen|steigern|senken|verdoppeln|reduzieren|erzielen|generieren|verkaufen|verdienen)',
        // What our product does, shown to them or their boss: "Ich würde ihm gern zeigen, wie unser CRM die Angebotserstellung um 40 % beschleunigt"
        '(?:zeigen|zeige|demonstrieren|demonstriere|vorführen|erklären|erkläre), wie (?:{ourThing}|wir) (?:\\S+ ){0,6}?(?:{helpVerb}|um (?:bis zu )?\\d+ ?(?:%|Prozent))(?![\\p{L}])',
        // "In 15 Minuten zeige ich Ihnen, wie das bei Ihnen aussehen könnte"
        '(?:zeige|zeigen|erkläre|erklären|demonstriere|demonstrieren) (?:ich |wir )?(?:Ihnen|dir|euch)(?: \\S+){0,3}?, wie (?:\\S+ ){0,4}?(?:bei Ihnen|bei dir|bei euch|für Sie|für dich|in Ihrem|in Ihrer|in deinem|in deiner)',
        // A measured saving promised to the reader: "damit sparen Sie bis zu 5 Stunden pro Woche", "du sparst locker 20 %"
        '(?:sparen Sie|sparst du|spart ihr|Sie sparen|du sparst|ihr spart) (?:\\S+ ){0,3}?(?:bis zu |über |mehr als |rund |locker |mindestens )?(?:\\d[\\d.,]*|zwei|drei|vier|fünf|zehn|zwanzig) ?(?:Stunden|Std\\.|Minuten|Tage|Prozent|%|Euro|€)',
        // A result promised in a time box: "In 30 Tagen zu 10.000 Followern", "in 90 Tagen zum sechsstelligen Umsatz"
        '(?:in|innerhalb von) (?:nur |weniger als )?(?:\\d+|zwei|drei|vier|sechs|acht|zwölf) (?:Tagen|Wochen|Monaten) (?:zu|zum|zur|auf|mehr als) (?:\\d[\\d.,]*|fünfstelligen|sechsstelligen|siebenstelligen|ersten) ?(?:\\S+ )?(?:Followern|Follower|Followers|Kunden|Neukunden|Leads|Abonnenten|Umsatz|Monatsumsatz|Euro|€|Terminen|Termine|Anfragen)',
        // A number of new customers per period: "5–10 neue Kunden pro Monat"
        '\\d+(?: ?[–-] ?\\d+)? (?:neue |zusätzliche |qualifizierte )?{gain} (?:pro|im|jeden|jede|je) (?:Monat|Woche|Quartal|Jahr)(?![\\p{L}])',
        '(?:zu|für|bis zu|\\d+ ?%) mehr {gain}', '(?:Ihre|Ihren|deine|deinen) (?:\\S+ )?(?:{gain}) (?:zu )?(?:steigern|erhöhen|verdoppeln|verdreifachen|ankurbeln|boosten)',
        // The verb first: "verzehnfacht Ihre Kundenanfragen", "verdoppelt deine Leads"
        '(?:verdoppelt|verdreifacht|verzehnfacht|vervielfacht|steigert|erhöht|verdoppeln|verdreifachen|verzehnfachen|vervielfachen) (?:Ihre|Ihren|deine|deinen|eure|euren) (?:\\S+ )?[\\p{L}-]*{gain}(?![\\p{L}])'],
    },
    {
      name: 'offersServices',
      means: 'offers the writer’s services',
      patterns: [
        '(?:ich|wir) (?:biete|bieten|möchte Ihnen|möchten Ihnen|würde Ihnen|würden Ihnen) (?:Ihnen |dir )?(?:\\S+ ){0,3}?(?:meine|unsere) (?:\\S+ )?(?:Dienstleistungen|Leistungen|Services|Unterstützung|Beratung|Expertise) (?:\\S+ ){0,3}?an',
        '(?:biete|bieten) (?:Ihnen|dir) (?:\\S+ ){0,4}?(?:Dienstleistungen|Leistungen|Services|Beratung|Lösung|Angebot)',
        '(?:sende|schicke|schicken|senden) (?:ich |wir )?Ihnen (?:\\S+ )?(?:unser|mein) (?:\\S+ )?Angebot',
        // "Darf ich Ihnen unsere Lösung kurz vorstellen?"
        '(?:Ihnen|dir|euch) (?:\\S+ ){0,3}?(?:unser|unsere|unseren|mein|meine|meinen) (?:\\S+ )?(?:Produkt|Lösung|Angebot|Tool|Software|Plattform|Dienstleistung|Leistungen|Service|App|Portfolio) (?:\\S+ )?(?:vorstellen|zeigen|präsentieren|anbieten|vorzustellen|zu zeigen)',
        'unverbindliches Angebot',
        // The writer's work on the reader's thing, offered: "Ich biete Ihnen die Montage Ihrer Photovoltaikanlage an",
        // "gern bieten wir Ihnen die Wartung Ihrer Heizung an" (not "das Du", which is nothing of theirs; not "ich übernehme gern
        // die Moderation Ihres Panels", a volunteer's yes)
        // (also with the subject dropped, as in chat: "biete dir die Gestaltung deines Logos an")
        '(?:(?:ich|wir) (?:biete|bieten) |(?:biete|bieten) (?:ich|wir) |(?<![\\p{L}])biete (?=(?:Ihnen|dir|euch) ))(?:Ihnen |dir |euch )?(?:gern |gerne )?(?:die|eine|den|einen|das|ein) (?:\\S+ )?[\\p{L}-]*(?:ung|age|ation|tion|ur|ice|ing) (?:Ihrer|Ihres|Ihren|Ihrem|deiner|deines|deinen|deinem|eurer|eures) [^.!?\\n]{0,60}?an(?![\\p{L}])',
        // A first-person offer with a fixed-price hook: "Wir übernehmen die Montage zum Festpreis", "biete ich Reinigungen zum Pauschalpreis an"
        '(?:(?:ich|wir) (?:biete|bieten|übernehme|übernehmen|erledige|erledigen|liefere|liefern|installiere|installieren|erstelle|erstellen)|(?:biete|bieten|übernehme|übernehmen|erledige|erledigen|liefere|liefern|installiere|installieren|erstelle|erstellen) (?:ich|wir)) [^.!?\\n]{0,80}?(?:zum|zu) (?:\\S+ )?(?:Festpreis|Festpreisen|Pauschalpreis|Pauschalpreisen|Fixpreis|Fixpreisen|Komplettpreis|Paketpreis)(?![\\p{L}])',
        // Staff offered to a stranger (personnel leasing): "Wir stellen Ihnen kurzfristig Fachkräfte für Lager und Logistik zur Verfügung",
        // "vermitteln wir Ihnen geprüfte Pflegekräfte"
        '(?:(?:ich|wir) (?:stelle|stellen)|(?:stelle|stellen) (?:ich|wir)) (?:Ihnen|dir|euch) (?:[^\\s.!?]+ ){0,4}?[\\p{L}-]*(?:Fachkräfte|Arbeitskräfte|Personal|Aushilfen|Monteure|Pflegekräfte|Leiharbeiter|Leiharbeitskräfte|Helfer|Helferinnen|Mitarbeitende|Fahrer|Staplerfahrer) (?:[^.!?\\n]{0,80}?)zur Verfügung',
        '(?:(?:ich|wir) (?:vermittle|vermitteln|überlasse|überlassen)|(?:vermittle|vermitteln|überlasse|überlassen) (?:ich|wir)) (?:Ihnen|dir|euch) (?:[^\\s.!?]+ ){0,4}?[\\p{L}-]*(?:Fachkräfte|Arbeitskräfte|Personal|Aushilfen|Monteure|Pflegekräfte|Leiharbeiter|Leiharbeitskräfte|Helfer|Helferinnen|Mitarbeitende|Fahrer|Staplerfahrer)(?![\\p{L}])',
        // Something of theirs handed over for free, as bait: "Wir stellen Ihnen kostenlos redaktionellen Content zur Verfügung"
        '(?:(?:ich|wir) (?:stelle|stellen)|(?:stelle|stellen) (?:ich|wir)) (?:Ihnen|dir|euch) (?:[^\\s.!?]+ ){0,4}?(?:kostenlos|kostenfrei|gratis|unentgeltlich|umsonst) (?:[^\\s.!?]+ ){0,4}?(?:Content|Inhalte|Artikel|Texte|Gastbeiträge|Gastbeitrag|Beiträge|Software|Lizenzen|Lizenz|Zugang|Testzugang|Produkte|Muster|Whitepaper) (?:[^.!?\\n]{0,80}?)zur Verfügung',
        // The verb split around the product: "biete ich Ihnen drei Monate kostenlos unser Cloud-Kassensystem an"
        '(?:biete|bieten) (?:ich |wir )?(?:Ihnen|dir|euch) (?:[^\\s,.!?]+ ){0,5}?(?:unser|unsere|unseren|mein|meine|meinen) (?:\\S+ )?[\\p{L}-]*{product}\\S* an(?![\\p{L}])',
        // Services for a client group, verb split: "ich biete Buchhaltung und Lohnabrechnung für kleine Arztpraxen an"
        '(?:ich|wir) (?:biete|bieten) (?:Ihnen |dir |euch )?(?:[^\\s,.!?]+ ){1,8}?für (?:\\S+ ){0,3}?[\\p{L}-]*{clients} (?:[^\\s,.!?]+ ){0,4}?an(?![\\p{L}])',
        // (not the writer asking them for a quote: "Könnten Sie mir dafür ein Angebot schicken?", "ob du uns ein Angebot machen kannst")
        '(?<!(?:Sie|du|ihr) (?:mir|uns) (?:[^\\s.!?]+ ){0,3}?)(?:ein|ein individuelles|ein persönliches|ein maßgeschneidertes|ein kostenloses|ein unverbindliches) Angebot (?:\\S+ )?(?:zukommen lassen|machen|erstellen|schicken|senden)',
        // "schicke ich Ihnen die Unterlagen zu unserem Fuhrparkmanagement", "anbei unser Katalog"
        '(?:sende|schicke|schicken|senden|übersende|übersenden) (?:ich |wir )?(?:Ihnen|dir) (?:\\S+ ){0,2}?(?:die |unsere |meine )?(?:Unterlagen|Infos|Informationen|Broschüre|Präsentation|Produktinfos) (?:zu|über) (?:unserem|unserer|unseren|unser|unsere|meinem|meiner)',
        '(?:anbei|hier|beigefügt) (?:\\S+ ){0,3}?(?:unser|unsere|unseren|mein|meine|meinen) (?:\\S+ )?(?:Katalog|Produktkatalog|Angebot|Preisliste|Broschüre|Imagebroschüre|Leistungsübersicht|Firmenpräsentation|Produktübersicht)',
        // "möchte Ihnen unsere Zeitarbeitslösung ans Herz legen"
        '(?:Ihnen|dir|euch|ihm|ihr) (?:\\S+ ){0,3}?(?:unser|unsere|unseren|mein|meine|meinen) (?:\\S+ )?[\\p{L}-]*(?:lösung|produkt|angebot|tool|software|plattform|dienstleistung|service|app|format|programm|konzept|paket|system) (?:\\S+ ){0,3}?(?:vorstellen|zeigen|präsentieren|anbieten|vorzustellen|zu zeigen|ans Herz legen|empfehlen)',
        // Asking a stranger for their buyer: "mit Ihrer Einkaufsleiterin bekannt machen"
        '(?:mit|an) (?:Ihrem|Ihrer|Ihren|deinem|deiner|deinen) (?:\\S+ )?(?:Einkauf|Einkäufer|Einkäuferin|Einkaufsleiter|Einkaufsleiterin|Einkaufsabteilung|Beschaffung|Beschaffungsabteilung|Einkaufsteam)',
        // Client count as proof: "Wir betreuen bereits 40 Arztpraxen in der Region", "wir übernehmen das für über 200 Betriebe"
        'wir (?:betreuen|beliefern|beraten|unterstützen|bedienen|begleiten|übernehmen das für|arbeiten für|arbeiten mit|sind Partner von|versorgen) (?:bereits |schon |heute |aktuell )?(?:über |mehr als |rund |knapp |fast )?(?:\\d[\\d.]*|hunderte|Hunderte|dutzende|Dutzende|zahlreiche|viele) (?:\\S+ )?(?:Kunden|Betriebe|Unternehmen|Firmen|Praxen|Arztpraxen|Kanzleien|Hotels|Restaurants|Händler|Mittelständler|Kommunen|Kliniken|Marken|Teams|Standorte|Mandanten|Agenturen|Schulen|Start-ups|Startups|Handwerksbetriebe|Kundinnen)',
        'wir sind (?:\\S+ )?(?:Experten|Expertinnen|Spezialisten|Spezialistinnen|Profis) (?:für|im Bereich|in Sachen)',
        // "we specialise in" (value proposition): "Wir sind spezialisiert auf Montagesysteme für Flachdächer"
        '(?:wir sind|sind wir) (?:\\S+ )?(?:spezialisiert|fokussiert) (?:auf|in)(?![\\p{L}])', 'wir (?:haben uns|spezialisieren uns) (?:\\S+ )?(?:auf|in) (?:[^\\s.!?]+ ){1,6}?(?:spezialisiert|fokussiert)(?![\\p{L}])',
        // The offer already sent to a stranger: "Ich habe Ihnen unser Angebot bereits geschickt"
        '(?:habe|haben) (?:ich |wir )?(?:Ihnen|dir|euch) (?:\\S+ )?(?:unser|mein|unsere|meine) (?:\\S+ )?(?:Angebot|Preisliste|Katalog|Konditionen) (?:\\S+ ){0,4}?(?:geschickt|gesendet|zugeschickt|übermittelt|gemailt|zukommen lassen)(?![\\p{L}])',
        // Solutions offered with a price hook: "Wir bieten die besten Lösungen für Web-Apps zu unschlagbaren Preisen"
        '(?:ich|wir) (?:biete|bieten) (?:\\S+ ){0,3}?(?:Lösungen|Lösung|Dienstleistungen|Leistungen|Services) (?:für|rund um|im Bereich) [^.!?\\n]{0,60}?(?:zu|mit) (?:unschlagbaren|günstigen|fairen|attraktiven|besten|Top-)? ?(?:Preisen|Konditionen)',
        // Asking a stranger which project to sell into: "bei welchem laufenden Projekt ich Sie unterstützen kann"
        '(?:bei|mit|für) (?:welchem|welchen) (?:\\S+ )?(?:Projekt|Projekten|Vorhaben) (?:ich|wir) (?:Sie|dich|euch|Ihnen|dir) (?:\\S+ )?(?:unterstützen|helfen)',
        // Sending a stranger to the shop window: "Schauen Sie gern mal auf unsere Seite", "wirf einen Blick in unseren Katalog"
        '(?:schauen|sehen|werfen|klicken) (?:Sie|du) (?:\\S+ ){0,4}?(?:auf|bei|in|durch) (?:unsere|unserer|unseren|unserem|unser) (?:\\S+ )?(?:Website|Webseite|Homepage|Seite|Shop|Onlineshop|Online-Shop|Katalog|Referenzen|Angebote|Produkte|Leistungen)',
        '(?:schau|wirf|klick) (?:\\S+ ){0,4}?(?:auf|bei|in|durch) (?:unsere|unserer|unseren|unserem|unser) (?:\\S+ )?(?:Website|Webseite|Homepage|Seite|Shop|Onlineshop|Online-Shop|Katalog|Referenzen|Angebote|Produkte|Leistungen)',
        '(?:Ihre|deine) (?:Website|Webseite|Homepage|Firma|Marke) (?:\\S+ ){0,2}?auf (?:Platz|Seite) (?:1|eins)',
      ],
    },
    {
      name: 'incomeOffer',
      means: 'offers side income',
      patterns: ['Nebeneinkommen', 'Nebenverdienst', 'Zusatzeinkommen', 'passives Einkommen', '(?:zweites|zusätzliches|eigenes|ortsunabhängiges) Einkommen (?:\\S+ )?(?:aufbauen|aufzubauen|verdienen|generieren)', 'von zu Hause (?:aus )?(?:\\S+ ){0,3}?Einkommen', 'von zu Hause (?:aus )?(?:\\S+ )?(?:verdienen|arbeiten)', 'Heimarbeit', 'sei dein eigener Chef', 'seien Sie Ihr eigener Chef', 'finanzielle Freiheit',
        // Returns promised on an investment: "12 % Rendite im Jahr", "eine Rendite von bis zu 8 %"
        '\\d+(?:[,.]\\d+)? ?(?:%|Prozent) (?:\\S+ )?Rendite', 'Rendite von (?:bis zu |über |mindestens )?\\d'],
    },
  ],
};

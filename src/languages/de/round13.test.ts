import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 13 (tune grew by de534–de573, drafts based on German-language pages about
 * Kontaktanfragen, Empfehlungen, Nachfassen, Absagen, Kooperationsanfragen, Einladungen and LinkedIn spam):
 * each member flagged or kept quiet in phrasings of its own, with case and punctuation variants. None of these
 * sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Job hunting in general is no application to their company
    'Hallo Frau Lenz, ich bewerbe mich gerade und bräuchte noch eine Referenz. Könnten Sie mir eine schreiben?',
    'Guten Tag Herr Ott, ich bewerbe mich derzeit. Hätten Sie Tipps für mich?',
    // A role on offer named after "als" is nothing of theirs
    'Hi, hab eine Stelle als Java-Entwickler für dich, voll remote. Interesse?',
    'Hallo, ich habe eine spannende Rolle als SAP-Beraterin für Sie. Passt ein Telefonat?',
    // A claimed call with a date is no moment of theirs
    'Sehr geehrte Frau Kahl, anknüpfend an unser Telefonat vom letzten Montag schicke ich Ihnen die Unterlagen.',
    'Hallo Herr Brandt, wie zugesagt hier die Präsentation von letzter Woche. Wann passt Ihnen ein Termin?',
  ],
  [
    // Someone told the writer about them or their organisation
    'Hallo Herr Demir, Frau Pohl hat mir erzählt, dass Ihr Verein eine Werkstatt betreibt. Dürfen wir dort einen Nachmittag zu Gast sein?',
    'Hallo Jana, Tobias hat mir erzählt, dass du gerade ein Buch über Pflege schreibst. Hast du Lust auf einen Kaffee?',
    'Guten Tag Frau Keller, mein Kollege hat mir von Ihrem Reparaturcafé in Linden erzählt. Hätten Sie kurz Zeit?',
    // Their talk told in a subordinate clause, verb last
    'Hallo Katrin, da du auf der BAU im Herbst genau darüber gesprochen hast, dachte ich an dich. Hast du Lust, vorbeizukommen?',
    'Sehr geehrter Herr Wendt, weil Sie in Ihrem Newsletter über Wärmenetze berichtet haben, melde ich mich bei Ihnen.',
    'hallo frau lang, nachdem sie im podcast so offen über ihren jobwechsel erzählt haben, wollte ich mich bedanken.',
    // An application to them
    'Hallo Frau Nguyen, ich bewerbe mich gerade bei Ihnen als Elektronikerin. Darf ich eine Frage zum Ablauf stellen?',
  ],
);

cases(
  'pushy',
  [
    'Bitte teilen Sie uns bis Freitag mit, welche Variante Sie wählen.',
    'Teilen Sie mir bis spätestens morgen mit, ob das passt.',
    'Gib mir bis Montag Bescheid, ob du dabei bist.',
  ],
  [
    // The writer's own announcement, not a deadline for them
    'Ich teile Ihnen bis Freitag mit, ob der Termin klappt.',
    'Wir geben Ihnen bis Montag Bescheid.',
  ],
);

cases(
  'entitled',
  ['Ich erwarte bis Freitag eine Antwort.', 'ich erwarte noch heute Ihre Rückmeldung!', 'Ich erwarte bis spätestens Montag eine Erklärung.'],
  ['Ich freue mich auf Ihre Antwort bis Freitag, falls es passt.', 'Ich erwarte keine schnelle Antwort, melden Sie sich, wann es passt.'],
);

cases(
  'slang',
  ['Hi Jonas, ich bin grad auf Jobsuche.', 'Bin grad unterwegs, melde mich später.', 'Das passt grad nicht so gut.'],
  ['Es hat heute 30 Grad in Wien.', 'Bei 2 grad Außentemperatur fällt der Test aus.', 'Der Grad der Automatisierung ist hoch.'],
);

cases(
  'typo',
  ['Intresse an einem kurzen Telefonat?', 'Ich bin sehr intressiert an der Stelle.', 'Das klingt intressant.'],
  ['Interesse an einem kurzen Telefonat?', 'Das klingt interessant.'],
);

cases(
  'no-hello',
  ['Servus Herr Gruber! Ich hoffe, Sie hatten ein schönes Wochenende.', 'Hallo Anna, ich hoffe du hattest einen guten Start in die Woche!', 'Hi Tom, schönes Wochenende gehabt?'],
  ['Servus Herr Gruber! Ich hoffe, Sie hatten ein schönes Wochenende. Ich wollte kurz fragen, ob die Lieferung angekommen ist.'],
);

cases(
  'sales-pitch',
  [
    'Hallo zusammen! Unser Webinar: In 30 Tagen zu 10.000 Followern. Anmeldung über den Link.',
    'Hallo Frau Ott, mit unserem Coaching kommen Sie in 90 Tagen zum sechsstelligen Umsatz.',
    'Sehr geehrte Damen und Herren, wir stellen Ihnen kostenlos redaktionelle Inhalte zur Verfügung, die Sie bei Verlinkung nutzen können.',
    'Hallo Herr Graf, gern stellen wir Ihnen gratis einen Testzugang zur Verfügung.',
  ],
  [
    'Hallo Frau Ott, ich habe es in 30 Tagen zu 10.000 Schritten am Tag geschafft und wollte Ihnen für Ihren Tipp danken.',
    'Hallo Herr Graf, ich stelle Ihnen gern meine Folien von der Tagung zur Verfügung, falls Sie mögen.',
  ],
);

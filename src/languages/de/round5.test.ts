import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families widened in round 5 (tune grew by de254–de293): each member flagged or kept quiet in
 * phrasings of its own, with case and punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    'Guten Tag, wir haben viele gemeinsame Kontakte. Hätten Sie Zeit für einen Kaffee?',
    'Hallo Herr Roth, Ihr Profil hat mich beeindruckt. Wollen wir uns vernetzen?',
    'Guten Tag, haben Sie schon einmal über eine neue Website nachgedacht?',
  ],
  [
    // What they said or did, either word order
    'Guten Tag Frau Lenz, beim Elternabend haben Sie als Einzige die Busverbindung angesprochen. Darf ich mich anschließen?',
    'Hallo Herr Ott, Sie haben im Fachforum eine kluge Frage zur Wärmepumpe gestellt und danach alles sehr gut erklärt. Zwei Fragen hätte ich noch.',
    'HALLO FRAU KAYA, SIE HABEN IN DER SITZUNG DES BEIRATS DIE ZAHLEN VORGESTELLT. DARF ICH SIE NACH DER QUELLE FRAGEN?',
    // An answer to the writer's question
    'Guten Tag Herr Brandt, Ihre Antwort auf meine Frage zur Grundsteuer war sehr hilfreich. Darf ich nachhaken?',
    // A "dass" clause about their organisation
    'Guten Tag Frau Wolf, ich habe gelesen, dass Ihre Bäckerei jetzt auch sonntags Brot ausliefert. Wie klappt das mit dem Personal?',
    'Hallo Herr Lang, dass Ihr Verein eine Jugendabteilung aufbaut, freut mich sehr. Kann ich als Trainerin helfen?',
    // A customer of their business
    'Guten Tag Frau Haas, wir bestellen seit Jahren bei Ihrer Druckerei unsere Flyer. Nun hätten wir eine Frage zu Recyclingpapier.',
    // Talk with the place first; "dabei"; school years
    'Hallo Frau Vogt, an der Garderobe haben wir uns noch kurz über Fahrradleasing ausgetauscht. Hier der versprochene Link.',
    'Hallo Timo, du warst doch auch beim Firmenlauf in Jena dabei, oder? Wir suchen noch Leute für die Staffel.',
    'Guten Tag Herr Beck, auch ich habe an der Realschule in Fulda meinen Abschluss gemacht, zwei Jahrgänge nach Ihnen.',
    // A referral with a longer gap
    'Guten Tag Frau Kern, Ihr Kollege aus dem Vertrieb hat mir gestern beim Mittagessen geraten, Sie wegen der Schulung anzusprechen.',
  ],
);

cases(
  'demanding',
  [
    'Guten Tag Herr Roth, ich brauche von Ihnen die unterschriebene Vollmacht.',
    'Hallo, Sie haben mir den Schaden umgehend zu ersetzen.',
    'Hallo Jan, du hast mir das Geld bis Montag zu überweisen.',
  ],
  [
    'Guten Tag Frau Kaya, Sie müssen nicht sofort antworten, ich melde mich nächste Woche wieder.',
    'Hallo Herr Ott, Sie haben sicher viel zu tun, deshalb nur kurz.',
    'Guten Tag, Sie haben mir damals sehr geholfen, die Stelle zu finden.',
    'Hallo, ich brauche noch einen Termin für die Abnahme – passt Ihnen Dienstag?',
  ],
);

cases(
  'personal-favor',
  [
    'Guten Tag Frau Maier, würden Sie meinen Förderantrag kurz gegenlesen?',
    'Hallo Herr Lutz, könnten Sie unseren Spendenaufruf in Ihrem Netzwerk teilen?',
    'Guten Tag, könnten Sie mich Ihrer Marketingleiterin vorstellen?',
  ],
  [
    ['Danke für das Angebot! Dann lese ich meinen Entwurf noch einmal durch und schicke ihn Ihnen.', { fromThem: 1 }],
    'Hallo Frau Maier, in Ihrem Netzwerk teilen viele den Beitrag zur Pflegereform – zu Recht.',
    'Guten Tag, ich habe meine Bachelorarbeit selbst Korrektur gelesen und bin froh, dass sie fertig ist.',
  ],
);

cases(
  'job-ask',
  [
    'Guten Tag Frau Ott, falls in Ihrer Abteilung eine Stelle frei wird, würde ich mich über eine Nachricht freuen.',
    'Hallo Herr Beck, sollte bei Ihnen etwas frei werden, denken Sie bitte an mich.',
  ],
  [
    'Guten Tag Frau Ott, falls bei Ihnen ein Termin frei wird, würde ich gern vorbeikommen.',
    'Hallo Herr Beck, ich denke gern an unser Projekt in Ulm zurück.',
  ],
);

cases(
  'sales-pitch',
  [
    'Guten Tag Herr Roth, wir betreuen bereits über 300 Hotels in Bayern mit unserem Buchungssystem.',
    'Hallo Frau Lenz, wir beliefern schon zahlreiche Kliniken mit Schutzkleidung.',
    'Guten Tag, könnten Sie mich Ihrem Einkaufsleiter vorstellen? Ich würde ihm gern unsere Software zeigen.',
  ],
  [
    'Guten Tag Herr Roth, Ihr Verband betreut über 300 Hotels in Bayern. Wie organisieren Sie die Schulungen?',
    ['Gern schicke ich Ihnen wie gewünscht unsere Preisliste für die Wartung.', { fromThem: 1 }],
    'Hallo Frau Lenz, wir betreuen unsere Großeltern abwechselnd am Wochenende, deshalb frage ich nach Ihrem Pflegekurs.',
  ],
);

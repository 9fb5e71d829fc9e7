import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 17 (tune grew by de664–de713, drafts based on German-language pages about alumni
 * mentoring, headhunters, declines, trade-fair follow-ups and LinkedIn pitches): each member flagged or kept quiet in
 * phrasings of its own, with case and punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Still no reason: a degree or a role of the writer's own, with no "wie Sie" and nothing noticed about them
    'Guten Tag Herr Berg, ich habe Abitur gemacht und suche jetzt ein Praktikum. Haben Sie Zeit für ein Gespräch?',
    'Hallo Frau Kern, ich meinte, Sie kennen sich vielleicht mit Förderanträgen aus. Haben Sie kurz Zeit?',
  ],
  [
    // The same degree at the same place, said with "wie Sie"
    'Hallo Frau Roth, wie Sie habe ich an der Realschule Tegernsee meinen Abschluss gemacht. Darf ich Sie zur Ausbildung bei Ihnen fragen?',
    'Hi Lars, genau wie du hab ich am Gymnasium Ottobrunn Abitur gemacht – wie bist du zum UX-Design gekommen?',
    // What a named third person said about them
    'Guten Tag Frau Lenz, Ihre Kollegin Dr. Sommer meinte, Sie kennen die Medizinprodukte-Verordnung wie kaum jemand.',
    'Hey Mo, Jana sagte, du weißt alles über Lastenräder in der Stadtlogistik. Hast du 15 Minuten?',
    // Their role, noticed by the writer
    'Hallo Herr Ernst, ich habe gesehen, dass Sie als Steuerberater für Gastronomiebetriebe tätig sind. Darf ich Ihnen eine Frage stellen?',
    'hallo Kim, hab gelesen, dass du als Hebamme in der Klinik Nord arbeitest – wie ist das Team dort?',
  ],
);

cases(
  'sales-pitch',
  [
    // The product's name or scope between the product and what it does
    'Guten Tag Herr Maus, unsere Software für Tourenplanung spart Pflegediensten im Schnitt fünf Stunden pro Woche.',
    'Hallo Anna, unser Onlinekurs Sichtbar+ verzehnfacht deine Reichweite in acht Wochen.',
    // "I help <clients>, to <gain>" without "dabei"
    'Hallo Herr Stein, ich helfe Ärzten, ihr Vermögen steueroptimiert zu vermehren.',
    // Returns promised on an investment
    'Guten Tag, mit unserem Fonds sind 9 % Rendite im Jahr drin. Interesse?',
    // A price hook and "15 minutes to show you"
    'Hallo Frau Lang, nur diese Woche gilt der Einführungspreis von 299 €.',
    'Guten Tag Herr Kühn, darf ich Ihnen in 20 Minuten zeigen, wie das geht?',
  ],
  [
    // A customer or a candidate talking: no product of ours doing something for them
    'Hallo Frau Rose, Ihre Software für Dienstpläne spart uns jede Woche Stunden – danke dafür! Ich hätte eine Frage zur Schnittstelle.',
    'Guten Tag Herr Haas, in Ihrem Vortrag haben Sie in 20 Minuten erklärt, wie Sie das Lager umgebaut haben. Das hat mich beeindruckt.',
    'Hallo Tim, ich helfe meinem Vater, seine Bäckerei an den Nachfolger zu übergeben, und habe deinen Beitrag dazu gelesen.',
  ],
);

cases(
  'personal-favor',
  [
    // The post named before, then a pronoun
    'Hallo Herr Groß, ich habe ein Video über unser Start-up hochgeladen. Es wäre toll, wenn Sie es liken könnten!',
    'Hey Lea, mein neuer Beitrag ist online – wäre super, wenn du ihn teilen könntest.',
  ],
  [
    // Sharing a view or an experience is no favour
    'Hallo Frau Graf, Ihr Beitrag zur Pflegereform hat mich bewegt. Ich würde mich freuen, wenn Sie Ihre Erfahrungen mit mir teilen.',
    'Guten Tag Herr Kurz, zu Ihrem Artikel: Ob Sie die Einschätzung teilen, dass die Quote steigt?',
  ],
);

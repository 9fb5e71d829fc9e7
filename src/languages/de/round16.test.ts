import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 16 (tune grew by de634–de663, drafts based on German-language pages about
 * recruiter replies, trade-fair follow-ups, investor intros and LinkedIn spam): each member flagged or kept quiet in
 * phrasings of its own, with case and punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'sales-pitch',
  [
    // "we help <any clients> to <gain>" with the goal clause, whoever the clients are
    'Hallo Frau Lenz, wir helfen Physiotherapeuten dabei, ihre Terminplanung in wenigen Klicks zu automatisieren.',
    'Hi Jonas! Ich unterstütze Selbstständige dabei, über Instagram jeden Monat neue Kunden zu gewinnen.',
    // What our product does, shown to them or to their boss
    'Guten Tag Herr Roth, gern würde ich Ihrer Chefin zeigen, wie unsere Software die Reisekostenabrechnung um 60 % beschleunigt.',
    'Hallo Sven, darf ich dir in 10 Minuten zeigen, wie unser Tool Meetings automatisiert?',
  ],
  [
    // Helping in general, or someone else's help: no product, no gain for the reader
    'Hallo Frau Berg, ich engagiere mich ehrenamtlich und helfe dort Geflüchteten dabei, eine Wohnung zu finden.',
    'Hallo Tim, in deinem Vortrag hast du gezeigt, wie ihr bei Zalando die Lieferzeiten um 20 % gesenkt habt. Magst du mir mehr erzählen?',
    // Showing how we work to a candidate is no pitch
    'Guten Tag Herr Wolf, gern zeige ich Ihnen beim Kennenlernen, wie wir im Team arbeiten.',
  ],
);

cases(
  'personal-favor',
  [
    // A stranger asked to pass the writer on to any head of a department
    'Guten Tag Frau Brandt, könnten Sie mich bitte an Ihren Einkaufsleiter weiterleiten?',
    'Hallo Herr Lux, können Sie meine Anfrage an Ihre Marketingleitung weiterleiten?',
    'hallo Nina, kannst du mich an eure Geschäftsführerin weiterleiten? danke!',
  ],
  [
    // The writer forwards something themselves, or the reader asked
    'Hallo Frau Kern, ich leite Ihre Frage gern an unseren Vertriebsleiter weiter.',
    'Guten Tag Herr Voss, wie gewünscht habe ich Ihre Unterlagen an unsere Personalleiterin weitergeleitet.',
  ],
);

cases(
  'job-ask',
  [
    // Asking a stranger for "a chance" with them is asking for a job
    'Sehr geehrte Frau Lang, bitte geben Sie mir eine Chance in Ihrem Team!',
    'Hallo Ben, gib mir ne Chance bei euch, ich bin hochmotiviert.',
    'Könnten Sie mir eine Chance geben? Ich suche seit Monaten.',
  ],
  [
    // A chance to show something, or a chance in general, is not a job
    'Guten Tag Herr Bauer, geben Sie mir eine Chance, Ihnen unser Konzept in Ruhe zu erklären?',
    'Hallo Jana, dein Beitrag hat mir gezeigt, dass man jungen Leuten eine Chance geben sollte.',
  ],
);

import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 18 (tune grew by de714–de763, drafts based on Austrian and German pages about
 * interview dates, declines, trade-fair follow-ups, alumni networks and pushy selling): each member flagged or kept
 * quiet in phrasings of its own, with case and punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');
const recipient = { name: 'Petra Lang', headline: 'Pflegedienstleitung', company: 'Klinikum Nord' };

cases(
  'no-context',
  [
    // Job hunting for a long time is no application to their company
    'Guten Tag Frau Roth, ich bewerbe mich schon seit Monaten vergeblich. Haben Sie einen Tipp für mich?',
    'hallo herr berg, bewerbe mich seit einem halben jahr erfolglos. haben Sie eine Idee, woran es liegt?',
  ],
  [
    // A course they taught, named by its place or subject
    'Guten Tag Herr Maier, Sie haben im Vorbereitungslehrgang an der IHK München Rechnungswesen unterrichtet. Darf ich mich vernetzen?',
    'Hallo Frau Öz, Sie haben an der FH Joanneum jahrelang Controlling gelehrt – ich war in Ihrem letzten Jahrgang.',
    'hi Jonas, du hast beim Bootcamp in Leipzig das React-Modul betreut. Hast du kurz Zeit für eine Frage?',
  ],
);

cases(
  'wrong-name',
  [],
  [
    // A pronoun after the greeting is not a name
    ['Hey du! Kurze Frage zu deinem Vortrag über Dienstpläne beim Pflegetag.', { recipient }],
    ['Hallo ihr, danke für die schnelle Antwort!', { recipient, fromThem: 1 }],
    ['Hi Sie, ich habe eine Frage zu Ihrer Stellenanzeige.', { recipient }],
  ],
);

cases(
  'template-phrase',
  [
    // The profile opener with the dative first
    'Hallo Herr Graf, mir ist Ihr Profil aufgefallen, und ich würde mich gern vernetzen.',
    'Hi Anna, uns ist dein Profil sofort ins Auge gefallen!',
  ],
  [
    // Something specific of theirs that caught the eye
    'Hallo Herr Graf, mir ist Ihr Beitrag zur Wärmepumpenförderung aufgefallen.',
  ],
);

cases(
  'sales-pitch',
  [
    // Compound discounts, offers running out, free samples as bait
    'Guten Tag Herr Jahn, bis Ende Mai gibt es bei uns einen Treuerabatt auf alle Wartungsverträge.',
    'Hallo Frau Kühn, diese Aktion für Dachsanierungen gilt nur noch bis Monatsende.',
    'Hallo Herr Jahn, gern schicke ich Ihnen eine kostenlose Musterbox unserer Etiketten.',
    'Guten Tag, darf ich Ihnen eine kostenfreie Potenzialanalyse Ihres Onlineshops anbieten?',
    // "we specialise in"
    'Hallo Frau Kühn, wir sind spezialisiert auf Lohnabrechnung für Pflegedienste. Darf ich Ihnen mehr erzählen?',
    'Guten Tag Herr Wolf, wir haben uns auf Brandschutzklappen für Schulen spezialisiert.',
    // The offer already sent, and side income from home
    'Hallo Herr Jahn, ich habe Ihnen unser Angebot gestern per Mail geschickt.',
    'Hey Lena, Lust, dir ein zweites Einkommen aufzubauen? Ganz einfach von zu Hause aus.',
  ],
  [
    // Once they have written, a quote with a validity date is business
    ['Hallo Frau Kühn, anbei das gewünschte Angebot; es gilt noch bis zum 31. März.', { fromThem: 1 }],
    // Where the writer works, told as self-introduction to ask a question
    'Hallo Herr Wolf, ich bin Ingenieurin bei einem Planungsbüro und habe eine Frage zu Ihrem Vortrag über Brandschutz.',
  ],
);

cases(
  'job-ask',
  [
    // Placed in their team, or recommended after a few words
    'Hallo Herr Kern, könnten Sie mich vielleicht bei Ihnen im Labor unterbringen?',
    'Hi Tom, kannst du mich in deinem Team einstellen? Ich bin flexibel.',
    'Guten Tag Frau Roth, könnten Sie mich eventuell bei Ihrer Personalabteilung oder Ihrem Chef weiterempfehlen?',
  ],
  [
    // Advice, not a job
    'Hallo Herr Kern, könnten Sie mir sagen, wie Sie zu Ihrem Team gekommen sind?',
  ],
);

cases(
  'entitled',
  [
    'Sehr geehrte Frau Pirker, ich erwarte schon, dass man auf eine Bewerbung reagiert.',
    'Hallo Herr Berg, ich erwarte eigentlich, dass Sie sich nach drei Wochen mal melden.',
  ],
  [
    // Expecting something else, plainly
    'Hallo Herr Berg, ich erwarte Ihre Unterlagen gern bis Freitag, wie besprochen.',
  ],
);

cases(
  'no-context',
  [
    // A LinkedIn click or what they heard of us, told with the verb last, is still no reason
    'Hallo Herr Berg, ich habe gesehen, dass Sie mein Profil besucht haben. Lassen Sie uns vernetzen.',
    'Guten Tag Frau Roth, da Sie sicher schon viel von uns gehört haben, stelle ich Ihnen kurz unser Produkt vor.',
    'hallo jan, cool dass du meine anfrage angenommen hast! wollen wir mal telefonieren?',
  ],
  [
    // What they did, told in a clause with the verb last
    'Hallo Herr Vogt, ich bin auf Ihr Unternehmen gestoßen, weil Sie die Sanierung der Stadthalle in Gießen übernommen haben. Dürfen wir uns kurz vorstellen?',
    'Hallo Tom, ich habe gehört, dass du den Hackathon in Jena organisiert hast. Hast du Zeit für einen Kaffee?',
    'hallo frau brandt, mir hat imponiert, dass Sie die Pflegeschule in Kassel gegründet haben. Darf ich Sie etwas fragen?',
    'Guten Tag Herr Aydin, nachdem Sie den Umbau der Filiale in Bochum geleitet hatten, wurde sie zur Vorzeigefiliale. Wie sind Sie vorgegangen?',
  ],
);

import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 14 (tune grew by de574–de603, drafts based on German-language pages about
 * alumni networks, headhunters, interview follow-ups, investor outreach and mass-sent LinkedIn messages):
 * each member flagged or kept quiet in phrasings of its own, with case and punctuation variants. None of these
 * sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'sales-pitch',
  [
    // The goal clause after "dabei", whatever fills the "wie …" slot
    'Guten Tag, wir unterstützen Kanzleien wie {Kanzleiname} dabei, ihre Mandantenakquise zu digitalisieren. Passt ein Termin?',
    'Hallo Herr Ott, wir helfen Mittelständlern dabei, ihre Energiekosten spürbar zu senken. Hätten Sie 15 Minuten?',
    // A product that wins customers for them, and customers per month as the promise
    'Hallo Frau Beck, mit unserer Plattform gewinnen Physiotherapiepraxen neue Patienten ganz automatisch.',
    'Hi Jonas, wir bringen dir 20-30 neue Leads pro Monat, garantiert. Lust auf ein Gespräch?',
    // Asking whether they want a demo
    'Hallo Frau Kraus, hätten Sie Interesse an einer kurzen Demo unserer Software?',
    'hey, hast du lust auf eine live-demo nächste woche?',
  ],
  [
    // A founder raising money tells an investor what the product does: the investor is not the buyer
    'Sehr geehrter Herr Lutz, Ihr Vortrag beim Business Angels Summit hat mich angesprochen. Unsere Software ermöglicht Pflegediensten die Tourenplanung in Minuten. Wir möchten unsere Seed-Runde bis Juni schließen – hätten Sie Zeit für ein Gespräch?',
    'Hallo Maja, wir sammeln gerade Kapital von Business Angels: unsere App hilft Vereinen bei der Mitgliederverwaltung. Dürfen wir dir das Deck schicken?',
  ],
);

cases(
  'template-phrase',
  [
    'Hallo Herr Roth, ich bin auf Ihr Profil aufmerksam geworden und hätte eine interessante Position.',
    'Hi Mia, ich bin zufällig auf dein Profil aufmerksam geworden!',
    'Guten Tag Frau Lenz, ich habe mir Ihr Profil angeschaut und mir sind gleich ein paar Dinge aufgefallen.',
  ],
  [
    // Their profile named as a source of a concrete fact is said specifically
    'Hallo Frau Lenz, auf Ihrem Profil habe ich gesehen, dass Sie an der TU Graz promoviert haben – ich schreibe gerade meine Masterarbeit dort.',
    // Looking at a profile and saying what was seen there is no formula
    'Guten Tag Herr Kurz, ich habe mir Ihr Profil angesehen und gesehen, dass Sie das Wasserstoffprojekt in Linz leiten.',
  ],
);

cases(
  'personal-question',
  [
    // Indirect questions, verb last
    'Hallo Frau Weiß, darf ich fragen, wie viel Sie bei der Allianz verdienen?',
    'Hi Tom, mich würde interessieren, was du als Teamlead so verdienst.',
    'Sehr geehrte Frau Berg, ich wollte fragen, ob Sie Kinder haben und wie Sie das mit der Partnerschaft vereinbaren.',
  ],
  [
    // Their salary expectation in an application process, and a question about the company's parental leave
    'Hallo Herr Kurz, ich wollte noch fragen, ob Sie mir Ihre Gehaltsvorstellung für die Stelle nennen können.',
    'Hallo Frau Stein, wissen Sie, ob Kolleginnen mit Kindern bei Ihnen in Teilzeit arbeiten können?',
  ],
);

cases(
  'typo',
  ['Wir haben auch einen Standort in Östereich.', 'Sind Sie noch in der Schweitz tätig?'],
  ['Wir haben auch einen Standort in Österreich.', 'Die Schweiz und Deutschland sind unsere Kernmärkte.'],
);

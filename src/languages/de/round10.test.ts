import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 10 (tune grew by de454–de493, drafts based on German career guides, recruiting blogs
 * and posts about LinkedIn spam): each member flagged or kept quiet in phrasings of its own, with case and punctuation
 * variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'pushy',
  [
    // Their reply is still pressed for, whoever needs it
    'Hallo Frau Kern, ich brauche dringend eine Antwort von Ihnen.',
    'Wir benötigen dringend Ihre Rückmeldung zum Vertrag.',
    'Bitte schicken Sie mir die Unterlagen bis Freitag.',
  ],
  [
    // The writer's own deadline in the colloquial verb-first order ("schick ich", "meld ich")
    'Hi Jana, danke fürs Gespräch! Dann schick ich dir bis Montag die Folien.',
    'Klar, schick ich Ihnen heute noch rüber.',
    // The writer's own need (job-ask and desperate cover it), not a deadline for them
    'Hallo Herr Vogt, ich brauche dringend einen neuen Job im Einkauf.',
    'WIR BRAUCHEN DRINGEND EINEN NEUEN PARTNER FÜR DIE LOGISTIK.',
  ],
);

cases(
  'no-context',
  [
    // Thanks for a talk that names no place is pretended context
    'Hallo Herr Bach, danke für das Gespräch gestern. Ich würde mich gern vernetzen.',
  ],
  [
    // Thanks for a talk at their stand, then the named event
    'Hallo Frau Roth, danke für das nette Gespräch neulich an Ihrem Stand auf der Interpack.',
    'hallo Ben, vielen Dank für den Austausch gestern an deinem Stand beim Barcamp Ruhr!',
  ],
);

cases(
  'template-phrase',
  [
    // The profile compliment in subject-first order, with any intensifier
    'Hallo Frau Kaya, ich finde Ihr Profil sehr interessant und würde mich gern vernetzen.',
    'hey, ich finde dein Profil echt super spannend!',
    // Networking for its own sake, said as the proverb
    'Vernetzen wir uns! Kontakte schaden nur dem, der sie nicht hat.',
    'Wie man so schön sagt: Kontakte schaden bekanntlich nur demjenigen, der keine hat.',
  ],
  [
    // Their profile as a fact, or a specific reason
    'Hallo Herr Jung, in Ihrem Profil steht, dass Sie SAP-Migrationen leiten. Dazu hätte ich eine Frage.',
    'Ich finde Ihren Vortrag zur Kreislaufwirtschaft sehr spannend.',
  ],
);

cases(
  'sales-pitch',
  [
    'Guten Tag, wir bieten Lösungen für Onlineshops zu fairen Preisen.',
    'Hallo, ich biete Leistungen rund um SEO und Content zu unschlagbaren Konditionen!',
    'Lassen Sie mich wissen, bei welchem Projekt ich Sie unterstützen kann.',
  ],
  [
    // Where the writer works, or their prices asked for in an established thread
    'Hallo Frau Ries, ich arbeite bei einem IT-Dienstleister in Leipzig und habe eine Frage zu Ihrem Vortrag.',
    ['Wie gewünscht: Wir bieten Lösungen für Arztpraxen zu fairen Preisen, anbei die Übersicht.', { fromThem: 1 }],
  ],
);

cases(
  'personal-favor',
  [
    // The plural familiar "eure" team or department
    'Hi Tom, könntest du meinen Lebenslauf an eure Personalabteilung weiterleiten?',
    'Kannst du mein Profil an euren Chef weitergeben?',
  ],
  [
    'Hi Tom, ich habe mich bei euch beworben. Wie ist eure Personalabteilung so?',
  ],
);

cases(
  'job-ask',
  [
    // A spontaneous application with the role and the firm between "initiativ" and "bewerben", sent to a non-recruiter
    'Sehr geehrter Herr Lang, ich möchte mich initiativ als Steuerfachangestellte in Ihrer Kanzlei Lang & Kollegen bewerben.',
    ['Guten Tag Frau Wolf, hiermit möchte ich mich initiativ für eine Stelle im Einkauf bei der Firma Müller bewerben.', { recipient: { name: 'Eva Wolf', headline: 'Einkaufsleiterin' } }],
  ],
  [
    // … sent to recruiting
    ['Guten Tag Frau Wolf, hiermit möchte ich mich initiativ für eine Stelle im Einkauf bei der Firma Müller bewerben.', { recipient: { name: 'Eva Wolf', headline: 'Recruiterin' } }],
  ],
);

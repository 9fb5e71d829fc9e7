import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 19 (tune grew by de764–de813, new drafts from the first round's population):
 * each member flagged or kept quiet in phrasings of its own, with case and punctuation variants. None of these
 * sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'sales-pitch',
  [
    // The writer's work on the reader's thing, offered
    'Guten Tag, ich biete Ihnen die Wartung Ihrer Heizungsanlage zu fairen Konditionen an.',
    'Hallo Herr Sander, gern bieten wir Ihnen die Reinigung Ihres Bürogebäudes an!',
    'hallo, biete dir die Gestaltung deines Logos an, melde dich einfach.',
    // A first-person offer with a fixed-price hook
    'Guten Tag Frau Roth, wir übernehmen die Dachsanierung zum Festpreis, inklusive Gerüst.',
    'Hallo, ich erstelle Websites für Handwerker zum Pauschalpreis von 990 Euro.',
    // Staff offered to a stranger
    'Sehr geehrter Herr Mainz, wir stellen Ihnen ab sofort Pflegekräfte für den Nachtdienst zur Verfügung.',
    'Guten Tag, gerne vermitteln wir Ihnen qualifizierte Staplerfahrer, auch kurzfristig.',
  ],
  [
    // Offering du, volunteering, sharing slides, staff they asked about in a thread
    'Hallo Frau Lang, vielen Dank! Ich biete Ihnen gern das Du an.',
    'Guten Tag Herr Brandt, gern übernehme ich die Moderation Ihres Panels beim Energietag in Kassel.',
    'Hallo Frau Öz, danke für Ihren Vortrag beim HR-Forum in Köln. Ich stelle Ihnen gern meine Notizen zur Verfügung.',
    ['Wie gewünscht: Wir stellen Ihnen ab März zwei Fachkräfte zur Verfügung, zum Festpreis pro Stunde.', { fromThem: 1 }],
  ],
);

cases(
  'no-context',
  [
    // A path with no named stop is still pseudo-context
    'Guten Tag Frau Kern, Ihr Weg vom Praktikum zur Teamleitung passt sehr gut zu uns. Hätten Sie Zeit?',
  ],
  [
    // Their career path told in several words before a named stop
    'Guten Tag Frau Özdemir, Ihr Weg vom Sachbearbeiter-Team zur stellvertretenden Leitung bei Metro passt sehr gut zu unserer Stelle.',
    'hallo herr kaya, Ihr Aufstieg vom Azubi zum Schichtleiter im Werk bei BMW hat mich beeindruckt. Haben Sie kurz Zeit?',
    'Hi Jonas, dein Weg von der Werkstudentenstelle bis zum Staff Engineer bei N26 ist genau das, was uns interessiert!',
  ],
);

cases(
  'no-context',
  [],
  [
    // Someone named asked the writer to get in touch
    'Sehr geehrte Frau Albrecht, Herr Dr. Roth aus Ihrem Haus bat mich, Ihnen unser Angebot für die Wartung zu schicken. Anbei finden Sie es.',
    'Hallo Tim, Jana hat mich gebeten, mich bei dir wegen des Praktikums zu melden. Hast du kurz Zeit?',
    'hallo frau berg, ihr kollege herr sander bat mich, Sie wegen der Ausschreibung anzusprechen.',
  ],
);

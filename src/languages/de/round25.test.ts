import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 25 (tune grew by de1064–de1113, fifty clean cold German drafts from
 * professional networking): more kinds of their work (letters, charts, pitches), a piece written about them,
 * what they did for our study or course in either word order, a school named elliptically ("auch HTWG
 * Konstanz, 2016!") and ours in the same body or at the same table as theirs. None of these sentences is a
 * corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Still no reason why this person: their field, their profile, the same market or boat, a bare "auch"
    'Hallo Frau Roth, ein Artikel über Ihre Branche hat mich neugierig gemacht. Wir helfen Firmen wie Ihrer.',
    'Guten Tag Herr Franz, ein Bericht über Ihren Werdegang wäre spannend. Gern vernetzt!',
    'Hallo Herr Lenz, wir sind im selben Markt unterwegs und sollten uns vernetzen.',
    'Hallo Frau Beck, wir sitzen doch alle im gleichen Boot. Gern vernetzt!',
    'Hallo Herr Ernst, auch ich bin immer offen für neue Kontakte, gern vernetzt.',
    'Guten Tag Frau Thiel, Sie haben sicher viel zu tun. Ich biete Ihnen Buchhaltung an.',
    'Hallo Herr Kurz, das Design auf Ihrer Website wirkt veraltet. Wir machen das schneller und schöner.',
    'Guten Tag Frau Roth, die Ladezeit auf Ihrer Seite ist zu lang. Darf ich Ihnen ein Angebot schicken?',
  ],
  [
    // Their letter, chart or pitch
    'Guten Tag Herr Vogel, Ihr offener Brief an den Stadtrat zur Bäderschließung hat mich überzeugt.',
    'Hallo Frau Kern, Ihre Infografik zum Wohngeld teilen wir seit Tagen im Team. Hätten Sie Zeit für eine Frage?',
    'Hey Tarek, dein Pitch beim Demo Day in Köln hat mich nicht losgelassen!',
    // A piece about them or their move
    'Hallo Frau Dorn, im Handelsblatt-Porträt über Sie stand, dass Sie mit Lastenrädern angefangen haben.',
    'Servus Jakob, die Reportage über euren Umzug nach Graz war großartig. Magst du telefonieren?',
    // What they did for our study, course or project, both word orders
    'Guten Tag Frau Albers, Sie haben unsere Umfrage unter Pflegekräften mit Ihrem Haus in Bremen unterstützt. Hier sind die Ergebnisse.',
    'Lieber Herr Sauer, vor zehn Jahren haben Sie in Kassel meine Masterarbeit als Zweitprüfer betreut.',
    'Hallo Lea, letzten Herbst hast du unser Gründungsprojekt in der Hochschule beraten – danke nochmal!',
    // A working part of their site or app the writer used
    'Guten Tag Herr Brix, der Buchungskalender auf Ihrer Homepage zeigt für Juli nur belegte Tage, obwohl noch Plätze frei sind.',
    'Hallo Frau Aigner, beim Buchen ist mir aufgefallen, dass das Anmeldeformular auf Ihrer Website keine Umlaute annimmt.',
    // The school said in passing
    'Hi Jonas, ebenfalls RWTH, Maschinenbau 2012! Ich ziehe nach München und hätte Fragen.',
    'Hallo Mara, auch Uni Passau! Wie bist du zur Beratung gekommen?',
    // Ours in the same body or at the same table
    'Hallo Herr Behr, unsere Institute forschen seit Januar im selben Exzellenzcluster. Hätten Sie Zeit für einen Austausch?',
    'Liebe Frau Wirth, unsere Söhne haben beim Landesfinale im Schach am selben Brett gespielt.',
  ],
);

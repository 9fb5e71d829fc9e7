import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 24 (tune grew by de964–de1013, fifty clean cold German drafts): their thing
 * bought, tasted or seen with words between, their creative work (lektoriert, arrangiert…), thanks for a thing of
 * theirs, their product on our menu or shelf, a fact about something of theirs the writer noticed, their team's
 * deed told verb-first, a titled work in quotes, more kinds of their work (circulars, job ads, arrangements),
 * speed inside a finished past action in any word order, a third party's urgent need, and professions standing
 * between Herr/Frau and the family name. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Still no reason why this person: thanks for a formula, their message, an unnamed generic company fact
    'Hallo Frau Roth, vielen Dank für Ihre Zeit. Ich biete Buchhaltung für Handwerker an.',
    'Guten Tag Herr Weber, danke für Ihre Vernetzungsanfrage! Gern vernetzt.',
    'Hallo Herr Klein, ich habe gesehen, dass Ihr Profil sehr spannend ist. Gern vernetzt!',
    'Hallo Frau Jung, Ihr Profil steht ganz oben in meiner Liste. Gern vernetzt!',
    'Hallo Herr Seidel, ich habe ein Buch „Führen mit Herz“ geschrieben und freue mich auf Kontakt.',
  ],
  [
    // Their thing bought, tasted or seen, with words between
    'Guten Tag Frau Lang, wir haben auf dem Bauernmarkt in Ulm Ihren Bergkäse probiert und möchten ihn im Laden anbieten.',
    'Hallo Frau Haas, wir haben Ihren Apfelessig aus dem Hofladen-Regal beim Bio-Markt in Kempten gekostet.',
    'hallo herr brandt, ich habe ihre gusseisernen Pfannen im Fachhandel in Jena gekauft.',
    'Hallo Frau Koch, auf der Agritechnica habe ich Ihre Hackgeräte für Sonderkulturen am Stand gesehen – wir suchen so etwas.',
    // Their creative work
    'Hallo Herr Baum, Sie haben die Chronik unseres Nachbardorfs lektoriert, und ich schreibe gerade unsere.',
    'Liebe Frau Sommer, Sie haben das Weihnachtsoratorium für Kinderchor arrangiert!',
    // Thanks for a thing of theirs
    'Sehr geehrter Herr Kühn, ich möchte mich herzlich für Ihre Spende an die Tafel bedanken.',
    'Hallo Jana, danke für deine Fotos vom Trachtenumzug in Bad Tölz!',
    // Their product on our menu or shelf
    'Guten Tag Frau Weiß, Ihr Apfelsaft von der Streuobstwiese steht jetzt in unserem Hofladen.',
    'Hallo Herr Ott, Ihre Bücher lagen diesen Sommer auf unserem Lesetisch am Eingang.',
    // A fact about something of theirs, noticed
    'Guten Tag Frau Egger, ich habe gesehen, dass Ihre Pension in Lech auch Gruppen aufnimmt.',
    'Hallo Herr Pohl, ich habe gelesen, dass Ihre Gärtnerei seit Mai samstags geöffnet hat.',
    // Their team's deed told verb-first
    'Grüß Gott Frau Moser, letzten Februar hat Ihr Team von der Bergrettung Kaprun meinen Bruder nach einem Sturz vom Klettersteig geholt.',
    'Moin Herr Janssen, am Freitag hat Ihr Monteur von der Firma Kruse meine Heizung noch spät abends repariert.',
    // A titled work in quotes
    'Sehr geehrte Frau Mag. Fink, die Ausstellung „Holz und Eisen“ im Stadtmuseum Wels hat mich begeistert.',
    // More kinds of their work
    'Sehr geehrter Herr Dr. Roth, Ihr Rundschreiben zur E-Rechnung war für unseren Betrieb das Klarste.',
    'Hallo Herr Vogt, in Ihrem Stelleninserat steht ein Satz, den ich unseren Lernenden vorgelesen habe.',
    'Liebe Frau Ritter, unser Chor singt Ihre Bearbeitung von „Tochter Zion“.',
    // Side by side at an event
    'Guten Tag Frau Berg, unsere Chöre haben beim Kreissingen in Jena nebeneinander gestanden – kleine Welt!',
  ],
);

cases(
  'pushy',
  [
    'Hallo Herr Roth, bitte schicken Sie mir das umgehend zurück.',
    'Guten Tag Frau Keller, wir brauchen dringend Ihre Freigabe.',
    'Hallo Herr Lenz, das Projekt braucht dringend Ihre Unterschrift.',
    'Hallo Frau Graf, haben Sie das umgehend erledigt?',
  ],
  [
    // Speed inside a finished past action, aux first or appositive
    'Sehr geehrte Frau Brandl, Ihre Kollegin hat meinem Vater das Medikament umgehend besorgt, obwohl es aus Passau kam.',
    'Grüß Gott Herr Kofler, Ihr Team hat meinen Sohn vom Berg geholt, so schnell wie möglich und trotz Sturm.',
    'Guten Tag Herr Lorenz, Sie erzählten, wie Ihr Einkauf schnellstmöglich auf Teile aus Tschechien umgestellt hat.',
    // A third party's urgent need
    'Hallo Frau Kaya, Sie sagten, dass die Branche dringend Frauen am Steuer braucht.',
    'Hallo Herr Sauer, unser Dorf braucht dringend einen Hausarzt, und Sie haben in Gemünden einen gefunden.',
  ],
);

cases(
  'wrong-name',
  [
    ['Sehr geehrte Frau Rechtsanwältin Weber, Ihr Aufsatz hat mir geholfen.', { recipient: { name: 'Kerstin Wenzel', headline: 'Rechtsanwältin' } }],
  ],
  [
    ['Sehr geehrte Frau Rechtsanwältin Wenzel, Ihr Aufsatz hat mir geholfen.', { recipient: { name: 'Kerstin Wenzel', headline: 'Rechtsanwältin' } }],
    ['Sehr geehrter Herr Notar Vogel, Ihr Vortrag war klar.', { recipient: { name: 'Christoph Vogel', headline: 'Notar' } }],
    ['Liebe Frau Kantorin Ritter, unser Chor singt Ihre Sätze.', { recipient: { name: 'Dorothea Ritter', headline: 'Kreiskantorin' } }],
    ['Sehr geehrter Herr Steuerberater Albers, Ihr Rundschreiben war hilfreich.', { recipient: { name: 'Heiko Albers', headline: 'Steuerberater' } }],
  ],
);

import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 8 (tune grew by de384–de413, clean cold first messages with a real reason and
 * cold drafts with real problems): each member flagged or kept quiet in phrasings of its own, with case and
 * punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Only the same trade, no body both sit in
    'Guten Tag Herr Ebert, wir sitzen beide im Vertrieb. Vernetzen wir uns?',
    'Hallo Frau Kraus, wir sitzen beide im Homeoffice und sollten uns vernetzen.',
  ],
  [
    // A committee, board or circle both sit in, either word order
    'Guten Tag Frau Lenz, ab März sitzen wir zusammen im Vorstand des Fördervereins der Musikschule Ulm.',
    'Hallo Herr Graf, wir engagieren uns beide im Arbeitskreis Digitalisierung der IHK Koblenz – schön, Sie hier zu finden!',
    'HALLO TIM, WIR SITZEN SEIT 2022 GEMEINSAM IM FACHBEIRAT DES BVL.',
  ],
);

cases(
  'sales-pitch',
  [
    // Services for a client group, the verb split around them
    'Guten Tag Frau Holz, ich biete Lohnbuchhaltung für kleine Handwerksbetriebe in Sachsen an. Wann passt ein Telefonat?',
    'Hallo Herr Kern, wir bieten IT-Support und Cloud-Backups für Kanzleien zum Festpreis an!',
  ],
  [
    // What the reader asked for: their question, their request
    'Guten Tag Herr Lamm, Sie hatten mich auf der Intersolar nach Speichern für Gewerbedächer gefragt – anbei unser Angebot.',
    'Hallo Frau Ott, wie von Ihnen gewünscht schicke ich Ihnen hier unsere Preisliste für Schulungen.',
    'Sehr geehrte Frau Dorn, zu Ihrer Anfrage vom Dienstag: anbei unser Angebot für die Wartung der Anlage.',
  ],
);

import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 28 (tune grew by de1164–de1213, fifty clean cold German drafts from IT, automotive,
 * chemistry, energy, construction, insurance, media, science, consulting and HR): time spent at their place, their
 * name in a document the writer works with, their part in a past production, a thing both use in turn, their work
 * hanging at ours, deeds in relative clauses, shared pools and circles, patents and posters. None of these sentences
 * is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Still no reason why this person: their name on a list or in a search, an open question about ever taking part,
    // shared values, a plain "bei Ihnen angefragt"
    'Guten Tag Herr Brandt, Ihr Name steht auf unserer Liste der Entscheider im Mittelstand. Hätten Sie Zeit für ein Gespräch?',
    'Hallo Frau Kühn, Ihr Name taucht in meinen Suchergebnissen auf. Wollen wir uns vernetzen?',
    'Hallo Herr Wirth, haben Sie schon mal an einem Digitalisierungsprojekt mitgearbeitet? Wir bieten Schulungen an.',
    'Hallo Frau Seidel, wir teilen die gleichen Werte. Gern vernetzt!',
    'Guten Tag Frau Ott, ich habe bei Ihnen angefragt. Hätten Sie Zeit für ein Gespräch?',
  ],
  [
    // Time spent at their place
    'Guten Tag Frau Lorenz, unsere Praktikantin hat bei Ihnen eine Woche in der Schreinerei verbracht. Danke!',
    'Hallo Paul, ich habe 2019 bei dir im Labor hospitiert. Hast du Zeit für einen Kaffee?',
    // Their name in a document the writer works with
    'Guten Tag Herr Amann, in den alten Bauakten der Schule steht überall Ihr Name. Haben Sie noch die Statik?',
    'Hallo Frau Sievers, Ihr Name stand unter dem Prüfprotokoll von 2017, das ich jetzt fortführe. Darf ich etwas fragen?',
    // Their part in a past production, also asked to be sure
    'Hallo Tim, du hast doch beim Imagefilm der Sparkasse Ulm mitgewirkt? Wer hat damals das Licht gemacht?',
    'Guten Tag Frau Ernst, Sie hatten damals an der Ausstellung im Landesmuseum mitgearbeitet. Ich recherchiere dazu.',
    // A thing both use in turn
    'Hallo Frau Winter, seit März teilen wir uns ein Büro im Gründerzentrum, nur nie am selben Tag. Kaffee?',
    // Their work hanging at ours
    'Guten Tag Herr Sander, Ihr Stadtplan von 1986 hängt bei uns im Treppenhaus. Gibt es davon noch Drucke?',
    // Deeds in relative clauses, shared pools, patents and posters
    'Hallo Frau Graf, ich übernehme ein Projekt in Kassel, das Sie bis Juni geleitet haben. Hätten Sie eine Viertelstunde?',
    'Guten Tag Herr Kemper, wir arbeiten beide im Expertenpool der Handwerkskammer. Darf ich Sie zu einem Fall fragen?',
    'Sehr geehrte Frau Dr. Hahn, bei der Recherche sind wir auf Ihr Patent zu Klebeverbindungen gestoßen. Hätten Sie Zeit?',
    'Hallo Lisa, dein Plakat zum Hafenfest war genial. Wer hat die Schrift gemacht?',
  ],
);

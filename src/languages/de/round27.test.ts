import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 27 (tune grew by de1114–de1163, fifty clean cold German drafts from nursing,
 * police and fire brigades, veterans, crafts, churches, unions, cooperatives, farms, music schools, clubs and
 * volunteering): the writer's group doing something with a thing of theirs, their recipe made after with the
 * separable "nach", their product used daily with the thing first, theirs beside or ahead of ours, a visit at
 * their place, their thing shown or published by others as a relative clause, ours stemming from theirs, what
 * they did for ours, someone who swears by them, news heard in the preterite. None of these sentences is a
 * corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Still no reason why this person: their profile or message beside ours, a generic visit wish, our own things
    'Hallo Frau Seidel, Ihre Nachricht liegt schon lange vor meiner Tastatur. Wir bieten Buchhaltung an.',
    'Guten Tag Herr Kranz, Ihr Profil steht in meiner Liste ganz oben neben meinem Favoriten. Gern vernetzt!',
    'Hallo Herr Böhm, unser Team hat viele Ideen. Hätten Sie Zeit für ein Gespräch?',
    'Guten Tag Frau Lenz, Sie haben mein Profil gestern besucht. Gern vernetzt!',
    'Hallo Frau Ritter, wir sprechen oft über Digitalisierung. Wollen wir uns vernetzen?',
  ],
  [
    // The writer's group did something with a thing of theirs
    'Liebe Frau Haller, unsere Theatergruppe hat im Frühjahr Ihr Stück über die Flößer aufgeführt. Hätten Sie Lust auf einen Besuch?',
    'Hallo Herr Kern, meine Klasse hatte letzte Woche Ihr Hörspiel zur Stadtgeschichte angehört – die Kinder waren gebannt.',
    // Made after with the separable "nach", used daily with the thing first
    'Guten Tag Frau Fink, Ihre Strickmuster stricke ich seit dem Winter nach. Gibt es ein neues Heft?',
    'Servus Theo, auf deinen Holzbänken sitzen wir jeden Sommer im Schulgarten. Machst du auch Tische?',
    // Theirs beside or ahead of ours
    'Grüezi Frau Egli, am Weihnachtsmarkt war Ihr Häuschen direkt neben unserem. Ich würde mich gern austauschen.',
    'Hallo Jonas, beim Stadtlauf ist deine Staffel knapp vor unserer ins Ziel gekommen. Respekt!',
    // A visit at their place
    'Guten Tag Herr Sommer, im Mai waren wir mit dem Seniorenclub bei Ihnen. Alle schwärmen noch davon.',
    // Their thing shown or published by others, as a relative clause or with pictures
    'Liebe Frau Brandl, Ihre Checkliste, die der Landesverband an alle Vereine verteilt hat, nutzen wir seit Herbst.',
    'Hallo Herr Kohl, beim Elternabend hat die Leiterin Bilder Ihres Spielplatzes in Neuss gezeigt.',
    // Ours stems from theirs, what they did for ours
    'Guten Tag Frau Reuter, unsere Stute Lotte stammt aus Ihrer Zucht. Sie wird nächstes Jahr zwanzig.',
    'Moin Herr Lüth, Sie haben unsere Jugendfeuerwehr beim Zeltlager mit Ihrem Traktor versorgt. Danke!',
    // Someone swears by them, still talks of them, news heard in the preterite
    'Hallo Frau Pohl, unsere Nachbarin schwärmt seit Jahren von Ihrer Baumschule. Haben Sie im Herbst Obstbäume?',
    'Guten Tag Herr Weiß, die Kinder reden heute noch von Ihrer Führung durchs Stellwerk.',
    'Sehr geehrte Frau Vogt, beim Kirchenkaffee erfuhr ich, dass Ihre Werkstatt alte Orgeln restauriert.',
    'Sehr geehrter Herr Jahn, in Ihrer Medienmitteilung stand, dass Ihr Betrieb zwei Lehrstellen mehr anbietet.',
  ],
);

cases(
  'repeated-word',
  ['Hallo Frau Klein, das war sehr sehr hilfreich.', 'Guten Tag Herr Roth, ich habe habe Ihre Mail gelesen.'],
  [
    // A verb-final clause and a verb-second main clause share the finite verb across the comma
    'Guten Tag Frau Ott, die Zahlen, die Sie gezeigt haben, haben uns überzeugt.',
    'Hallo Herr Kuhn, wer das gebaut hat, hat Ahnung. Darf ich Sie etwas fragen?',
    'Liebe Frau Hahn, was gestern beschlossen wurde, wurde heute schon umgesetzt.',
  ],
);

import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 22 (tune grew by de864–de913, fifty clean cold notes and replies): a local
 * event they run, someone of the writer's who stayed with them, a supplier of theirs, a third person's word about
 * their plans, "zum dritten Mal" about something other than writing, and reply openers before a comma. Each with
 * case and punctuation variants and the look-alikes still flagged. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');
const baker = { name: 'Lena Brandt', headline: 'Inhaberin', company: 'Bäckerei Brandt' };

cases(
  'no-context',
  [
    // No reason why this person: a stay on their page, a delivery offer, a plan told by nobody
    'Guten Tag Herr Roth, ich war bei Ihnen auf der Seite.',
    'Hallo Frau Berg, wir liefern Kartoffeln für Ihre Kantine. Gern vernetzt!',
    'Hallo Herr Lenz, ich meinte, Sie planen vielleicht etwas Neues. Gern vernetzt!',
  ],
  [
    // A local event they run, the verb last
    'Hallo Mia, ich habe gehört, dass du das Sommerfest im Westend dieses Jahr wieder organisierst. Brauchst du noch Kuchen?',
    'guten tag herr ott, schön, dass Sie das Jugendturnier in Lohr auch 2027 veranstalten!',
    // Someone of the writer's stayed with them
    'Liebe Frau Sander, mein Vater lag im Frühjahr bei Ihnen auf der Station 4B. Danke für alles.',
    'Hallo Tim, unser Sohn war letzten Sommer bei dir im Schwimmkurs und redet heute noch davon!',
    'Guten Tag Herr Pichler, wir waren im August bei Ihnen zu Gast und denken gern an das Frühstück zurück.',
    // A supplier of theirs for years
    'Guten Tag Frau Kraus, wir beliefern seit 2018 Ihre Filialen in Regensburg mit Mehl.',
    'Hallo Herr Wendt, ich reinige seit drei Jahren die Fenster in Ihrem Autohaus.',
    // A third person's word about their plans
    'Hallo Frau Vogel, Herr Abel vom Gewerbeverein meinte, Sie suchen noch Aussteller für den Herbstmarkt.',
    'Hallo Jonas, Lisa sagte, du würdest gern mal eine Werkstatt von innen sehen. Komm doch vorbei!',
  ],
);

cases(
  'badgering',
  [
    ['Guten Tag Frau Pohl, ich schreibe Ihnen nun zum dritten Mal wegen der Rechnung.', { unanswered: 2 }],
    ['Hallo Herr Kranz, zum wiederholten Mal frage ich nach dem Angebot.', { unanswered: 2 }],
    ['Hallo Jan, das ist jetzt zum vierten Mal, dass ich mich melde.', { unanswered: 3 }],
  ],
  [
    'Liebe Frau Ernst, meine Tochter hat Ihr Buch zum dritten Mal gelesen. Danke dafür!',
    'Hallo Herr Lang, wir fahren im Juli zum fünften Mal ins Trainingslager nach Kärnten.',
    'Guten Tag, der Lauf findet ZUM DRITTEN MAL statt, und Sie sind herzlich eingeladen.',
  ],
);

cases(
  'wrong-name',
  [['Hallo Lisa, danke für die Brötchen!', { recipient: baker, fromThem: 2 }]],
  [
    ['Passt, dann bis Mittwoch.', { recipient: baker, fromThem: 2 }],
    ['Stimmt, das hatte ich ganz vergessen!', { recipient: baker, fromThem: 1 }],
    ['schade, dann eben nächste Woche.', { recipient: baker, fromThem: 3 }],
    ['Einverstanden, Frau Brandt. Ich schicke die Liste morgen.', { recipient: baker, fromThem: 1 }],
  ],
);

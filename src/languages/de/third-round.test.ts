import { describe, expect, it } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families widened in the third round (tune grew by 35 clean drafts, de164–de198): each new member
 * kept quiet on a real reason in phrasings of its own, and pseudo-context still flagged. None of these
 * sentences is a corpus draft.
 */
const { rulesOf } = languageCases('de');

const REAL_CONTEXT: Record<string, readonly string[]> = {
  mentionedBy: [
    'Guten Tag Herr Ebert, Carola Fuchs hat Sie bei unserem Teamtreffen mehrfach erwähnt. Darf ich Sie kurz anrufen?',
    'Hallo Frau Sander, beim Abendessen mit Jens Wolter fiel Ihr Name, als wir über Genossenschaften sprachen.',
    'Hallo Lukas, Mareike hat dich neulich als Kenner von Flutter ins Spiel gebracht. Hast du kurz Zeit?',
    'Guten Tag Frau Alt, Herr Pfaff schlug vor, ich solle mich mit meinen Fragen zur Zollabwicklung direkt an Sie wenden.',
    'Guten Tag Herr Roos, Frau Thiel hat mir Ihre E-Mail-Adresse weitergeleitet, es geht um die Ausschreibung.',
  ],
  sidelines: [
    'Hallo Frau Horn, am Rande des Zukunftskongresses in Bonn haben wir kurz über Bürgerräte gesprochen.',
    'Guten Tag Herr Kraft, wir hatten beim Sommerempfang der Handelskammer einen kurzen Austausch zu Zollfragen.',
    'Hallo Frau Ulrich, in der Mittagspause der Fachmesse Interpack saßen wir am gleichen Tisch.',
  ],
  newSite: [
    'Guten Tag Frau Seitz, Ihr neuer Standort in Magdeburg liegt direkt neben unserer Hochschule. Wäre ein Besuch möglich?',
    'Hallo Herr Brandt, Gratulation zur ersten Niederlassung in Österreich! Wie läuft der Start in Graz?',
    'Hallo Tina, dein neues Atelier in Kreuzberg sieht großartig aus. Darf ich mal vorbeischauen?',
  ],
  pressAndReferences: [
    'Guten Tag Frau Wendel, Sie wurden gestern im Deutschlandfunk zur Grundrente interviewt. Ihre Zahlen haben mich überrascht.',
    'Hallo Herr Stoll, meine Professorin hat in ihrer Vorlesung immer wieder auf Ihre Studien verwiesen.',
  ],
  customer: [
    'Guten Tag Herr Kühne, wir arbeiten mit Ihrem Kassensystem schon seit 2018 und hätten eine Frage zum Update.',
    'Hallo Frau Lindemann, unser Hof ist seit vielen Jahren Kunde bei Ihnen, daher wende ich mich direkt an Sie.',
    'Hallo Herr Brück, wir setzen seit drei Jahren Ihre Sensoren in unseren Gewächshäusern ein.',
  ],
  boardSeat: [
    'Guten Tag Frau Dr. Haas, als Präsidentin der Landesärztekammer haben Sie die Debatte geprägt. Darf ich Sie dazu befragen?',
    'Hallo Herr Nowak, Sie sitzen im Beirat der Stiftung Lesen, für die ich ehrenamtlich vorlese.',
  ],
  eventTheyRun: [
    'Hallo Frau Reich, Sie veranstalten jedes Jahr den Gründerinnen-Salon in Dresden. Gibt es noch Plätze?',
    'Hi Ben, danke, dass du den Python-Stammtisch in Kiel ins Leben gerufen hast! Ich komme gern wieder.',
  ],
  followingAndThreads: [
    'Hallo Herr Kurz, ich verfolge Sie schon seit Jahren, vor allem Ihre Kolumnen zur Bahnpolitik.',
    'Hi Elif, dein Kommentar unter dem Post von Jan Wolff zum Bürgergeld hat mich zum Nachdenken gebracht.',
  ],
  servedUs: [
    'Guten Tag Frau Stein, Ihre Kanzlei hat meine Eltern damals beim Hofübergabevertrag beraten, daher wende ich mich an Sie.',
    'Hallo Herr Bode, Ihre Druckerei beliefert unseren Verein seit Jahren mit Plakaten.',
  ],
  neighboursAndMentors: [
    'Hallo Frau Lenz, wir waren Tischnachbarn beim Gala-Dinner des Mittelstandspreises.',
    'Guten Tag Herr Ries, Sie haben mir vor zehn Jahren in der Werkstatt das Schweißen beigebracht.',
    'Hallo Frau Voigt, Sie sind mir beim Landesparteitag als Rednerin zur Pflege aufgefallen.',
    'Hallo Herr Kaya, wir waren beide Stipendiaten der Studienstiftung, ich im Jahrgang 2014.',
  ],
  sharedPast: [
    'Hallo Frau Aydin, auch ich habe meine Ausbildung bei der Sparkasse Bremen gemacht, nur ein paar Jahre später.',
    'Servus Herr Maier, ich bin ebenfalls ein Gewächs der Hochschule München und hätte eine Frage zum Masterstudium.',
    'Hallo Herr Reuter, wir sind beide bei Bertelsmann in Gütersloh groß geworden. Wie ist der Wechsel nach Berlin?',
    'Guten Tag Frau Kraus, wir haben eine gemeinsame Vergangenheit bei der Lufthansa Technik, ich war dort in der Triebwerkswartung.',
  ],
};

const STILL_NO_REASON: readonly string[] = [
  'Hallo Frau Berg, Ihr Profil ist beeindruckend. Hätten Sie Zeit für ein Gespräch?',
  'Hallo Herr Lutz, wir haben viele gemeinsame Kontakte und sollten uns vernetzen.',
  'Guten Tag Frau Ruf, wir sind in der gleichen Branche unterwegs. Gerne würde ich mich austauschen.',
  'Hallo Frau Berg, wir hatten noch keinen Kontakt, aber ich möchte Ihnen unser Angebot vorstellen.',
  'Hallo Herr Kern, ich würde gern Kunde bei Ihnen werden. Können wir telefonieren?',
  'Hallo Frau Weiß, Sie sind im Vorstand? Dann sollten wir reden.',
  'Hallo Herr Dorn, wir nutzen seit Jahren unsere eigene Software und suchen Partner.',
  'Hallo Frau Pohl, haben Sie auch Zeit am Montag für ein kurzes Telefonat?',
  'Hallo Herr Jahn, ich organisiere einen Stammtisch und suche noch Sponsoren.',
  'Hallo Frau Berg, Sie sind mir auf LinkedIn aufgefallen. Lust auf einen Austausch?',
  'Hallo Herr Wendt, gerne würden wir Ihr Team unterstützen, unsere Berater sind die besten.',
  'Hallo Frau Kuhn, ich freue mich auf Ihre Antwort zur Umfrage.',
  'Hallo Herr Lutz, wir hatten noch nie miteinander zu tun, aber ich möchte Ihnen etwas zeigen.',
];

describe('German context, third round: real reasons in new wordings stay quiet', () => {
  for (const [family, texts] of Object.entries(REAL_CONTEXT)) {
    for (const text of texts) {
      it(`${family}: ${text.slice(0, 60)}…`, () => {
        expect(rulesOf(text)).not.toContain('no-context');
      });
    }
  }
});

describe('German context, third round: pseudo-context and no reason still flagged', () => {
  for (const text of STILL_NO_REASON) {
    it(text.slice(0, 60), () => {
      expect(rulesOf(text)).toContain('no-context');
    });
  }
});

const REASON = 'Hallo Frau Berg, Ihr Vortrag auf der re:publica war toll. ';

describe('German pushy, third round: third parties’ deadlines and relaxed wording stay quiet', () => {
  const quiet = [
    'Die Jury fällt ihre Entscheidung bis Freitag, ich halte Sie auf dem Laufenden.',
    'Eine Rückmeldung eilt wirklich nicht.',
    'Anträge müssen bis 30. Juni eingereicht werden; melden Sie sich gern, wenn Sie mitmachen möchten.',
    'Die Entscheidung der Kommission soll bis Montag fallen, dann weiß ich mehr.',
    'Die Anmeldung ist noch bis 15. März offen, falls Sie Lust haben.',
  ];
  for (const text of quiet) {
    it(text, () => {
      expect(rulesOf(REASON + text)).not.toContain('pushy');
    });
  }
  const flagged = [
    'Treffen Sie Ihre Entscheidung bitte bis Freitag.',
    'Geben Sie mir Bescheid bis morgen.',
    'Ich brauche Ihre Antwort dringend bis morgen.',
    'Es eilt, bitte melden Sie sich noch heute.',
  ];
  for (const text of flagged) {
    it(text, () => {
      expect(rulesOf(REASON + text)).toContain('pushy');
    });
  }
});

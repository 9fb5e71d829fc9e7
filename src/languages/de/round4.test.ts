import { describe, expect, it } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families widened in round 4 (tune grew by de209–de253): each member flagged or kept quiet in
 * phrasings of its own, with case and punctuation variants. None of these sentences is a corpus draft.
 */
const { excerptsOf, findingsOf, cases } = languageCases('de');

const REAL_CONTEXT: Record<string, readonly string[]> = {
  standingTogether: [
    'Hallo Herr Kraus, wir saßen beim Abendessen der Bauma zufällig nebeneinander. Darf ich mich melden?',
    'Guten Tag Frau Lenz, wir kamen auf dem Parkplatz der Intersolar ins Gespräch, es ging um Speicher.',
    'Hallo Jana, wir sind in der Schlange vor dem Shuttlebus in Berlin ins Reden gekommen – du erinnerst dich vielleicht.',
  ],
  answerAtEvent: [
    'Hallo Herr Vogt, Ihre Einschätzung in der Talkrunde des Mittelstandstags hat mir sehr geholfen.',
    'Guten Tag Frau Kern, Ihr Einwand während der Anhörung im Landtag war der einzige, der die Kosten nannte.',
  ],
  programmeOfTheirs: [
    'Guten Tag Frau Busch, das Mentoringprogramm Ihres Verbands passt genau zu unserer Gründerinnengruppe.',
    'Hallo Herr Stein, zur Ausschreibung Ihrer Gemeinde für den Kita-Neubau hätten wir eine Rückfrage.',
    'Hallo Mia, der Innovationswettbewerb deines Vereins hat uns letztes Jahr auf die Idee gebracht.',
  ],
  whatTheyDidForMe: [
    'Hallo Herr Reiter, sind Sie der Ausbilder, der mich 2012 bei der Meisterprüfung geprüft hat?',
    'Guten Tag Frau Ott, Sie waren doch die Moderatorin, die unser Panel in Leipzig so souverän geleitet hat.',
  ],
  inYourDepartment: [
    'Hallo Frau Graf, ich war 2019 Praktikantin in Ihrem Team in der Konzernkommunikation.',
    'Guten Tag Herr Lorenz, damals war ich bei Ihnen im Labor als Hilfskraft, inzwischen promoviere ich.',
  ],
  newSiteGenitive: ['Hallo Herr Wendt, zur Eröffnung Ihres neuen Standorts in Erfurt alles Gute!'],
};

// Pseudo-context stays no reason; each family of real context (REAL_CONTEXT's keys) keeps it quiet.
cases(
  'no-context',
  [
    'Hallo Herr Kunz, wir waren beide schon auf vielen Messen. Ich biete Beratung für Messestände an.',
    'Guten Tag, wir standen vor ähnlichen Herausforderungen wie viele in der Branche. Hätten Sie Zeit?',
    'Hallo, das Programm für Unternehmen wie Ihres heißt Fit4Export. Interesse?',
  ],
  Object.values(REAL_CONTEXT).flat(),
);

cases(
  'demanding',
  [
    'Guten Tag, lesen Sie sich unser Konzept durch und geben Sie mir Ihre Einschätzung.',
    'Hallo Frau Roth, Ihr Vortrag war toll. Prüfen Sie meinen Businessplan und sagen Sie mir, was fehlt.',
    'Ich habe Ihnen die Datei geschickt und erwarte Ihre Meinung. Sehen Sie sich das an und melden Sie mich bei Ihrem Chef an!',
    'Hallo. Schauen Sie in den Anhang und teilen Sie mir mit, ob der Preis passt.',
  ],
  [
    'Lesen Sie sich das gern in Ruhe durch.',
    'Bitte prüfen Sie den Entwurf und sagen Sie mir, was Sie denken.',
    'Wenn Sie mögen, lesen Sie den Artikel und schreiben Sie mir Ihre Meinung.',
    ['Lesen Sie sich das Protokoll durch und geben Sie mir Bescheid.', { fromThem: 2 }],
  ],
);

describe('demanding: the order after "und" is the span', () => {
  it('points at the second order', () => {
    expect(excerptsOf('demanding', 'Hallo Herr Brand, Ihr Artikel war stark. Lies das mal und sagen Sie mir ehrlich, was fehlt.')).toEqual(['und sagen Sie mir']);
  });
});

cases(
  'personal-favor',
  [
    'Hallo Frau Jost, würden Sie den Post unseres Vereins liken und teilen? Danke!',
    'Guten Tag, könnten Sie für unser Projekt beim Bürgerhaushalt abstimmen? Jede Stimme zählt!',
    'Hallo Tom, magst du das Video zur Kampagne kurz teilen?',
    'Liebe Frau Kaiser, für meinen Spendenlauf freue ich mich über jeden Euro. Hier meine Spendenseite: https://example.org',
    'Hallo Herr Pohl, mein Lebenslauf hängt an. Könnten Sie ihn an die zuständige Abteilung weiterleiten?',
  ],
  [
    'Ich habe Ihren Beitrag gestern geteilt, weil er so gut war.',
    'Über jeden Hinweis zu Ihrer Studie freue ich mich.',
    'Wir haben 2.000 Euro für das Kinderhospiz gesammelt, danke an alle!',
    ['Könnten Sie meinen Lebenslauf an die zuständige Kollegin weiterleiten? Wie besprochen geht es um die Stelle 4711.', { fromThem: 2 }],
  ],
);

cases(
  'job-ask',
  [
    'Guten Tag, gäbe es in Ihrem Betrieb vielleicht einen Platz für mich im Lager?',
    'Hallo Nina, kannst du mich bei Zalando als Junior-Designerin ins Spiel bringen?',
    'Hallo Herr Groß, anbei meine Initiativbewerbung als Bauzeichner.',
    ['Guten Tag Frau Ries, anbei meine Initiativbewerbung als Bauzeichner.', { recipient: { name: 'Eva Ries', headline: 'Architektin bei Behnisch' } }],
    'Hallo Herr Uhl, ich hänge meine Bewerbungsunterlagen an, vielleicht können Sie die an die Personalabteilung weiterreichen?',
  ],
  [
    ['Guten Tag Frau Ries, anbei meine Initiativbewerbung als Bauzeichner.', { recipient: { name: 'Eva Ries', headline: 'Senior Recruiterin bei Behnisch' } }],
    ['Hallo Herr Dorn, hiermit bewerbe ich mich initiativ als Elektriker.', { recipient: { name: 'Uwe Dorn', headline: 'Personalreferent' } }],
    'Gibt es bei Ihnen einen Parkplatz für Besucher?',
    'Hallo Frau Ahrens, ich habe mich auf die Stelle 2231 beworben. Gibt es einen Tipp für das Gespräch?',
  ],
);

cases(
  'sales-pitch',
  [
    'Guten Tag, unsere Anwender sparen mit Quotify bis zu sechs Stunden pro Woche bei Angeboten.',
    'Hallo Frau Eck, bei unseren Kunden sinken die Ausfallzeiten im Schnitt um 30 %.',
    'Hallo Herr Funk, in 20 Minuten erkläre ich Ihnen gerne, wie das in Ihrem Lager funktionieren würde.',
    'Guten Tag, schauen Sie doch mal in unseren Onlineshop, dort finden Sie alle Maschinen.',
  ],
  [
    'Wie viel Zeit verliert Ihr Team mit Meetings? Das interessiert mich für meine Masterarbeit.',
    ['Hallo Herr Funk, schauen Sie gern auf unsere Website, dort steht die Preisliste, nach der Sie gefragt hatten.', { fromThem: 1 }],
    'Ich habe Ihren Onlineshop gesehen und hätte eine Frage zu einem Ersatzteil.',
  ],
);

cases(
  'slang',
  ['Danke dir!\n\nGlg Anna', 'Bis bald\nLG aus Innsbruck', 'Schönes Wochenende. VG aus Köln'],
  ['Liebe Grüße aus Bremen\nSina', 'Die LG Chem liefert Zellen aus Korea.', 'Ganz liebe Grüße\nOle'],
);

describe('the Glg sign-off has a fix', () => {
  it('writes it out', () => {
    const [f] = findingsOf('slang', 'Bis bald\n\nGlg Verena');
    expect(f?.fix?.replacement).toBe('Ganz liebe Grüße');
  });
});

cases(
  'false-familiarity',
  [
    'Guten Tag Herr Abel, danke nochmal für das nette Telefonat! Anbei die Unterlagen.',
    'Hallo Frau Beck, ich knüpfe an unser Gespräch von letzter Woche an und sende Ihnen den Entwurf.',
    'Hallo Jan, es war super, mit dir zu telefonieren. Hier der Link.',
  ],
  [
    'Guten Tag Herr Abel, danke für das Gespräch auf der Hannover Messe, hier die Unterlagen.',
    'Hallo Jan, es war schön, mit dir am Rande des Barcamps zu sprechen.',
    ['Danke nochmal für das nette Telefonat! Anbei die Unterlagen.', { fromThem: 1 }],
  ],
);

cases(
  'nickname',
  ['Hallo Boss, dein Talk beim Cloud-Meetup war stark.', 'Hey Mann, cooles Projekt auf GitHub!', 'Moin Champ, Glückwunsch zum Marathon!'],
  ['Hallo Herr Mann, Ihr Vortrag beim DGB war stark.', 'Sehr geehrter Herr Boss, vielen Dank für Ihren Artikel.', 'Der Mann am Stand hat mir Ihren Namen gegeben.'],
);

import { describe, expect, it } from 'vitest';
import { lint } from '../../engine/lint.ts';
import { languageCases } from '../../testing/language-cases.ts';

type Thread = { fromThem: number; unansweredFromMe: number };
const cold: Thread = { fromThem: 0, unansweredFromMe: 0 };
const established: Thread = { fromThem: 2, unansweredFromMe: 0 };

const { report } = languageCases('de');
const check = (text: string, thread: Thread = cold, recipient?: { name: string; headline?: string; company?: string }) =>
  report(text, { fromThem: thread.fromThem, unanswered: thread.unansweredFromMe, ...(recipient ? { recipient } : {}) });
const findingsOf = (rule: string, text: string, thread?: Thread) => check(text, thread).findings.filter((f) => f.ruleId === rule);

/** [text, the excerpt the rule must report] */
type Flagged = readonly [string, string];
/** Cases per rule: flagged (with excerpt) and quiet; `thread` when the case needs one. */
interface Cases {
  flagged: readonly Flagged[];
  quiet: readonly string[];
  thread?: Thread;
}

const CASES: Record<string, Cases> = {
  'sales-pitch': {
    flagged: [
      ['Guten Tag Frau Lenz, unsere Plattform hilft Kanzleien bei der Mandantenakquise.', 'unsere Plattform hilft'],
      ['Hallo Herr Kurz, wir begleiten Mittelständler wie Ihr Unternehmen bei der Umstellung auf E-Rechnungen.', 'wir begleiten Mittelständler wie Ihr Unternehmen'],
      ['Hallo Tim, wollen wir eine kurze Demo vereinbaren? Dauert 20 Minuten.', 'kurze Demo'],
      ['Guten Tag, jetzt 30 Tage kostenlos testen und 20 % Rabatt auf das erste Jahr sichern!', '30 Tage kostenlos'],
      ['Hallo Frau Brandt, mit unserem Tool generieren Sie mehr Leads aus LinkedIn.', 'generieren Sie mehr Leads'],
      ['Guten Tag, ich biete Ihnen meine Dienstleistungen als Texterin an.', 'ich biete Ihnen meine Dienstleistungen als Texterin an'],
      ['Hallo, verdienen Sie sich ein Nebeneinkommen von zu Hause aus!', 'Nebeneinkommen'],
      ['Guten Tag Frau Graf, darf ich Ihnen unsere Lösung kurz vorstellen?', 'Ihnen unsere Lösung kurz vorstellen'],
      ['Guten Tag, wir bringen Ihre Website auf Platz 1 bei Google. Interesse an einem kostenlosen Audit?', 'kostenlosen Audit'],
      ['Sehr geehrter Herr Kahn, gern lade ich Sie zu einem unverbindlichen Erstgespräch ein. Unsere Software senkt Ihre Kosten.', 'Unsere Software senkt'],
    ],
    quiet: [
      'Hallo Frau Lenz, ich arbeite bei einer Agentur in Köln und habe Ihren Vortrag zur Barrierefreiheit gehört. Hätten Sie Zeit für einen Austausch?',
      'Guten Tag Herr Kurz, unser Team hat Ihren Artikel zur E-Rechnung gelesen und intern diskutiert. Danke dafür!',
      'Hallo Tim, wie war die Konferenz? Ich fand den zweiten Tag spannender als den ersten.',
      'Hallo Frau Graf, ich habe die Demo Ihres Tools auf der Messe gesehen und hätte eine Frage zur API.',
      'Guten Tag, unsere Firma macht gerade eine Umstrukturierung durch, daher suche ich Rat.',
    ],
  },
  'job-ask': {
    flagged: [
      ['Hallo Frau Peters, hätten Sie vielleicht eine offene Stelle für mich im Einkauf?', 'hätten Sie vielleicht eine offene Stelle für mich'],
      ['Guten Tag, könnten Sie mich bei Ihrem Arbeitgeber empfehlen? Ich suche etwas Neues.', 'könnten Sie mich bei Ihrem Arbeitgeber empfehlen'],
      ['Hallo Herr Yıldız, würden Sie ein gutes Wort für mich bei Ihrer Personalabteilung einlegen?', 'ein gutes Wort für mich bei Ihrer Personalabteilung einlegen'],
      ['Servus, ich brauche dringend einen Job, egal was. Stellen Sie mich ein!', 'ich brauche dringend einen Job'],
      ['Hallo Jana, hast du eine Werkstudentenstelle für mich?', 'hast du eine Werkstudentenstelle für mich'],
      ['Hallo Herr Berg, ich suche eine neue Herausforderung. Haben Sie etwas für mich in Ihrem Team?', 'Haben Sie etwas für mich in Ihrem Team?'],
      ['Hallo Herr Vogt, sucht Ihr Team zufällig Verstärkung im Controlling?', 'sucht Ihr Team zufällig Verstärkung'],
      ['Guten Tag, könnten Sie meinen Lebenslauf an Ihre Kollegen weiterleiten?', 'meinen Lebenslauf an Ihre Kollegen weiterleiten'],
    ],
    quiet: [
      'Hallo Frau Peters, ich habe mich auf die Stelle als Einkäuferin (Ref.-Nr. 1188) beworben und würde gern wissen, wie das Team arbeitet.',
      'Guten Tag, ich bin Recruiterin bei Hays und habe eine Stelle, die zu Ihrem Profil passt. Hätten Sie Interesse?',
      'Hallo Herr Yıldız, welche Tipps würden Sie jemandem geben, der in die Logistik wechseln möchte?',
      'Hallo Frau Peters, das wäre die perfekte Stelle für mich. Ich habe mich gestern beworben.',
      'Guten Tag, ich bin gerade auf Jobsuche und würde gern wissen, wie Sie den Einstieg geschafft haben.',
    ],
  },
  'personal-favor': {
    flagged: [
      ['Hallo, könnten Sie bitte meine Fähigkeiten in Python bestätigen?', 'meine Fähigkeiten in Python bestätigen'],
      ['Hi Paul, teile bitte meinen Beitrag über unser Startup, das würde mir sehr helfen!', 'teile bitte meinen Beitrag'],
      ['Guten Tag, stimmen Sie bitte beim Gründerpreis für unser Team ab.', 'stimmen Sie bitte beim Gründerpreis für unser Team ab'],
      ['Hallo Herr Adler, könnten Sie mich Ihrem Geschäftsführer vorstellen?', 'könnten Sie mich Ihrem Geschäftsführer vorstellen'],
      ['Hallo, würden Sie uns eine Bewertung auf Google hinterlassen?', 'eine Bewertung auf Google hinterlassen'],
    ],
    quiet: [
      'Hallo Herr Adler, danke für Ihren Beitrag über Lieferketten. Darf ich Sie zu einem Punkt um Rat fragen?',
      'Guten Tag, ich habe Ihre Kenntnisse im Vertragsrecht in Ihrem Vortrag bewundert.',
      'Hi Paul, schöner Beitrag! Ich habe ihn gleich mit meinem Team geteilt.',
      'Gern teile ich meinen Beitrag zum Thema mit Ihnen.',
    ],
  },
  'personal-question': {
    flagged: [
      ['Hallo Frau Roth, wie alt sind Sie eigentlich?', 'wie alt sind Sie'],
      ['Hi Lea, bist du eigentlich verheiratet?', 'bist du eigentlich verheiratet'],
      ['Guten Tag, haben Sie Kinder oder planen Sie noch welche?', 'haben Sie Kinder'],
      ['Hallo Herr Ott, was verdienen Sie aktuell bei Ihrem Arbeitgeber?', 'was verdienen Sie'],
    ],
    quiet: [
      'Hallo Frau Roth, wie lange sind Sie schon bei der Telekom?',
      'Guten Tag, wie sieht Ihre Gehaltsvorstellung aus und welche Kündigungsfrist haben Sie?',
      'Hallo Herr Ott, Ihr Vortrag über Alleinerziehende im Schichtdienst hat mich bewegt.',
      'Haben Sie einen Partner für die Umsetzung in Österreich?',
      'Ihr Beitrag zur Familienplanung in Start-ups war mutig.',
    ],
  },
  'sensitive-info': {
    flagged: [
      ['Guten Tag, bitte senden Sie uns Ihre IBAN für die Rückerstattung.', 'IBAN'],
      ['Hallo, schicken Sie mir bitte eine Kopie Ihres Personalausweises.', 'Personalausweises'],
      ['Für die Anmeldung brauche ich noch Ihr Passwort und Ihr Geburtsdatum.', 'Passwort'],
    ],
    quiet: [
      'Hallo Herr Kaya, meine Bankverbindung finden Sie auf der Rechnung.',
      'Guten Tag, der Tan der Sonnenbank steht Ihnen gut, schrieb die Kollegin im Scherz.',
      'Hallo, hier ist meine E-Mail-Adresse für die Unterlagen: jonas@beispiel.de',
      'Hallo Frau Roth, Ihr Vortrag über Passwort-Manager im Mittelstand war sehr praxisnah.',
    ],
  },
  flirtatious: {
    flagged: [
      ['Hallo Süße, wie war dein Tag?', 'Hallo Süße'],
      ['Guten Abend, Sie sehen auf dem Foto wirklich umwerfend aus.', 'Sie sehen auf dem Foto wirklich umwerfend aus'],
      ['Hi Mia, hättest du Lust auf einen Drink zu zweit nach der Messe?', 'auf einen Drink zu zweit'],
      ['Danke, mein Schatz!', 'Danke, mein Schatz'],
    ],
    quiet: [
      'Liebe Anna, danke für den Austausch gestern. Liebe Grüße, Tom',
      'Liebe Frau Weber, Ihr Vortrag war großartig. Herzliche Grüße',
      'Hallo Herr Lang, Sie haben ein schönes Projekt auf die Beine gestellt.',
    ],
  },
  'template-phrase': {
    flagged: [
      ['Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.', 'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen'],
      ['Hallo, ich bin zufällig auf Ihr Profil gestoßen und wollte mich vernetzen.', 'ich bin zufällig auf Ihr Profil gestoßen'],
      ['Sehr geehrte Damen und Herren,\n\nich interessiere mich für Ihr Traineeprogramm.', 'Sehr geehrte Damen und Herren'],
      ['Hallo zusammen, ich erweitere gerade mein Netzwerk im Bereich Logistik.', 'ich erweitere gerade mein Netzwerk'],
    ],
    quiet: [
      'Sehr geehrte Frau Engel, vielen Dank für Ihren Vortrag. Ich würde mich über die Vernetzung freuen.',
      'Hallo Herr Roth, Ihr Artikel über Wärmepumpen hat mir sehr geholfen.',
      'Liebe Frau Ilić, ich freue mich auf den Austausch in Hamburg.',
    ],
  },
  'overly-formal': {
    flagged: [
      ['Sehr geehrter Herr Bauer, hiermit teile ich Ihnen mit, dass ich zusage.', 'hiermit teile ich Ihnen mit'],
      ['Vielen Dank für das Angebot.\n\nHochachtungsvoll\nKlaus Wendt', 'Hochachtungsvoll'],
      ['In Erwartung Ihrer geschätzten Antwort verbleibe ich mit freundlichen Grüßen', 'In Erwartung Ihrer geschätzten Antwort'],
    ],
    quiet: [
      'Sehr geehrte Frau Krüger, vielen Dank für Ihre Nachricht.\n\nMit freundlichen Grüßen\nPaul Wendt',
      'Guten Tag Herr Dr. Hahn, ich freue mich auf Ihre Rückmeldung. Freundliche Grüße',
      'Sehr geehrter Herr Prof. Kühn, ich melde mich bezüglich Ihres Seminars. Beste Grüße',
      'Guten Tag, Ihre Werte als Arbeitgeber passen gut zu meinen.',
    ],
  },
  slang: {
    flagged: [
      ['Hi Tom, danke für die Infos!\nLG', 'LG'],
      ['Bis morgen!\nVG Jonas', 'VG'],
      ['Hey, hast du vllt morgen kurz Zeit?', 'vllt'],
      ['Hi Sara, sry für die späte Antwort, hab grad erst gesehen.', 'sry'],
      ['Danke für den Tipp, Digga!', 'Digga'],
    ],
    quiet: [
      'Hallo Herr Kühn, das Budget liegt bei ca. 5.000 Euro, evtl. auch mehr, z. B. für Reisen.',
      'Moin Jan, mega spannend, was ihr da baut! Tschüss und bis bald',
      'Hallo Frau Lg, die LG Electronics-Studie bzw. deren Ergebnisse fand ich spannend.',
      'Danke für die Zusage.\nLG Electronics freut sich auf Sie.',
    ],
  },
  nickname: {
    flagged: [
      ['Hey Kumpel, lange nicht gesehen!', 'Hey Kumpel'],
      ['Moin Chef, hast du kurz Zeit?', 'Moin Chef'],
      ['Danke dir, Digga!', 'Digga'],
      ['Servus Alter, schön, dass es geklappt hat!', 'Servus Alter'],
    ],
    quiet: [
      'Hallo HR, ich habe eine Frage zu meiner Bewerbung.',
      'Lieber Herr Kollege, danke für die Einladung zur Tagung.',
      'Hallo Herr Meister, vielen Dank für Ihre Rückmeldung.',
      'Hallo Jonas, ich bin der Chef des Einkaufs bei Miele.',
    ],
  },
  pushy: {
    flagged: [
      ['Guten Tag, ich brauche Ihre Antwort bis morgen.', 'brauche Ihre Antwort bis morgen'],
      ['Hallo Herr Sommer, bitte geben Sie mir innerhalb von 24 Stunden Bescheid.', 'innerhalb von 24 Stunden Bescheid'],
      ['Hallo, bitte melden Sie sich umgehend bei mir.', 'umgehend'],
      ['Es ist dringend, bitte rufen Sie zurück.', 'dringend'],
      ['Hallo Herr Wolf, bitte schicken Sie mir die Unterlagen heute noch.', 'schicken Sie mir die Unterlagen heute noch'],
    ],
    quiet: [
      'Ich freue mich auf Ihre Rückmeldung.',
      'Hallo Frau Maas, eine zeitnahe Antwort wäre schön, aber kein Stress.',
      'Ich arbeite in der Notaufnahme und suche Austausch zu dringenden Fällen in der Pflegeplanung.',
      'Ich melde mich bis Freitag mit den Unterlagen.',
      'Ich könnte sofort starten, wir suchen dringend eine Entwicklerin für das Team.',
      'Heute noch schicke ich Ihnen die Folien, versprochen.',
    ],
  },
  demanding: {
    flagged: [
      ['Schicken Sie mir Ihre Preisliste.', 'Schicken Sie mir'],
      ['Hallo. Rufen Sie mich morgen an.', 'Rufen Sie mich'],
      ['Sie müssen sich heute noch entscheiden.', 'Sie müssen'],
      ['Hi, schick mir mal deine Nummer, dann telefonieren wir.', 'schick mir'],
      ['Ich erwarte, dass Sie mir bis Freitag antworten.', 'Ich erwarte, dass Sie'],
    ],
    quiet: [
      'Bitte schicken Sie mir die Unterlagen, wenn es passt.',
      'Melden Sie sich gern, wenn Sie Fragen haben.',
      'Sie müssen viel zu tun haben, daher halte ich mich kurz.',
      'Lassen Sie mich wissen, was Sie denken.',
      'Rufen Sie mich an, wenn Sie Fragen haben.',
    ],
  },
  desperate: {
    flagged: [
      ['Ich bin wirklich verzweifelt, bitte helfen Sie mir.', 'Ich bin wirklich verzweifelt'],
      ['Ich flehe Sie an, geben Sie mir eine Chance.', 'Ich flehe Sie an'],
      ['Sie sind meine letzte Hoffnung.', 'meine letzte Hoffnung'],
    ],
    quiet: [
      'Ich würde mich sehr freuen, von Ihnen zu hören.',
      'Ich hoffe, das passt Ihnen.',
      'Bitte sehen Sie mir die späte Antwort nach.',
      'Ich würde alles daransetzen, das Projekt pünktlich abzuschließen, und mache alles Weitere mit Ihrem Team aus.',
    ],
  },
  entitled: {
    flagged: [
      ['Sie schulden mir eine Erklärung für die Absage.', 'Sie schulden mir'],
      ['Ich verdiene eine ehrliche Rückmeldung.', 'Ich verdiene eine ehrliche Rückmeldung'],
      ['Ich erwarte eine Antwort.', 'Ich erwarte eine Antwort'],
    ],
    quiet: [
      'Ich freue mich auf Ihre Antwort.',
      'Ich würde mich über eine kurze Rückmeldung freuen.',
      'Ich erwarte das Paket morgen, dann melde ich mich.',
    ],
  },
  assumption: {
    flagged: [
      ['Sie werden unser Tool sicher lieben.', 'Sie werden unser Tool sicher lieben'],
      ['Wie Sie sicher wissen, ändert sich das Gesetz.', 'Wie Sie sicher wissen'],
      ['Sie suchen bestimmt nach einer neuen Herausforderung.', 'Sie suchen bestimmt'],
    ],
    quiet: [
      'Ich vermute, Sie sind gerade sehr beschäftigt, daher halte ich mich kurz.',
      'Wissen Sie, ob das Team noch sucht?',
      'Ich bin sicher, dass der Vortrag spannend wird.',
    ],
  },
  'negative-tone': {
    flagged: [
      ['Ich bin sehr enttäuscht von Ihrem Verhalten.', 'Ich bin sehr enttäuscht'],
      ['Das ist eine Frechheit.', 'Das ist eine Frechheit'],
      ['Das Gespräch war reine Zeitverschwendung.', 'Zeitverschwendung'],
      ['Echt professionell, den Termin nicht abzusagen.', 'Echt professionell'],
    ],
    quiet: [
      'Danke für Ihren tollen Vortrag!',
      'Ich freue mich auf das Gespräch.',
      'Das Projekt lief sehr gut, vielen Dank.',
      'Ihr Bericht über den Skandal bei der Landesbank war mutig. Ich war enttäuscht, dass ich Ihren Vortrag verpasst habe.',
      'Was für eine Reise! Ihr Witz am Anfang der Keynote hat den Saal gerettet.',
    ],
  },
  profanity: {
    flagged: [
      ['So ein Scheiß, der Termin ist schon wieder verschoben.', 'Scheiß'],
      ['Verdammt, das hätte nicht passieren dürfen.', 'Verdammt'],
      ['Was für ein Arschloch.', 'Arschloch'],
    ],
    quiet: [
      'Wir haben ein Weingut bei Mistelbach besucht.',
      'Die Schlussfolgerung im Bericht ist klar.',
      'Ich arbeite an der Verdammungsliste? Nein: an der Vermessungstechnik.',
    ],
  },
  typo: {
    flagged: [
      ['Das ist nicht Standart bei uns.', 'Standart'],
      ['Ich schicke die Unterlagen seperat.', 'seperat'],
      ['Sehr geehrter Frau Klein, danke für Ihre Nachricht.', 'Sehr geehrter Frau'],
    ],
    quiet: [
      'Ich hoffe, dass das klappt und das Team zustimmt.',
      'Freundliche Grüsse aus der Schweiz, die Strasse ist gesperrt.',
      'Die Voraussetzungen sind erfüllt, das ist der Standard.',
    ],
  },
  badgering: {
    flagged: [
      ['Haben Sie meine letzte Nachricht gesehen?', 'Haben Sie meine letzte Nachricht gesehen'],
      ['Ich warte immer noch auf eine Antwort.', 'Ich warte immer noch auf eine Antwort'],
      ['Warum melden Sie sich nicht?', 'Warum melden Sie sich nicht'],
      ['Bitte antworten Sie endlich.', 'antworten Sie endlich'],
    ],
    quiet: [
      'Ich wollte kurz nachhaken, ob meine Frage angekommen ist.',
      'Ich warte auf den Zug und lese Ihren Artikel.',
      'Ich melde mich nächste Woche noch einmal.',
      'Ich warte noch auf die Freigabe meiner Chefin und melde mich dann.',
    ],
  },
};

describe('German pack: phrase rules through the engine', () => {
  for (const [rule, cases] of Object.entries(CASES)) {
    for (const [text, excerpt] of cases.flagged) {
      it(`${rule} flags “${excerpt}”`, () => {
        expect(findingsOf(rule, text, cases.thread).map((f) => f.excerpt)).toContain(excerpt);
      });
    }
    for (const text of cases.quiet) {
      it(`${rule} stays quiet on “${text.slice(0, 50)}”`, () => {
        expect(findingsOf(rule, text, cases.thread)).toEqual([]);
      });
    }
  }
});

describe('German personal-favor: introductions', () => {
  it('stays quiet on an introduction asked in an established thread', () => {
    expect(findingsOf('personal-favor', 'Danke für die Infos! Könnten Sie mich Ihrem Geschäftsführer vorstellen?', established)).toEqual([]);
  });
  it('still flags likes asked in an established thread', () => {
    expect(findingsOf('personal-favor', 'Danke! Teilen Sie bitte meinen Beitrag zur Messe.', established).length).toBe(1);
  });
});

describe('German false-familiarity (cold only)', () => {
  it.each([
    ['Guten Tag Herr Wendt, wie telefonisch besprochen sende ich Ihnen unsere Preise.', 'wie telefonisch besprochen'],
    ['Hallo Frau Sander, bezugnehmend auf unser Gespräch schicke ich Ihnen das Konzept.', 'bezugnehmend auf unser Gespräch'],
    ['Hallo Herr Kühn, wie im Telefonat vereinbart melde ich mich heute.', 'wie im Telefonat vereinbart'],
  ])('flags “%s”', (text, excerpt) => {
    expect(findingsOf('false-familiarity', text).map((f) => f.excerpt)).toContain(excerpt);
  });

  it('stays quiet once they have written', () => {
    expect(findingsOf('false-familiarity', 'Hallo Herr Wendt, wie besprochen anbei die Preise.', established)).toEqual([]);
  });
  it('stays quiet after a named real meeting', () => {
    expect(findingsOf('false-familiarity', 'Hallo Frau Lutz, danke für das Gespräch auf der Hannover Messe. Wie vereinbart schicke ich Ihnen die Studie.')).toEqual([]);
  });
  it('stays quiet on du alone', () => {
    expect(findingsOf('false-familiarity', 'Hi Nora, dein Talk auf der JSConf war super. Hast du Lust auf einen Kaffee?')).toEqual([]);
  });
});

describe('German fixes keep the draft’s language and case', () => {
  const fixOf = (rule: string, text: string) => findingsOf(rule, text)[0]?.fix?.replacement;
  it.each([
    ['slang', 'Danke für die Infos!\nLG', 'Liebe Grüße'],
    ['slang', 'Danke!\nMfG', 'Mit freundlichen Grüßen'],
    ['slang', 'Hast du vllt morgen Zeit?', 'vielleicht'],
    ['slang', 'Vllt klappt es ja morgen.', 'Vielleicht'],
    ['typo', 'Ich schicke das seperat.', 'separat'],
    ['typo', 'Das ist bei uns Standart.', 'Standard'],
    ['typo', 'Sehr geehrter Frau Klein, danke.', 'Sehr geehrte Frau'],
    ['template-phrase', 'Sehr geehrte/r Herr Klein, danke für Ihre Zeit.', 'Sehr geehrter Herr'],
  ])('%s: “%s” → “%s”', (rule, text, replacement) => expect(fixOf(rule, text)).toBe(replacement));

  it('gives no fix that would insert English or need a choice the engine cannot make', () => {
    expect(findingsOf('slang', 'Hi Sara, sry!')[0]?.fix).toBeUndefined();
    expect(findingsOf('template-phrase', 'Sehr geehrte Damen und Herren, ich bewerbe mich.')[0]?.fix).toBeUndefined();
  });
});

describe('German detection of short drafts', () => {
  it('reads a short formal draft with “an” as German', () => {
    const text = 'Guten Tag Frau Wolf, ich brauche bis morgen Ihre Entscheidung, sonst geht das Angebot an jemand anderen.';
    expect(lint({ text, kind: 'message', thread: cold }).language).toBe('de');
  });
});

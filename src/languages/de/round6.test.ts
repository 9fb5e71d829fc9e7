import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 6 (tune grew by de294–de343, ordinary drafts as people send them): each
 * member flagged or kept quiet in phrasings of its own, with case and punctuation variants. None of these
 * sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Without a place the "dass" clause may be pretended
    'Hallo Frau Kern, schön, dass wir uns letzte Woche endlich austauschen konnten. Anbei die Unterlagen.',
    'Guten Tag Herr Roth, toll, dass ich Sie neulich kennenlernen durfte! Hier unser Angebot.',
    // Noticed online is no shared moment
    'Guten Tag, Ihr Unternehmen ist uns auf LinkedIn aufgefallen. Hätten Sie Interesse an einem Gespräch?',
    'Guten Tag Frau Berg, Ihr Profil ist mir auf der Suche nach Expertinnen aufgefallen. Hätten Sie Zeit?',
  ],
  [
    // A meeting at an event told in a "dass" clause, with a modal
    'Guten Tag Herr Adler, schön, dass wir uns gestern am Stand von Krones auf der drinktec kurz unterhalten konnten. Gern bleibe ich in Kontakt.',
    'Hallo Frau Senn, wie schön, dass ich Sie beim Digitaltag in Luzern kennenlernen durfte! Ich melde mich wegen des Pilotprojekts.',
    'HALLO TIM, SCHÖN, DASS ICH MIT DIR BEIM PRODUCT-STAMMTISCH IN LEIPZIG SPRECHEN KONNTE. HIER DER LINK ZUM ARTIKEL.',
    'Guten Morgen Herr Demir – freut mich, dass wir uns während der Kaffeepause auf dem Logistiktag ausgetauscht haben.',
    // Their firm or stand noticed at a named fair
    'Guten Tag, Ihr Unternehmen ist uns auf der Interzum mit den Beschlägen aus Recyclingaluminium aufgefallen. Wären Sie an einem Gespräch interessiert?',
    'Sehr geehrte Frau Ilić, Ihr Messestand war mir beim Fachforum Holzbau sofort aufgefallen; hätten Sie Unterlagen zum Brettsperrholz?',
  ],
);

cases(
  'pushy',
  [
    'Hallo Herr Brunner, erhalten wir bis Freitag Ihre Zusage? Sonst vergeben wir den Platz.',
    'Hallo Frau Graf, ich melde mich nächste Woche. Geben Sie mir aber bis morgen Bescheid, ob Sie dabei sind.',
    'Hallo Frau Graf, gern schicke ich Ihnen die Unterlagen, ich brauche Ihre Antwort aber bis morgen.',
  ],
  [
    // The writer's own deadline with the verb first, as German puts it after an adverb
    'Hallo Herr Braun, danke für die Infos. Dann gebe ich Ihnen bis Freitag Bescheid.',
    'Hallo Frau Graf, gern schicke ich Ihnen bis Montag die aktualisierten Zahlen!',
    'Liebe Mira, morgen früh melde ich mich bis spätestens 10 Uhr mit der Entscheidung.',
    'Hallo Herr Ott, nach Rücksprache mit dem Team sende ich Ihnen heute noch die Unterlagen.',
  ],
);

cases(
  'demanding',
  [
    'Guten Tag Herr Kaya, unsere Speicher senken Ihre Stromkosten. Vereinbaren Sie jetzt ein kostenloses Erstgespräch.',
    'Guten Tag, Buchen Sie einen Termin in meinem Kalender.',
    'Hallo Frau Nowak, unser Webinar startet am Montag. Registrieren Sie sich gleich über den Link.',
    'GUTEN TAG, KLICKEN SIE HIER UND SICHERN SIE SICH DEN RABATT.',
  ],
  [
    // Questions and softened requests
    'Guten Tag Herr Kaya, sehen Sie eine Chance, dass wir das Projekt gemeinsam angehen?',
    'Guten Tag, buchen Sie gern einen Termin in meinem Kalender, wenn es passt.',
    'Hallo Frau Nowak, teilen Sie die Einschätzung der Kammer?',
  ],
);

cases(
  'sales-pitch',
  [
    'Guten Tag Herr Lorenz, anbei unsere Unterlagen zur Zeiterfassung. Wann passt es Ihnen für eine Demo?',
    'Hallo Frau Stein, wäre nächster Dienstag ein guter Zeitpunkt für eine Produktvorführung unserer Kassensoftware?',
  ],
  [
    'Guten Tag Herr Lorenz, die Demo auf der Messe hat mir gefallen. Passt es Ihnen, wenn ich nächste Woche anrufe?',
  ],
);

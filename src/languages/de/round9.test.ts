import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 9 (tune grew by de414–de453, a realistic stream of mostly clean near misses):
 * each member flagged or kept quiet in phrasings of its own, with case and punctuation variants. None of these
 * sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Their career path alone, or with a pronoun instead of a named stop, is still pseudo-context
    'Guten Tag Herr Brandt, Ihr Werdegang ist beeindruckend. Wären Sie offen für ein Gespräch?',
    'Hallo Frau Seitz, Ihr Werdegang bei Ihrem Arbeitgeber ist beeindruckend, ich würde mich gern mit Ihnen vernetzen und austauschen.',
    // Talked, but at no named event
    'Hallo Herr Lux, wir haben kürzlich über Einkauf diskutiert. Ich würde mich gern mit Ihnen vernetzen und austauschen.',
  ],
  [
    // A career path with a named employer
    'Hallo Herr Kunz, Ihr Werdegang vom Einkauf bei Continental bis in die Geschäftsführung passt zu einer Rolle, die ich besetze. Hätten Sie Zeit?',
    'Guten Tag Frau Roos, Ihr Werdegang bei McKinsey interessiert mich sehr: Wären Sie offen für ein Gespräch?',
    // An introduction already made by someone named
    'Hallo Frau Ebert, Jonas Wirth hat uns letzte Woche per E-Mail einander vorgestellt. Wann passt Ihnen ein Telefonat?',
    'Guten Tag Herr Simsek, Frau Dr. Lange hat mich mit Ihnen vernetzt, weil wir beide an Wasserstoffspeichern arbeiten.',
    'HALLO TOM, MARIA HAT DEN KONTAKT ZU DIR HERGESTELLT.',
    // A customer of theirs: their product with the time or place it is in use
    'Hallo Frau Haas, wir verwenden Ihre Dienstplan-App täglich auf drei Stationen – ein großes Dankeschön!',
    'Liebe Frau Ott, wir setzen Ihre Waagen tagtäglich in unserer Backstube ein.',
    // Talked at a named event, without "uns"
    'Hallo Herr Funk, wir haben am Stand von Schüco kurz über Holzfassaden gesprochen. Ich bleibe gern in Kontakt.',
    'hallo nina, wir haben beim Pflegetag Hessen lange über Dienstpläne diskutiert!',
  ],
);

cases(
  'personal-favor',
  [
    // A vote with its object first
    'Hallo Herr Beck, es wäre großartig, wenn Sie bis Freitag für unser Team abstimmen!',
    'Hi Lisa, magst du bis Sonntag für mich voten? Danke!',
    // The CV named first, then passed on by a pronoun
    'Guten Tag Frau Amann, anbei mein Lebenslauf. Würden Sie ihn an Ihre Personalabteilung weiterleiten?',
    'Hallo Jan, mein CV hängt an – kannst du ihn bitte bei eurer HR-Abteilung einreichen?',
  ],
  [
    // Numbers that are right, a vote that is not asked of them, a document that is not the writer's CV
    'Hallo Frau Nagel, die Zahlen stimmen für uns, danke für die schnelle Prüfung.',
    'Hallo Herr Kurz, unser Betriebsrat hat gestern für die neue Regelung gestimmt.',
    'Guten Tag Frau Blum, könnten Sie die Rechnung an Ihre Buchhaltung weiterleiten?',
  ],
);

cases(
  'sales-pitch',
  [
    // A trial period in words, the offer split around the product
    'Hallo Frau Engelke, ich biete Ihnen zwei Wochen kostenlos unsere Buchungs-App an. Wann passt ein Termin?',
    'Guten Tag Herr Wendt, wir bieten Ihnen einen Monat gratis unser Reporting-Tool an.',
    // A measured saving promised to the reader
    'Hallo Herr Mai, mit unserer Tourenplanung sparen Sie bis zu 20 % Sprit.',
    'Hi Ole, damit sparst du locker 3 Stunden pro Woche!',
  ],
  [
    // A buyer telling what the product saves them; the writer's own trial
    'Hallo Frau Sander, Ihre Software spart uns jeden Monat zwei Tage Arbeit, danke!',
    'Hallo Herr Pohl, ich teste gerade zwei Wochen kostenlos Ihre App und habe eine Frage zum Export.',
  ],
);

cases(
  'template-phrase',
  [
    // Networking for its own sake, any adjective, "und baue …" without its own "ich"
    'Hallo Frau Kühn, ich bin immer auf der Suche nach wertvollen Kontakten und baue gerade mein Netzwerk aus.',
    'Guten Tag, ich erweitere momentan mein berufliches Netzwerk.',
    'Hallo Herr Ritter, ich bin stets offen für inspirierende Verbindungen!',
  ],
  [
    // A network that is built, not a list of contacts
    'Hallo Herr Vogt, wir bauen gerade unser Netzwerk an Ladesäulen in Thüringen aus – Ihr Artikel dazu war sehr hilfreich.',
    'Hallo Frau Horn, danke für Ihren Vortrag beim Stammtisch Mobilität; ich bin immer auf der Suche nach guten Beispielen aus Kommunen.',
  ],
);

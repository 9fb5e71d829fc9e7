import { describe, expect, it } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/** no-context on a cold German draft: quiet on a real reason in any wording, flagged on pseudo-context. */
const { rulesOf } = languageCases('de');
const noContext = (text: string, recipient?: { name: string; headline?: string; company?: string }): boolean =>
  rulesOf(text, recipient ? { recipient } : {}).includes('no-context');

const REAL_CONTEXT: Record<string, readonly string[]> = {
  theirWork: [
    'Hallo Frau Kraus, Ihr Gastbeitrag im Handelsblatt zur Wasserstoffstrategie hat mich überzeugt. Hätten Sie Zeit für ein Gespräch?',
    'Guten Tag Herr Ilić, ich habe Ihren letzten Artikel über Lieferketten mit großem Interesse gelesen.',
    'Hey Mara, dein LinkedIn-Post zu Remote-Onboarding war genau das, was ich gebraucht habe!',
    'Hallo Herr Bauer, vielen Dank für Ihre Keynote auf dem Digitaltag in Linz.',
    'Liebe Frau Aksoy, ich habe Sie beim Panel auf der Hannover Messe sprechen gehört und war beeindruckt.',
    'Hallo Tom, ich nutze dein Open-Source-Projekt für Terraform-Tests jeden Tag.',
    'Servus Michi, super Talk gestern beim DevOps-Stammtisch! Magst du die Folien teilen?',
    'Guten Tag Frau Berger, danke für den inspirierenden Vortrag auf der Zukunft Personal.',
    'Guten Tag Frau Lenz, Sie haben kürzlich über Tarifbindung im Handel geschrieben. Dazu hätte ich eine Frage.',
    'Hallo Herr Arslan, Ihre Arbeit zur Kreislaufwirtschaft in der Bauindustrie verfolge ich seit Jahren.',
  ],
  theirNews: [
    'Herzlichen Glückwunsch zur Beförderung, Frau Schulz! Ich verfolge Ihre Arbeit seit Jahren.',
    'Hallo Herr Weber, ich gratuliere Ihnen zur Berufung in den Aufsichtsrat.',
    'Hi Lena, Glückwunsch zur neuen Rolle als Head of Data!',
    'Hallo Frau Stein, ich habe gesehen, dass Sie kürzlich zu Bosch gewechselt sind. Wie gefällt Ihnen der Einstieg?',
    'Hallo Herr Yilmaz, Ihr Team hat gerade den Deutschen Logistikpreis gewonnen. Wie haben Sie das geschafft?',
  ],
  companyWork: [
    'Hallo Herr Maier, ich habe gesehen, dass Sie bei Siemens Healthineers arbeiten. Was schätzen Sie dort am meisten?',
  ],
  namedReferral: [
    'Guten Tag Frau Berg, Dr. Anton Wirth hat mir empfohlen, mich bei Ihnen zu melden.',
    'Hallo Herr Kunz, auf Empfehlung von Petra Lang schreibe ich Ihnen wegen der Stiftungsprofessur.',
    'Guten Tag Frau Ernst, mein Kollege Tim Berger hat mir von Ihnen erzählt.',
    'Hallo Frau Ahmadi, Sie wurden mir von Jonas Keller als Expertin für Fördermittel empfohlen.',
  ],
  howWeMet: [
    'Hallo Frau Nowak, wir haben uns letzte Woche auf der Expo Real am Stand der Stadt Wien unterhalten.',
    'Servus Michael, wir kennen uns vom Barcamp in Graz. Hast du Lust auf einen Kaffee?',
    'Guten Tag Herr Frey, danke für das nette Gespräch beim Alumni-Abend der HSG.',
    'Hallo Frau Lindqvist, schön, Sie gestern beim Stammtisch kennengelernt zu haben.',
  ],
  commonGround: [
    'Hallo Frau Rieger, wir haben beide an der TU München Maschinenbau studiert.',
    'Hallo Herr Özdemir, ich habe ebenfalls bei Bosch in Reutlingen gearbeitet und kenne Ihr altes Team.',
    'Hi Nils, wir waren Kollegen bei Zalando im Payments-Team. Lust auf einen Kaffee?',
    'Hallo Frau Wolff, ich studiere ebenfalls an der Universität Mannheim und hätte eine Frage.',
  ],
  jobApplication: [
    'Guten Tag Frau Schmitt, ich habe mich gestern auf die ausgeschriebene Stelle als Data Analyst beworben.',
    'Hallo Herr Krämer, meine Bewerbung als Werkstudent habe ich über das Portal eingereicht.',
  ],
  invitation: [
    'Sehr geehrte Frau Prof. Lange, wir möchten Sie gern als Referentin zu unserem Fachtag im März einladen.',
    'Hallo Jonas, ich lade dich herzlich zu unserem Meetup in Leipzig ein.',
  ],
};

const NO_CONTEXT: readonly string[] = [
  'Hallo Herr Schuster, ich habe gesehen, dass Sie mein Profil besucht haben. Lassen Sie uns vernetzen!',
  'Guten Tag, wir haben viele gemeinsame Kontakte, deshalb dachte ich, wir sollten uns vernetzen.',
  'Hallo Frau Graf, wir sind in derselben Branche unterwegs. Ich freue mich auf den Austausch.',
  'Hallo Herr Dietrich, Ihr beeindruckender Werdegang ist mir aufgefallen.',
  'Hallo, ich bin immer auf der Suche nach spannenden Menschen wie Ihnen.',
  'Hallo Frau Keller, wir haben uns noch nie getroffen, aber ich würde mich gern vernetzen.',
  'Guten Tag, unser Rabatt von 20 % zum Sonderpreis gilt nur bis Freitag.',
  'Hallo Herr Roth, ich habe Ihre Website besucht und Ihre Nachricht von letzter Woche gelesen.',
  'Guten Tag Frau Brenner, für Ihr nächstes Projekt bieten wir eine kostenlose Potenzialanalyse an.',
];

describe('German context: no-context is quiet on a real reason', () => {
  for (const [family, drafts] of Object.entries(REAL_CONTEXT)) {
    for (const text of drafts) {
      it(`${family}: “${text.slice(0, 60)}”`, () => expect(noContext(text)).toBe(false));
    }
  }
});

describe('German context: pseudo-context and no reason still get no-context', () => {
  for (const text of NO_CONTEXT) it(`“${text.slice(0, 60)}”`, () => expect(noContext(text)).toBe(true));
});

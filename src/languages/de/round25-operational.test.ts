import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 25 (tune grew by de1014–de1063, fifty clean operational German first messages):
 * their papers and consignments in the writer's dealings (invoice, timetable, plans, lab results, deliveries), a
 * building of theirs named by where it stands, the writer's work at their place, their former home, travelling or
 * staying with a thing of theirs, their service that came, what they did for the writer, their pattern made after;
 * a passive "dringend … werden muss"; the writer asking them for a quote; Swiss and Austrian offices as titles.
 * None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Still no reason why this person: a pitch about their roof, their invoices in general, a message sent
    'Guten Tag Herr Roth, wir installieren Photovoltaik auf Ihrem Dach. Wann passt ein Termin?',
    'Hallo Frau Busch, wir digitalisieren Ihre Rechnungen. Haben Sie kurz Zeit?',
    'Hallo Herr Lang, wir reinigen Büros und Praxen. Dürfen wir bei Ihnen vorbeikommen?',
    'Guten Tag Frau Kern, ich möchte mich gern mit Ihnen vernetzen. Viele Grüße',
  ],
  [
    // Their papers in the writer's dealings, every word order
    'Grüezi Frau Egli, auf Ihrer Offerte-Rechnung für die Gartenarbeiten fehlt die MWST. Könnten Sie das korrigieren?',
    'Guten Tag Herr Falk, laut Ihrem Fahrplan fährt der Bus um 7:05, er kommt aber erst um 7:15.',
    'Hallo Frau Graf, wir bauen das Carport nach Ihren Plänen. Welche Höhe gilt?',
    'Hi Timo, deine Rechnung vom Juni ist leider zweimal bei uns gelandet.',
    'Guten Tag Herr Wolf, seit Montag kommen die Befunde Ihres Hauses erst am Folgetag bei uns an.',
    'Guten Tag Herr Wolf, auf dem Lieferschein Ihrer Spedition fehlt das Gewicht.',
    // A building or plot of theirs named by where it stands; the writer's work at their place; their former home
    'Hallo Frau Lenz, Ihr Gartenhaus am Mühlweg hat beim Sturm ein Fenster verloren.',
    'Guten Tag Herr Sauer, morgen würden wir bei Ihnen in Gießen die Heizung warten. Passt 9 Uhr?',
    'Hallo Frau Kurz, im Zimmer, in dem Sie als Studentin gewohnt haben, liegt noch Ihr Bügeleisen.',
    // Travelled with a thing of theirs; their service came; what they did for the writer; their pattern made after
    'Hallo Herr Marx, unser Chor hat im Mai auf Ihrem Kutter nach Helgoland übernachtet.',
    'Guten Abend Frau Pütz, Ihr Techniker war nach zwanzig Minuten vor Ort, vielen Dank.',
    'Hey Jan, du hast mir beim Flohmarkt in Linden das Fahrradschloss repariert. Es hält!',
    'Liebe Frau Dietz, Ihr Schnittmuster für die Latzhose haben wir im Nähkurs nachgenäht.',
  ],
);

cases(
  'pushy',
  [
    'Hallo Herr Nagel, ich brauche dringend Ihre Antwort zum Angebot.',
    'Guten Tag Frau Sommer, bitte antworten Sie dringend, das Angebot muss raus.',
  ],
  [
    'Hallo Herr Berger, wir haben eine Wohnung, deren Küche dringend erneuert werden muss. Hätten Sie Zeit?',
    'Guten Tag Frau Haas, der Gutachter meint, dass das Dach dringend abgedichtet werden sollte.',
    'Hallo Frau Peters, ich glaube, dass der Zaun dringend neu gestrichen werden müsste, bevor der Winter kommt.',
    'Guten Tag Herr Kraus, unsere Turnhalle, die dringend saniert werden muss, sagt der Schulträger.',
  ],
);

cases(
  'sales-pitch',
  [
    'Guten Tag Frau Klein, gern würden wir Ihnen ein Angebot machen für Ihre Büroreinigung.',
    'Hallo Herr Roth, wir senden Ihnen gern ein unverbindliches Angebot schicken für Ihre Website.',
  ],
  [
    'Guten Tag Herr Brandt, Ihr Monteur war schnell da. Könnten Sie mir dafür ein Angebot schicken?',
    'Hallo Lisa, kannst du uns für die Terrasse ein Angebot machen? Die Fliesen aus deinem Laden gefallen uns.',
    'Guten Tag Frau Roth, würden Sie uns bis März ein Angebot erstellen für die Dachrinnen am Vereinsheim?',
  ],
);

cases(
  'wrong-name',
  [['Guten Tag Frau Gemeindepräsidentin Keller, im Mitteilungsblatt stand Ihr Aufruf.', { recipient: { name: 'Barbara Rüegg', headline: 'Gemeindepräsidentin' } }]],
  [
    ['Guten Tag Frau Gemeindepräsidentin Rüegg, im Mitteilungsblatt stand Ihr Aufruf.', { recipient: { name: 'Barbara Rüegg', headline: 'Gemeindepräsidentin' } }],
    ['Sehr geehrter Herr Landammann Weber, Ihre Rede am 1. August war stark.', { recipient: { name: 'Urs Weber', headline: 'Landammann Kanton Uri' } }],
    ['Sehr geehrte Frau Bezirkshauptfrau Mayr, Ihr Erlass zum Hochwasser hat uns geholfen.', { recipient: { name: 'Eva Mayr', headline: 'Bezirkshauptfrau Gmunden' } }],
    ['Guten Tag Frau Schulleiterin Brandt, Ihre Schule hat beim Lauf mitgemacht.', { recipient: { name: 'Anke Brandt', headline: 'Schulleiterin' } }],
  ],
);

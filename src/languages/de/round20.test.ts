import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 20 (tune grew by de814–de863, fifty clean cold notes and replies): each reason
 * said in passing kept quiet in phrasings of its own, with case and punctuation variants, and the look-alikes
 * that give no reason still flagged. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');
const mayor = { name: 'Gerda Hofer', headline: 'Bürgermeisterin', company: 'Marktgemeinde Lustenau' };

cases(
  'no-context',
  [
    // No neighbour, no stand, no cohort named: still no reason why this person
    'Guten Tag Herr Roth, ich würde mich gern mit Ihnen vernetzen.',
    'Hallo Frau Berg, wir sind im gleichen Bereich tätig. Gern vernetzt!',
    'Hallo Herr Lenz, ich habe gesehen, dass Sie auf LinkedIn aktiv sind. Gern vernetzt!',
    'hallo frau kurz, wir sind in derselben Gruppe und sollten uns vernetzen.',
    'Hallo Jan, wir sind ja im selben Boot. Gern vernetzt!',
  ],
  [
    // Neighbours
    'Hallo Frau Kurz, wir sind seit dem Sommer Ihre direkten Nachbarn im Technologiepark – die Druckerei mit dem roten Dach.',
    'moin herr berg, unsere kanzlei ist gleich bei Ihnen nebenan. Auf gute Nachbarschaft!',
    'Hallo Tom, wir sitzen jetzt im Coworking direkt neben eurem Büro. Lust auf einen Kaffee?',
    // Their stand at an event, a tour they gave
    'Hallo Herr Ott, danke für den Besuch an Ihrem Stand auf der EMO in Hannover. Bleiben wir in Kontakt?',
    'Guten Tag Frau Lang, danke für den Rundgang durch Ihre Gärtnerei am Samstag!',
    // A thing they or their organisation made, as a relative clause
    'Guten Tag Frau Mohr, die App, die Ihr Team für die Stadtbibliothek Graz gebaut hat, nutzen wir jeden Tag.',
    'Hallo Jan, die Vorlage, die deine Kolleginnen für Förderanträge gebaut haben, hat uns viel Arbeit erspart!',
    // What they make or offer
    'Guten Tag Herr Nagel, ich habe gesehen, dass Sie Holzfenster auch für denkmalgeschützte Häuser fertigen. Machen Sie auch Kastenfenster?',
    'Hallo Sara, hab gesehen, dass ihr Lastenräder mit 2,5 m Ladefläche baut – hättet ihr Zeit für eine Frage?',
    'Guten Tag, auf der Website steht, dass Sie Schulungen zur DSGVO für Vereine anbieten. Gibt es einen Termin im Frühjahr?',
    // The same cohort or club, and members in the plural
    'Hallo Mia, wir waren in derselben Kohorte beim Gründerstipendium NRW. Wie läuft es bei euch?',
    'Servus Herr Lechner, wir spielen in derselben Mannschaft bei den Alten Herren, nur nie am gleichen Abend.',
    'Liebe Frau Aydin, wir sind beide Mitglied bei den Business and Professional Women in Augsburg.',
  ],
);

cases(
  'wrong-name',
  [['Sehr geehrte Frau Bürgermeisterin Huber, danke für Ihre Rede beim Bürgerfest.', { recipient: mayor }]],
  [
    // An office between Herr/Frau and the family name is a title, not a name
    ['Sehr geehrte Frau Bürgermeisterin Hofer, danke für Ihre Rede beim Bürgerfest.', { recipient: mayor }],
    ['Guten Tag Frau Landrätin Hofer, im Kreistag haben Sie das Thema Busverkehr angesprochen.', { recipient: mayor }],
    ['Grüß Gott Frau Hofrätin Hofer, vielen Dank für Ihre Einladung zum Neujahrsempfang.', { recipient: mayor }],
  ],
);

cases(
  'mixed-address',
  [['Guten Tag Frau Hofer, Ihr Beitrag hat mir gefallen. Kannst du mir die Folien schicken?', { recipient: mayor }]],
  [
    // A quoted slogan or title addresses nobody
    ['Guten Tag Frau Hofer, Ihre Kampagne „Wir sind für dich da. Rund um die Uhr.“ hat mir sehr gefallen. Wer hat sie gemacht?', { recipient: mayor }],
    ['Hallo Herr Ott, Ihr Buch »Frag dich selbst« habe ich gerade gelesen. Danke dafür!', { recipient: mayor }],
  ],
);

cases(
  'pushy',
  [
    // A bare deadline, or one with a threat, still presses them
    'Guten Tag Herr Lang, bitte geben Sie mir bis Mittwoch Bescheid. Danke.',
    'geben Sie mir bis morgen Bescheid, sonst ist das Angebot weg.',
  ],
  [
    // A deadline set by logistics, said with it
    'Guten Morgen Herr Yilmaz, bitte geben Sie mir bis Mittwoch Bescheid, ob der Termin am Donnerstag passt – dann kann ich den Raum reservieren.',
    'Hallo Frau Kaya, schicken Sie mir bitte die Teilnehmerliste bis Freitag, damit wir alle für den Kurs anmelden können.',
    'hallo jana, gib mir bis montag bescheid, wie viele ihr seid - das Catering braucht die Zahlen.',
  ],
);

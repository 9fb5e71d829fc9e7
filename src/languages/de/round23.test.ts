import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 23 (tune grew by de914–de963, fifty clean cold notes and replies): their
 * question at any event, what they suggested or asked told verb-last or in the preterite, a past deed of
 * their office in a clause, a relative clause about what their house supports, our children in the same
 * group, speed inside a finished past action, and a long-middled "Sie müssen … zu tun haben". Each with case
 * and punctuation variants and the look-alikes still flagged. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Still no reason why this person: a question of nobody's, a preterite in a question, an unnamed deed
    'Hallo Frau Roth, haben Sie eine Frage zur Förderung? Gern vernetzt!',
    'Guten Tag Herr Weber, erwähnten Sie nicht, dass Sie Angebote suchen?',
    'Hallo Herr Klein, ich biete Wartung für Heizungen an. Gern vernetzt!',
  ],
  [
    // Their question at an event of any name
    'Hallo Herr Kranz, Ihre Frage zur Wärmepumpe beim Energietag in Lahr hat mich lange beschäftigt.',
    'guten tag frau ott, ihre frage auf dem sommerfest der innung ging mir nach!',
    // What they suggested or asked, verb last or in the preterite
    'Guten Abend Herr Ilić, bei der Versammlung des Heimatvereins haben Sie angeregt, die Chronik zu digitalisieren.',
    'Hallo Herr Sander, am Elternabend erwähnten Sie, dass es im Sommer wieder einen Kurs gibt.',
    // A past deed of their office, verb last
    'Sehr geehrter Herr Lenz, als Ihr Ordnungsamt im Sommer die Genehmigung für unser Straßenfest erteilt hat, ging alles ganz schnell.',
    'Hallo Frau Yıldız, nachdem Ihre Stadtverwaltung die Bauanträge digitalisiert hatte, sind wir neugierig geworden.',
    // What their house supports of ours
    'Guten Tag Frau Brandt, ich schreibe für den Chor, den Ihr Haus seit Jahren beim Sommerkonzert unterstützt.',
    // Our children in one group
    'Hallo Herr Nowak, unsere Hunde sind gemeinsam in der Welpenschule am Deich.',
    'Hallo Svenja, unsere Kinder sind gemeinsam im Schwimmkurs beim TSV – kleine Welt!',
  ],
);

cases(
  'pushy',
  [
    'Hallo Herr Roth, bitte melden Sie sich umgehend bei mir.',
    'Guten Tag Frau Keller, ich brauche DRINGEND Ihre Antwort.',
  ],
  [
    'Sehr geehrter Herr Lenz, als Ihr Amt die Genehmigung umgehend erteilt hat, war ich vor Ort.',
    'Hallo Frau Graf, die Brücke wurde nach dem Sturm unverzüglich gesperrt und dringend saniert worden.',
  ],
);

cases(
  'demanding',
  [
    'Hallo Herr Kuhn, Sie müssen mir die Unterlagen bis Montag schicken.',
    'Guten Tag Frau Berg, Sie müssen sich nach der Fusion sofort bei mir melden.',
  ],
  [
    'Guten Tag Frau Hartmann, Sie müssen nach dem Umzug der beiden Abteilungen gerade alle Hände voll zu tun haben, deshalb kurz.',
    'Hallo Tom, du musst mit dem neuen Laden und den zwei Kindern echt viel um die Ohren haben!',
  ],
);

import { describe, expect, it } from 'vitest';
import { lint } from '../../engine/lint.ts';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families changed in round 11 (tune grew by de494–de533, drafts based on German-language Kontaktanfrage guides,
 * active-sourcing and cold-sales playbooks, career-service pages and founder-to-investor advice): each member flagged
 * or kept quiet in phrasings of its own, with case and punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('de');

cases(
  'no-context',
  [
    // Saying you have never met is no common ground
    'Hallo Frau Berg, wir kennen uns zwar noch nicht, aber hätten Sie kurz Zeit für eine Frage?',
    'Hallo Herr Wolf, wir kennen uns bisher nicht. Könnten Sie mir bei einer Sache helfen?',
    // "ehrlich gesagt" is a discourse marker, not something they said or did
    'Sehr geehrte Frau Aust, Sie sind ehrlich gesagt die Einzige, die uns noch helfen kann.',
    'Hallo Herr Kraft, du bist offen gesagt genau der Richtige für unser Angebot.',
    // A drink or a dinner for two is no reason why this person
    'Hallo Frau Lenz, ich würde Sie gern auf einen Drink einladen.',
    'Hey Mia, ich möchte dich zu einem Abendessen zu zweit einladen!',
  ],
  [
    // "you were at that school too" says the writer was there as well
    'hi Mara, hab gesehen du warst auch an der FH Kiel 🙂 bin grad im 3. Semester und such nen Werkstudentenjob, vllt hast du nen Tipp? lg Ben',
    'HEY MARA, DU WARST AUCH AN DER FH KIEL 🙂 BIN GRAD IM 3. SEMESTER UND SUCH NEN WERKSTUDENTENJOB. LG BEN',
    'Hallo Frau Yilmaz, Sie waren ebenfalls an der TU Graz. Darf ich Sie etwas fragen?',
    // They made the move the writer is weighing
    'Guten Tag Herr Frei, in Ihrem Profil habe ich gesehen, dass Sie diesen Schritt vor einigen Jahren selbst gemacht haben.',
    'Hallo Nora, du bist genau denselben Weg von der Pflege in die Beratung gegangen. Magst du mir davon erzählen?',
    // A real invitation still counts
    'Sehr geehrte Frau Prof. Keller, wir möchten Sie als Referentin zu unserem Fachtag Pflege einladen.',
  ],
);

cases(
  'job-ask',
  [
    // Asking them to arrange a place
    'hey Tim, vllt kannst du mir ja was bei euch vermitteln?',
    'Hallo Frau Roth, könnten Sie mir einen Praktikumsplatz in Ihrem Team besorgen?',
    'Kannst du mir nen Ausbildungsplatz vermitteln?',
  ],
  [
    // Passing on knowledge or a contact is not a job
    'Hallo Herr Kurz, könnten Sie mir einen Kontakt zur Presseabteilung vermitteln?',
    'Danke, dass du mir so viel Wissen über Pricing vermittelt hast!',
  ],
);

describe('subject-generic', () => {
  const rulesFor = (subject: string) =>
    lint(
      { text: 'Hallo Frau Roth, Ihr Vortrag zur Lohnbuchhaltung auf der DATEV-Messe hat mir gefallen. Hätten Sie Zeit für ein kurzes Telefonat?', kind: 'inmail', subject, thread: { fromThem: 0, unansweredFromMe: 0 } },
      { version: 2, coachingLanguage: 'de' },
    ).findings.map((f) => f.ruleId);
  it.each(['Spannende Position', 'spannende Stelle', 'Neue Herausforderung!', 'Stellenangebot'])('flags %s', (subject) => {
    expect(rulesFor(subject)).toContain('subject-generic');
  });
  it.each(['Teamleitung Lohnbuchhaltung in Nürnberg', 'Spannende Position als Controllerin bei Würth'])('stays quiet on %s', (subject) => {
    expect(rulesFor(subject)).not.toContain('subject-generic');
  });
});

describe('checklist', () => {
  const done = (text: string, id: string) =>
    lint({ text, kind: 'message', thread: { fromThem: 0, unansweredFromMe: 0 } }, { version: 2, coachingLanguage: 'de' }).checklist.find((c) => c.id === id)?.done;
  it('counts finishing a degree as introducing yourself', () => {
    expect(done('Grüezi Frau Bachmann\n\nIch schliesse im Sommer meinen Master in Geografie ab und hätte eine Frage.', 'introduces-self')).toBe(true);
    expect(done('Hallo Herr Kurz, ich schließe gerade meine Ausbildung zur Mechatronikerin ab.', 'introduces-self')).toBe(true);
  });
  it('does not count "wir kennen uns noch nicht" as common ground', () => {
    expect(done('Hallo Frau Berg, wir kennen uns noch nicht.', 'common-ground')).toBe(false);
    expect(done('Hallo Frau Berg, wir kennen uns aus dem Studium in Jena.', 'common-ground')).toBe(true);
  });
});

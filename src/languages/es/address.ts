import type { AddressCues } from '../types.ts';

/**
 * Formal and familiar "you" in Spanish (languages.md §6). Neither: ustedes, su, sus, le, les (ambiguous
 * or plural), vosotros (plural). Voseo is familiar.
 */
export const address: AddressCues = {
  formal: [
    'usted', 'ud\\.', 'vd\\.', 'con usted',
    // Salutation with a title and a surname: "Estimado Sr. Herrera", "Buenos días, Sra. Ibáñez".
    '(?:estimad[oa]|buen(?:os|as) (?:d(?:í|i)as|tardes)|hola|apreciad[oa]|respetad[oa]),? (?:sr|sra|srta|dr|dra|don|doña|señor|señora)\\.? \\p{Lu}[\\p{L}\\p{N}&.-]*',
    // Verb forms that only usted takes with an explicit pronoun before or after.
    'le (?:escribo|agradezco|agradecer(?:í|i)a|contacto|env(?:í|i)o|propongo|molesto|felicito|invito)',
    '(?:podr(?:í|i)a|tendr(?:í|i)a|le parece|le parecer(?:í|i)a|le interesa|le interesar(?:í|i)a|le vendr(?:í|i)a|le gustar(?:í|i)a) usted',
  ],
  familiar: [
    't(?:ú)', 'contigo',
    // "ti" only after the prepositions that take it: "TI" is also the IT acronym ("perfiles TI", "área de TI").
    '(?:a|para|por|sobre|hacia|sin|contra|seg(?:ú|u)n) ti', 'te', 'tu', 'tus', 'tuy[oa]s?',
    // Voseo: "vos", "tenés", "podés", "querés", "sabés", "andás".
    'vos', 'ten(?:é)s', 'pod(?:é)s', 'quer(?:é)s', 'sab(?:é)s', 'and(?:á)s', 'est(?:á)s(?= \\p{Ll})', 'sos', 'ven(?:í)s', 'dec(?:í)s', 'pens(?:á)s', 'avisame', 'contame', 'decime', 'escribime', 'mir(?:á)',
  ],
  metaTalk: [
    '(?:nos|te|le) tute(?:amos|o|ar)', 'tutearnos', 'tutearte', 'tutearle', '(?:si me permites|me permito|permíteme) (?:el )?tute(?:o|arte|ar)', 'hablarte de t(?:ú|u)', 'tratarte de t(?:ú|u)', 'de t(?:ú|u) a t(?:ú|u)',
  ],
};

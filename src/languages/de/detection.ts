import type { DetectionCues } from '../types.ts';

export const detection: DetectionCues = {
  functionWords:
    'der die das und ist ich sie nicht mit zu den dem ein eine einen für auf von wir ihr ihre ihnen mein meine sind bei auch wie haben es dass gerne gern hallo danke würde wäre mich mir dich dir du hast bin oder über im uns lass mal noch schon aber kann können sich nur alle jetzt an bis zum zur beim vom wenn weil dann nach sehr einem einer keine kein diese dieses wird hat ob sonst unser unsere unseren unserem unserer euch euer eure aus vor statt dein deine deinen deinem deiner habe hab nen',
  letters: 'äöüß',
  greetings: ['hallo', 'guten (?:tag|morgen|abend)', 'sehr geehrte[r]?', 'liebe[r]?', 'moin', 'servus', 'grüezi', 'grüß gott', 'grüss gott', "wie geht['’]?s", 'wie geht es (?:ihnen|dir)'],
  signOffs: ['(?:mit )?(?:freundlichen|besten|herzlichen|vielen|lieben|beste|viele|herzliche|liebe|freundliche) grüßen?', '(?:viele |beste )?grüsse', 'gruß', 'lg', 'vg', 'mfg', 'danke(?: schön)?', 'vielen dank(?: im voraus)?'],
};

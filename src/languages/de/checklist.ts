import type { ChecklistCues } from '../types.ts';

/** Checklist cues in German (languages.md §8), phrase fragments matched case-blind. */
export const checklist: ChecklistCues = {
  introducesSelf: [
    'ich bin (?!mir\\b|sicher\\b|gespannt\\b|froh\\b|auf\\b|immer\\b|sehr\\b|verzweifelt\\b)\\S+',
    'mein Name ist', 'ich heiße', 'ich heisse',
    'ich (?:arbeite|studiere|promoviere|leite|koordiniere|betreue|besetze|verantworte|entwickle|forsche|unterrichte|lehre|berate|führe|gründe|baue) (?!Ihnen\\b|dich\\b|Sie\\b)\\S+',
    'ich habe (?:\\S+ ){0,3}?(?:gegründet|mitgegründet)',
    'als (?:\\S+ ){0,2}?(?:Datenschutzbeauftragte|Gründer|Gründerin|Founder|Recruiter|Recruiterin|Entwickler|Entwicklerin|Studentin|Student|Ingenieur|Ingenieurin|Beraterin|Berater|Leiter|Leiterin|Managerin|Manager)',
    'hier ist \\p{Lu}\\p{L}+',
    // "Ich schliesse im Sommer meinen Master … ab"
    'ich (?:schließe|schliesse) (?:\\S+ ){0,6}?(?:Master|Bachelor|Studium|Ausbildung|Promotion|Diplom|Lehre)',
  ],
  statesReason: [
    'ich (?:schreibe|melde mich bei|melde mich|wende mich an|kontaktiere) (?:Ihnen |dir |Sie |dich )?(?:\\S+ ){0,3}?(?:weil|da|wegen|aufgrund|bezüglich|zum Thema|mit einer Frage)',
    'der Grund (?:meiner|für meine) (?:Nachricht|Anfrage|Kontaktaufnahme)',
    '(?:weil|da) (?:Sie|du|Ihr|dein|Ihre|deine)',
    'ich (?:plane|suche|arbeite an|bereite|überlege|interessiere mich|möchte gern|würde gern|würde gerne)',
  ],
  commonGround: [
    'wir haben (?:\\S+ )?beide', 'auch (?:an der|bei) (?:\\S+ ){1,4}?(?:studiert|gearbeitet)', 'kennengelernt (?:auf|bei|beim|am|in)',
    // "wir kennen uns zwar noch nicht" says the opposite.
    'wir kennen uns(?! (?:\\S+ ){0,2}?(?:nicht|nie|kaum)(?![\\p{L}]))', 'ebenfalls (?:Alumni|Alumnus|Alumna|Absolvent|Absolventin)', 'wir saßen', 'wir haben uns (?!(?:\\S+ )?(?:nie|nicht|noch nie|noch nicht|bisher nicht)\\b)(?:\\S+ ){0,20}?(?:unterhalten|kennengelernt|getroffen)',
    'gemeinsame(?:r|n)? (?:Kontakt|Kollege|Kollegin|Bekannte|Bekannter) \\p{Lu}[\\p{L}\\p{N}&.-]*',
  ],
  referencesThem: [
    '(?:Ihr|Ihre|Ihren|Ihrem|dein|deine|deinen|deinem) (?:\\S+ )?[\\p{L}-]*(?:Vortrag|Beitrag|Artikel|Post|Podcast|Keynote|Bericht|Buch|Interview|Studie|Talk)',
    '(?:Glückwunsch|Gratulation|gratuliere)',
    '(?:Ihre|deine) Erfahrung (?:als|bei|in|mit)',
  ],
  clearAsk: [
    '(?:hätten|hättest|wären|wärst|wärest|haben|hast|sind|bist|könnten|könntest|können|kannst|würden|würdest|dürfte|darf|magst|mögen|möchten|möchtest|wollen|willst|passt|passen|wann|wie|was|welche|welcher|welches|ob)(?: \\S+){0,25}\\?',
    'ich würde mich (?:\\S+ )?(?:über|freuen)',
    'lassen Sie uns', 'lass uns', 'melden Sie sich gern', 'melde dich gern',
  ],
  thanks: ['danke', 'dankeschön', 'vielen dank', 'herzlichen dank', 'besten dank', 'tausend dank', 'ich bedanke mich', 'bedanke mich', 'danke ich Ihnen', 'merci', 'dankbar'],
};

/** `no-hello`: a German draft made only of these (and names, punctuation, emoji) is only a greeting. */
export const greetingOnly = {
  greetings: [
    'hallo', 'hi', 'hey', 'moin(?: moin)?', 'servus', 'grüezi', 'gruezi', 'grüß gott', 'grüss gott', 'grüß dich', 'grüss dich', 'guten (?:tag|morgen|abend)',
    'sehr geehrte[r]?', 'liebe[r]?', 'hoi', 'tach', 'na',
  ],
  pleasantries: [
    "wie geht['’]?s(?: dir| ihnen)?", 'wie geht es (?:dir|ihnen|euch)', 'alles (?:gut|klar|fit)(?: bei (?:dir|ihnen))?', 'freut mich', 'schön(?:, dich| Sie)? kennenzulernen',
    'lange nicht gesehen', 'was geht', 'na du', 'ich hoffe,? (?:es geht (?:dir|ihnen) gut|alles ist gut|alles gut)',
  ],
};

/** `no-hello`: a German draft made only of these (and names, punctuation, emoji) is only a greeting. */
export const greetingOnly = {
  greetings: [
    'hallo', 'hi', 'hey', 'moin(?: moin)?', 'servus', 'grüezi', 'gruezi', 'grüß gott', 'grüss gott', 'grüß dich', 'grüss dich', 'guten (?:tag|morgen|abend)',
    'sehr geehrte[r]?', 'liebe[r]?', 'hoi', 'tach', 'na',
  ],
  pleasantries: [
    "wie geht['’]?s(?: dir| ihnen)?", 'wie geht es (?:dir|ihnen|euch)', 'alles (?:gut|klar|fit)(?: bei (?:dir|ihnen))?', 'freut mich', 'schön(?:, dich| Sie)? kennenzulernen',
    'lange nicht gesehen', 'was geht', 'na du', 'ich hoffe,? (?:es geht (?:dir|ihnen) gut|alles ist gut|alles gut)',
    // Wishes about their weekend or week, with no purpose after them: "Ich hoffe, Sie hatten ein schönes Wochenende."
    'ich hoffe,? (?:sie hatten|du hattest|ihr hattet|sie haben|du hast|ihr habt|sie hatten bisher|du hattest bisher) (?:ein|einen|eine) (?:schönes|schönen|schöne|gutes|guten|gute|erholsames|erholsamen|erholsame|entspanntes|entspannten|angenehmes|angenehmen|angenehme|tolles|tollen|tolle) (?:wochenende|start in die woche|wochenstart|urlaub|feiertage|woche|tag|montag|jahresstart|start ins neue jahr)(?: gehabt)?',
    '(?:einen |ein )?(?:schönen|guten|schönes|gutes) (?:start in die woche|wochenstart|wochenende gehabt)',
  ],
};

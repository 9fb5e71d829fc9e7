import type { NameCues } from '../types.ts';

/** Greetings, titles and the words that open a German draft without being a name (languages.md §4.3). */
export const names: NameCues = {
  greetings: [
    'sehr geehrte[r]?', 'guten (?:tag|morgen|abend)', 'liebe[r]?', 'hallo', 'moin(?: moin)?', 'servus', 'grüezi', 'grüß gott', 'grüss gott',
    'grüß dich', 'grüss dich', 'gruezi', 'hoi', 'tach', 'hey', 'hi',
  ],
  // "Herr Kollege Brenner" among lawyers: Kollege stands like a title.
  titles: [
    'herr', 'herrn', 'frau', 'dr', 'prof', 'dipl.-ing', 'mag', 'di', 'ing', 'hr', 'fr', 'kollege', 'kollegin',
    // Offices between "Herr/Frau" and the family name: "Sehr geehrter Herr Bürgermeister Kessler", "Frau Landrätin Weber", "Herr Hofrat Pichler"
    'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'landrat', 'landrätin', 'stadtrat', 'stadträtin',
    'gemeinderat', 'gemeinderätin', 'minister', 'ministerin', 'staatssekretär', 'staatssekretärin', 'senator', 'senatorin', 'abgeordneter',
    'abgeordnete', 'präsident', 'präsidentin', 'direktor', 'direktorin', 'rektor', 'rektorin', 'dekan', 'dekanin', 'pfarrer', 'pfarrerin',
    'pastor', 'pastorin', 'richter', 'richterin', 'konsul', 'konsulin', 'botschafter', 'botschafterin', 'hofrat', 'hofrätin', 'kommerzialrat',
    'kommerzialrätin', 'regierungsrat', 'regierungsrätin', 'amtsrat', 'amtsrätin', 'oberst', 'major', 'hauptmann',
    // Professions used the same way: "Sehr geehrte Frau Rechtsanwältin Wenzel", "Herr Notar Vogel", "Liebe Frau Kantorin Ritter"
    'rechtsanwalt', 'rechtsanwältin', 'anwalt', 'anwältin', 'notar', 'notarin', 'steuerberater', 'steuerberaterin', 'wirtschaftsprüfer',
    'wirtschaftsprüferin', 'kantor', 'kantorin', 'kaplan', 'diakon', 'diakonin', 'vikar', 'vikarin', 'superintendent', 'superintendentin', 'prälat',
    // Swiss and Austrian offices: "Frau Gemeindepräsidentin Rüegg", "Herr Landammann Weber", "Frau Bezirkshauptfrau Mayr"
    'gemeindepräsident', 'gemeindepräsidentin', 'stadtpräsident', 'stadtpräsidentin', 'regierungspräsident', 'regierungspräsidentin', 'landammann',
    'gemeindeammann', 'stadtammann', 'nationalrat', 'nationalrätin', 'ständerat', 'ständerätin', 'kantonsrat', 'kantonsrätin', 'grossrat', 'grossrätin',
    'bezirkshauptmann', 'bezirkshauptfrau', 'landeshauptmann', 'landeshauptfrau', 'ortsvorsteher', 'ortsvorsteherin', 'schulleiter', 'schulleiterin',
    'professor', 'professorin', 'studienrat', 'studienrätin', 'oberstudienrat', 'oberstudienrätin', 'konrektor', 'konrektorin', 'kommandant', 'kommandantin',
  ],
  notNames: [
    // Openers before a comma
    'super', 'prima', 'klar', 'danke', 'wtf', 'krass', 'mist', 'hallo', 'moin', 'servus', 'grüezi', 'perfekt', 'gerne', 'gern', 'okay', 'alles', 'genau', 'toll',
    // Reply openers before a comma: "Passt, dann bis Mittwoch.", "Stimmt, das hatte ich vergessen."
    'passt', 'stimmt', 'gut', 'schön', 'wunderbar', 'bestens', 'verstanden', 'einverstanden', 'ok', 'sicher', 'logisch', 'natürlich',
    'selbstverständlich', 'ja', 'nein', 'ach', 'tja', 'sorry', 'schade', 'herrlich', 'cool', 'geht', 'erledigt', 'notiert',
    'vielen', 'herzlichen', 'guten', 'liebe', 'lieber', 'sehr', 'zusammen', 'miteinander', 'allerseits', 'leute', 'team',
    // Unaddressed salutations: "Sehr geehrte Damen und Herren"
    'damen', 'herren', 'bewerberin', 'bewerber', 'kollegen', 'kolleginnen', 'kolleg*innen', 'kolleg:innen',
    // Address terms and pet names: `nickname` / `flirtatious`, never a name
    'kumpel', 'alter', 'digga', 'digger', 'bro', 'chef', 'chefin', 'meister', 'buddy', 'schatz', 'schätzchen', 'süße', 'süßer', 'hübsche',
    'schöne', 'liebling', 'mausi', 'maus', 'kleine', 'bruder', 'brudi', 'jungs', 'mädels',
    // Pronouns as address: "Hey du!", "Hallo ihr beiden"
    'du', 'dich', 'dir', 'ihr', 'euch', 'sie', 'ihnen',
  ],
  shortForms: {
    stefanie: ['steffi', 'steffie'], stephanie: ['steffi', 'steffie'], andreas: ['andi', 'andy'], sebastian: ['basti', 'bastian', 'sebi'],
    tobias: ['tobi'], matthias: ['matze', 'matti', 'hias'], michael: ['michi', 'micha', 'mike'], johannes: ['hannes', 'jo', 'johnny'],
    franziska: ['franzi', 'franzie'], susanne: ['susi', 'sanne'], katharina: ['kathi', 'kati', 'katha', 'kathrin'], christian: ['chris', 'christl'],
    florian: ['flo', 'flori'], alexander: ['alex', 'sascha'], alexandra: ['alex', 'sandra'], maximilian: ['max', 'maxi'], benjamin: ['ben', 'benni'],
    daniel: ['dani'], daniela: ['dani'], elisabeth: ['lisa', 'sissi', 'liesl', 'elli'], margarete: ['grete', 'gretel', 'maggie'],
    wolfgang: ['wolfi'], thomas: ['tom', 'tommy', 'thomi'], jürgen: ['jürgi'], juergen: ['juergi'], christina: ['tina', 'christl'],
    christine: ['tina'], kristina: ['tina'], johanna: ['hanna'], friedrich: ['fritz'], joachim: ['jo', 'achim'], bernhard: ['bernd', 'bernie'],
    gabriele: ['gabi'], barbara: ['babsi', 'babs'], patrick: ['paddy'], dominik: ['dome', 'domi'], nikolaus: ['niko', 'klaus'],
    nikolai: ['niko'], valentin: ['vali'], felix: ['fe'], jakob: ['jacky', 'kobi'], josef: ['sepp', 'seppi', 'joe'], johann: ['hans', 'hansi'],
    sabine: ['bine'], rebecca: ['becci', 'becky'], rebekka: ['becci', 'becky'], veronika: ['vroni'], theresa: ['resi'],
    manfred: ['manni', 'fred'], cornelia: ['conny', 'nele'], ulrich: ['uli', 'ulli'], ulrike: ['uli', 'ulli', 'rike'], wilhelm: ['willi', 'willy'],
    heinrich: ['heinz', 'heini'], gerhard: ['gerd', 'gerdi'], reinhard: ['reini'], dorothea: ['doro', 'thea'], julia: ['jule', 'juli'], lukas: ['luki'],
    konstantin: ['konsti'], nicole: ['nici', 'niki'], magdalena: ['leni', 'magda'], helena: ['leni'], marlene: ['leni'], gertrud: ['gerti', 'trude'],
    hildegard: ['hilde'], friederike: ['rike', 'frieda'], ludwig: ['lutz', 'wiggerl'], christoph: ['chris', 'stoffel'], martina: ['tina'],
    jacqueline: ['jacky'], gottfried: ['friedel'], waltraud: ['traudl'], katrin: ['kati'], kathrin: ['kati'],
  },
};

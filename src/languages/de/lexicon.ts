import type { Lexicon } from '../../engine/families.ts';

/**
 * Words several German families share: the reader's "your" in both registers, "we/our", and the
 * things people write about. Entries are regex fragments; patterns refer to them as `{slot}`.
 */
export const shared: Lexicon = {
  // Ihr/dein in every case; plural "euer" for a team the reader belongs to.
  yourPoss: ['ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euer', 'eure', 'euren', 'eurem', 'eurer'],
  youObj: ['sie', 'ihnen', 'dich', 'dir', 'euch'],
  ourPoss: ['unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres'],
  // Something the reader made or said in public. Compounds ("Gastbeitrag", "LinkedIn-Post") end in them.
  workNoun: [
    'beitrag', 'beitrags', 'vortrag', 'vortrags', 'artikel', 'artikels', 'post', 'posts', 'posting', 'podcast', 'podcastfolge', 'folge', 'talk',
    'keynote', 'referat', 'referats', 'bericht', 'case', 'case study', 'fallstudie', 'buch', 'interview', 'projekt', 'studie', 'paper', 'newsletter', 'webinar',
    'präsentation', 'praesentation', 'kommentar', 'blog', 'blogpost', 'blogbeitrag', 'kolumne', 'panel', 'session', 'workshop',
    'masterclass', 'thread', 'video', 'reportage', 'recherche', 'dissertation', 'doktorarbeit', 'forschung', 'veröffentlichung',
    'veroeffentlichung', 'publikation', 'rede', 'impuls', 'impulsvortrag', 'beiträge', 'vorträge', 'folien', 'repo', 'repository', 'library',
    'bibliothek', 'tool', 'app', 'kampagne', 'ausstellung', 'auftritt', 'lesung', 'gastbeitrag', 'fachartikel', 'aufsatz', 'essay',
    // Theses, reports and broadcasts: "Ihre Masterarbeit", "Ihr Whitepaper", "Ihre Sendung", "dein Vergleich auf GitHub"
    'masterarbeit', 'bachelorarbeit', 'abschlussarbeit', 'diplomarbeit', 'habilitationsschrift', 'thesis', 'whitepaper', 'leitfaden', 'ratgeber',
    'handbuch', 'sendung', 'moderation', 'analyse', 'gutachten', 'rezension', 'vergleich', 'benchmark', 'umfrage', 'report', 'checkliste', 'serie',
    'reihe', 'dokumentation', 'doku', 'film', 'roman', 'vorlesung', 'seminar', 'stellungnahme', 'positionspapier', 'leitartikel', 'glosse',
    'gastkommentar', 'podiumsdiskussion', 'diskussion', 'livestream', 'stream', 'episode', 'ausgabe', 'preprint', 'poster', 'kurs', 'online-kurs',
    // Plural datives and running commentary: "Ihren Beiträgen", "Ihren Einordnungen zur Tarifrunde"
    'beiträgen', 'vorträgen', 'artikeln', 'kommentare', 'kommentaren', 'einordnung', 'einordnungen', 'analysen', 'videos', 'folgen', 'kolumnen',
    // Circulars, job ads, music and stage work, channels: "Ihr Rundschreiben zur Grundsteuer", "Ihr Stelleninserat", "Ihre Bearbeitung von …"
    'rundschreiben', 'rundbrief', 'infobrief', 'mitgliederbrief', 'merkblatt', 'broschüre', 'programmheft', 'katalog', 'stellenanzeige', 'stelleninserat',
    'inserat', 'bearbeitung', 'arrangement', 'komposition', 'lied', 'lieder', 'song', 'album', 'inszenierung', 'aufführung', 'bühnenbild', 'kanal',
    'hörbuch', 'audioguide', 'predigt', 'festschrift', 'chronik',
    // Round 28: inventions and posters: "auf Ihr Patent zur Rührreibschweißung gestoßen", "Ihr Plakat für das Stadtfest"
    'patent', 'patente', 'patentschrift', 'patentanmeldung', 'plakat', 'plakate', 'plakatserie',
    // Round 27: press releases and published measurements: "in Ihrer Pressemitteilung stand", "Ihre Humusmessungen"
    'pressemitteilung', 'pressemeldung', 'medienmitteilung', 'messungen', 'messreihe', 'messreihen',
    // Letters, charts and pitches of theirs: "Ihr Leserbrief in der NZZ", "Ihre Grafik zu den Netzentgelten", "dein Pitch beim Summit"
    'brief', 'briefe', 'grafik', 'grafiken', 'infografik', 'schaubild', 'diagramm', 'pitch',
  ],
};

import type { Family, Lexicon } from '../../engine/families.ts';
import { shared } from './lexicon.ts';

/**
 * What gives a cold German draft its reason why this person (languages.md §5 `no-context`). Family
 * names are English's, so that the checklist reads them.
 */
export const lexicon: Lexicon = {
  ...shared,
  // "Compound-" prefix: "Open-Source-Projekt", "Gastbeitrag", "LinkedIn-Post" (letters and hyphens, one run).
  compound: ['[\\p{L}-]*'],
  readVerb: ['gelesen', 'gesehen', 'gehört', 'verfolgt', 'entdeckt', 'angeschaut', 'angesehen', 'geteilt', 'genutzt', 'getestet', 'ausprobiert'],
  metVerb: ['kennengelernt', 'kennen gelernt', 'getroffen', 'unterhalten', 'gesprochen', 'ausgetauscht', 'begegnet', 'gesehen', 'geplaudert', 'diskutiert'],
  atEvent: ['auf der', 'auf dem', 'beim', 'bei der', 'bei dem', 'am', 'an der', 'im', 'in der', 'während der', 'während des', 'nach der', 'nach dem'],
  // News that is theirs on its own ("zur Beförderung"); "zur neuen Position" needs the "neuen".
  newsNoun: [
    'beförderung', 'befoerderung', 'berufung', 'ernennung', 'wiederwahl', 'finanzierungsrunde', 'gründung', 'gruendung', 'auszeichnung',
    'jubiläum', 'jubilaeum', 'habilitation', 'professur', 'werkleitung', 'geschäftsführung', 'buchveröffentlichung',
  ],
  newRole: ['position', 'rolle', 'stelle', 'aufgabe', 'funktion', 'herausforderung', 'station', 'leitung', 'job'],
  studyVerb: ['studiert', 'gearbeitet', 'promoviert', 'gelernt', 'angefangen', 'gestartet', 'absolviert', 'gedient', 'gespielt'],
  schoolPeer: ['alumni', 'alumnus', 'alumna', 'absolvent', 'absolventin', 'kommilitone', 'kommilitonin', 'ehemalige', 'ehemaliger', 'ehemaligen', 'mitglied', 'mitglieder', 'kollege', 'kollegin'],
  speakerRole: ['speaker', 'speakerin', 'referent', 'referentin', 'redner', 'rednerin', 'sprecher', 'sprecherin', 'gast', 'gästin', 'panelist', 'panelistin', 'mentor', 'mentorin', 'juror', 'jurorin', 'jurymitglied', 'keynote-speaker', 'moderator', 'moderatorin', 'dozent', 'dozentin'],
};

export const families: readonly Family[] = [
  {
    name: 'theirWork',
    means: 'refers to their work',
    patterns: [
      // "Ihr Beitrag in der FAZ", "Ihren Vortrag zur Telemedizin", "dein Post zu Pricing", "Ihr Open-Source-Projekt"
      '{yourPoss} (?:\\S+ )?{compound}{workNoun}',
      // "habe Ihren letzten Artikel gelesen", "hab grad deinen Post gesehen"
      '(?:habe|hab|hatte) (?:\\S+ ){0,3}?{yourPoss} (?:\\S+ ){0,4}?{readVerb}',
      // "Sie auf der re:publica gehört", "dich beim Panel gesehen"
      '(?:Sie|dich) (?:\\S+ ){0,2}?{atEvent} (?:\\S+ ){1,5}?(?:sprechen |reden )?(?:gehört|gesehen|erlebt)',
      // "super Talk gestern beim Stammtisch", "danke für den Vortrag auf der re:publica"
      '(?:super|tolle|toller|tolles|starke|starker|starkes|spannende|spannender|spannendes|großartige|großartiger|klasse|inspirierende|inspirierender|geniale|genialer|interessante|interessanter) {compound}{workNoun} (?:\\S+ ){0,2}?{atEvent}',
      '(?:danke|vielen Dank|Dank) (?:\\S+ )?für (?:den|die|das) (?:\\S+ )?{compound}{workNoun} {atEvent}',
      // "Ihre Arbeit zur Kreislaufwirtschaft": their work, with its topic
      '{yourPoss} (?:\\S+ )?(?:Arbeit|Arbeiten|Forschung) (?:zu|zum|zur|über|an|am|im Bereich|rund um)',
      // "Sie haben kürzlich über Tarifverträge geschrieben", "du hast neulich darüber gepostet"
      '(?:Sie haben|du hast|Sie hatten|du hattest) (?:\\S+ ){0,6}?(?:geschrieben|gepostet|veröffentlicht|gesprochen|berichtet|vorgestellt|präsentiert|gebloggt)',
    ],
    // Their message, website or company page is not their work.
    quiet: [
      '{yourPoss} (?:\\S+ )?(?:Nachricht|Mail|E-Mail|Unternehmen|Firma|Website|Webseite|Homepage|Seite|Anfrage|Profil\\S*)',
      // A pitch about their next project is not their work: "für Ihr nächstes Projekt bieten wir…"
      '{yourPoss} (?:nächste|nächsten|nächstes|nächster|kommende|kommenden|kommendes|zukünftige|zukünftigen|zukünftiges|künftige|künftigen|künftiges|eigene|eigenen|eigenes)(?: \\S+){1,2}',
    ],
  },
  {
    name: 'theirNews',
    means: 'congratulates them on news',
    patterns: [
      '(?:herzlichen |herzliche |großen |grossen |viel )?(?:glückwunsch|glueckwunsch|glückwünsche|glueckwuensche|gratulation)e? (?:\\S+ ){0,3}?(?:zur|zum|zu|für)',
      'gratuliere (?:Ihnen |dir |euch )?(?:\\S+ )?(?:zur|zum|zu|für)',
      '(?:zur|zum) (?:\\S+ )?{compound}{newsNoun}',
      '(?:zur|zum|in der|in Ihrer|in deiner) neuen {compound}{newRole}',
      // "ich habe gesehen, dass Sie zu Bosch gewechselt sind", "Ihr Wechsel zu Zalando"
      'dass (?:Sie|du) (?:\\S+ ){0,4}?(?:gewechselt|befördert|ernannt|berufen|gestartet|angefangen|ausgezeichnet|gewählt) (?:sind|bist|haben|hast|wurden|wurdest)',
      '{yourPoss} (?:Wechsel|Start|Einstieg|Neustart|Beförderung|Berufung|Ernennung) (?:zu|zur|zum|bei|als|in)',
      '{yourPoss} (?:\\S+ )?(?:Team|Unternehmen|Firma|Startup|Start-up|Abteilung|Verein|Lehrstuhl) (?:\\S+ ){0,6}?(?:gewonnen|ausgezeichnet|eröffnet|gelauncht|veröffentlicht|vorgestellt|übernommen|gegründet)',
    ],
    quiet: ['zum geburtstag'],
  },
  {
    // "ich habe gesehen, dass Sie bei Audi arbeiten": their employer, named.
    name: 'companyWork',
    means: 'names or praises their company’s work',
    caseSensitive: true,
    patterns: [
      '[Ww]as (?:Ihr|Ihre|[Dd]ein|[Dd]eine|[Ee]uer|[Ee]ure|ihr) (?:Team|Unternehmen|Firma|Startup|Start-up) (?:\\S+ ){0,6}?(?:aufbaut|aufbauen|macht|entwickelt|entwickeln|leistet|erreicht)',
      '(?:Sie|[Dd]u) (?:\\S+ ){0,3}?(?:bei|für) (?:der |dem )?\\p{Lu}[\\p{L}\\p{N}&.-]* (?:\\S+ ){0,2}?(?:arbeiten|arbeitest|tätig sind|tätig bist|angefangen haben|angefangen hast|beschäftigt sind)',
    ],
  },
  {
    name: 'namedReferral',
    means: 'names who suggested writing',
    patterns: [
      // "Prof. Kessler hat mir empfohlen, mich bei Ihnen zu melden", "Anna meinte, ich solle dich fragen"
      'hat mir (?:\\S+ )?(?:empfohlen|geraten|vorgeschlagen|den Tipp gegeben|Ihren Namen gegeben|deinen Namen gegeben|Ihren Kontakt gegeben)',
      '(?:empfahl|riet) mir',
      'auf (?:Empfehlung|Anraten|Hinweis) (?:von|meines|meiner|unseres|unserer)',
      '(?:meinte|sagte|schlug vor), ich (?:solle|sollte|könne|koenne|möge) (?:mich )?(?:\\S+ ){0,3}?(?:Sie|Ihnen|dich|dir)',
      '(?:mich|Sie|dich) (?:\\S+ )?(?:an Sie|an dich|auf Sie|auf dich) verwiesen',
      '(?:Sie|du) (?:wurden|wurdest) mir (?:\\S+ ){0,8}?(?:empfohlen|genannt|ans Herz gelegt)',
      'hat mir (?:\\S+ ){0,3}?von (?:Ihnen|dir|euch) erzählt',
      '(?:meinte|sagte),? (?:dass )?(?:Sie|du) (?:\\S+ ){0,4}?(?:richtige|beste|ideale|passende) (?:Ansprechpartner|Ansprechpartnerin|Person|Adresse)',
    ],
  },
  {
    name: 'howWeMet',
    means: 'says where you met',
    patterns: [
      // "wir haben uns gestern beim Stammtisch … unterhalten"
      'wir haben uns (?:\\S+ ){0,20}?{metVerb}',
      'wir (?:kennen|sahen|trafen|saßen|sassen) uns (?:\\S+ ){0,3}?(?:aus|von|vom|auf|bei|beim|am|im)',
      'wir saßen (?:\\S+ ){0,12}?(?:nebeneinander|zusammen|am selben Tisch|auf dem selben Panel|auf demselben Panel)',
      'wir sassen (?:\\S+ ){0,12}?(?:nebeneinander|zusammen)',
      '(?:danke|vielen dank|herzlichen dank|besten dank) (?:\\S+ )?für (?:Ihre Zeit|deine Zeit|das (?:\\S+ )?Gespräch|den (?:\\S+ )?Austausch|die (?:\\S+ )?Unterhaltung) {atEvent}',
      '(?:nach unserem|seit unserem|zu unserem) (?:\\S+ )?(?:Gespräch|Austausch|Treffen|Kennenlernen) {atEvent}',
      '(?:Sie|dich) (?:\\S+ ){0,6}?(?:kennengelernt|kennen gelernt|getroffen) (?:zu )?(?:haben|hab)',
      'ich habe (?:Sie|dich) (?:\\S+ ){0,8}?(?:kennengelernt|getroffen|kennen gelernt)',
    ],
    quiet: ['wir haben uns (?:noch )?(?:nie|nicht|noch nicht|bisher nicht) (?:\\S+ ){0,6}?{metVerb}'],
  },
  {
    name: 'commonGround',
    means: 'names something you share',
    patterns: [
      'wir haben (?:\\S+ )?(?:beide|zusammen|gemeinsam) (?:\\S+ ){0,8}?{studyVerb}',
      'wir (?:waren|sind) (?:\\S+ )?(?:beide|zusammen|gemeinsam) (?:an der|an dem|bei|beim|im|in der|auf der) \\S+',
      'ich habe (?:\\S+ )?(?:auch|ebenfalls) (?:an der|bei|beim|im|in der) (?:\\S+ ){1,5}?{studyVerb}',
      '(?:wie Sie|wie du|genau wie Sie|genau wie du) (?:\\S+ ){0,4}?(?:an der|bei|beim|im|in der) (?:\\S+ ){1,4}?{studyVerb}',
      '(?:auch|ebenfalls|als) (?:ein |eine |einer |ehemaliger |ehemalige )?{schoolPeer} (?:der|des|von|vom|bei|im|aus dem|aus der)',
      '{schoolPeer}-?(?:netzwerk|verein|treffen|gruppe)',
      'wir kennen uns (?:\\S+ ){0,3}?(?:aus|von|vom)',
      'wir waren (?:\\S+ )?(?:Kollegen|Kolleginnen|Kommilitonen|Kommilitoninnen|im selben Team|im gleichen Team|im selben Jahrgang|im gleichen Jahrgang)',
      'ich (?:studiere|arbeite|promoviere|bin) (?:\\S+ )?(?:auch|ebenfalls|ebenso) (?:an der|bei|beim|im|in der) \\S+',
    ],
  },
  {
    name: 'jobApplication',
    means: 'says you applied',
    patterns: [
      '(?:ich habe|ich hab|habe ich|dass ich) mich (?:\\S+ ){0,18}?beworben',
      '(?:hab|habe) (?:\\S+ ){0,4}?(?:meine|die) (?:\\S+ )?Bewerbung (?:\\S+ ){0,6}?(?:eingereicht|geschickt|abgeschickt|gesendet|hochgeladen|übermittelt)',
      '(?:hiermit |hiermit möchte ich mich )?bewerbe ich mich',
      '(?:möchte|würde) mich (?:\\S+ ){0,8}?bewerben',
      'Initiativbewerbung',
      // Their job posting: "zu Ihrer Stellenausschreibung als Controllerin habe ich eine Frage"
      '(?:auf|zu|zur|in) {yourPoss} (?:\\S+ )?(?:Stellenanzeige|Stellenausschreibung|Ausschreibung|Jobanzeige|Stellenangebot)',
      '(?:meine|die) Bewerbung (?:als|für|auf|um)',
    ],
  },
  {
    name: 'invitation',
    means: 'invites them',
    patterns: [
      '(?:möchte|möchten|würde|würden|wollte|wollten|darf|dürfen) (?:Sie|dich|euch) (?:\\S+ ){0,10}?einladen',
      'lade (?:Sie|dich|euch) (?:\\S+ ){0,8}?ein',
      '(?:Sie|dich) (?:\\S+ )?als {speakerRole}',
      'Einladung (?:zu|zur|zum|als|für)',
    ],
  },
];

/** What sounds like a reason but says nothing about this person (languages.md §5 pseudo-context). */
export const pseudo: readonly Family[] = [
  {
    name: 'viewedProfile',
    means: 'mentions only their profile',
    patterns: [
      '(?:Sie haben|du hast|hast du|haben Sie) (?:\\S+ )?(?:mein|meinem) Profil (?:\\S+ )?(?:besucht|angesehen|angeschaut|gesehen)',
      '{yourPoss} (?:\\S+ )?(?:Profil|Werdegang|Lebenslauf|Hintergrund|Karriereweg|Profilbild)',
      '(?:auf|über) {yourPoss} (?:\\S+ )?Profil',
      'LinkedIn (?:hat )?(?:mir )?(?:\\S+ ){0,3}?(?:vorgeschlagen|empfohlen|angezeigt)',
    ],
  },
  {
    name: 'unnamedConnections',
    means: 'mentions unnamed mutual contacts',
    patterns: ['(?:viele|einige|zahlreiche|mehrere|gemeinsame) (?:\\S+ )?(?:gemeinsame )?(?:Kontakte|Verbindungen|Bekannte|Connections)'],
  },
  {
    name: 'sameField',
    means: 'mentions only the same field',
    patterns: [
      '(?:in|aus) (?:der )?(?:derselben|der selben|der gleichen|gleichen|selben|ähnlichen) (?:Branche|Industrie|Bereich|Feld)',
      '(?:bin|sind|arbeite|arbeiten) (?:\\S+ )?(?:auch|ebenfalls|beide) (?:\\S+ )?(?:im|in der) (?:\\S+ )?(?:Vertrieb|Marketing|Branche|Bereich|HR|IT|Einzelhandel|Consulting|Finanzbereich)',
      '(?:Fachleute|Profis|Menschen|Leute|Experten|Expertinnen|Professionals) wie (?:Sie|dich|dir|Ihnen)',
    ],
  },
];

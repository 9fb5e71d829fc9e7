import type { LocalizedRule } from '../../types.ts';

/**
 * Orders: "vous devez", "j'exige", negative imperatives (always); bare positive imperatives that open a
 * sentence only in a cold conversation. Softened requests ("Pourriez-vous…", "Merci de…", "Veuillez…",
 * "N'hésitez pas", "Tenez-moi au courant") and presumptions ("vous devez être débordé") stay quiet.
 */
export const demanding: LocalizedRule = {
  coldOnlyFamilies: ['bareImperative'],
  lexicon: {
    // Imperatives (vous and tu) that order the reader to do something for the writer.
    order: [
      'envoyez', 'envoie', 'appelez', 'appelle', 'rappelez', 'rappelle', 'contactez', 'contacte', '[ée]crivez', '[ée]cris', 'r[ée]pondez', 'r[ée]ponds',
      'donnez', 'donne', 'transmettez', 'transmets', 'faites', 'fais', 'communiquez', 'communique', 'fournissez', 'fournis', 'passez', 'passe', 'ajoutez', 'ajoute',
    ],
    orderAlone: [
      'abonnez-vous', 'abonne-toi', 'inscrivez-vous', 'inscris-toi', 'achetez', 'r[ée]servez', 'cliquez', 't[ée]l[ée]chargez',
      'acceptez', 'signez', 'remplissez', 'payez', 'likez', 'partagez', 'suivez', 'installez', 'commandez',
    ],
    // A sentence opening, or a clause after a comma ("…, contactez-moi pour les détails."). Bounded spaces only:
    // a plain space would become \s+ and rescan a run of spaces from every position.
    sentenceStart: ['(?<=^ {0,3}|[.!?:] {1,3}|\\n {0,3}|^(?:bonjour|bonsoir|salut|madame|monsieur)[^.!?\\n]{0,40}[,.!] {0,3}|\\n|, {1,2})'],
    // Orders with an object: "répondez à mon questionnaire", "envoyez votre CV".
    orderWithObject: ['r[ée]pondez', 'r[ée]ponds', 'remplissez', 'remplis', 'envoyez', 'envoie', 'transmettez', 'transmets', 'donnez', 'communiquez', 'lisez', 'regardez', 'visitez', 'rejoignez', 'participez'],
  },
  families: [
    {
      name: 'mustDo',
      means: 'tells the reader what they must do',
      patterns: [
        "vous devez (?!(?:[êe]tre|avoir|recevoir|en recevoir|conna[îi]tre|savoir|bien|d[ée]j[àa]|s[ûu]rement|certainement|probablement|souvent|parfois|en avoir|trouver)(?![\\p{L}]))[\\p{L}']+", "tu dois (?!(?:[êe]tre|avoir|recevoir|conna[îi]tre|savoir|d[ée]j[àa])(?![\\p{L}]))[\\p{L}']+",
        'il faut (?:absolument )?que (?:vous|tu)', "j'ai besoin que (?:vous|tu)", 'je veux que (?:vous|tu)', "j'exige", 'nous exigeons',
        '(?:vous [êe]tes|tu es) (?:oblig[ée]e?|tenue?) de', 'je compte sur (?:vous|toi) pour (?:me|m\'|nous|en)',
        // "Je compte sur vous pour nous offrir un lot": an expectation put on a stranger
        "je compte sur (?:vous|toi) pour (?:\\S+ )?(?:offrir|donner|envoyer|transmettre|verser|payer|fournir|faire|r[ée]pondre|valider|signer|relayer|partager|participer|venir)",
      ],
    },
    {
      name: 'negativeImperative',
      means: 'orders the reader not to do something',
      patterns: [
        "ne (?:m'|me |nous )?(?:[ée]crivez|contactez|relancez|appelez|envoyez|sollicitez|[ée]cris|contacte|relance|appelle|envoie|sollicite)(?:[\\p{L}-]*)? plus",
        "(?:arr[êe]tez|arr[êe]te|cessez|cesse) de (?:me|m'|nous) (?:contacter|[ée]crire|relancer|solliciter|harceler|spammer|envoyer)",
      ],
    },
    {
      name: 'bareImperative',
      means: 'gives the reader an order',
      patterns: ['{sentenceStart}{order}-(?:moi|nous)', '{sentenceStart}{orderAlone}(?![\\p{L}-])', '{sentenceStart}{orderWithObject} (?:[àa] )?(?:mon|ma|mes|notre|nos|votre|vos|ton|ta|tes|ce|cette|le|la|les)(?![\\p{L}])'],
      quiet: ["(?:envoyez|envoie|appelez|appelle|[ée]crivez|[ée]cris|contactez|contacte|faites|fais|donnez|donne|transmettez)-(?:moi|nous)[^.!?\\n]{0,100}(?<![\\p{L}])(?:svp|s'il vous pla[îi]t|s'il te pla[îi]t|si|s'il|quand|d[èe]s que|lorsque|en cas)", 'faites-moi (?:signe|savoir|part)', 'fais-moi (?:signe|savoir)', 'dites-moi', 'dis-moi',
        // A condition softens the order: "si vous êtes intéressé, appelez-moi".
        "(?:si|s'il|quand|lorsque|d[èe]s que|en cas de) [^.!?\\n]{1,80}, {0,2}(?:{order}-(?:moi|nous)|{orderWithObject})", 'venez (?:nous )?(?:voir|rencontrer|d[ée]couvrir) (?:sur|au|[àa] (?:notre|la)) stand'],
    },
  ],
};

import type { LocalizedRule } from '../../types.ts';

// A sentence start: the text's or a line's start, or after . ! ? and a space.
// Also right after an opening greeting: "Hi, schick mir…".
const START = '(?<=^[ \\t]*|\\n[ \\t]*|[.!?…][ \\t]{1,3}|^[ \\t]*(?:hallo|hi|hey|moin|servus|guten tag|guten morgen)[^,.!?\\n]{0,40},[ \\t]*)';
// "gern", "bitte" or "jederzeit" later in the sentence softens an imperative ("Melden Sie sich gern").
const NOT_SOFTENED = '(?![^.!?\\n]{0,80}(?<![\\p{L}])(?:gern|gerne|bitte|jederzeit|einfach|wenn|falls|sobald)(?![\\p{L}]))';

/** Orders to the reader (languages.md §5 `demanding`); bare imperatives only count in a cold conversation. */
export const demanding: LocalizedRule = {
  coldOnlyFamilies: ['bareImperative'],
  lexicon: {
    sieVerb: [
      'schicken', 'senden', 'rufen', 'melden', 'kontaktieren', 'antworten', 'geben', 'nennen', 'buchen', 'klicken', 'vereinbaren', 'füllen',
      'überweisen', 'registrieren', 'unterschreiben', 'bestätigen', 'tragen', 'leiten', 'übermitteln', 'schreiben', 'beantworten', 'reservieren',
      'zahlen', 'bezahlen', 'kaufen', 'bestellen',
      // "Teilen Sie mir mit…", "Sagen Sie mir…", "Leiten Sie das weiter"
      'teilen', 'sagen', 'erklären', 'liefern', 'reichen', 'stellen', 'setzen', 'mailen', 'faxen', 'erledigen',
      // Reading or checking on the writer's behalf: "Lesen Sie sich das Exposé durch", "Prüfen Sie das bis morgen"
      'lesen', 'prüfen', 'sehen', 'korrigieren', 'überarbeiten', 'bewerten', 'freischalten', 'installieren', 'laden',
    ],
    // The order's object: "Schicken Sie mir…", "Leiten Sie meine Anfrage…", "Senden Sie Ihre Preisliste…"
    sieObject: ['mir', 'mich', 'uns', 'sich', 'meine', 'meinen', 'mein', 'meinem', 'unsere', 'unseren', 'unser', 'ihre', 'ihren', 'ihr', 'das', 'dies', 'diese', 'diesen'],
    duVerb: ['schick', 'schicke', 'sende', 'send', 'ruf', 'rufe', 'meld', 'melde', 'gib', 'nenn', 'nenne', 'antworte', 'buch', 'buche', 'klick', 'klicke', 'überweis', 'überweise', 'kauf', 'kaufe', 'bestell', 'bestelle'],
  },
  families: [
    {
      name: 'youMust',
      means: 'tells them what they must do',
      patterns: [
        // "Sie müssen viel zu tun haben" presumes, it does not order: the lookahead leaves it out (also with a longer middle:
        // "Sie müssen nach der Fusion gerade alle Hände voll zu tun haben").
        '(?:Sie müssen|du musst|ihr müsst)(?! (?:\\S+ ){0,4}?(?:zu tun haben|beschäftigt sein|ausgelastet sein|viel um die Ohren haben|sein|haben|gewesen sein|gehört haben|stecken|kennen|wissen)(?![\\p{L}]))(?! (?:ja|wohl|sicher|sicherlich|bestimmt|gerade|momentan|derzeit|zurzeit)(?![\\p{L}]))(?! (?:[^\\s,.!?]+ ){0,12}?(?:zu tun haben|beschäftigt sein|ausgelastet sein|eingespannt sein|um die Ohren haben|unter Strom stehen|im Stress sein)(?![\\p{L}]))(?! (?:\\S+ ){0,2}?(?:nicht|kein|keine|keinen|keinesfalls)(?![\\p{L}]))',
        'ich erwarte, dass (?:Sie|du)', 'ich verlange, dass (?:Sie|du)', 'ich fordere (?:Sie|dich) (?:hiermit )?auf', 'ich bestehe darauf',
        // "Ich brauche von Ihnen noch die Quellen", "ich brauche von dir bis morgen die Zahlen"
        'ich brauche (?:von Ihnen|von dir|von euch)',
        // "Sie haben mir die Fliesen zu ersetzen": haben + zu is a must (not "Sie haben viel zu tun", "nichts zu verlieren")
        '(?:Sie haben|du hast|ihr habt) (?:mir|uns) (?:[^\\s,.!?]+ ){0,6}?zu (?!tun(?![\\p{L}])|verlieren|bieten|sagen(?![\\p{L}]))\\p{L}+en(?![\\p{L}])',
      ],
    },
    {
      name: 'negativeImperative',
      means: 'orders them to stop',
      patterns: [
        '(?:schreiben|kontaktieren|belästigen|nerven|rufen) Sie mich (?:\\S+ )?(?:nicht mehr|nie wieder|nicht wieder)',
        '(?:schreib|kontaktier|ruf|nerv) mich (?:\\S+ )?(?:nicht mehr|nie wieder|nicht wieder)',
        '(?:schreiben|kontaktieren) Sie mir (?:\\S+ )?(?:nicht mehr|nie wieder)', 'schreib mir (?:\\S+ )?(?:nicht mehr|nie wieder)',
        'hören Sie auf, mir', 'hör auf, mir', 'lassen Sie mich (?:\\S+ )?in Ruhe', 'lass mich (?:\\S+ )?in Ruhe',
      ],
    },
    {
      name: 'bareImperative',
      means: 'orders instead of asking',
      patterns: [
        `${START}{sieVerb} Sie {sieObject}${NOT_SOFTENED}`,
        // A call to act with "now" or a thing to book as its object: "Vereinbaren Sie jetzt ein kostenloses Erstgespräch.",
        // "Buchen Sie einen Termin", "Klicken Sie hier" (not a question: "Sehen Sie eine Chance, …?").
        `${START}{sieVerb} Sie (?:jetzt|gleich|sofort|direkt|noch heute|heute noch|umgehend|hier|ein|eine|einen|den|die|auf)(?![\\p{L}])${NOT_SOFTENED}(?![^.!?\\n]{0,200}\\?)`,
        `${START}{duVerb} (?:mir|mich|uns|dich)${NOT_SOFTENED}`,
        // A second order joined by "und": "… durch und sagen Sie mir ehrlich, was Sie davon halten"
        // (not when "bitte" or "gern" earlier in the sentence softened the first one).
        `(?<!(?:bitte|gern|gerne|wenn|falls)[^.!?\\n]{0,100})und {sieVerb} Sie {sieObject}${NOT_SOFTENED}`,
      ],
    },
  ],
};

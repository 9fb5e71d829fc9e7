import type { LocalizedRule } from '../../types.ts';

/** Pet names, looks and dates (languages.md §5 `flirtatious`); "Liebe Anna," and "Liebe Grüße" are only "dear". */
export const flirtatious: LocalizedRule = {
  lexicon: {
    petName: ['schatz', 'schätzchen', 'schatzi', 'süße', 'süsse', 'süßer', 'süsser', 'hübsche', 'hübscher', 'schöne', 'schöner', 'liebling', 'mausi', 'mäuschen', 'hase', 'häschen', 'engel', 'kleine', 'zuckerpuppe', 'prinzessin', 'sexy', 'babe', 'baby'],
    greeting: ['hallo', 'hi', 'hey', 'na', 'guten tag', 'guten morgen', 'guten abend', 'moin', 'servus', 'grüezi', 'danke', 'ciao'],
  },
  families: [
    {
      name: 'petName',
      means: 'uses a pet name',
      patterns: [
        '{greeting},? (?:meine |mein )?{petName}',
        '(?<=^|[,.!?] )(?:meine Liebe|mein Lieber|meine Süße|meine Schöne|mein Schatz)(?=[,!.?])',
        '(?<=,[ \\t]{1,3})(?:meine |mein )?{petName}(?=[!.?]|$)',
      ],
    },
    {
      name: 'looks',
      means: 'comments on their looks',
      patterns: [
        '(?:Sie sehen|du siehst) (?:\\S+ ){0,4}?(?:toll|gut|hübsch|wunderschön|umwerfend|bezaubernd|sexy|heiß|attraktiv|süß|schön) aus',
        '(?:Ihr|dein) (?:\\S+ )?(?:Lächeln|Aussehen|Profilbild|Profilfoto|Foto|Augen)(?: \\S+){0,3} (?:ist|sind) (?:\\S+ )?(?:wunderschön|umwerfend|bezaubernd|toll|hübsch|süß|sexy|schön|atemberaubend)',
        '(?:wunderschönes|bezauberndes|süßes|schönes|tolles) (?:Lächeln|Profilbild|Foto|Aussehen)',
        '(?:Sie sind|du bist) (?:\\S+ )?(?:wunderschön|bildhübsch|hübsch|sexy|attraktiv|bezaubernd|eine Schönheit)',
      ],
    },
    {
      name: 'dateInvite',
      means: 'asks them out',
      patterns: [
        '(?:auf|zu) (?:einen|ein) (?:Drink|Wein|Abendessen|Dinner|Essen|Kaffee) zu zweit',
        '(?:Drink|Wein|Abendessen|Dinner|Date|Essen) (?:\\S+ )?zu zweit', '(?:ein|zum) Date', 'mit mir (?:\\S+ )?(?:ausgehen|essen gehen)', 'privat (?:\\S+ )?(?:kennenlernen|treffen|kennen lernen)',
        '(?:sind Sie|bist du) (?:noch )?(?:single|vergeben|solo)',
      ],
    },
    {
      name: 'kissEmoji',
      means: 'sends kisses',
      patterns: ['Küsschen', 'Bussi', 'Bussis', 'Kuss', 'Küsse', 'Knutscher'],
    },
  ],
};

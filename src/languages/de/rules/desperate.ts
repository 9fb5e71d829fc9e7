import type { LocalizedRule } from '../../types.ts';

/** Pleading (languages.md §5 `desperate`); enthusiasm ("ich würde mich sehr freuen") stays quiet. */
export const desperate: LocalizedRule = {
  families: [
    {
      name: 'plea',
      means: 'sounds desperate',
      patterns: [
        'ich bin (?:\\S+ )?(?:verzweifelt|am Verzweifeln|am Ende|völlig am Ende)', 'ich flehe (?:Sie|dich|euch) an', 'ich bitte (?:Sie|dich) (?:inständig|flehentlich)',
        'ich (?:mache|mach|würde|tue|tu) (?:wirklich |echt )?(?:einfach )?alles(?=[ \\t]*(?:[,.!?]|$|\\n|für ))', 'ich (?:mache|nehme) (?:wirklich )?jeden Job', '(?:meine|unsere) letzte Hoffnung', 'bitte,? bitte', 'ich brauche (?:\\S+ )?dringend (?:Hilfe|Arbeit|einen Job|eine Stelle|Geld)',
        'Sie sind (?:\\S+ )?meine (?:letzte |einzige )?Chance', 'du bist (?:\\S+ )?meine (?:letzte |einzige )?Chance',
      ],
    },
  ],
};

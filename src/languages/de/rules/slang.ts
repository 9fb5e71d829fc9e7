import type { LocalizedRule } from '../../types.ts';

/** Texting shorthand (languages.md §5 `slang`); ca., evtl., bzw., z. B., usw. are standard and quiet. */
export const slang: LocalizedRule = {
  fixes: {
    lg: 'Liebe Grüße', vg: 'Viele Grüße', mfg: 'Mit freundlichen Grüßen', bg: 'Beste Grüße', glg: 'Ganz liebe Grüße', vllt: 'vielleicht', vlt: 'vielleicht',
    thx: 'danke', plz: 'bitte', pls: 'bitte', nen: 'einen', nix: 'nichts', grad: 'gerade',
  },
  families: [
    {
      // Sign-offs on a line of their own or at the end: "LG", "VG Jonas", "MfG", "Glg Verena", "LG aus Bremen".
      name: 'clippedSignOff',
      means: 'is a clipped sign-off',
      caseSensitive: true,
      patterns: ['(?<=^|\\n|[.!?] )(?:LG|VG|MfG|BG|Lg|Vg|Mfg|lg|vg|mfg|GLG|Glg|glg|LG,|VG,)(?=[ \\t]*(?:,|$|\\n)|[ \\t]+(?:aus|nach|von|vom|in) [ \\t]*\\p{Lu}[\\p{L}-]+[ \\t]*(?:[,!]|$|\\n)|[ \\t]+\\p{Lu}\\p{L}+[ \\t]*(?:$|\\n))'],
    },
    {
      name: 'shorthand',
      means: 'is texting shorthand',
      patterns: ['vllt', 'vlt', 'sry', 'thx', 'thnx', 'plz', 'pls', 'lol', 'omg', 'btw', 'idk', 'tbh', 'xD', 'hdl', 'hdgdl', 'nen', 'nix', 'mMn', 'imho', 'jmd', 'jmdn'],
      quiet: ['k\\.? ?A\\.'],
    },
    {
      name: 'colloquialWord',
      means: 'is slang',
      patterns: ['digga', 'digger', 'geil', 'megageil', 'voll geil', 'alter schwede', 'grad(?= (?:\\S+ )?(?:gesehen|gelesen|entdeckt))'],
      quiet: ['geil(?=e[rn]? (?:Bock))'],
    },
    {
      // Lower-case "grad" is clipped "gerade" ("ich bin grad auf Jobsuche"); the noun is "Grad" and a temperature has its number.
      name: 'clippedGerade',
      means: 'is clipped speech',
      caseSensitive: true,
      patterns: ['(?<![\\p{N}°][ \\t]?|(?:minus|plus|um|ein|einen|zwei|drei|ersten|zweiten) )grad(?![\\p{L}])'],
    },
  ],
};

import type { LocalizedRule } from '../../types.ts';

/** Presuming what the reader wants or knows (languages.md §5 `assumption`). */
export const assumption: LocalizedRule = {
  families: [
    {
      name: 'presumes',
      means: 'presumes what they want',
      patterns: [
        '(?:Sie werden|du wirst) (?:es |das |unser \\S+ )?(?:sicher|bestimmt|garantiert) (?:\\S+ )?(?:lieben|begeistert sein|mögen)',
        'wie (?:Sie|du) (?:sicher|sicherlich|bestimmt|ja) (?:\\S+ )?(?:wissen|weißt)',
        '(?:Sie suchen|du suchst|Sie brauchen|du brauchst) (?:\\S+ )?(?:sicher|bestimmt|sicherlich|garantiert)',
        'ich weiß, dass (?:Sie|du) (?:\\S+ ){0,3}?(?:wollen|willst|suchen|suchst|brauchen|brauchst)',
        '(?:sicher|bestimmt) (?:sind Sie|bist du) (?:auch )?(?:auf der Suche|interessiert)',
      ],
    },
  ],
};

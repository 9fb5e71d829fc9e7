import type { LocalizedRule } from '../../types.ts';

/** Swearing (languages.md §5 `profanity`); "Mistelbach", "Arschkalt"? No: whole words and their masks only. */
export const profanity: LocalizedRule = {
  families: [
    {
      name: 'swearWord',
      means: 'is swearing',
      patterns: [
        'Scheiße', 'Scheisse', 'Scheiß\\p{L}*', 'Scheiss\\p{L}*', 'Mist', 'zum Teufel', 'scheißegal', 'scheissegal', 'beschissen', 'verdammt', 'verdammte', 'verdammter', 'verdammtes', 'verflucht',
        'Arschloch', 'Arschlöcher', 'Arsch', 'ficken', 'gefickt', 'Fick', 'Wichser', 'Wixer', 'Mistkerl', 'Drecksladen', 'Drecksfirma', 'Dreckskerl', 'Hurensohn',
        'Schlampe', 'Fotze', 'Penner', 'Vollidiot', 'Idiot', 'Idioten', 'Depp', 'Trottel', 'Spast', 'Kacke', 'Kackladen', 'verarschen', 'verarscht', 'Verarsche',
        'WTF', 'Sch\\*\\*ße', 'Sch\\*\\*\\*e', 'Sch\\*iße', 'Schei\\*e', 'A\\*\\*\\*loch', 'Arsch\\*\\*\\*', 'f\\*\\*ck', 'F\\*\\*\\*', 'verd\\*\\*\\*t',
      ],
    },
  ],
};

import type { LocalizedRule } from '../../types.ts';

/** Reproach, contempt and sarcasm; one sad word in a kind message ("désolé pour les licenciements") stays quiet. */
export const negativeTone: LocalizedRule = {
  families: [
    {
      name: 'reproach',
      means: 'sounds hostile',
      patterns: [
        'd[ée][çc]ue?s?', 'd[ée]cevante?s?', 'lamentables?', 'inadmissibles?', 'inacceptables?', 'scandaleu(?:x|se)', 'honteu(?:x|se)', "c'est une honte", 'path[ée]tiques?',
        'irrespectueu(?:x|se)', 'm[ée]prisante?', 'manque (?:total |flagrant )?de (?:respect|professionnalisme|consid[ée]ration|s[ée]rieux|courtoisie|politesse)',
        "(?:c'est|vraiment) (?:nul|ridicule|n'importe quoi|du foutage de gueule|une blague)", 'de la merde', 'foutage de gueule', 'aucun respect', "c'est quoi (?:le|ton|votre) probl[èe]me", "(?:o[ùu]|quel) est (?:le|ton|votre) probl[èe]me \\?", 'incomp[ée]tente?s?', 'minables?',
        'la moindre des choses', 'vous me devez',
      ],
    },
    {
      name: 'sarcasm',
      means: 'sounds sarcastic',
      patterns: ['bravo pour (?:le|votre|ton) (?:professionnalisme|s[ée]rieux|r[ée]activit[ée]|respect)', "(?:tr[èe]s|vraiment|super) professionnel de (?:votre|ta) part", 'merci pour rien', 'quel professionnalisme', 's[ée]rieusement \\?'],
    },
  ],
};

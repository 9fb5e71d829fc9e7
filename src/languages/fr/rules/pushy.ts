import type { LocalizedRule } from '../../types.ts';
import { reader } from './words.ts';

/** Urgency and deadlines put on the reader ("Dans l'attente de votre retour" is a normal closing, not pushy). */
export const pushy: LocalizedRule = {
  lexicon: reader,
  families: [
    {
      name: 'urgency',
      means: 'puts urgency on the reader',
      patterns: [
        'urgent(?:e|es|s)?', 'urgemment', 'au plus vite', 'd[èe]s que possible', 'le plus (?:vite|rapidement|t[ôo]t) possible', 'dans les (?:plus )?brefs d[ée]lais',
        'sans d[ée]lai', 'sans faute', 'imm[ée]diatement', 'sur-le-champ', 'asap', 'de toute urgence', 'en urgence', "aujourd'hui m[êe]me",
      ],
      quiet: ["(?:pas|rien d'|rien de|n'est pas|ce n'est pas|aucune) urgent", 'pas (?:tr[èe]s |si |vraiment )?urgent', "(?:pas|rien) d'urgent", 'urgences', 'm[ée]decin urgentiste'],
    },
    {
      name: 'deadline',
      means: 'sets the reader a deadline',
      patterns: [
        "(?:j'attends|j'exige|je veux|il me faut|j'ai besoin d') (?:votre|ta|une|de votre|de ta) (?:r[ée]ponse|retour|confirmation|feedback) (?:d'ici |avant |au plus tard |pour )?{day}",
        "(?:r[ée]pondez|r[ée]ponds|revenez vers moi|reviens vers moi|confirmez|confirme|envoyez|envoie)(?:-moi)?(?: [\\p{L}'’]+){0,4}? (?:avant|d'ici|au plus tard) {day}",
        "(?:votre|ta) r[ée]ponse (?:avant|d'ici|au plus tard) {day}", 'au plus tard (?:demain|ce soir|aujourd\'hui|lundi|mardi|mercredi|jeudi|vendredi)',
        "(?:merci de|il faut) (?:me )?r[ée]pondre (?:avant|d'ici|aujourd'hui|rapidement)",
      ],
    },
  ],
};

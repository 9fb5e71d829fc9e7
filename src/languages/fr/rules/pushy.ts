import type { LocalizedRule } from '../../types.ts';
import { reader } from './words.ts';

/**
 * The writer's own act with "je/nous/on" before the verb ("je vous l'envoie", "nous reviendrons"): the
 * first-person "envoie", "confirme", "réponds" look like tu imperatives, but the writer is promising.
 */
const MY_OWN_ACT =
  "(?:je|j'|nous|on) (?:(?:vous|te|t'|m'y|me|l'|les|le|la|lui|leur|en|y) ?){0,2}(?:reviens|reviendrai|reviendrons|r[ée]ponds|r[ée]pondrai|rappelle|rappellerai|envoie|enverrai|envoyons|enverrons|renvoie|renverrai|transmets|transmettrai|transmettons|confirme|confirmerai|confirmons|commence|commencerai|d[ée]marre|mets|mettrai|corrige|corrigerai|occupe|occuperai|traite|traiterai|pourrai|pourrais|peux|serai|suis|ferai|fais|reprends|reprendrai|tiens|tiendrai|fournis|fournirai|livre|livrerai|partage|partagerai)";

/** Urgency and deadlines put on the reader ("Dans l'attente de votre retour" is a normal closing, not pushy). */
export const pushy: LocalizedRule = {
  lexicon: reader,
  families: [
    {
      // Urgency put on the reader ("C'est URGENT.", "réponse urgente"), not an urgent topic ("un besoin urgent d'infirmiers").
      name: 'urgency',
      means: 'puts urgency on the reader',
      patterns: [
        "(?:c'est|tr[èe]s|vraiment|assez|plut[ôo]t|extr[êe]mement|super|hyper) urgent(?:e|issime)?", '(?<![\\p{L}\\p{N}] )urgent(?:e)?(?= *[!:.]| *$)',
        '(?:r[ée]ponse|retour|demande|confirmation|rappel|action|d[ée]cision|validation) urgente?', 'au plus vite', 'd[èe]s que possible',
        'le plus (?:vite|rapidement|t[ôo]t) possible', 'dans les (?:plus )?brefs d[ée]lais', 'sans d[ée]lai', 'sur-le-champ', 'asap', 'de toute urgence', "aujourd'hui m[êe]me",
        "(?:r[ée]pondez|r[ée]ponds|r[ée]pondre|rappelez|rappelle|appelez|appelle|confirmez|confirme|envoyez|envoie|contactez|revenez|reviens|validez|signez)(?:-moi|-nous)?(?: [\\p{L}'’]+){0,3}? (?:imm[ée]diatement|urgemment|sans faute)",
      ],
      quiet: [
        `${MY_OWN_ACT}[^.!?\\n]{0,60}(?:au plus vite|d[èe]s que possible|dans les (?:plus )?brefs d[ée]lais|le plus (?:vite|rapidement|t[ôo]t) possible|sans d[ée]lai)`,
        '(?:disponible|dispo|libre|op[ée]rationnel(?:le)?) (?:imm[ée]diatement|d[èe]s que possible|au plus vite|sans d[ée]lai)',
      ],
    },
    {
      name: 'deadline',
      means: 'sets the reader a deadline',
      // "je vous envoie mon portfolio d'ici vendredi": the writer's own promise, not a deadline for the reader.
      quiet: [`${MY_OWN_ACT}[^.!?,;:\\n]{0,60}(?:avant|d'ici|au plus tard|pour) {day}`],
      patterns: [
        "(?:j'attends|j'exige|je veux|il me faut|j'ai besoin d') (?:votre|ta|une|de votre|de ta) (?:r[ée]ponse|retour|confirmation|feedback) (?:d'ici |avant |au plus tard |pour )?{day}",
        "(?:r[ée]pondez|r[ée]ponds|revenez vers moi|reviens vers moi|confirmez|confirme|envoyez|envoie)(?:-moi)?(?: [\\p{L}'’]+){0,4}? (?:avant|d'ici|au plus tard) {day}",
        "(?:votre|ta) r[ée]ponse (?:avant|d'ici|au plus tard) {day}", 'au plus tard (?:demain|ce soir|aujourd\'hui|lundi|mardi|mercredi|jeudi|vendredi)',
        "(?:merci de|il faut) (?:me )?r[ée]pondre (?:avant|d'ici|aujourd'hui|rapidement)", "(?:aujourd'hui|demain|ce soir|avant \\S+) sans faute",
      ],
    },
  ],
};

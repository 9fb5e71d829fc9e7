import type { AddressCues } from '../types.ts';

/**
 * Forms of address (languages.md §6). Plain "vous" may be plural ("chez Doctolib, vous recrutez…"),
 * so only singular-polite formulas and salutations count as formal; tu/te/t'/toi/ton/ta/tes are familiar.
 */
export const address: AddressCues = {
  formal: [
    '(?:bonjour |bonsoir |ch[èe]re? )?(?:madame|monsieur|ma[îi]tre|docteur)(?= *[,\\n])', '(?:bonjour|bonsoir|ch[èe]re?) (?:madame|monsieur|ma[îi]tre|docteur|m\\.|mme)(?= \\p{Lu})',
    'je vous remercie', 'merci de votre', 'merci pour votre', 'seriez-vous', 'pourriez-vous', 'auriez-vous', 'accepteriez-vous', 'voudriez-vous',
    'souhaiteriez-vous', '[êe]tes-vous', 'avez-vous', 'bien [àa] vous', 'je vous prie', 'veuillez', 'je me permets de vous',
    'je reste [àa] votre (?:enti[èe]re )?disposition', 'au plaisir de vous lire', 'dans l\'attente de votre',
  ],
  familiar: [
    // "ton" after an article is the noun (le ton des textes); "tien(ne)" counts only as a possessive (le tien).
    'tu', 'toi', 'te', "t'\\p{L}+", '(?<!(?:le|du|un|au|bon|mon|son|ce|de) {1,2})ton', 'ta', 'tes', '(?<=(?:le|les) {1,2})tiens?', '(?<=(?:la|les) {1,2})tiennes?',
    // Verb forms that are only familiar: "as-tu", "dis-moi".
    '\\p{L}+-tu', 'dis-moi', '[ée]cris-moi', 'appelle-moi',
  ],
  metaTalk: [
    '(?:je me permets de|permettez-moi de|puis-je|on peut|on se|je peux|pouvons-nous) (?:te |vous |se )?tutoyer', "(?:je vous propose|permettez-moi|je propose) (?:de nous tutoyer|le tutoiement)", '(?:nous|on) (?:nous |se |peut se |pourrait se )?tuto(?:yer|yons|yez|ie|ies)',
    'tutoiement', 'vouvoiement', 'entre (?:d[ée]veloppeurs|d[ée]veloppeuses|devs|fondateurs|fondatrices|coll[èe]gues|entrepreneurs|alumni|anciens)',
  ],
  formalSector: [
    'avocate?s?', 'cabinet', 'notaires?', 'huissiers?', 'expert-comptable', 'experte-comptable', 'expertise comptable', 'banques?', 'bancaire',
    'assurances?', 'assureur', 'mutuelle', 'directeur g[ée]n[ée]ral', 'directrice g[ée]n[ée]rale', 'pdg', 'pr[ée]sidente?', "conseil d'administration",
    'minist[èe]re', 'pr[ée]fecture', 'mairie', 'magistrate?', 'juges?', 'tribunal', 'cour d\'appel', 'professeure? des universit[ée]s', 'chu', 'm[ée]decin',
    'ma[îi]tre', 'ambassade', 'conseill[èe]re? d\'[ée]tat', 'procureure?',
  ],
  casualSector: [
    'start-?up', 'scale-?up', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co-fondateur', 'co-fondatrice', 'founder', 'co-founder',
    'agence', 'agency', 'engineer', 'ing[ée]nieur logiciel', 'd[ée]veloppeur', 'd[ée]veloppeuse', 'developer', 'dev', 'product', 'produit', 'design',
    'designer', 'growth', 'ux', 'ui', 'tech', 'community', 'freelance', 'cto', 'devops', 'data',
  ],
  quebec: ['courriel', 'jaser', 'pr[ée]sentement', 'magasiner', 'qu[ée]bec', 'montr[ée]al', 'pantoute', 'cellulaire', 'dispendieux'],
};

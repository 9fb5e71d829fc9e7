import type { LocalizedRule } from '../../types.ts';

/** Age, relationship, religion, politics, health, family plans, home, current earnings (not tenure or salary expectations). */
export const personalQuestion: LocalizedRule = {
  families: [
    {
      name: 'age',
      means: 'asks their age',
      patterns: ["quel [âa]ge (?:avez-vous|as-tu|vous avez|tu as|avez vous|as tu)", "(?:vous avez|tu as|t'as) quel [âa]ge", "(?:votre|ton) [âa]ge", "(?:vous|tu) (?:[êe]tes|es) n[ée]e? en quelle ann[ée]e"],
    },
    {
      name: 'relationship',
      means: 'asks about their relationship',
      patterns: [
        "(?:[êe]tes|es)-(?:vous|tu) (?:mari[ée]e?s?|c[ée]libataires?|en couple|divorc[ée]e?|pacs[ée]e?|fianc[ée]e?|libres?)", "(?:vous [êe]tes|tu es|t'es) (?:mari[ée]e?|c[ée]libataire|en couple|divorc[ée]e?|pacs[ée]e?) \\?",
        "(?:avez|as)-(?:vous|tu) (?:un|une) (?:copain|copine|petit ami|petite amie|conjoint|conjointe|compagnon|compagne|mari|femme)",
      ],
    },
    {
      name: 'familyPlans',
      means: 'asks about their family',
      patterns: ["(?:avez|as)-(?:vous|tu) des enfants", "(?:comptez|pr[ée]voyez|envisagez|souhaitez|comptes|pr[ée]vois|envisages)-(?:vous|tu) (?:d'avoir|des|un) (?:enfants?|b[ée]b[ée])", '(?:[êe]tes|es)-(?:vous|tu) enceinte', "(?:vous avez|tu as) des enfants \\?", 'un projet de (?:grossesse|b[ée]b[ée])'],
    },
    {
      name: 'privateLife',
      means: 'asks about their private life',
      patterns: ['(?:de )?quelle (?:origine|nationalit[ée]|confession)', "(?:[êe]tes|es)-(?:vous|tu) d'origine", "(?:votre|ton|ta) (?:origine|nationalit[ée])", "(?:vous [êe]tes|tu es|t'es) d'o[ùu] (?:[àa] la base|originellement|au d[ée]part)",'(?:votre|ta) situation (?:familiale|matrimoniale|personnelle)', 'situation (?:familiale|matrimoniale) \\?', '(?:votre|ta) vie (?:priv[ée]e|de famille|sentimentale)', '(?:votre|ton) [ée]tat civil'],
    },
    {
      name: 'beliefs',
      means: 'asks about religion or politics',
      patterns: ["(?:pour qui|pour quel (?:parti|candidat)) (?:avez|as)-(?:vous|tu) vot[ée]", "(?:pour qui|comment) (?:votez|votes)-(?:vous|tu)", "(?:[êe]tes|es)-(?:vous|tu) (?:croyante?|pratiquante?|musulmane?|catholique|juive?|chr[ée]tienne?|de gauche|de droite|syndiqu[ée]e?)", '(?:quelle est )?(?:votre|ta) religion'],
    },
    {
      name: 'health',
      means: 'asks about their health',
      patterns: ["(?:[êe]tes|es)-(?:vous|tu) (?:malade|handicap[ée]e?|en bonne sant[ée]|en arr[êe]t maladie)", "(?:avez|as)-(?:vous|tu) (?:un handicap|une maladie|des probl[èe]mes de sant[ée])", '(?:votre|ton) (?:[ée]tat de sant[ée]|dossier m[ée]dical|traitement)'],
    },
    {
      name: 'home',
      means: 'asks where they live',
      patterns: ["(?:o[ùu]|dans quel quartier|dans quelle ville) (?:habitez|vivez|r[ée]sidez|habites|vis)-(?:vous|tu)", "(?:vous habitez|tu habites|t'habites|vous vivez|tu vis) o[ùu]", '(?:votre|ton) adresse (?:personnelle|perso|postale|de domicile)'],
    },
    {
      name: 'earnings',
      means: 'asks their current earnings',
      patterns: ["combien (?:gagnez|touchez|gagnes|touches)-(?:vous|tu)", "(?:vous gagnez|tu gagnes|tu touches|vous touchez) combien", "(?:quel|quelle) est (?:votre|ton) (?:salaire|r[ée]mun[ée]ration|paie|paye) (?:actuel|actuelle|aujourd'hui|brut|net)", "(?:votre|ton) salaire actuel"],
      quiet: ['pr[ée]tentions? salariales?', 'fourchette', 'attentes salariales'],
    },
  ],
};

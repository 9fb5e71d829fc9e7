import type { LocalizedRule } from '../../types.ts';

/**
 * Curated misspellings that are not French words, each with its fix; never a word that exists with
 * another meaning. Salutation agreement ("Chère Monsieur") is here too.
 */
const MISSPELLINGS: Readonly<Record<string, string>> = {
  malgrés: 'malgré', malgrè: 'malgré', parmis: 'parmi', entrain: 'en train', apeller: 'appeler', appeller: 'appeler', rapeller: 'rappeler', rappeller: 'rappeler',
  addresse: 'adresse', addresses: 'adresses', connection: 'connexion', connections: 'connexions', professionel: 'professionnel', professionels: 'professionnels',
  professionelle: 'professionnelle', professionelles: 'professionnelles', proffessionnel: 'professionnel', dévelopement: 'développement', developpement: 'développement',
  developement: 'développement', dévellopement: 'développement', developper: 'développer', developpeur: 'développeur', developpeuse: 'développeuse', dévelopeur: 'développeur',
  example: 'exemple', examples: 'exemples', biensûr: 'bien sûr', acceuil: 'accueil', acceuillir: 'accueillir', notament: 'notamment', nottament: 'notamment',
  vraiement: 'vraiment', disponnible: 'disponible', disponnibles: 'disponibles', diponible: 'disponible', personnelement: 'personnellement', personellement: 'personnellement',
  opportunitée: 'opportunité', opportunitées: 'opportunités', cordialemment: 'cordialement', cordialment: 'cordialement', apparament: 'apparemment', ammener: 'amener',
  interressé: 'intéressé', interressée: 'intéressée', interressant: 'intéressant', interressante: 'intéressante', intérréssant: 'intéressant', aujourdhui: "aujourd'hui",
  dailleurs: "d'ailleurs", sincérement: 'sincèrement', éxpérience: 'expérience', expèrience: 'expérience', recontrer: 'rencontrer', recrutteur: 'recruteur',
  language: 'langage', 'quelque soit': 'quel que soit', 'quelques soit': 'quel que soit', 'en faite': 'en fait', 'je me permet': 'je me permets',
  "n'hésiter pas": "n'hésitez pas", "n'hesiter pas": "n'hésitez pas", 'chère monsieur': 'Cher Monsieur', 'cher madame': 'Chère Madame', 'sa va': 'ça va',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const typo: LocalizedRule = {
  families: [
    {
      name: 'misspelling',
      means: 'is misspelled',
      patterns: Object.keys(MISSPELLINGS).map(escape),
      quiet: ["(?:de l'|d'|avec|plein d'|beaucoup d'|sans) entrain", 'language (?:models?|processing|learning)', '(?:large|natural|programming) language', '(?:pour|par|for) example'],
    },
  ],
  fixes: MISSPELLINGS,
};

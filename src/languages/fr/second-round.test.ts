import { describe, expect, it } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * The second round's generalisations (after 50 new tune drafts): each new family member, in wordings that
 * are in neither corpus file, flagged and quiet.
 */
const { findingsOf } = languageCases('fr');
const countOf = (rule: string, text: string, established = false) => findingsOf(rule, text, { fromThem: established ? 1 : 0 }).length;

describe('French no-context: more wordings of a real reason', () => {
  it.each([
    // A named referrer with an apposition or a relative clause, or "c'est X qui…".
    "Bonjour, Marc Olivier, votre ancien associé chez Kiabi, m'a transmis vos coordonnées. Un café ?",
    'Bonjour, mon voisin de bureau, Ahmed Benali, m’a parlé de votre projet de coopérative.',
    "Bonjour, c'est Nathalie Perret qui m'a donné votre nom pour le mécénat.",
    // Something of theirs named through a relative clause or an unusual noun.
    "Bonjour, le guide d'achat responsable que vous avez rédigé circule chez nous. Une question ?",
    'Bonjour, la cartographie que votre labo a mise en ligne sur les friches m’a été très utile.',
    "Bonjour, j'ai regardé votre documentaire sur les saisonniers. Puis-je vous poser une question ?",
    'Bonjour, votre édito de lundi sur la filière bois m’a fait réagir.',
    "Bonjour, j'ai vu toutes les vidéos de votre chaîne sur la soudure TIG.",
    'Bonjour, je vous lis chaque dimanche dans Sud Ouest. Auriez-vous un moment ?',
    "Bonjour, j'étais au premier rang quand vous avez parlé de sobriété au Forum de Davos.",
    'Bonjour, votre remarque lors de la table ronde de jeudi m’a fait réfléchir.',
    // Their company's specific move, their news.
    "Bonjour, votre coopérative… pardon, votre groupe vient d'ouvrir une usine à Dunkerque : bravo !",
    'Bonjour, votre association a été labellisée par la Fondation de France. Une question ?',
    'Bonne nouvelle que ta nomination à la direction du pôle !',
    // Shared past and ties.
    'Bonjour Eva, formée à l’ENSAM comme vous, je me lance dans la mécanique navale.',
    'Bonjour, nous avons milité ensemble au syndicat étudiant à Rennes.',
    "Bonjour, vous étiez ma tutrice de stage chez Thales en 2018. J'aimerais votre avis.",
    "Bonjour, j'étais votre stagiaire au service export en 2016.",
    'Bonjour, nous sommes toutes les deux originaires de Saint-Malo et du même club de voile.',
    'Merci pour votre accueil lors de la journée portes ouvertes, une dernière question ?',
    // An application already sent.
    "Bonjour, j'ai transmis mon CV via votre site pour le poste d'acheteuse (réf. 77).",
  ])('quiet on %s', (text) => {
    expect(countOf('no-context', text)).toBe(0);
  });
  it.each([
    "Bonjour, je suis consultante et j'aime échanger avec des profils variés.",
    'Bonjour, votre profil m’a tout de suite parlé. Au plaisir !',
    'Bonjour, un ami m’a dit que vous étiez quelqu’un de bien. Un café ?',
    'Bonjour, votre équipe a sûrement beaucoup de travail. Une démo ?',
  ])('flags %s', (text) => {
    expect(countOf('no-context', text)).toBe(1);
  });
});

describe('French second-round phrase families', () => {
  it.each([
    // sales-pitch: segment, freelancer offer, free items, price, time-boxed demo, catalogue, after connecting.
    ['sales-pitch', 'Nous équipons les boulangeries de caisses connectées depuis dix ans.', 1],
    ['sales-pitch', 'Je conçois des logos pour les artisans du bâtiment.', 1],
    ['sales-pitch', 'Je peux refaire entièrement votre site en deux semaines.', 1],
    ['sales-pitch', 'Audit de votre référencement offert ce mois-ci.', 1],
    ['sales-pitch', 'Des tarifs ultra compétitifs sur toute la gamme.', 1],
    ['sales-pitch', 'Je te montre comment ça marche en 10 min ?', 1],
    ['sales-pitch', 'Je vous fais parvenir notre brochure ?', 1],
    ['sales-pitch', 'Merci pour la connexion ! Notre agence crée des vidéos pour les marques.', 1],
    ['sales-pitch', 'Nous proposons des déménagements de bureaux clés en main.', 1],
    ['sales-pitch', 'Vous payez probablement trop pour votre assurance flotte.', 1],
    ['sales-pitch', 'Je conçois des ponts pour la SNCF depuis vingt ans.', 0],
    ['sales-pitch', 'Le devis que vous nous avez envoyé nous convient.', 0],
    ['sales-pitch', 'Je peux vous envoyer le compte rendu de la réunion.', 0],
    // job-ask: pronoun CV, place for me, any work at their place, their company hiring.
    ['job-ask', "Mon CV est joint, pourriez-vous le faire suivre à votre DRH ?", 1],
    ['job-ask', 'Auriez-vous un petit stage pour moi cet été ?', 1],
    ['job-ask', 'Je suis disponible pour tout poste chez vous, même de nuit.', 1],
    ['job-ask', 'Je serais ouverte à tout type de contrat dans votre agence.', 1],
    ['job-ask', "Si jamais ton équipe cherche du monde, fais-moi signe.", 1],
    ['job-ask', 'Y aurait-il moyen de rejoindre votre équipe en septembre ?', 1],
    ['job-ask', 'Je vous transmets le planning, à faire suivre à votre équipe.', 0],
    ['job-ask', 'Votre équipe cherche-t-elle des partenaires pour le salon ?', 0],
    ['job-ask', 'Ce poste pour moi serait un rêve, mais je ne postule pas.', 0],
    ['personal-favor', 'Pouvez-vous le transmettre au service RH de votre part ?', 1],
    ['personal-favor', 'Je vous transmets le dossier, à classer.', 0],
    // template-phrase: contacts, profile compliments, connecting for its own sake.
    ['template-phrase', "J'aimerais vous ajouter parmi mes relations professionnelles.", 1],
    ['template-phrase', 'Heureuse de faire partie de tes contacts.', 1],
    ['template-phrase', 'Ton profil de juriste m’a beaucoup intéressé.', 1],
    ['template-phrase', "J'adore rencontrer de nouvelles personnes dans la tech.", 1],
    ['template-phrase', "Toujours à la recherche de nouvelles connexions !", 1],
    ['template-phrase', "Votre profil de poste m'a été transmis par le cabinet.", 0],
    ['template-phrase', "J'aime rencontrer mes clients sur place.", 0],
    ['template-phrase', 'Je vous ajoute en copie du mail.', 0],
    // demanding: an order after a comma in a cold message; a condition or "dites-moi" softens it.
    ['demanding', "Pour plus d'informations, appelez-moi au 06 11 22 33 44.", 1],
    ['demanding', 'Je recrute pour une PME, envoyez votre CV à cette adresse.', 1],
    ['demanding', 'Bonjour, remplissez le formulaire ci-dessous.', 1],
    ['demanding', 'Si le sujet vous intéresse, appelez-moi.', 0],
    ['demanding', 'Quand vous aurez un moment, envoyez-moi vos dates.', 0],
    ['demanding', 'Passez une excellente semaine, et merci encore.', 0],
  ] as const)('%s on %s: %i', (id, text, count) => {
    expect(countOf(id, text)).toBe(count);
  });
  it('an order after a comma stays quiet in an established thread', () => {
    expect(countOf('demanding', 'Parfait, envoyez-moi le contrat.', true)).toBe(0);
  });
  it('sales-pitch stays quiet in an established thread', () => {
    expect(countOf('sales-pitch', 'Voici nos tarifs et le lien pour une démo gratuite.', true)).toBe(0);
  });
});

describe('French familiar address: nouns that look like tu-forms', () => {
  const mixedOrInformal = (text: string) => countOf('mixed-address', text);
  it.each([
    'Pourriez-vous relire le ton des textes ? Je tiens à ce que ce soit juste.',
    'Avez-vous un avis sur le bon ton à adopter ? Je tiens une boutique à Arles.',
  ])('quiet on %s', (text) => {
    expect(mixedOrInformal(text)).toBe(0);
  });
  it('still flags a real tu next to vous', () => {
    expect(mixedOrInformal('Pourriez-vous me dire si ton équipe recrute ?')).toBe(1);
  });
});

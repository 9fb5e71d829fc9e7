import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families corrected in round 12 (tune grew by fr336–fr375, drafts based on French-language pages:
 * career guides, recruiters' templates, posts about messages received). None of these sentences is a corpus draft.
 */
const { cases } = languageCases('fr');

cases(
  'badgering',
  [
    // A tally of earlier tries to someone who never answered is pressure
    'Bonjour, je vous ai relancé deux fois déjà au sujet du devis.',
    'ÇA FAIT TROIS FOIS QUE JE VOUS RELANCE.',
    "C'est la troisième fois que je vous écris, Madame Roy.",
    'Salut Léo, je te relance pour la deuxième fois : tu as vu mon message ?',
    'Voici ma troisième relance concernant notre proposition.',
    // Asking now whether they saw it stays pressure in any thread
    ['Avez-vous vu mon dernier message ?', { fromThem: 1, unanswered: 1 }],
  ],
  [
    // Once they have written, a tally of earlier tries is history (a complaint is negative-tone's)
    ['Je vous ai relancé deux fois et vous revenez enfin vers moi : merci, mieux vaut tard que jamais !', { fromThem: 1 }],
    ["Ça fait trois fois que je vous relance, alors merci pour votre réponse détaillée.", { fromThem: 2 }],
    // "for the second time" about something else than writing to them
    'Pour la deuxième fois consécutive, notre équipe a remporté le trophée de l’innovation. Bravo à vous aussi !',
    "C'est la troisième fois que je participe au salon Vinexpo, et toujours avec plaisir.",
    // No answer from a third party
    ['Toujours pas de réponse de la banque de notre côté, je vous tiens au courant.', { fromThem: 2 }],
    'Bonjour Paul, toujours pas de nouvelles du jury du concours ? Nous non plus.',
  ],
);

cases(
  'sales-pitch',
  [
    // An offering of the writer's aimed at the reader: "… qui pourrait vous intéresser"
    "Bonjour Hélène, nous proposons une solution d'archivage qui pourrait beaucoup vous intéresser.",
    'Bonjour, notre logiciel de planning pourrait vous être utile : 10 minutes pour en parler ?',
    "Salut Max, j'ai développé une appli de notes de frais qui pourrait t'intéresser.",
    'BONJOUR, NOTRE PLATEFORME POURRAIT INTÉRESSER VOTRE DIRECTEUR DES ACHATS.',
  ],
  [
    // A recruiter's role is not a sale
    "Bonjour Inès, j'ai une offre de CDI qui pourrait vous intéresser chez un éditeur lyonnais.",
    'Bonjour, un poste de chef de projet pourrait vous intéresser : en parle-t-on ?',
    // Something of theirs, or a resource, aimed at them
    "Bonjour Karim, j'ai lu un article sur votre outil qui pourrait intéresser mon équipe.",
    'Bonjour, voici une étude de l’Ademe qui pourrait vous intéresser pour votre thèse.',
  ],
);

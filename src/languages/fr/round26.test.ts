import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 26: practical first messages whose reason is told in passing (their thing or affair in my hands,
 * their firm working for us, neighbours, an office that pointed me to them, a named colleague I cover,
 * a role we share). None of these sentences is a corpus draft.
 */
const { cases } = languageCases('fr');

cases(
  'no-context',
  [
    // Still no reason why this person
    'Bonjour, je cherche un nouveau poste en logistique. Pouvez-vous m’aider ?',
    "Bonjour Madame, votre profil a retenu mon attention. Pouvons-nous échanger ?",
    'Bonjour, votre entreprise a sûrement besoin de nos services. Un appel cette semaine ?',
    "Bonjour, on m'a dit que vous étiez très sympa. Au plaisir d'échanger !",
    "Bonjour Paul, merci d'avoir accepté mon invitation ! Je serais ravi d'échanger avec vous.",
  ],
  [
    // Their thing or affair, in a practical message
    'Bonjour Monsieur Roy, votre garage est resté ouvert toute la nuit ; voulez-vous que je le ferme ?',
    'Bonjour, votre colis a été déposé chez moi par erreur. Je peux vous l’apporter ce soir.',
    "Bonjour Madame, votre demande d'inscription est arrivée incomplète : il manque le justificatif de domicile.",
    // Their place or firm working for us
    'Bonjour, votre fromagerie livre notre restaurant depuis deux ans. Pourriez-vous ajouter du comté à la commande ?',
    "Bonjour Madame Henry, votre agence nous a loué la salle l'an dernier ; est-elle libre le 12 mai ?",
    "Bonjour, ma tante est suivie dans votre service de rhumatologie ; pourrait-elle décaler son rendez-vous ?",
    // An office or service that pointed me to them
    "Bonjour, le secrétariat m'a indiqué que c'est vous qui gérez les badges d'accès. Pourriez-vous m'en faire un ?",
    "Bonjour, l'accueil de la mairie m'a dit que tu t'occupais des jardins partagés : reste-t-il une parcelle ?",
    // A named colleague I cover or whose file I take over
    "Bonjour Monsieur Petit, je remplace Mme Girard pendant son congé ; votre dossier est donc chez moi.",
    'Bonjour Léa, je reprends les clients de Julien Morel depuis lundi. Un point rapide cette semaine ?',
    // Neighbours and premises
    "Bonjour, nous venons d'emménager dans la maison en face de la vôtre. Le camion de déménagement partira avant midi.",
    'Bonjour Madame Roux, nos deux commerces sont voisins depuis mars : on prend un café ensemble ?',
    "Bonjour, nous avons racheté l'atelier voisin du vôtre. Les travaux commencent mardi.",
    "Bonjour Monsieur Klein, nous avons acheté la maison dont vous étiez le propriétaire. Il reste des lettres à votre nom.",
    // A role we share, in either word order
    'Bonjour Marc, je suis comme vous arbitre bénévole au club de Lyon. Au plaisir de vous croiser !',
    // Thanks again for what they did for me
    "Bonjour Claire, merci encore d'avoir dépanné ma voiture dimanche soir !",
    // Their question at a named event
    'Bonjour Nadia, votre question sur les stocks à la conférence de la CCI était exactement la mienne.',
  ],
);

cases(
  'no-context',
  // Hearsay about what they are like names no reason
  ["Bonjour, un collègue m'a dit que vous étiez très compétente. Un café ?"],
  [
    // Who they are to someone I deal with
    "Bonjour Madame, l'infirmière m'a dit que vous êtes la maman de Léo : il a oublié son sac au gymnase.",
    "Bonjour, le gardien m'a indiqué que c'est vous qui tenez le planning de la salle. Est-elle libre samedi ?",
  ],
);

import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families widened in round 5 (tune grew by fr206–fr245): each member flagged or kept quiet in
 * phrasings of its own, with case and punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('fr');

cases(
  'no-context',
  [
    'Bonjour, nous avons plusieurs relations en commun. Un café ?',
    "Bonjour Marc, j'ai vu votre profil et je serais ravi d'échanger avec vous.",
    'Bonjour, nous avons discuté en interne de nos besoins et je pense à vous.',
  ],
  [
    // An answer to the writer's question
    'Bonjour Madame Roy, votre réponse à ma question sur les délais de paiement m’a fait réfléchir. Un appel ?',
    'BONJOUR PAUL, TA RÉACTION À MA QUESTION SUR LE TÉLÉTRAVAIL ÉTAIT TRÈS JUSTE. UN CAFÉ ?',
    // The one who said it
    'Bonjour Madame Klein, vous avez été la première à évoquer le coût des assurances. Pourrions-nous en parler ?',
    // What they did for the writer
    "Bonjour Monsieur Morin, vous aviez encadré mon stage de fin d'études il y a cinq ans ; je voulais vous donner des nouvelles.",
    'Bonjour Alice, tu as relu mon dossier de subvention l’an dernier, merci encore ! Une question rapide ?',
    // The writer uses what they make
    'Bonjour Madame Petit, notre mairie utilise votre logiciel de réservation des salles depuis 2021. Une suggestion ?',
    // A talk with a place after it; neighbours; a shared ride
    'Bonjour Hervé, nous avons parlé un peu trop longtemps devant le vestiaire hier soir ! Voici le lien promis.',
    'Bonjour Madame Dumas, on était assises côte à côte pendant la remise des prix. Un café un de ces jours ?',
    'Bonjour Louis, nous avons pris le même train de retour après la journée portes ouvertes. Une question sur votre métier ?',
    "Bonjour Sarah, voisins de stand pendant trois jours, ça crée des liens ! Je t'envoie les photos.",
    // Same school in a "comme vous" clause; where they work, named
    'Bonjour Monsieur Faure, comme vous, j’ai étudié à Sciences Po Lille. Auriez-vous dix minutes ?',
    "Bonjour Inès, j'ai vu que tu travailles chez Back Market. Je prépare un mémoire sur le reconditionné : une question ?",
  ],
);

cases(
  'template-phrase',
  [
    "À l'attention du service des ressources humaines,\n\nVeuillez trouver ma candidature au poste de magasinier.",
    'Au service recrutement,\nJe vous adresse mon CV pour le poste de comptable.',
    "Bonjour, j'aimerais élargir mon réseau en vous y ajoutant.",
    'Bonjour, toujours ravie de découvrir de nouveaux profils ! Au plaisir.',
  ],
  [
    "Bonjour Madame Roux, j'ai transmis mon dossier au service recrutement la semaine dernière.",
    'Bonjour, votre réseau de producteurs locaux est impressionnant : comment l’avez-vous constitué ?',
    'Bonjour Hugo, ravi de découvrir ton nouveau podcast sur la menuiserie !',
  ],
);

cases(
  'demanding',
  ['Bonjour, je compte sur vous pour relayer notre collecte.', 'Salut, je compte sur toi pour venir samedi au forum.'],
  ["Bonjour, je compte beaucoup sur ce salon pour rencontrer des acheteurs.", 'Bonjour Anne, nous comptons sur le retour des beaux jours pour lancer la saison.'],
);

cases(
  'personal-favor',
  [
    'Bonjour, pourriez-vous nous offrir un lot pour la kermesse de l’école ?',
    'Salut, tu peux me filer le numéro de ton acheteur ?',
    'Bonjour, vous pourriez me passer les coordonnées de votre DRH ?',
  ],
  [
    ['Merci Julie ! Tu peux me passer le contact du traiteur dont tu parlais ?', { fromThem: 1 }],
    'Bonjour, nous offrons un lot aux dix premiers inscrits de notre atelier.',
    'Bonjour Madame Roy, pourriez-vous me donner votre avis sur notre projet de halle ?',
  ],
);

cases(
  'false-familiarity',
  [
    'Bonjour Monsieur Noël, je reviens vers vous concernant notre échange sur la maintenance de vos ascenseurs.',
    "Bonjour, ravie de notre appel d'hier ! Je vous envoie la proposition.",
    'Bonjour, content de notre conversation téléphonique de mardi.',
  ],
  [
    ['Bonjour Monsieur Noël, je reviens vers vous concernant notre échange sur la maintenance.', { fromThem: 1 }],
    'Bonjour, je reviens vers vous concernant notre échange au salon Batimat, comme promis.',
    'Bonjour, ravie de notre rencontre au forum des associations samedi !',
  ],
);

cases(
  'sales-pitch',
  [
    'Bonjour, je vous envoie notre offre de maintenance pour vos chaudières.',
    'Bonjour, chez Energio nous économisons en moyenne 18 % sur vos factures de gaz.',
    'Bonjour, dix minutes suffisent pour vous le démontrer.',
  ],
  [
    ['Bonjour, suite à votre demande, je vous envoie notre offre de maintenance.', { fromThem: 1 }],
    'Bonjour Madame Roy, votre étude montre que les PME économisent en moyenne 12 % avec le covoiturage. Belle analyse !',
    'Bonjour Paul, dix minutes suffisent pour lire votre guide, merci de l’avoir partagé.',
  ],
);

cases(
  'slang',
  ['Coucou, ton atelier avait l’air top.\nBisous, Jess', 'Bonjour Paul, merci pour le lien.\nGrosses bises, Marie'],
  [['Merci ma chérie pour hier.\nBisous, Maman', { fromThem: 3 }], 'Bonjour, la bise est fraîche ce matin à Lyon.'],
);

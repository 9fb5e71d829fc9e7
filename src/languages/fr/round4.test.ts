import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families widened in round 4 (tune grew by fr161–fr205): each member flagged or kept quiet in
 * phrasings of its own, with case and punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('fr');

const REAL_CONTEXT: Record<string, readonly string[]> = {
  whatTheySaidThere: [
    "Bonjour Madame Roy, au forum de l'emploi de Brest, où vous avez expliqué le statut d'alternant, j'ai pris des notes.",
    'Bonjour Yves, vous aviez cité une étude sur le covoiturage rural que je ne retrouve pas. Auriez-vous la référence ?',
  ],
  inTheAudience: [
    "Bonjour Monsieur Petit, j'étais dans le public lors du débat sur l'eau à Nîmes et j'aimerais poursuivre la discussion.",
    "Bonjour Laure, j'ai été parmi les participants de ton atelier d'écriture à Namur.",
  ],
  programmeOfTheirs: [
    "Bonjour Madame Caron, le prix de votre fondation pour l'artisanat d'art nous intéresse beaucoup.",
    "Bonjour Karim, l'incubateur de ton école accepte-t-il des projets de non-étudiants ?",
  ],
  meetingNamed: [
    "Bonjour Monsieur Giraud, lors de notre brève discussion au congrès des maires, vous m'aviez parlé de votre régie.",
    "Bonjour Anne, étiez-vous aussi présente au colloque de Louvain-la-Neuve sur l'habitat partagé ?",
    'Bonjour Claude, nous avons joué tous les deux dans le même orchestre amateur à Lausanne.',
  ],
  theirShopOrLaunch: [
    'Bonjour Madame Morel, bravo pour votre nouvelle boutique à Annecy, la vitrine est superbe.',
    "Bonjour Théo, avec la sortie de ton premier roman, tu dois être très occupé : une seule question.",
  ],
};

// Pseudo-context stays no reason; each family of real context (REAL_CONTEXT's keys) keeps it quiet.
cases(
  'no-context',
  [
    "Bonjour, j'ai vu que vous étiez dans le même secteur que moi. Un échange ?",
    'Bonjour, nous avons plusieurs relations en commun et votre parcours est impressionnant.',
    "Bonjour, le programme de fidélité de notre enseigne pourrait vous plaire.",
  ],
  Object.values(REAL_CONTEXT).flat(),
);

cases(
  'false-familiarity',
  [
    'Bonjour Madame Huet, comme évoqué lors de notre dernier appel, voici le devis.',
    'Bonjour, comme abordé lors de nos derniers échanges, je vous propose une date.',
    'Comme discuté lors de notre précédent rendez-vous, je reviens vers vous.',
  ],
  [
    'Bonjour, comme évoqué lors de notre échange au salon Batimat, voici la fiche produit.',
    "Comme convenu lors de notre rencontre à l'Assemblée générale de la FNSEA, je vous envoie le compte rendu.",
    ['Comme évoqué lors de notre dernier appel, voici le devis.', { fromThem: 1 }],
  ],
);

cases(
  'demanding',
  [
    'Bonjour,\n\nEnvoyez-moi votre catalogue, ainsi que vos tarifs.',
    'Bonjour, appelez-moi demain, ainsi on gagnera du temps.',
    'Transmettez-moi vos disponibilités pour jeudi.',
  ],
  [
    "Envoyez-moi votre catalogue si c'est possible.",
    "Appelez-moi quand vous voulez, ainsi qu'à votre collègue.",
    ['Envoyez-moi votre catalogue, ainsi que vos tarifs.', { fromThem: 2 }],
  ],
);

cases(
  'job-ask',
  [
    'Bonjour Paul, tu pourrais me recommander en interne pour le poste de data analyst ?',
    'Bonjour Madame Roux, vous pourriez me pistonner chez Airbus ?',
    ['Bonjour, je vous adresse ma candidature spontanée pour votre bureau d\'études.', { recipient: { name: 'Inès Roux', headline: 'Ingénieure structure chez Egis' } }],
    "Pourriez-vous faire suivre mon CV à la personne qui gère les recrutements ?",
  ],
  [
    ['Bonjour, je vous adresse ma candidature spontanée pour votre bureau d\'études.', { recipient: { name: 'Inès Roux', headline: 'Chargée de recrutement chez Egis' } }],
    ['Bonjour Madame Leroy, voici ma candidature spontanée au poste de comptable.', { recipient: { name: 'Anne Leroy', headline: 'Responsable RH' } }],
    'Tu pourrais me recommander un bon livre sur le management ?',
    "J'ai postulé au poste de data analyst (réf. 88) ; pourriez-vous me dire qui suit le dossier ?",
  ],
);

cases(
  'sales-pitch',
  [
    "Bonjour, et si votre équipe comptable n'avait plus jamais à saisir une facture ? C'est ce que permet Facturio, notre outil.",
    'Bonjour Madame Roy, je vous propose 15 minutes mardi pour vous montrer notre planning partagé.',
    "Jetez un œil à mon portfolio : je réalise des logos pour les artisans.",
    'Si une collaboration vous tente, je suis disponible dès avril.',
  ],
  [
    "Je recrute pour Alan un·e juriste à Paris ; votre talk au Legal Tech Day m'a marqué. Un échange, sans engagement ?",
    ["Voici notre devis, sans engagement bien sûr.", { fromThem: 1 }],
    "Et si votre équipe venait à notre tournoi de foot caritatif ? Votre article sur le sport en entreprise m'a donné l'idée.",
    "J'ai jeté un œil à votre portfolio, bravo pour le logo de la Brasserie du Mont.",
  ],
);

cases(
  'slang',
  ['Je te rappelle mtn', 'Dispo mtn si tu veux'],
  ["Bonjour Madame Koné, félicitations pour votre arrivée chez MTN Côte d'Ivoire !"],
);

cases(
  'template-phrase',
  [
    "Bonjour, je cherche à étoffer mon réseau dans l'agroalimentaire.",
    "Bonjour, j'étoffe en ce moment mes contacts en Wallonie.",
    "Bonjour Madame Gros, je me permets de vous envoyer une invitation à rejoindre mon réseau.",
    'Voici ma demande de connexion, au plaisir !',
  ],
  [
    "Votre réseau d'anciens de l'ESSEC m'a beaucoup aidé pour étoffer mon dossier.",
    "Je vous envoie l'invitation au colloque du 12 mai, comme vous me l'aviez demandé.",
    'Ravi d’échanger avec vous sur la logistique du froid.',
  ],
);

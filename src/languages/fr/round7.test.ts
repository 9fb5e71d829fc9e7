import { languageCases } from '../../testing/language-cases.ts';

/**
 * The families widened in round 7 (tune grew by fr296–fr335, clean cold first messages with a real reason
 * told in passing, and cold drafts with real problems): each member flagged or kept quiet in phrasings of
 * its own, with case and punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('fr');

cases(
  'no-context',
  [
    // A name after a texting greeting is the one greeted, not something of theirs
    'slt Kevin, tu cherches des gens ? Je suis motivé.',
    'bjr Nadia, tu es dispo pour un appel ?',
    // A pseudo-context stays one
    "Bonjour, j'ai vu que vous aviez consulté mon profil. Au plaisir d'échanger !",
    // A session, a live: only theirs counts, not a session in general
    'Bonjour Chloé, je propose des sessions de coaching pour cadres. Un échange ?',
  ],
  [
    // Who made it, asked as a question
    "Bonjour Hélène, c'est bien vous qui avez publié l'étude sur les tiers-lieux ruraux ? Elle m'a beaucoup servi.",
    'Salut Tom, c’est toi qui as monté le meetup Rust de Lille ? Bravo !',
    'BONJOUR ÉRIC, EST-CE VOUS QUI AVEZ RÉDIGÉ LE GUIDE DE LA CNIL SUR LES COOKIES ?',
    // What they asked or said at a named event
    'Bonjour Madame Lenoir, vous m’aviez demandé lors du forum Emploi de Tours mon portfolio, le voici.',
    "Salut Inès, tu m'avais conseillé au meetup Data de Nantes de regarder dbt : c'est fait, merci !",
    'Bonjour, comme vous me l’aviez suggéré sur votre stand du salon Batimat, je vous envoie nos plans.',
    // Thanks for a session of theirs
    "Merci pour la session questions-réponses d'hier soir, Monsieur Baptiste, très utile.",
    'Bonjour Awa, merci pour ta réunion d’information de mardi à l’Apec, tout était clair !',
    'Bonjour Yves, merci beaucoup pour le live de ce matin sur la facturation électronique.',
  ],
);

cases(
  'false-familiarity',
  [
    // No meeting in the text: the promise is pretended
    'Bonjour Claire, comme promis, voici notre grille tarifaire.',
    "Bonjour, nous avons échangé par téléphone. Comme convenu, voici l'offre.",
  ],
  [
    // The meeting told in any way no-context knows, earlier in the paragraph
    'Bonjour Marc, nous étions voisins de stand au salon Vinexpo. Comme promis, voici notre catalogue.',
    'Bonjour Léa, on était assises à la même table au gala de la CCI ; comme convenu, je te présente Paul.',
    "Bonjour Monsieur Dubois, vous m'aviez parlé au colloque de l'AFDCC de votre étude. COMME PROMIS, voici la nôtre.",
  ],
);

cases(
  'job-ask',
  [
    'Salut Max, tu recrutes ? Je cherche un boulot dans la vente.',
    'Bonjour, vous embauchez en ce moment ? Je suis dispo tout de suite.',
    'Bonjour Madame Roy, recrutez-vous toujours ? Je suis cariste depuis 10 ans.',
    'Hello Sam, ta boîte recrute ?',
  ],
  [
    // About their hiring as news, not a question put to them for oneself
    "Bonjour Julie, j'ai vu que vous recrutez un data engineer ; j'ai postulé hier (réf. 4412).",
    'Bonjour Paul, je suis journaliste : votre usine recrute-t-elle encore 200 personnes cette année, comme annoncé ?',
  ],
);

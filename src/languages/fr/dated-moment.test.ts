import { languageCases } from '../../testing/language-cases.ts';

/**
 * `no-context`'s third backstop in this language (`context.mention.datedMoment`): a past moment of theirs,
 * dated, is a reason even in words no family knows; the writer's own messages, LinkedIn clicks, anyone like
 * them and a claimed exchange are not. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('fr');

cases(
  'no-context',
  [
    "Bonjour Marc, je vous ai envoyé mon CV la semaine dernière, l'avez-vous reçu ?",
    "Bonjour Mme Roux, il y a un mois j'ai consulté votre profil. Nous aidons les entreprises comme la vôtre à recruter.",
  ],
  [
    "Bonjour Léa, votre conseil sur le dossier de subvention il y a deux semaines nous a sauvés. Merci !",
    "Salut Hugo, ta question à l'atelier mardi dernier m'a fait revoir toute ma présentation.",
    "BONJOUR LÉA, VOTRE CONSEIL SUR LE DOSSIER DE SUBVENTION IL Y A DEUX SEMAINES NOUS A SAUVÉS.",
  ],
);

// Seeing them somewhere is no moment of theirs, dated or not.
cases('no-context', ['Bonjour Mara, je vous ai vue hier dans le métro. On se parle ?'], []);

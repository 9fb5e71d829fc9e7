import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 27: cold notes whose reason is told in passing — what the writer bought from them, a report or
 * collection of theirs, their firm's work for us, their former post at a named firm, a tie with their family,
 * shared premises, who they are to someone I deal with. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('fr');

cases(
  'no-context',
  [
    // Still no reason why this person
    'Bonjour, votre entreprise a sûrement besoin de nos services. Un appel cette semaine ?',
    'Bonjour Madame, votre profil est impressionnant. Pouvons-nous échanger ?',
    "Bonjour, j'ai acheté un nouveau logiciel et je cherche des conseils. Un café ?",
    'Bonjour, je vous souhaite une belle année, à vous et votre famille. Au plaisir d’échanger !',
    'Bonjour, nous sommes dans le même secteur. Ravi de vous ajouter.',
  ],
  [
    // Who they are to someone I deal with (a name of any length after "de")
    "Bonjour Madame, le surveillant m'a dit que vous êtes la mère de Yanis, en 4e C : il a oublié son cartable.",
    'Bonjour, on m’a indiqué que tu es le papa de Chloé ; elle a laissé son manteau au club.',
    // What the writer bought or ordered from them, any words between
    "Bonjour Monsieur Haddad, nous avons commandé le mois dernier trois de vos fours à pain ; l'un ne chauffe plus.",
    "Salut Inès, j'ai acheté ta lampe en céramique au marché de Noël, elle est superbe. Tu en fais en bleu ?",
    'Bonjour, nous avions loué vos tentes pour le mariage de ma sœur. Sont-elles libres en juillet ?',
    // A report, collection or creation of theirs or of their organisation
    "Bonjour, le rapport de votre fondation sur l'illettrisme a été cité en commission ; pourrions-nous en parler ?",
    'BONJOUR Karim, la note de ton association sur les loyers à Tunis nous sert beaucoup.',
    'Bonjour Awa, ta collection de pagnes tissés est exactement ce que cherche notre boutique de Lausanne.',
    // Their firm's work for us
    "Bonjour, votre agence a refait notre site l'an dernier, et nous voudrions ajouter une boutique en ligne.",
    'Bonjour Madame Cissé, votre entreprise de transport a livré nos semences à Kaolack : merci encore !',
    // Their former post at a named firm
    "Bonjour Monsieur Lefort, votre profil d'acheteur chez Thales correspond à un poste que nous ouvrons.",
    // A tie with their family
    'Bonjour, mon père a travaillé trente ans dans la scierie de votre famille, à Épinal.',
    "Bonjour Monsieur Roy, j'ai retrouvé des lettres de votre grand-père dans le grenier de ma maison.",
    // Shared premises
    'Bonjour, nous sommes au même étage de la pépinière de Sfax. Un café un de ces matins ?',
    'Bonjour Sophie, on partage le même plateau au Wojo de Lyon depuis lundi, bienvenue !',
  ],
);

cases(
  'no-context',
  ["Bonjour, votre société a sûrement des projets. Nous avons aidé beaucoup d'entreprises."],
  [
    // A child's name of more than one letter after "de" (the pattern wanted a one-letter name)
    "Bonjour Madame Sow, le surveillant m'a dit que vous êtes la mère de Malick.",
    // Their firm, with a kind and an adjective, did something for us
    'Bonjour Chloé, ta marque de sacs recyclés a habillé notre équipe pour le trail : merci !',
  ],
);

import { describe, expect, it } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';
import { detectLanguage } from '../detect.ts';

/**
 * The families widened in round 6 (tune grew by fr246–fr295, a realistic stream of replies, thanks,
 * recruiter InMails and event follow-ups): each member flagged or kept quiet in phrasings of its own,
 * with case and punctuation variants. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('fr');

describe('detection: "à" is French', () => {
  it.each([
    'URGENT : nous cherchons 3 caristes à Rungis, démarrage IMMÉDIAT !!! Candidatures à jobs@exemple.fr',
    'nous recrutons des serveurs à Nice, CV à envoyer à rh@exemple.fr',
  ])('%s', (text) => expect(detectLanguage(text)).toBe('fr'));
  it('leaves Portuguese alone', () => expect(detectLanguage('Bom dia, você poderia enviar o relatório à equipe até amanhã?')).toBe('pt'));
});

cases(
  'pushy',
  [
    ['Merci de me répondre avant vendredi.', { fromThem: 1 }],
    // The writer's promise in one clause, a deadline for the reader in the next
    ['Je vous envoie le dossier, merci de me répondre avant vendredi.', { fromThem: 1 }],
    ['Envoie-moi ta réponse d’ici demain.', { fromThem: 1 }],
  ],
  [
    // The writer's own promise: "envoie", "confirme", "réponds" after je/nous are no tu imperatives
    ["Je vous envoie mon book d'ici vendredi, avec les deux maquettes.", { fromThem: 1 }],
    ['JE TE CONFIRME LA SALLE D’ICI DEMAIN.', { fromThem: 2 }],
    ["Nous vous transmettons le devis avant jeudi.", { fromThem: 1 }],
    ["Je vous l'envoie au plus tard lundi !", { fromThem: 1 }],
  ],
);

cases(
  'false-familiarity',
  ['Bonjour Léo, comme promis, voici notre catalogue.', 'Bonjour, suite à notre échange, je vous envoie la plaquette.'],
  [
    // A named meeting with a few words between the talk and the place
    "Bonjour Madame Claes, nous avons échangé quelques mots mardi au cocktail de l'UWE. Comme promis, voici le rapport.",
    "Bonjour Jules, on a discuté longuement hier soir au 5 à 7 de la Jeune Chambre. Comme convenu, je t'envoie le lien.",
    // "comme promis/évoqué" tied to a named event
    'Bonjour Margot, comme promis lors du gala de la CCI, voici le lien vers la vidéo.',
    'COMME ÉVOQUÉ À LA MATINALE DU MEDEF LUNDI, VOICI NOTRE ÉTUDE.',
  ],
);

cases(
  'no-context',
  [
    // A seen photo or page is nobody's work
    "Bonjour Zoé, j'ai vu ta photo de profil et je voulais te dire bonjour.",
    "Bonjour, j'ai remarqué votre page LinkedIn. Un échange ?",
  ],
  [
    'Bonjour Pierre, comme évoqué au salon Maison & Objet jeudi, voici le lien vers notre catalogue.',
    "Bonjour Anaïs, comme convenu à l'afterwork des alumni, je t'envoie le lien du replay.",
    'Bonjour Madame Henry, comme promis lors du déjeuner des dirigeants, voici l’étude dont je vous parlais.',
  ],
);

cases(
  'flirtatious',
  [
    'Salut Inès, tu as un sourire magnifique sur ta photo.',
    'Bonjour Julie, vous avez de très beaux yeux.',
    'Quel sourire ! On se voit quand ?',
    'Bonsoir Chloé, ça te dirait de boire un verre un de ces soirs ?',
    'ON POURRAIT DÎNER UN SOIR, TOI ET MOI ?',
  ],
  [
    'Bonjour Paul, vous avez un regard sur la question des retraites qui m’intéresse.',
    "Bonjour Léa, ton regard d'experte sur la supply chain m'a beaucoup aidé.",
    'On prend un verre jeudi après le meetup avec toute l’équipe ?',
    'Quel beau projet ! Bravo à toute l’équipe.',
  ],
);

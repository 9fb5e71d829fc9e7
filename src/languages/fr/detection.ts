import type { DetectionCues } from '../types.ts';

export const detection: DetectionCues = {
  functionWords:
    'le la les de des du un une et à est je vous que qui pour pas dans sur avec nous ce cette mon votre vos suis au aux très merci bonjour mais tu ton ta tes ai avez êtes qu j c il elle ou où serait être ma mes moi toi ça',
  letters: 'œèùûîë',
  greetings: ['bonjour', 'bonsoir', 'salut', 'coucou', 'cher', 'chère', 'madame', 'monsieur', 'ça va', 'enchanté'],
  signOffs: ['(?:bien )?cordialement', 'bien à vous', 'belle journée', 'bonne journée', 'merci d\'avance', 'au plaisir(?: d\'échanger)?', '(?:meilleures )?salutations', 'amicalement', 'bises'],
};

import { describe } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 16: drafts based on real Portuguese-language pages (pt546–pt575), measured before any change: precision 0.897,
 * recall 1.000, 1 of 16 clean flagged. One wrong `demanding`: an invitation paired with what the writer will do.
 * Wordings here are not copied from the corpus.
 */
const { cases } = languageCases('pt');

describe('pt round 16: an invitation paired with what the writer will do is an offer, not an order', () => {
  cases(
    'demanding',
    ['Me chama amanhã.', 'Me manda seu CPF.', 'Olá Rui. Me liga hoje.'],
    [
      'Tem interesse em saber mais? Me chama que te explico!',
      'Oi Ana, tenho o material da aula. Me liga e eu te conto tudo.',
      'Quer os números do trimestre? ME MANDA MENSAGEM QUE EU LHE ENVIO.',
    ],
  );
});

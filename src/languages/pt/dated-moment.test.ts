import { languageCases } from '../../testing/language-cases.ts';

/**
 * `no-context`'s third backstop in this language (`context.mention.datedMoment`): a past moment of theirs,
 * dated, is a reason even in words no family knows; the writer's own messages, LinkedIn clicks, anyone like
 * them and a claimed exchange are not. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('pt');

cases(
  'no-context',
  [
    "Oi Pedro, te mandei meu currículo semana passada, conseguiu ver?",
    "Olá Sr. Lopes, há duas semanas vi o seu perfil e pensei em conectar. Ajudamos empresas como a sua a vender mais.",
  ],
  [
    "Olá Rui, a sua dica sobre o edital há duas semanas salvou a nossa candidatura, obrigada!",
    "Olá Bia, a tua pergunta no workshop da terça passada fez-me refazer a apresentação toda.",
    "oi rui; a sua dica sobre o edital, há duas semanas, salvou a nossa candidatura!!",
  ],
);

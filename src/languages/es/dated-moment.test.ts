import { languageCases } from '../../testing/language-cases.ts';

/**
 * `no-context`'s third backstop in this language (`context.mention.datedMoment`): a past moment of theirs,
 * dated, is a reason even in words no family knows; the writer's own messages, LinkedIn clicks, anyone like
 * them and a claimed exchange are not. None of these sentences is a corpus draft.
 */
const { cases } = languageCases('es');

cases(
  'no-context',
  [
    "Hola Iker, te escribí hace dos semanas y no he tenido respuesta. ¿Lo viste?",
    "Hola Sra. Pardo, hace un mes vi su perfil y quería conectar. Ayudamos a empresas como la suya a crecer.",
  ],
  [
    "Hola Nerea, tu consejo sobre la beca hace dos semanas nos salvó la solicitud. ¡Gracias!",
    "Hola Andrés, tu pregunta en el taller del martes pasado me hizo cambiar la presentación entera.",
    "hola nerea: tu consejo sobre la beca, hace dos semanas, nos salvó la solicitud",
  ],
);

// Seeing them somewhere is no moment of theirs, dated or not.
cases('no-context', ['Hola Mara, te vi ayer en el metro. ¿Hablamos?'], []);

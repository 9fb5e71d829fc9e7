import { describe } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 7: families generalised after 40 realistic cold drafts (written and measured before the change). The
 * wordings here are not copied from the corpus.
 */
const { cases } = languageCases('es');

describe('es round 7: a reason told in passing', () => {
  cases(
    'no-context',
    [
      'Hola Nerea, soy ingeniera como tú. ¿Conectamos?',
      'Hola Dani, te leo. ¿Hablamos?',
      'Hola Olga, tu estudio me pareció interesante. ¿Una llamada?',
      'Hola Mara, te vi ayer en el metro. ¿Hablamos?',
    ],
    [
      // A shared membership or place told in first person, with "como tú" after it
      'Hola Rubén, soy exalumno de la Universidad de Navarra, como tú. ¿Te puedo hacer una pregunta?',
      'Hola Vero, fui becaria en el CSIC igual que vos, y quería consultarte algo sobre el doctorado.',
      'Buenas, Sr. Llorente: estudié en el ICAI al igual que usted y me gustaría pedirle consejo.',
      'HOLA ANDREA, TAMBIÉN SOY SOCIA DEL CLUB DE MARKETING DE SEVILLA COMO TÚ. ¿UN CAFÉ?',
      // Their work, with what it is about a few words later
      'Hola Pau. Tu informe con la Fundación Ecología y Desarrollo sobre pobreza energética me abrió los ojos.',
      'Estimada Dra. Ruiz: su artículo del año pasado en la revista Gaceta Sanitaria acerca de la vacunación me resultó muy útil.',
      // Reading them somewhere
      'Hola Quique, te leí en Xataka sobre baterías de sodio. ¿Puedo preguntarte algo?',
      'Buenos días, Sra. Mena: la leí hace poco en Cinco Días, hablando de fiscalidad verde.',
      'Hola Lucas, te he leído estos meses sobre logística inversa y tengo una duda.',
      // Heard or seen somewhere, talking about something
      'Hola Luis, te escuché ayer en Radio 5 hablando de vivienda. ¿Puedo hacerte una pregunta?',
      'Buenas, Sra. Peña: la oí el martes por la radio explicando la reforma de pensiones.',
    ],
  );
  cases(
    'false-familiarity',
    ['Hola Sonia, como te comenté, te mando la propuesta.'],
    [
      'Hola Sonia, fue un gusto compartir mesa en la cena de Endeavor el jueves. Como te comenté, te mando el dosier.',
      'Hola Sonia, un placer haber coincidido en el congreso de Valencia; como hablamos, aquí va el enlace.',
      'Encantada de compartir panel en las jornadas de Bilbao. Como quedamos, te escribo por aquí.',
    ],
  );
});

describe('es round 7: asks and pressure in new shapes', () => {
  cases(
    'job-ask',
    [
      '¿Tendrá alguna vacante disponible para mí en su estudio?',
      '¿Tendrías algún puesto libre para alguien como yo?',
      'Le agradecería que me tomara en cuenta para cualquier vacante.',
      '¿Me tomarías en cuenta si se abre algo en tu equipo?',
    ],
    [
      'Le agradecería que me tomara en cuenta para la vacante de analista (ref. 4471) a la que ya me postulé.',
      '¿Tendrá un rato esta semana para contarme cómo es el puesto de jefa de obra?',
      'Gracias por tomar en cuenta mis comentarios sobre tu charla.',
    ],
  );
  cases(
    'badgering',
    [
      'Hola Pilar, sigues sin contestar a mi propuesta.',
      'Sr. Ortiz, sigue usted sin responderme desde marzo.',
      'Hola Fede, seguís sin contestarme. ¿Lo viste?',
    ],
    [
      'Hola Pilar, sigo sin entender la factura; ¿me la explicas?',
      'Hola Pilar, RR. HH. sigue sin contestar a mi candidatura; ¿sabes a quién preguntar?',
    ],
  );
});

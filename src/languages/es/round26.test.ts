import { describe } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 26: everyday cold messages (a neighbour, a landlord, a school office, a clerk with their file, a
 * supplier) give their reason as a matter already under way between the two. The wordings here are not
 * copied from the corpus.
 */
const { cases } = languageCases('es');

describe('es round 26: everyday dealings count as the reason', () => {
  cases(
    'no-context',
    [
      // What a pitch names of theirs is no matter between the two
      'Hola Marta, en HotelUp ayudamos a hoteles como el tuyo a aumentar sus reservas directas. ¿Agendamos una llamada?',
      'Hola Luis, protege a tu familia con nuestro seguro de vida. ¿Te llamo mañana?',
      'Hola Ana, ¿tienes 15 minutos esta semana para que te cuente lo que hacemos con tus pedidos online?',
      'Hola, vi tu perfil y me gustaría conectar. ¿Hablamos?',
    ],
    [
      // A concrete thing of theirs, a thing addressed to them, a thing that may be theirs
      'Hola Iñaki, tu perra se ha vuelto a escapar y está tranquila en nuestro patio.',
      'Buenas tardes, Sra. Ferrer. El agua de nuestro baño ha pasado a su techo, lo siento mucho; ¿cuándo le viene bien que suba el perito?',
      'HOLA SRA. FERRER, EL AGUA DE NUESTRO BAÑO HA PASADO A SU TECHO. ¿CUÁNDO LE VIENE BIEN?',
      'Hola Carla, ha llegado a nuestra oficina un sobre a nombre de su empresa; lo guardamos en recepción.',
      'Hola, ¿son tuyas unas llaves con un llavero del Betis? Las encontré en el portal.',
      'Estimado Sr. Olivares: nos dijeron que era su bisabuelo el de la foto del archivo.',
      // What two neighbours share or touch
      'Hola Jordi, el seto que compartimos ya tapa la farola; ¿lo podamos juntos el sábado?',
      'Estimado Sr. Peña: nuestra nave es la que linda con la suya en el polígono de Júndiz y el desagüe está atascado.',
      'Hola Julián, soy Marta, la del 2.º de al lado. ¿Te llegó a ti también la carta del ayuntamiento?',
      'Hola Lola, vivimos en la misma calle y nuestros perros se saludan cada mañana. ¿Organizamos la fiesta del barrio?',
      // Someone in charge of the writer's matter, the writer in charge of theirs, a named person replaced
      'Buenos días, Sr. Roca: el edificio que usted administra tiene una gotera en el garaje desde el lunes.',
      'Hola Begoña, me dijeron en la gestoría que tú tramitas las altas de autónomos; ¿qué documentos hacen falta?',
      'Buenos días, Sr. Ibáñez: soy el técnico que tramita su solicitud de ayuda al alquiler; falta el certificado de empadronamiento.',
      'Hola Nuria, esta semana te cubro en el turno de noche de urgencias. ¿Algo que deba saber?',
      'Hola Rosa, le escribo en sustitución de Jaime Ortega, que coordinaba el voluntariado del banco de alimentos.',
      // What their firm or lab did for us, still doing what they are known for, their translation
      'Hola Pedro, vuestra imprenta nos ha donado los carteles de la carrera solidaria y queremos daros las gracias.',
      'Hola Sergio, el informe de calidad del aire que vuestro laboratorio publicó en mayo nos abrió los ojos.',
      'Hola Marina, ¿sigues dando clases de guitarra en el centro cívico? Mi hijo quiere empezar.',
      'Buenas tardes, Sra. Tapia: en el club de lectura tenemos su traducción de Szymborska y nos encantaría invitarla.',
    ],
  );
});

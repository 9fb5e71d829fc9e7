import { describe } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 6: families generalised after 50 realistic drafts (written and measured before the change). The
 * wordings here are not copied from the corpus.
 */
const { cases } = languageCases('es');

describe('es round 6: something the reader puts out, told in the present', () => {
  cases(
    'no-context',
    [
      'Hola Sara, admiro el trabajo que haces. ¿Hablamos?',
      'Hola Marcos, el informe que publica el INE cada trimestre es muy útil. ¿Una llamada?',
      'Hola Paula, trabajo en una empresa que lidera en su sector. ¿Hablamos?',
    ],
    [
      'Hola Inés, leo cada mes el boletín que escribes sobre vivienda social y tengo una duda sobre el último número.',
      'Hola Ramón, la columna que firmas en El Correo me hizo cambiar de opinión sobre el peaje urbano.',
      'Estimada Sra. Gil: me interesa el posgrado en Auditoría que coordina en la Universidad de Valencia. ¿Podría orientarme?',
      'Hola Juli, sigo el canal que hacés sobre cocina fermentada y me gustaría consultarte algo.',
      'BUENAS, TERE: LA NEWSLETTER QUE MANDAS LOS LUNES ME SALVA LA SEMANA. ¿Te puedo hacer una pregunta?',
    ],
  );
});

describe('es round 6: asks in new shapes', () => {
  cases(
    'personal-favor',
    [
      '¡Estoy nominada a los premios de emprendimiento! ¿Me votarías? Aquí tienes el enlace.',
      '¿Nos votas en la final del concurso de startups? Es un minuto.',
      '¿Podrías votarme en el concurso de fotografía?',
      'Si tienes un momento, me votas en este enlace, ¡gracias!',
    ],
    [
      'Nos votaron como mejor startup del año en 2024 y quería contarte cómo lo logramos en tu sector.',
      'Hola Bea, la junta me votó como presidenta el mes pasado; ¿te puedo preguntar por tu charla sobre gobernanza?',
      'Hola Luis, vi tu post sobre por qué votas en blanco en las elecciones del colegio; muy buen hilo.',
    ],
  );
  cases(
    'sales-pitch',
    [
      'Hola Ana, gestionamos las redes de marcas de cosmética como la tuya. ¿Hablamos el jueves?',
      'Hacemos webs para gimnasios pequeños como el tuyo. ¿Te cuento más?',
      'Hola Raúl, aumentamos sus ventas online un 30 % en dos meses. ¿Le interesa?',
      'Con nuestro método triplicamos tus reservas en temporada baja.',
    ],
    [
      'Dirijo una clínica dental como la tuya en Málaga y me gustó tu charla sobre ortodoncia.',
      'Hola Pilar, desde que usamos vuestra herramienta reducimos los costes de envío un 20 %. ¡Gracias por la charla de ayer!',
      'Hola Nora, he visto pocas marcas tan cuidadas como la tuya; ¿quién os hace el packaging?',
      'Hola Iván, en mi equipo mejoramos nuestros tiempos de entrega un 15 % tras leer tu artículo. ¿Puedo preguntarte algo?',
    ],
  );
});

const thread = { fromThem: 2 };

describe('es round 6: reasons found by probing ordinary outreach', () => {
  cases(
    'no-context',
    [
      'Hola Lidia, feliz año nuevo. ¿Hablamos en enero?',
      'Hola Tomás, gracias por tu tiempo. ¿Te puedo llamar?',
      'Hola Gema, vi que estás en LinkedIn desde hace años. ¿Un café?',
    ],
    [
      'Estimado Sr. Ponce: le escribimos para invitarlo como conferencista en las jornadas de riego de Mendoza.',
      'Hola Pedro, vi que estás armando el equipo de seguridad en Kavak; yo pasé por lo mismo en otra empresa. ¿Un café?',
      'Buenas, Dra. Prat: leí su trabajo sobre microbiota infantil y tengo una duda sobre la muestra.',
      'Estimado Profesor Lara: cursé su asignatura de Termodinámica en 2020 y quería pedirle consejo sobre el doctorado.',
      '¡Feliz cumpleaños, Rosa! Que lo pases genial.',
      'Estimada Mtra. Solís: le escribo para agradecerle la tutoría del proyecto de fin de grado.',
      'Hola Iker, he leído en Cinco Días que Holaluz ha fichado a una nueva directora de datos. ¿Cómo lo estáis viviendo?',
      'Buenos días, Sra. Vera. Soy vecina de su librería y organizo la feria del barrio; ¿le interesaría un puesto?',
    ],
  );
  cases(
    'pushy',
    [['Es urgente: necesito el contrato firmado.', thread], ['Respóndeme urgentemente, por favor.', thread], ['Necesito algo urgente: el informe de ventas.', thread]],
    [
      ['Gracias por el informe. No es urgente, revísalo cuando puedas.', thread],
      ['Nada urgente: lo vemos la semana que viene.', thread],
      ['Si te surge algo urgente antes, escríbeme por WhatsApp.', thread],
      ['Para cualquier cosa urgente estoy en el móvil.', thread],
      ['Lo urgente ya está resuelto; el resto, en enero.', thread],
    ],
  );
  cases(
    'demanding',
    ['Hola Marta, vi tu charla en el Foro de Logística. Escríbeme mañana.'],
    [
      'Hola Marta, vi tu charla en el Foro de Logística. En caso de que te interese, escríbeme por aquí.',
      'Hola Marta, vi tu charla en el Foro de Logística. De ser así, llámame al 600 111 222.',
    ],
  );
});

import { describe } from 'vitest';
import { languageCases, type DraftOptions } from '../../testing/language-cases.ts';

/**
 * Round 4: the families generalised after new drafts showed what they missed (written and measured
 * before the change). Each family member, flagged and quiet, in wordings not copied from the corpus.
 */
const { cases } = languageCases('es');
const thread: DraftOptions = { fromThem: 2 };

describe('es round 4: context said in other words', () => {
  cases(
    'no-context',
    [
      // Pseudo-context stays no reason.
      'Hola Iker, ambos trabajamos en el mismo sector y me pareció interesante escribirte. ¿Hablamos?',
      'Buenas, Lola. Me salió tu perfil entre las sugerencias y quería saludarte. ¿Te animas a una llamada?',
      'Hola Tere, lo que hacemos en mi empresa te puede interesar. ¿Tienes 15 minutos?',
    ],
    [
      'Hola Gema, las dos fuimos voluntarias de Cruz Roja en Almería hace años. ¿Te puedo pedir consejo sobre la ONG?',
      'Hola Ramiro, ambos somos mentores del programa de emprendimiento del Tec. ¿Te late un café?',
      'Hola Quique, trabajamos juntos en Indra en 2015, ¿te acuerdas? Quería preguntarte algo sobre defensa.',
      'Hola Bea: como exalumna también del IE, me animo a escribirte por tu paso a consultoría. ¿Tendrías un rato?',
      'Hola Rodrigo, también egresado de la Católica, te escribo porque me interesa el área de riesgos. ¿Conversamos?',
      'Hola Mar, lo que contaste ayer en el Foro de Empleo de Sevilla sobre el teletrabajo me sirvió muchísimo. ¿Puedo preguntarte algo?',
      'Buenos días, Sr. Aranda. Lo que dijo usted durante la mesa de hidrógeno me dejó pensando. ¿Podríamos hablar?',
      '¿Eres el mismo Álvaro que ganó el hackathon de Ferrovial el año pasado? Te escribo por una duda sobre vuestro prototipo.',
      'Hola Sr. Lagos, la Dra. Pérez me facilitó su correo para consultarle sobre el ensayo clínico. ¿Tendría un momento?',
      'Hola Nati, Jorge Ibáñez me compartió tu número para lo del local de Palermo. ¿Te llamo mañana?',
    ],
  );
});

describe('es round 4: favors asked in any conversation', () => {
  cases(
    'personal-favor',
    [
      ['Oye, ¿me validarías un par de habilidades en LinkedIn? Gestión de proyectos sobre todo.', thread],
      ['Ya que trabajamos juntos, ¿me escribirías una recomendación para el perfil?', thread],
      ['¿Me dejarías una reseña en Google? Nos ayuda mucho.', thread],
      'Hola Fede, ¿me podrías presentar con alguien de compras de tu empresa?',
      'Buenas, ¿me avalas las competencias de SQL y Python? Gracias.',
      ['Oye, ¿podrías pasarle mi CV a tu jefa? Me encantaría entrar en tu equipo.', thread],
    ],
    [
      // An intro asked of someone you already talk with, a recommendation received, a reference check.
      ['Genial la charla. ¿Me podrías presentar con tu responsable de datos? Quiero proponerle el piloto que comentamos.', thread],
      'Hola Ana, te escribo por recomendación de Luis Soto, que conoce tu trabajo en Ecoembes. ¿Tendrías un rato?',
      'Hola Pablo, me dejaron una recomendación de lectura buenísima en tu post sobre pricing. ¿Qué más libros sugerirías?',
      ['Gracias por validar el presupuesto, Marta. Lo envío hoy.', thread],
      'Hola Paula, vi tu charla sobre evaluación: el test valida las competencias del candidato antes de la entrevista, ¿verdad?',
      ['Ana me escribió una recomendación preciosa el año pasado, ¡qué ilusión!', thread],
    ],
  );
});

describe('es round 4: job asks with a modal', () => {
  cases(
    'job-ask',
    [
      'Hola Javier, ¿me podrían contratar aunque sea por unos meses? Tengo muchas ganas de aprender.',
      'Hola, ¿me contratarías para el equipo de diseño? Te paso mi portafolio.',
      'Hola Sofía, ¿podrías recomendarme internamente para entrar en tu empresa?',
      'Hola Raúl, una palabra tuya con selección me abriría muchas puertas en el banco.',
    ],
    [
      'Hola Javier, me contrataron en Sngular el año pasado y quería contarte cómo nos fue con la migración que recomendaste en tu charla.',
      'Hola Sofía, en tu charla comentaste que hacéis referencias internas; ¿cómo funciona el proceso para los candidatos?',
      ['Gracias por la oferta, Luis. ¿Cuándo podrían contratar la nueva posición del equipo?', thread],
    ],
  );
});

describe('es round 4: hard deadlines', () => {
  cases(
    'pushy',
    [
      ['¿Me confirmas las fechas del viaje hoy mismo? Las agencias cierran la reserva.', thread],
      ['Necesito el contrato firmado antes del mediodía sin falta.', thread],
      ['¿Me mandas el informe de ventas antes de las 10?', thread],
    ],
    [
      ['Te mando el informe mañana sin falta, prometido.', thread],
      ['¿Me confirmas cuando puedas si el jueves te va bien? No hay prisa.', thread],
      ['Quedo atento a sus comentarios. Un saludo.', thread],
      ['Te mando la propuesta antes del viernes sin falta.', thread],
      ['¿Me pasas el informe que presentaste hoy en el comité? Me vendría bien para el resumen.', thread],
    ],
  );
});

describe('es round 4: pitches in new shapes', () => {
  cases(
    'sales-pitch',
    [
      'Hola Irene, ¿cuánto dinero pierde tu empresa con nóminas hechas a mano? Con Nomiq se hace en una tarde.',
      'Hola Luis, fabricamos unos envases reciclables que creo que les pueden interesar para su línea de congelados.',
      'Buenas, soy fotógrafo de producto y podría renovar el catálogo de tu tienda online con fotos que venden.',
      'Hola Marga, ¿te muestro cómo funciona nuestro CRM en una videollamada?',
      'Hola Dani, si quieres te paso tarifas y portafolio de mi estudio de diseño.',
    ],
    [
      'Hola Irene, ¿cuánto tiempo llevas en el equipo de nóminas de Mercadona? Me interesa tu experiencia para mi TFM.',
      'Hola Óscar, escuché tu pódcast sobre ciclismo: ¿cuánto tiempo dedicas a editar cada episodio?',
      'Hola Nerea, leí tu artículo sobre evaluación docente. ¿Te explico cómo lo aplicamos en mi instituto y me das tu opinión?',
      ['Como me pediste, te paso tarifas y plazos de entrega del pedido.', thread],
      'Hola Luis, tengo una duda sobre el informe que publicaste; ¿me explicas cómo funciona el índice de precios?',
    ],
  );
});

describe('es round 4: network phrases', () => {
  cases(
    'template-phrase',
    [
      'Hola Marina, me pareció buena idea agregarte a mi red profesional.',
      'Hola, tu perfil me apareció en las sugerencias y quise escribirte.',
    ],
    [
      'Hola Marina, me encantaría invitarte a mi red de mentores de la Fundación Ana Bella, donde acompañamos a mujeres emprendedoras.',
      'Hola Ernesto, leí tu artículo sobre redes eléctricas en El País y me surgió una duda. ¿Puedo preguntarte?',
    ],
  );
});

describe('es round 4: a title spelled out ends the salutation at its full stop', () => {
  cases(
    'wrong-name',
    [],
    [
      ['Buenas tardes, ingeniero. Platicamos ayer en la Expo Manufactura sobre la línea de ensamble.', { recipient: { name: 'Héctor Garza' } }],
      ['Buenos días, doctora. Le escribo por el congreso de Sevilla.', { recipient: { name: 'Carmen Ruiz' } }],
    ],
  );
});

describe('es round 4: a job claimed as owed', () => {
  cases(
    'entitled',
    [
      ['Con mi currículum, ese puesto tendría que haber sido para mí.', thread],
      ['Sinceramente, me merecía la plaza más que nadie.', thread],
      ['Tengo derecho a una explicación después de tres entrevistas.', thread],
      ['Tendrían que haberme contratado a mí, no a él.', thread],
    ],
    [
      ['Me alegro mucho por quien consiga el puesto; fue un proceso muy bonito.', thread],
      ['Ese puesto sería ideal para mí, así que me postulé ayer con la referencia 221.', thread],
      ['Espero tu respuesta cuando puedas. Un abrazo.', thread],
    ],
  );
});

import { describe } from 'vitest';
import { languageCases, type DraftOptions } from '../../testing/language-cases.ts';

/**
 * Round 5: families generalised after 40 new drafts (written and measured before the change) showed
 * reasons without a proper name and favors in new shapes. Wordings here are not copied from the corpus.
 */
const { cases } = languageCases('es');
const thread: DraftOptions = { fromThem: 2 };

describe('es round 5: reasons without a proper name', () => {
  cases(
    'no-context',
    [
      'Hola Rocío, ¿qué tal? Trabajo en compras. ¿Podemos hablar el lunes?',
      'Hola Dani, vi tu perfil y me pareció interesante. ¿Una llamada?',
      'Buenas, Eva. Te hice una pregunta hace tiempo. ¿Hablamos?',
    ],
    [
      'Hola Rocío, la calculadora de márgenes que publicaste el mes pasado me ahorró una tarde. ¿Cómo tratas el IVA?',
      'Buenas, Eva: le hice una consulta durante el seminario de ayer sobre auditorías y me quedé con ganas de más. ¿Hablamos?',
      'Hola Dani, TU COMENTARIO en mi hilo me ayudó a cerrar el informe. ¿Te puedo preguntar algo más?',
      'Hola Toni, te leo cada semana en la columna del suplemento y quería proponerte un tema.',
      'Hola Lía, vi que el plazo de vuestro concurso de ideas termina pronto; ¿se puede participar en equipo?',
      'Hola Quique, coincidimos los dos en el servicio de cardiología hace años, tú de residente y yo de enfermero.',
      'Estimada doctora Ruiz: nos gustaría invitarla a moderar la mesa de clausura de las jornadas.',
    ],
  );
});

describe('es round 5: asks in new shapes', () => {
  cases(
    'job-ask',
    [
      '¿Me echarías un cable para encontrar curro en tu empresa?',
      'Hola, ¿sería posible que me recomendaras ante tu jefa para entrar en el área de datos?',
      'Necesito ayuda para conseguir trabajo en vuestra empresa, ¿me ayudas?',
    ],
    [
      ['Deberíais contratarme sin más rodeos, ya lo he demostrado.', thread],
      'Gracias por la oferta; ¿me confirmas la banda salarial del puesto?',
      'Hola Bea, me ayudó mucho tu charla para encontrar mi primer trabajo. ¡Gracias!',
    ],
  );
  cases(
    'entitled',
    [['Con lo que sé, deberíais contratarme ya.', thread], ['No pienso hacer otra prueba técnica.', thread], ['Ya he demostrado de sobra lo que valgo; respondedme.', thread]],
    [['Estoy dispuesto a hacer otra prueba si hace falta.', thread], ['Creo que mi perfil encaja bien con el puesto.', thread], ['¿Deberíamos hablar la semana que viene?', thread]],
  );
  cases(
    'personal-favor',
    [
      'Hola, he lanzado una campaña de micromecenazgo para mi disco. ¿Te animas a aportar algo?',
      '¿Me podrías seguir en TikTok? ¡Gracias!',
      '¿Puedes compartir el vídeo de mi tienda en tus stories?',
      'Hola, ¿me recomendarías con tu jefa? Busco cambiar de empresa.',
    ],
    [
      ['Te paso el enlace de la campaña que me pediste.', thread],
      'Hola Juan, vi el vídeo que compartiste en tus redes sobre logística y tengo una duda.',
      'Gracias por seguir el proyecto; ¿te parece si lo hablamos el martes?',
    ],
  );
  cases(
    'pushy',
    [['Espero su confirmación, impostergablemente hasta el lunes.', thread], ['Necesito la firma impreteriblemente para mañana.', thread], ['Envíelo improrrogablemente antes del viernes.', thread]],
    [['La convocatoria tiene un plazo improrrogable que cierra el 14.', thread], ['Sin prisa, cuando puedas.', thread], ['Quedo a la espera de sus comentarios.', thread]],
  );
  cases(
    'sales-pitch',
    [
      'Hola Luis, ¿le mando el catálogo con las novedades de otoño?',
      'Tenemos pisos en preventa en Marbella. ¿Le interesa?',
      'Invierta con nosotros: rentabilidad garantizada del 9 % anual.',
    ],
    [
      ['Como me pediste, te mando el catálogo con precios.', thread],
      'Hola Marta, leí tu análisis sobre la rentabilidad del alquiler en Valencia y tengo una pregunta.',
      'Hola, vi tu charla sobre preventa de software B2B en el congreso. ¿Hablamos?',
    ],
  );
});

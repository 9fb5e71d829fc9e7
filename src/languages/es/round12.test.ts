import { describe } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 12: families generalised after 40 drafts based on Spanish-language pages (written and measured before the
 * change). The wordings here are not copied from the corpus.
 */
const { cases } = languageCases('es');

describe('es round 12: "sin compromiso" sells only when it qualifies an offer', () => {
  cases(
    'sales-pitch',
    [
      'Hola Rosa, ¿te va bien una demo de 20 minutos el lunes? Sin compromiso.',
      'Hola Iván, te preparo un presupuesto para la reforma de la nave, totalmente sin compromiso.',
      'Buenos días, Sr. Prats: le ofrecemos una auditoría energética SIN NINGÚN COMPROMISO.',
      'Hola Teo, es gratis y sin compromiso: ¿lo probamos en tu clínica?',
    ],
    [
      // A favor asked of them, and "no obligation" for them
      'Hola Adrián, si después de hablar lo ves claro, te agradecería que mencionaras mi candidatura, sin ningún compromiso.',
      'Hola Elsa, te paso mi borrador por si te apetece echarle un ojo, sin compromiso de ningún tipo.',
      'Hola Gema, ¿me contarías cómo fue tu cambio a producto? Sin compromiso, solo si te apetece.',
    ],
  );
});

describe('es round 12: a product presented by its name, then what it is', () => {
  cases(
    'sales-pitch',
    [
      'Hola Paula, te escribo para presentarte Fideliza, nuestra solución de fidelización para retail.',
      'Buenas tardes, Sra. Cruz: quería presentarle Nómina360, nuestra plataforma de nóminas.',
      'Hola Luis, me gustaría mostrarte Tarea Pro, mi herramienta de gestión de obras.',
    ],
    [
      // Presenting a person, or our team, is no product
      'Hola Paula, te escribo para presentarte a Marta, nuestra nueva responsable de compras.',
      'Hola Luis, quería presentarte Valencia, mi ciudad, en la ponencia del jueves.',
    ],
  );
});

describe('es round 12: a CV named, then "it" passed to hiring', () => {
  cases(
    'personal-favor',
    [
      'Hola Andrés, te adjunto mi CV, ¿podrías pasarlo a Recursos Humanos? Gracias!',
      'Te mando mi currículum; si puedes, pásalo al equipo de selección.',
      'Hola Vane, aquí va mi hoja de vida, ¿la harías llegar a tu jefa?',
    ],
    [
      // A document that is not the writer's CV, passed on inside a thread
      ['Te adjunto la propuesta, ¿podrías pasarla a tu jefa?', { fromThem: 2 }],
      'Te envío el informe, ¿puedes pasarlo a Recursos Humanos para la auditoría?',
      // Already applied, a CV sent to the recruiter who asked for it
      ['Aquí tienes mi CV, como me pediste. Gracias por pasarlo al equipo.', { fromThem: 1 }],
    ],
  );
});

describe('es round 12: a merge field is no reason why them', () => {
  cases(
    'no-context',
    [
      'Hola [Nombre], vi que trabajas en {empresa} y me encantaría conectar.',
      'Hola, supe que trabajas en {{empresa}}. ¿Hablamos?',
    ],
    [
      'Hola Ane, vi que trabajas en Ikerlan y me encantaría conectar.',
      'Hola Ane, vi que lideras el equipo de baterías de Ikerlan. ¿Hablamos?',
    ],
  );
});

describe('es round 12: networking with "more" professionals of the sector', () => {
  cases(
    'template-phrase',
    [
      'Hola, me encantaría conectar con más profesionales del sector. ¡Saludos!',
      'Busco conectar con otros profesionales de mi área.',
      'Me gustaría conectar con nuevos profesionales de la industria.',
    ],
    ['Hola Iratxe, tras tu charla en el BEC me encantaría conectar con más profesionales de Iberdrola que trabajan con hidrógeno verde.'],
  );
});

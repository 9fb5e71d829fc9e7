import { describe } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

/**
 * Round 27: professional cold notes give their reason in passing: the years a recruiter's candidate spent at a
 * named firm, the reader's reply to the writer's article, their goods seen at a named place, their company
 * named in a report or the press. The wordings here are not copied from the corpus.
 */
const { cases } = languageCases('es');

describe('es round 27: reasons told in passing count', () => {
  cases(
    'no-context',
    [
      // Still no reason why this person: a tenure with no named place, a profile seen on LinkedIn, a bare company
      'Hola Pedro, tus años de experiencia encajan con el perfil que buscamos. ¿Hablamos?',
      'Hola Ana, vimos su perfil en LinkedIn y nos encantó. ¿Tiene 15 minutos?',
      'Hola Luis, tu empresa puede vender más con nuestra plataforma. ¿Agendamos una demo?',
      'Buenas, Marta: su respuesta es importante para nosotros. ¿Podemos hablar?',
    ],
    [
      // Their time at a named firm or place
      'Buenos días, ingeniera Rojas: sus años en Antofagasta con BHP encajan muy bien con la búsqueda que llevamos.',
      'Hola Tomás, tu paso por Mercado Libre es justo lo que buscamos para el equipo de pagos.',
      'Hola Sra. López: ¿sus años con Iberia Cargo, en Barajas? Es lo que busca nuestro cliente.',
      // Their reply to, or review of, the writer's work
      'Dra. Méndez, su reseña de mi libro en Letras Libres fue generosa y certera. ¿Podemos conectar?',
      'HOLA JAVIER, TU RÉPLICA A MIS DATOS FUE JUSTA; ¿LO HABLAMOS?',
      // Their goods seen, tried or bought at a named place
      'Hola Nerea: probamos vuestros quesos en la Feria de Zamora y queremos ponerlos en la carta.',
      'Buenas tardes, don Luis. Vi sus sillas de mimbre en el Hotel Alhambra Palace y me gustaría encargar doce.',
      // Their company or name in a report, a ranking or the press
      'Hola Clara, vuestra startup aparece en el ranking de Forbes de empresas sostenibles; ¿hablamos para un reportaje?',
      'Hola Íker: vuestra bodega aparece en el listado de proveedores del Parador de León.',
      'Buenos días, Sr. Ortega. Lo citan en el informe de la CEPAL sobre puertos; ¿aceptaría una entrevista?',
    ],
  );
});

import type { ChecklistCues } from '../types.ts';

const THEIR = '(?:tu|tus|su|sus|vuestr[oa]s?)';
const WORK = "(?:charlas?|ponencias?|art(?:í|i)culos?|posts?|publicaci(?:ó|o)n(?:es)?|hilos?|columnas?|entrevistas?|podcasts?|libros?|talleres|taller|tesis|investigaci(?:ó|o)n|conferencias?|webinars?|newsletters?|repositorios?|keynotes?|tuits?|comentarios? en)";

/** What ticks the checklist in Spanish (languages.md §8). */
export const checklist: ChecklistCues = {
  introducesSelf: [
    'soy (?:un[oa]? |el |la )?(?:\\p{L}+ ){0,2}?(?:de|en|del|con|y)', 'soy (?:\\p{L}+ )?\\p{L}+, (?:\\S+ ){0,3}?(?:de|del|en|desde)', 'me llamo', 'mi nombre es', 'trabajo (?:en|como|para|con)', 'estudio (?:en|\\p{L}+ en)', 'estudiante de',
    'dirijo', 'lidero', 'coordino', 'soy (?:cofundador|cofundadora|fundador|fundadora|ceo|cto|director|directora|responsable|reclutador|reclutadora|estudiante|ingenier[oa]|desarrollador|desarrolladora|analista|consultor|consultora|investigador|investigadora|profesor|profesora|residente|headhunter|periodista|abogad[oa]|m(?:é|e)dic[oa])',
    'les? escribo (?:desde|de parte de)', 'te escribo (?:desde|de parte de)', 'me dirijo a (?:usted|ti) desde',
  ],
  statesReason: [
    '(?:te|le|les|os) escribo (?:porque|para|por|ya que|a ra(?:í|i)z de|tras|despu(?:é|e)s de|en relaci(?:ó|o)n)', 'me pongo en contacto (?:contigo |con usted )?(?:porque|para|por)',
    'me dirijo a (?:usted|ti) (?:porque|para|por)', 'el motivo de (?:mi|este) mensaje', 'te contacto (?:porque|para)', 'le contacto (?:porque|para)',
    '(?:estoy|estamos) (?:preparando|buscando|levantando|trabajando|organizando|investigando|escribiendo)', 'me (?:encantar(?:í|i)a|gustar(?:í|i)a) (?:saber|conocer|preguntarte|preguntarle|hacerte|hacerle|contarte|contarle|tu|su)',
  ],
  commonGround: [
    'tambi(?:é|e)n (?:estudi(?:é|e)|trabaj(?:é|e)|estuve|soy exalumn[oa]) en', 'nos conocimos en', '(?:ambos|ambas|los dos|las dos) (?:somos|estudiamos|fuimos) en',
    'fui (?:alumn[oa]|estudiante) (?:tuy[oa]|suy[oa])', '(?:te|la|lo|le) (?:escuch(?:é|e)|vi|vimos|conoc(?:í|i)) en (?:el|la)', '(?:asist(?:í|i)|estuve|particip(?:é|e)) (?:a|en) (?:tu|su|vuestr[oa])',
    'coincidimos en', 'nos (?:vimos|cruzamos|conocimos)', 'compañer[oa]s? de (?:clase|promoci(?:ó|o)n|carrera|m(?:á|a)ster)', 'antiguos alumnos de',
  ],
  referencesThem: [
    // With what it is about: "tus publicaciones" alone would fit anyone.
    `${THEIR} ${WORK} (?:sobre|acerca de|en|de|del)`,
  ],
  clearAsk: [
    '(?:agendamos|hablamos|quedamos|conversamos|charlamos|coordinamos|nos tomamos|nos vemos|conectamos|podemos|podr(?:í|i)amos|cu(?:á|a)ndo (?:te|le) (?:viene|va))[^?\\n]{0,200}\\?',
    '(?:tendr(?:í|i)as|tendr(?:í|i)a|podr(?:í|i)as|podr(?:í|i)a|te parece|le parece|te parecer(?:í|i)a|le parecer(?:í|i)a|te gustar(?:í|i)a|le gustar(?:í|i)a|te apetece|te apetecer(?:í|i)a|te interesar(?:í|i)a|le interesar(?:í|i)a|ten(?:é|e)s|pod(?:é|e)s|aceptar(?:í|i)as|te va bien|te cuadra|estar(?:í|i)as|estar(?:í|i)a)[^?\\n]{0,200}\\?',
  ],
  thanks: ['gracias', 'te agradezco', 'le agradezco', 'les agradezco', 'os agradezco', 'agradecer(?:í|i)a', 'agradecid[oa]', 'mil gracias', 'muchas gracias'],
};

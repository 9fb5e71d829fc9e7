import type { MentionCues } from '../types.ts';

/** `no-context`'s backstop: a sentence about the reader (tú, usted) that names something particular (see signals/specific-mention.ts). */
export const mention: MentionCues = {
  reader: ['tú', 'tu', 'tus', 'te', 'ti', 'contigo', 'usted', 'ustedes', 'vos', 'vosotros', 'vosotras', 'eres', 'estás', 'fuiste', 'estuviste', 'tienes', 'tenés'],
  together: ['los dos', 'las dos', 'ambos', 'ambas', 'juntos', 'juntas', 'compañeros', 'compañeras'],
  ourSide: ['nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'somos', 'ayudamos', 'ofrecemos', 'como la tuya', 'como el tuyo', 'como tú', 'como usted', 'como la suya', 'como el suyo'],
  placePrepositions: ['en', 'cerca de', 'desde'],
  selfIntroductions: ['soy', 'me llamo', 'mi nombre es', 'de parte de', 'grado de', 'grado en', 'carrera de', 'máster de', 'máster en', 'licenciatura en', 'licenciada en', 'licenciado en', 'estudié', 'estudio'],
  notNames: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ownEmployer: ['(?:soy|trabajo|estoy|dirijo)(?: (?!(?:tú|tu|te|usted|su|que|y|pero|donde)(?![\\p{L}]))[\\p{L}\\p{N}’\'-]+){0,4} (?:en|de|para)'],
  sharedMoment: [
    // What they did, in the preterite of tú ("la plantilla que compartiste", "lo que respondiste"); not "existe", "triste"…
    '(?<![\\p{L}])(?!(?:existe|consiste|insiste|resiste|asiste|desiste|subsiste|persiste|triste|chiste|viste|alpiste|quiste|despiste|recibiste|aceptaste|ignoraste|leíste)(?![\\p{L}]))\\p{L}{2,}(?:aste|iste)(?![\\p{L}])',
    // What we did together: "estuvimos en la misma mesa", "nos conocimos en", "coincidimos en la feria".
    '(?<![\\p{L}])(?:estuvimos|nos conocimos|nos vimos|fuimos compañer[oa]s|coincidimos en (?:el|la|los|las|un|una))(?![\\p{L}])',
  ],
  // A past moment of theirs, dated: "gracias por la charla de ayer", "nos presentó la semana pasada".
  datedMoment: {
    // The possessive "su" and "le" of usted stand for the reader here; the first backstop's verb forms ("eres", "tienes") do not date anything.
    reader: ['tú', 'tu', 'tus', 'te', 'ti', 'contigo', 'usted', 'ustedes', 'vos', 'vosotros', 'vosotras', 'su', 'sus', 'le'],
    pastTime: [
      'ayer', 'anteayer', 'antier',
      '(?:la|el|del|de la) (?:semana|mes|año|verano|invierno|otoño|semestre|trimestre|fin de semana|lunes|martes|miércoles|jueves|viernes|sábado|domingo) pasad[oa]',
      'hace (?:\\d+|un|una|dos|tres|cuatro|cinco|seis|unos|unas|pocos|pocas) (?:días|semanas|meses|años|día|semana|mes|año)',
    ],
    date: ['el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)', 'el día \\d{1,2}', 'en (?:19|20)\\d\\d'],
    pastVerb: ['\\p{Ll}{2,}(?:ó|aste|iste|aron|ieron|ió|amos|imos|ado|ido)', 'fue', 'fui', 'fuiste', 'fuimos', 'estuvo', 'estuviste', 'estuvimos', 'dio', 'dijo', 'hizo', 'tuvimos'],
    notAMoment: [
      // My own messages and follow-ups.
      '(?:te|le|les) (?:escribí|envié|mandé)', '(?:mi|mis) (?:\\S+ ){0,2}?(?:mensaje|solicitud|correo|invitación|propuesta|cv|currículum|candidatura)', 'retomo', 'retomando', 'dando seguimiento', 'vuelvo a escribir',
      // LinkedIn clicks, a sighting, anyone like them, a claimed exchange.
      '(?:te|le|la|lo) (?:vi|he visto|había visto)', 'perfil', 'aceptaste', 'aceptó', 'conectamos', 'como tú', 'como usted', 'como la tuya', 'como la suya', 'como el tuyo', 'como el suyo',
      'como (?:hablamos|quedamos|acordamos|prometí|comentamos)',
    ],
  },
};

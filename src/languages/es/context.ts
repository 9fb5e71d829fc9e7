import type { Family, Lexicon } from '../../engine/families.ts';

/**
 * What gives a cold Spanish draft its reason why this person (`no-context` stays quiet), with the same
 * family names as English, and the pseudo-context that would fit anyone ("vi tu perfil").
 */
export const lexicon: Lexicon = {
  // "tu", "su", "vuestro": whose the work is (the reader's or their team's).
  their: ['tu', 'tus', 'su', 'sus', 'vuestr[oa]s?'],
  // Things of theirs a message can name: a talk, a post, a column…
  workNoun: [
    'charlas?', 'ponencias?', 'art(?:í|i)culos?', 'posts?', 'publicaci(?:ó|o)n(?:es)?', 'hilos?', 'comentarios?', 'columnas?', 'entrevistas?',
    'talleres?', 'taller', 'podcasts?', 'episodios?', 'libros?', 'tesis', 'investigaci(?:ó|o)n(?:es)?', 'presentaci(?:ó|o)n(?:es)?', 'conferencias?',
    'webinars?', 'seminarios?', 'asignaturas?', 'materias?', 'p(?:ó|o)dcasts?', 'directos?', 'lives?', 'v(?:í|i)deos?', 'newsletters?', 'blogs?', 'repositorios?', 'repos?', 'paneles', 'panel', 'keynotes?', 'clases?', 'cursos?',
    'papers?', 'estudios?', 'informes?', 'campañas?', 'intervenci(?:ó|o)n(?:es)?', 'tuits?', 'tweets?', 'reels?', 'columnas?', 'reportajes?',
    'participaci(?:ó|o)n', 'demo', 'stand', 'workshops?', 'meetups?', 'bootcamps?', 'respuesta en (?:el|la|un|una)', 'aportaci(?:ó|o)n(?:es)?', 'libro', 'gu(?:í|i)as?', 'an(?:á|a)lisis', 'mesa redonda', 'discurso', 'cr(?:ó|o)nicas?', 'canal', 'portfolio', 'portafolio',
    'story', 'stories', 'carrusel', 'notas?', 'ensayos?', 'cap(?:í|i)tulos?', 'traducci(?:ó|o)n(?:es)?', 'tableros?', 'dashboards?', 'mapas?', 'documental(?:es)?', 'bar(?:ó|o)metros?', 'reportes?', 'bolet(?:í|i)n(?:es)?',
    'librer(?:í|i)as?', 'bibliotecas?', 'plugins?', 'datasets?', 'visualizaciones?', 'infograf(?:í|i)as?', 'tesinas?', 'tfg', 'tfm', 'memorias?', 'manual(?:es)?', 'cortometrajes?', 'documentos?', 'encuesta', 'reflexi(?:ó|o)n(?:es)?', 'plantillas?', 'checklists?', 'calculadoras?', 'tutoriales?', 'recursos?', 'demostraci(?:ó|o)n(?:es)?', 'secci(?:ó|o)n(?:es)?', 'programas? de radio', 'tribuna', 'op-ed', 'masterclass', 'r(?:é|e)plicas?', 'rese(?:ñ|n)as?', 'sesi(?:ó|o)n(?:es)?', 'exposici(?:ó|o)n',
  ],
  // What a reader runs or teaches, as a thing of theirs ("el posgrado que coordina", "el máster que dirige").
  programmeNoun: ['m(?:á|a)ster', 'posgrado', 'postgrado', 'diplomado', 'maestr(?:í|i)a', 'programa', 'laboratorio', 'grupo de investigaci(?:ó|o)n', 'c(?:á|a)tedra', 'revista', 'festival', 'congreso', 'ciclo', 'club de lectura', 'comunidad'],
  // What the reader puts out now, said to tú or vos: "la newsletter que mandas", "el canal que hacés".
  makesNowYou: [
    'escribes', 'mandas', 'env(?:í|i)as', 'publicas', 'presentas', 'grabas', 'haces', 'editas', 'diriges', 'coordinas', 'moderas', 'compartes', 'subes', 'sacas', 'organizas', 'impartes', 'das', 'dictas', 'llevas', 'mantienes', 'firmas', 'conduces', 'produces', 'lideras', 'gestionas', 'curas', 'preparas',
    'escrib(?:í|i)s', 'mand(?:á|a)s', 'envi(?:á|a)s', 'public(?:á|a)s', 'present(?:á|a)s', 'grab(?:á|a)s', 'hac(?:é|e)s', 'edit(?:á|a)s', 'dirig(?:í|i)s', 'coordin(?:á|a)s', 'moder(?:á|a)s', 'compart(?:í|i)s', 'sub(?:í|i)s', 'sac(?:á|a)s', 'organiz(?:á|a)s', 'impart(?:í|i)s', 'dict(?:á|a)s', 'llev(?:á|a)s', 'manten(?:é|e)s', 'firm(?:á|a)s', 'conduc(?:í|i)s', 'produc(?:í|i)s', 'lider(?:á|a)s', 'gestion(?:á|a)s', 'prepar(?:á|a)s',
  ],
  // The same said to usted (or of a third person: only with usted or a place or time after it, see theirWork).
  makesNowFormal: ['escribe', 'manda', 'env(?:í|i)a', 'publica', 'presenta', 'graba', 'edita', 'dirige', 'coordina', 'modera', 'comparte', 'organiza', 'imparte', 'dicta', 'mantiene', 'firma', 'conduce', 'produce', 'lidera', 'gestiona', 'preside', 'encabeza'],
  // Their work in general: specific only with what it is about ("tu trabajo sobre…", "su labor en…").
  softNoun: ['trabajo', 'labor', 'trayectoria en', 'experiencia (?:en|con|liderando|como)', 'equipo de', 'paso de'],
  // Seeing, reading, hearing something of theirs.
  perceiveVerb: [
    'le(?:í|i)', 'he le(?:í|i)do', 'hemos le(?:í|i)do', 'acabo de leer', 'estuve leyendo', 'vi', 'he visto', 'hemos visto', 'acabo de ver', 'vimos',
    'escuch(?:é|e)', 'he escuchado', 'escuchamos', 'o(?:í|i)', 'asist(?:í|i) a', 'he asistido a', 'estuve en', 'fui a', 'particip(?:é|e) en', 'he participado en', 'segu(?:í|i)', 'sigo', 'conozco', 'conocemos',
    'me (?:encant(?:ó|o)|gust(?:ó|o)|inspir(?:ó|o)|sirvi(?:ó|o)|ayud(?:ó|o)|salv(?:ó|o)|llam(?:ó|o) la atenci(?:ó|o)n|impresion(?:ó|o)|interes(?:ó|o))',
    'qu(?:é|e) (?:buen[oa]|gran|interesante)', 'gracias por', 'enhorabuena por', 'felicidades por', 'muy buen[oa]', 'genial',
    'a ra(?:í|i)z de', 'sobre',
    'curs(?:é|e)', 'tom(?:é|e)', 'encontr(?:é|e)', 'di con', 'descubr(?:í|i)', 'termin(?:é|e)(?: de leer| de ver)?', 'acab(?:é|e) de leer', 'estoy leyendo', 'devor(?:é|e)', 'uso', 'usamos', 'tenemos', 'tengo', 'utilizo', 'utilizamos', 'cito', 'recomiendo',
  ],
  // Things the reader did ("vi que lideras ese equipo", "usted lideró la interconexión…").
  deedVerb: [
    'lider(?:as|a|aste|ó|o|abas|aba)', 'dirig(?:es|e|iste|ió|io)', 'coordin(?:as|a|aste|ó|o)', 'lanz(?:aste|ó|o|asteis|aron)', 'public(?:aste|ó|o|asteis|aron)', 'eres', 'es usted', 'sos', 'levantasteis', 'levantaron', 'ganasteis', 'ganaron', 'cerrasteis', 'cerraron', 'abrieron', 'hab(?:é|e)is (?:abierto|lanzado|cerrado|levantado|ganado|publicado|anunciado|adquirido|inaugurado|conseguido|empezado)', 'han (?:abierto|lanzado|cerrado|levantado|ganado|publicado|anunciado|adquirido|inaugurado|conseguido)',
    'escrib(?:iste|ió|io)', 'ganaste', 'gan(?:ó|o)', 'fundaste', 'fund(?:ó|o)', 'cofundaste', 'montaste', 'abri(?:ó|o|ste)', 'abristeis', 'organiz(?:aste|ó|o|as|a)',
    'impulsaste', 'impuls(?:ó|o)', 'presentaste', 'present(?:ó|o)', 'diste', 'dio', 'moderaste', 'moder(?:ó|o)', 'hablaste', 'habl(?:ó|o)', 'compartiste', 'comparti(?:ó|o)',
    'migraste', 'migr(?:ó|o)', 'redujiste', 'redujo', 'redujisteis', 'cerraste', 'cerr(?:ó|o)', 'levantaste', 'levant(?:ó|o)', 'te (?:unes|uniste|incorporaste|sumaste)',
    'se (?:uni(?:ó|o)|incorpor(?:ó|o)|sum(?:ó|o))', 'estás en', 'trabajas en', 'vas a (?:dar|presentar|hablar|moderar|participar|estar)', 'va usted a (?:dar|presentar|hablar|moderar|participar)', 'est(?:á|a)s liderando', 'est(?:á|a) liderando',
    // What they are doing now, seen: "vi que estás montando el equipo…", "vi que está usted preparando…", "estáis abriendo"
    'est(?:á|a)s \\p{L}{3,}(?:ando|iendo|yendo)', 'est(?:á|a) usted \\p{L}{3,}(?:ando|iendo|yendo)', 'est(?:á|a)is \\p{L}{3,}(?:ando|iendo|yendo)', 'acabas de',
    'mantienes', 'manten(?:é|e)s', 'mantiene usted', 'contribuyes', 'contribuiste', 'desarrollaste', 'creaste', 'construiste', 'diseñaste', 'armaste', 'programaste', 'encabezaste', 'encabez(?:ó|o)', 'dirigiste', 'coordinaste', 'lideraste',
  ],
  // Where a person or a firm can be named by others: a ranking, the press, a directory.
  listingNoun: ['ranking', 'lista', 'listado', 'prensa', 'noticia', 'peri(?:ó|o)dico', 'diario', 'revista', 'directorio', 'cat(?:á|a)logo', 'gu(?:í|i)a', 'mapa', 'memoria', 'top'],
  // Good news of theirs.
  newsNoun: [
    'nuevo (?:puesto|cargo|rol|reto|trabajo|proyecto|libro|podcast)', 'nueva (?:etapa|posici(?:ó|o)n|empresa|aventura|oficina|tienda|planta|sede|ronda)',
    'nombramiento', 'ascenso', 'promoci(?:ó|o)n', 'premio', 'reconocimiento', 'ronda', 'lanzamiento', 'incorporaci(?:ó|o)n', 'aniversario', 'galard(?:ó|o)n',
    'doctorado', 'graduaci(?:ó|o)n', 'libro', 'publicaci(?:ó|o)n', 'salida a bolsa', 'adquisici(?:ó|o)n', 'fusi(?:ó|o)n', 'apertura', 'inauguraci(?:ó|o)n',
  ],
  // Where people meet.
  eventNoun: [
    'meetup', 'congreso', 'evento', 'feria', 'jornadas?', 'conferencia', 'foro', 'cumbre', 'summit', 'stand', 'taller', 'webinar', 'hackat(?:ó|o)n', 'hackathon',
    'encuentro', 'workshop', 'panel', 'mesa redonda', 'afterwork', 'desayuno', 'almuerzo', 'comida', 'cena', 'c(?:ó|o)ctel', 'presentaci(?:ó|o)n', 'charla',
    'ponencia', 'bootcamp', 'curso', 'm(?:á|a)ster', 'programa', 'seminario', 'simposio', 'festival', 'expo', 'sal(?:ó|o)n', 'convenci(?:ó|o)n', 'reuni(?:ó|o)n',
    'escenario', 'keynote', 'mentor(?:í|i)a', 'aceleradora', 'demo ?day', 'fiesta', 'boda', 'networking',
  ],
  // Groups that people share.
  groupNoun: [
    'grupo', 'comunidad', 'asociaci(?:ó|o)n', 'colegio', 'promoci(?:ó|o)n', 'generaci(?:ó|o)n', 'programa', 'm(?:á|a)ster', 'mba', 'universidad', 'facultad',
    'escuela', 'club', 'red de', 'cohorte', 'equipo', 'empresa', 'proyecto', 'voluntariado', 'colectivo', 'consejo', 'junta', 'c(?:á|a)tedra', 'laboratorio',
  ],
  // What someone is invited to be or do.
  speakRole: [
    'ponente', 'speaker', 'orador(?:a)?', 'conferencista', 'conferenciante', 'expositor(?:a)?', 'disertante', 'tallerista', 'charlista', 'mentor', 'mentora', 'jurado', 'panelista', 'invitad[oa]', 'entrevistad[oa]', 'moderador(?:a)?', 'jueza?',
    '(?:dar|impartir|abrir|cerrar|moderar|inaugurar|presentar) (?:una |un |la |el )?(?:\\S+ )?(?:charla|ponencia|taller|clase|masterclass|keynote|conferencia|sesi(?:ó|o)n|lecci(?:ó|o)n|mesa|panel|jornada)', 'podcast', 'panel', 'mesa redonda',
  ],
  // What two people both were somewhere: "los dos fuimos becarios de…", "ambas somos mentoras en…".
  sharedRole: [
    'becari[oa]s', 'voluntari[oa]s', 'mentor(?:es|as)', 'alumn[oa]s', 'exalumn[oa]s', 'soci[oa]s', 'miembros', 'compañer[oa]s', 'parte', 'ponentes', 'jurado', 'finalistas',
    'fundador(?:es|as)', 'profesor(?:es|as)', 'residentes', 'investigador(?:es|as)', 'colegiad[oa]s', 'asociad[oa]s', 'egresad[oa]s', 'graduad[oa]s', 'ganador(?:es|as)', 'participantes', 'emprendedor(?:es|as) de',
  ],
  // Concrete things of theirs that an everyday matter is about: their pet, their child, their terrace, their
  // car, a parcel or a file. Not what a pitch would name ("tu negocio", "tu empresa", "tu casa", "tu piso").
  possessionNoun: [
    'terrazas?', 'patios?', 'jard(?:í|i)n(?:es)?', 'fincas?', 'parcelas?', 'lotes?', 'terrenos?', 'garajes?', 'cocheras?', 'locales?', 'local', 'naves?', 'balc(?:ó|o)n(?:es)?', 'tejados?', 'techos?', 'fachadas?', 'buz(?:ó|o)n(?:es)?',
    'abuel[oa]s?', 'bisabuel[oa]s?', 'padres?', 'madres?', 'herman[oa]s?', 'coches?', 'autos?', 'carros?', 'camionetas?', 'motos?', 'bicis?', 'bicicletas?', 'perr[oa]s?', 'gat[oa]s?', 'caballos?', 'yeguas?', 'mascotas?', 'hij[oa]s?', 'mochilas?', 'carteras?', 'billeteras?', 'paquetes?',
    'vallas?', 'cercas?', 'cercos?', 'alambrados?', 'muros?', 'tapias?', '(?:á|a)rbol(?:es)?', 'ficus', 'veredas?', 'aceras?',
    'expedientes?', 'tr(?:á|a)mites?', 'reclamaci(?:ó|o)n(?:es)?', 'siniestros?', 'matr(?:í|i)culas?', 'inscripci(?:ó|o)n(?:es)?',
  ],
  // What someone in charge of the writer's matter does with it: "la comunidad que usted administra".
  runsYou: ['administras', 'administr(?:á|a)s', 'tramitas', 'tramit(?:á|a)s', 'gestionas', 'llevas', 'coordinas', 'atiendes', 'atend(?:é|e)s', 'representas', 'represent(?:á|a)s', 'presides', 'arriendas', 'alquilas', 'alquil(?:á|a)s', 'regentas', 'entrenas', 'entren(?:á|a)s', 'diriges', 'dirig(?:í|i)s'],
  runsFormal: ['administra', 'tramita', 'gestiona', 'lleva', 'coordina', 'atiende', 'representa', 'preside', 'arrienda', 'alquila', 'regenta', 'entrena', 'dirige'],
  // What a firm or a team of theirs did for us: "su molino nos donaba la harina", "tu panadería nos ha suministrado".
  servedVerb: [
    'suministr\\p{L}*', 'don(?:a|aba|aban|ó|o|aron|ado|an)', 'regal(?:a|aba|aban|ó|aron|ado)', 'cedi(?:ó|o|eron)', 'ced(?:e|ía|ido)', 'prest(?:a|aba|ó|aron|ado)', 'provee', 'prove(?:í|i)a', 'provey(?:ó|eron)', 'provisto',
    'traslad(?:ó|aron|ado)', 'mud(?:ó|aron|ado)', 'instal(?:ó|aron|ado)', 'arregl(?:ó|aron|ado)', 'repar(?:ó|aron|ado)', 'atendi(?:ó|o|eron)', 'atendido', 'vendi(?:ó|o|eron)', 'vendido', 'patrocin(?:a|aba|ó|aron|ado)', 'llev(?:a|aba|ó|aron|ado) (?:el|la|los|las) (?:comida|pan|catering|mantenimiento|limpieza)',
  ],
  // Telling someone suggested writing.
  suggestVerb: [
    'me (?:sugiri(?:ó|o)|recomend(?:ó|o)|aconsej(?:ó|o)|habl(?:ó|o) de ti|coment(?:ó|o))',
    // "me pasó su contacto", "me compartió tu correo", "me ha dado su número"
    '(?:me|nos) (?:pas(?:ó|o)|dio|facilit(?:ó|o)|comparti(?:ó|o)|mand(?:ó|o)|envi(?:ó|o)|ha (?:pasado|dado|facilitado|compartido)) (?:tu|su|vuestro) (?:contacto|nombre|correo|mail|email|n(?:ú|u)mero|tel(?:é|e)fono|perfil|linkedin|datos)',
    'nos (?:sugiri(?:ó|o)|recomend(?:ó|o)|puso en contacto|present(?:ó|o))', 'me ha (?:sugerido|recomendado|aconsejado|hablado (?:muy bien )?de (?:ti|usted))',
    'me dijo que', 'me ha dicho que', 'me insisti(?:ó|o) en', 'me ha insistido en', 'me anim(?:ó|o) a', 'me ha animado a', 'me propuso', 'me ha propuesto', 'me pidi(?:ó|o) que (?:te|le|os) (?:escribiera|contactara)', 'me habl(?:ó|o) (?:muy )?(?:bien )?de (?:ti|usted|tu|su|vuestr[oa])', 'me ha hablado (?:muy )?(?:bien )?de (?:tu|su|vuestr[oa])',
  ],
};

const NAME = '\\p{Lu}[\\p{L}\\p{M}]+';

export const contextFamilies: readonly Family[] = [
  {
    name: 'theirWork',
    means: 'refers to something of theirs',
    patterns: [
      // "vi tu charla", "leí su artículo en Expansión", "gracias por tu charla", "te sigo desde tu charla"
      '{perceiveVerb} (?:(?:te|le|la|lo|os) )?(?:\\S+ ){0,3}?{their} (?:(?:\\S+ ){0,2}?){workNoun}',
      // "me llamó la atención vuestro proyecto de…", "vi tu tienda en Malasaña": something of theirs seen
      '{perceiveVerb} (?:\\S+ ){0,2}?{their} (?:\\S+ ){0,2}?(?:proyectos?|iniciativas?|startup|app|producto|emprendimiento|tienda|marca|restaurante|obra|exposici(?:ó|o)n|colecci(?:ó|o)n)',
      // "su trabajo sobre ablación", "tu trabajo en la planta de…", "tu experiencia liderando proyectos de…"
      '{their} (?:experiencia|etapa|paso|trabajo) (?:liderando|dirigiendo|coordinando|construyendo|montando|escalando|gestionando|desarrollando|diseñando|migrando|lanzando)',
      '{their} {softNoun} (?:sobre|en|con|de|al frente de|liderando) (?:el|la|los|las|un|una)?',
      // "su trabajo sobre sepsis neonatal" (no article), "su experiencia al frente de la exportación de Arcor"
      '{their} (?:trabajo|labor|investigaci(?:ó|o)n|tesis|experiencia|trayectoria|etapa|paso) (?:sobre|acerca de|al frente del?) \\S+',
      // "tu post sobre…", "tu hilo sobre…": what it was about makes it specific
      '{their} (?:(?:\\S+ ){0,2}?){workNoun} (?:sobre|acerca de|de|en|del|en el|en la)',
      // "tu estudio con la Universidad de Chile sobre riego": a partner or a date may come before the topic
      '{their} {workNoun} (?:\\S+ ){1,6}?(?:sobre|acerca de)',
      // "te leí en Xataka sobre…", "la leí hace poco en Cinco Días": reading the person is reading their writing
      '(?:te|le|la|lo|os) (?:le(?:í|i)|le(?:í|i)mos|he le(?:í|i)do|hemos le(?:í|i)do|leo desde hace) (?:\\S+ ){0,3}?(?:en|sobre|acerca de|hablando de)',
      // "te escuché ayer en Radio 5 hablando de vivienda": heard or seen somewhere, talking about something
      '(?:te|le|la|lo|os) (?:escuch(?:é|e)|escuchamos|he escuchado|vi|vimos|he visto|o(?:í|i)) (?:\\S+ ){0,2}?(?:en|por) (?:\\S+ ){0,3}?(?:hablando|contando|explicando|presentando|comentando|debatiendo|sobre|acerca de)',
      // "la escuché en el panel", "te vimos en el escenario del Foro…", "lo vi hablar en…"
      '(?:te|le|la|lo|os|les) (?:escuch(?:é|e)|escuchamos|vi|vimos|he visto|he escuchado|hemos visto|o(?:í|i)) (?:hablar |presentar |moderar )?en (?:el|la|los|las|un|una)? ?(?:{eventNoun}|podcast|programa|radio|entrevista|v(?:í|i)deo|directo|streaming|televisi(?:ó|o)n|tele)',
      '{workNoun} (?:el|la) (?:tuy|suy)[oa]',
      // "vi que lideras ese equipo", "vi que usted lideró…", "sigo las campañas de Cupra que coordinas"
      '(?:vi|he visto|vimos|le(?:í|i)|s(?:é|e)|supe|me enter(?:é|e))(?: en (?:\\S+ ){0,2}?\\S+)? (?:de )?que (?:usted |t(?:ú|u) |vos )?{deedVerb}(?![\\p{L}])(?! ?(?:\\[|\\{|<))',
      'que (?:coordinas|lideras|diriges|impartes|das|dictas|moderas|organizas|gestionas|presentas|fundaste|creaste|moder(?:á|a)s|organiz(?:á|a)s|coordina usted|lidera usted|dirige usted|imparte usted|coordin(?:á|a)s|lider(?:á|a)s|dirig(?:í|i)s)',
      // "la charla que diste en…", "el artículo que escribiste"
      '(?:el|la|los|las|tu|su) {workNoun} (?:\\S+ ){0,5}?que (?:armaste|arm(?:ó|o)|creaste|desarrollaste|construiste|programaste|coordinaste|dirigiste|produjiste|montaste|lideraste|diste|dio|distes|escribiste|escribi(?:ó|o)|publicaste|public(?:ó|o)|compartiste|comparti(?:ó|o)|presentaste|present(?:ó|o)|hiciste|hizo|grabaste|moderaste|moder(?:ó|o)|impartiste|imparti(?:ó|o)|subiste|subi(?:ó|o)|lideras|lidera)',
      // "la newsletter que mandas los domingos", "el canal que hacés": something the reader puts out now
      '(?:el|la|los|las|del|al|tu|tus|su|sus|vuestr[oa]s?) (?:{workNoun}|{programmeNoun}) (?:\\S+ ){0,5}?que (?:t(?:ú|u) |vos )?{makesNowYou}',
      // "el posgrado que coordina en la Universidad de…", "la revista que dirige usted": to usted, or to a third
      // person only when a place, a time or the end follows ("el informe que publica el INE" is someone else's)
      '(?:el|la|los|las|del|al|su|sus) (?:{workNoun}|{programmeNoun}) (?:\\S+ ){0,5}?que (?:usted )?{makesNowFormal}(?= (?:usted|en|desde|cada|todos|todas|los (?:lunes|martes|mi(?:é|e)rcoles|jueves|viernes|s(?:á|a)bados|domingos))(?![\\p{L}])|\\s*[.,;:!?)]|\\s*$)',
      // "conocemos su trabajo en la coordinación BIM"
      '(?:conozco|conocemos|sigo|seguimos|admiro|admiramos) {their} (?:\\S+ )?{softNoun} (?:sobre|en|con|de|del|al frente de)',
      'fui (?:alumn[oa]|estudiante) (?:tuy[oa]|suy[oa]|de (?:usted|ti))',
      // "agradecerle la mentoría del programa…": thanks for something they gave the writer
      '(?:agradecer(?:te|le|os)|te agradezco|le agradezco|os agradezco|gracias por) (?:la|el|las|los|tu|su|tus|sus|vuestr[oa]s?) (?:\\S+ )?(?:mentor(?:í|i)a|tutor(?:í|i)a|acompañamiento|{workNoun})',
      // "la expansión que lideraste", "el bootcamp donde das clase"
      '(?:que|donde|en el que|en la que) (?:t(?:ú|u) |usted )?(?:armaste|programaste|produjiste|encabezaste|mantienes|manten(?:é|e)s|presides|encabezas|dirigiste|lideraste|coordinaste|lanzaste|fundaste|creaste|diseñaste|impulsaste|montaste|escribiste|publicaste|presentaste|organizaste|moderaste|construiste|dirigi(?:ó|o) usted|lider(?:ó|o) usted|das clases?|impartes|enseñas)',
      '(?:que|donde|en (?:el|la) que) usted (?:organiz(?:ó|o)|organiza|dirigi(?:ó|o)|dirige|lider(?:ó|o)|lidera|coordin(?:ó|o)|coordina|fund(?:ó|o)|cre(?:ó|o)|diseñ(?:ó|o)|public(?:ó|o)|escribi(?:ó|o)|present(?:ó|o)|moder(?:ó|o)|modera|imparti(?:ó|o)|imparte|presidi(?:ó|o)|preside|encabez(?:ó|o)|encabeza|gestiona|dict(?:ó|o)|dicta|mantiene)',
      // "la plantilla que compartiste", "el manual que publicaron en el blog": a thing the reader (or their team) put out
      '(?:el|la|los|las|esa|ese|esos|esas|aquel|aquella) (?:\\S+ ){1,5}?que (?:nos )?(?:compartiste|publicaste|subiste|colgaste|grabaste|escribiste|armaste|montaste|presentaste|compartieron|publicaron|subieron|colgaron|grabaron|escribieron|armaron|presentaron|comparti(?:ó|o) usted|public(?:ó|o) usted)',
      // "te escucho los jueves en la radio", "la leo cada semana en su columna": a regular audience
      '(?:te|le|la|lo|os) (?:escucho|escuchaba|leo|le(?:í|i)a|veo|ve(?:í|i)a|sigo|segu(?:í|i)a) (?:\\S+ ){0,3}?(?:en|desde) (?:el|la|los|las|tu|su|vuestr[oa])? ?(?:radio|podcast|programa|columna|secci(?:ó|o)n|blog|canal|newsletter|tele|televisi(?:ó|o)n|peri(?:ó|o)dico|diario|revista|{workNoun})',
      // "su respuesta me resolvió…", "tu comentario me ahorró…": something of theirs that helped the writer
      '{their} (?:\\S+ )?(?:respuesta|comentario|consejo|explicaci(?:ó|o)n|aporte|recomendaci(?:ó|o)n|{workNoun}) (?:\\S+ ){0,5}?me (?:resolvi(?:ó|o)|ayud(?:ó|o)|sirvi(?:ó|o)|salv(?:ó|o)|ahorr(?:ó|o)|cambi(?:ó|o)|aclar(?:ó|o)|abri(?:ó|o))',
      // "vi que la convocatoria de vuestras becas cierra…": the reader's programme seen
      '(?:vi|he visto|le(?:í|i)|supe|me enter(?:é|e)(?: de)?) (?:que )?(?:\\S+ ){0,4}?{their} (?:\\S+ ){0,1}?(?:becas?|convocatorias?|programas?|premios?|concursos?|ayudas|subvenciones|licitaci(?:ó|o)n(?:es)?|vacantes?|ofertas? de empleo)',
      '(?:te|le|la|lo) (?:vi|vimos) (?:ganar|hablar|presentar|moderar|dar|exponer|recoger|liderar|defender)',
      '(?:hablaste|comentaste|contaste|explicaste|mencionaste|compartiste|planteaste|defendiste|hablabas|comentabas|contabas|explicabas|mencionabas|planteabas|defend(?:í|i)as|analizabas|analizaste|repasabas|repasaste) (?:de|sobre|que|en|acerca|lo de|c(?:ó|o)mo|qu(?:é|e)|por qu(?:é|e))',
      // "lo que contaste el jueves en el meetup", "lo que dijo usted en la mesa": something they said, with when or where
      'lo que (?:nos )?(?:contaste|dijiste|explicaste|compartiste|presentaste|comentaste|mostraste|planteaste|defendiste|propusiste|contabas|dec(?:í|i)as|explicabas|cont(?:ó|o) usted|dijo usted|explic(?:ó|o) usted|coment(?:ó|o) usted|present(?:ó|o) usted) (?:\\S+ ){0,4}?(?:en|sobre|acerca de|durante)',
      // "¿eres la misma Marta que moderó la mesa…?": asking whether they are the person who did something
      '(?:eres|es usted|sos|ser(?:í|i)as|ser(?:í|i)a usted) (?:el|la) mism[oa] (?:\\S+ )?que',
      // "tras tu charla en…", "desde vuestro informe…"
      '(?:tras|despu(?:é|e)s de|a ra(?:í|i)z de|desde) (?:tu|su|vuestr[oa]) (?:\\S+ )?{workNoun}',
      '(?:fui|he sido) (?:tu|su) (?:alumn[oa]|estudiante|becari[oa]|compañer[oa]|colega|paciente|cliente|tesista)',
      '(?:fuiste|fue usted|has sido|ha sido usted) mi (?:profesor|profesora|jef[ea]|tutor|tutora|mentor|mentora|director de tesis|directora de tesis|compañer[oa])',
      // Their reply to, or review of, the writer's work: "su réplica a mi artículo", "tu reseña de nuestro libro"
      '{their} (?:r(?:é|e)plica|respuesta|rese(?:ñ|n)a|cr(?:í|i)tica|comentarios?|objeci(?:ó|o)n(?:es)?|observaciones) (?:a|de|sobre|al|del) (?:\\S+ )?(?:mi|mis|nuestr[oa]s?)(?![\\p{L}])',
      // Named by others: "tu empresa sale en el informe de ICEX", "lo citan en el informe de la CEPAL"
      '{their} (?:empresa|startup|compa(?:ñ|n)(?:í|i)a|proyecto|nombre|marca|equipo|bodega|finca|restaurante|hotel|despacho|trabajo|cooperativa|fundaci(?:ó|o)n|ong|organizaci(?:ó|o)n|laboratorio|estudio|agencia|tienda|producto|app) (?:\\S+ )?(?:sale|sali(?:ó|o)|aparece|apareci(?:ó|o)|aparec(?:í|i)a|figura|figuraba|est(?:á|a)|estaba|viene|ven(?:í|i)a) (?:\\S+ ){0,2}?en (?:el|la|los|las|un|una) (?:\\S+ ){0,2}?(?:{workNoun}|{listingNoun})(?![\\p{L}])',
      '(?:(?:te|le|lo|la|os|les) (?:citan|cita|mencionan|menciona|nombran|nombra|destacan|destaca|recomiendan|recomienda|incluyen|incluye)|(?:sales|saliste|sal(?:í|i)s|apareces|apareciste|aparec(?:é|e)s|aparec(?:é|e)is|figuras|sale usted|aparece usted|figura usted)) (?:\\S+ ){0,2}?en (?:el|la|los|las|un|una|su|sus) (?:\\S+ ){0,2}?(?:{workNoun}|{listingNoun})(?![\\p{L}])',
      // Their company's work (once a family of its own; the name now holds the case-sensitive patterns)
      // "lo que estáis haciendo en Glovo", "cómo lo estáis resolviendo en Glovo"
      '(?:vi|he visto|le(?:í|i)|he le(?:í|i)do|me enter(?:é|e) de|supe de|celebr(?:é|e)) (?:la noticia|el anuncio|la nota de prensa) (?:de|sobre)',
      // A vosotros preterite is what the reader's team did: "cómo resolvisteis…", "el piloto que lanzasteis"
      '(?:que|c(?:ó|o)mo|donde|cuando) (?:ya )?(?:lo |la |los |las )?\\p{L}{2,}(?:asteis|isteis)(?![\\p{L}])',
      '(?:vi|he visto|le(?:í|i)|he le(?:í|i)do|me enter(?:é|e)|me he enterado|supe)(?: en (?:\\S+ ){0,2}?\\S+)? (?:de )?que (?:vais|van|va) a (?:abrir|lanzar|salir|entrar|expandir|inaugurar|comprar|adquirir|contratar|desembarcar|llegar)',
      // "he leído en Expansión que Wallapop ha nombrado nuevo CTO": news of their company, read somewhere
      '(?:vi|he visto|le(?:í|i)|he le(?:í|i)do|me enter(?:é|e)|me he enterado|supe)(?: en (?:\\S+ ){0,2}?\\S+)? (?:de )?que (?:\\S+ ){1,3}?(?:ha|han|hab(?:é|e)is) (?:nombrado|abierto|lanzado|cerrado|levantado|anunciado|adquirido|comprado|fichado|ganado|inaugurado|firmado|presentado|fusionado|incorporado)',
      '(?:lo que|c(?:ó|o)mo lo) (?:est(?:á|a)is|est(?:á|a)n) (?:haciendo|resolviendo|construyendo|logrando|consiguiendo|montando|abordando)',
      '(?:uso|usamos|utilizo|utilizamos|soy (?:cliente|usuari[oa])|somos (?:clientes|usuarios)) (?:de )?(?:vuestr[oa]|su|tu) (?:app|aplicaci(?:ó|o)n|plataforma|producto|herramienta|servicio|software|api)',
      '(?:vi|he visto|vimos|le(?:í|i)|me enter(?:é|e))(?: en (?:\\S+ ){0,2}?\\S+)? que (?:\\S+ ){1,3}?(?:abre|lanza|anuncia|abri(?:ó|o)|lanz(?:ó|o)|cerr(?:ó|o)|levant(?:ó|o)|anunci(?:ó|o)|adquiri(?:ó|o)|public(?:ó|o)|gan(?:ó|o)|inaugur(?:ó|o)|est(?:á|a) (?:contratando|buscando|creciendo))',
    ],
  },
  {
    name: 'theirNews',
    means: 'congratulates them on their news',
    patterns: [
      '(?:enhorabuena|felicidades|felicitaciones|mi enhorabuena|mis felicitaciones|te felicito|le felicito|felicitarte|felicitarle) (?:por|en) (?:el|la|tu|su|vuestr[oa]|los|las|tus|sus)? ?(?:\\S+ ){0,3}?{newsNoun}',
      '(?:enhorabuena|felicidades|felicitaciones) (?:a (?:ti|usted|todo el equipo|vuestro equipo) )?por (?:el|la|los|las)',
      '{their} (?:reciente )?{newsNoun}',
      // LinkedIn's own reminders: a birthday, a work anniversary
      '(?:feliz|felices) (?:cumpleaños|cumple|aniversario)', '(?:felicidades|felicitaciones|enhorabuena) (?:por|en) (?:tu|su) (?:cumpleaños|cumple|aniversario)',
      // "¡Qué alegría lo del Laus de oro!", "me alegró leer la noticia de…"
      '(?:qu(?:é|e) (?:alegr(?:í|i)a|buena noticia|gran noticia|orgullo|pasada)|me (?:alegr(?:ó|o)|alegra|alegr(?:é|e))(?: mucho)?(?: de)?(?: ver| leer| saber)?|celebro) (?:lo de|lo del|(?:la noticia|el anuncio) de)',
    ],
  },
  {
    name: 'namedReferral',
    means: 'names who suggested writing',
    patterns: [
      `${NAME}(?: ${NAME})?,?(?: [^,\\n]{1,40},)? {suggestVerb}`,
      `me (?:pas(?:ó|o)|dio|facilit(?:ó|o)) (?:tu|su) (?:contacto|correo|nombre) ${NAME}`,
      `(?:[Dd]e parte de|[Pp]or recomendaci(?:ó|o)n de|[Pp]or sugerencia de|[Aa] trav(?:é|e)s de|[Gg]racias a) ${NAME}`,
      `(?:[Nn]uestr[oa] (?:amig[oa]|contacto|conocid[oa]) en com(?:ú|u)n|[Aa]mig[oa] en com(?:ú|u)n),? ${NAME}`,
      `(?:[Cc]onocemos a|[Tt]enemos en com(?:ú|u)n a) ${NAME}`,
      // The name after the verb: "me recomendó Pau Serra que te escribiera"
      `(?:[Mm]e|[Nn]os) (?:sugiri(?:ó|o)|recomend(?:ó|o)|aconsej(?:ó|o)|insisti(?:ó|o)|anim(?:ó|o)|propuso|dijo|coment(?:ó|o)|pas(?:ó|o) (?:tu|su) (?:contacto|correo|nombre|perfil)|ha (?:sugerido|recomendado|aconsejado|insistido|animado|dicho|comentado|pasado (?:tu|su) (?:contacto|correo|nombre|perfil))) ${NAME}`,
      // "Hablé con Laia Puig y me dijo que…"
      `(?:[Hh]abl(?:é|e)|[Hh]e hablado|[Cc]harl(?:é|e)|[Ee]stuve hablando) con ${NAME}(?: ${NAME})?[^.\\n]{0,60}?(?:me (?:dijo|coment(?:ó|o)|sugiri(?:ó|o)|recomend(?:ó|o)|anim(?:ó|o))|y me)`,
      `(?:[Mm]e|[Nn]os) (?:pone|puso|ha puesto|pusieron|han puesto) en contacto (?:contigo|con usted|con vos|con ustedes) ${NAME}`,
      // Taking over from a named person: "en sustitución de Koldo Arrieta", "cubro a Marta Gil"
      `(?:[Ee]n sustituci(?:ó|o)n de|[Ee]n reemplazo de|[Ee]n lugar de|[Ss]ustituyo a|[Rr]eemplazo a|[Cc]ubro a|[Rr]elevo a|[Tt]omo el relevo de) ${NAME}`,
    ],
    caseSensitive: true,
  },
  {
    name: 'howWeMet',
    means: 'says where you met',
    patterns: [
      '(?:nos|te|le) (?:conocimos|conoc(?:í|i)|vimos|cruzamos|saludamos|salud(?:é|e)|encontramos) (?:\\S+ ){0,3}?en (?:el|la|los|las|un|una)? ?\\S+',
      '(?:coincidimos|coincid(?:í|i) (?:contigo|con usted)|hablamos|charlamos|conversamos|estuvimos (?:juntos|juntas|hablando)|nos presentaron) (?:\\S+ ){0,3}?en (?:el|la|los|las|un|una)? ?(?:\\S+ ){0,2}?{eventNoun}',
      '(?:coincidir|coincidimos|vernos|verte|verle|veros|saludarte|saludarle|conocernos|conocerte|conocerle|hablar contigo|charlar contigo) (?:ayer|anoche|hoy|la semana pasada|el (?:lunes|martes|mi(?:é|e)rcoles|jueves|viernes|s(?:á|a)bado|domingo)) en',
      '(?:en|tras|despu(?:é|e)s de|durante) (?:el|la) {eventNoun} (?:de|del|en) (?:ayer|anoche|esta mañana|la semana pasada|el (?:lunes|martes|mi(?:é|e)rcoles|jueves|viernes|s(?:á|a)bado|domingo))',
      '{eventNoun} de (?:ayer|anoche|esta mañana)', 'nos present(?:ó|o) (?:\\S+ ){0,2}?en',
      'como (?:te|le) (?:promet(?:í|i)|dije|coment(?:é|e)) en (?:el|la) (?:\\S+ ){0,2}?{eventNoun}',
      '(?:gracias por|un placer|encantad[oa] de|fue un placer|me alegr(?:ó|o)) (?:\\S+ ){0,4}?(?:ayer|anoche|hoy|la semana pasada|el (?:lunes|martes|mi(?:é|e)rcoles|jueves|viernes)) en',
      'en (?:el|tu|su) stand',
      // "le hice una pregunta al final del webinar": the writer spoke to them at an event
      '(?:te|le|os) (?:hice|plante(?:é|e)|lanc(?:é|e)|dej(?:é|e)) (?:una|la|mi|esa) (?:pregunta|consulta|duda) (?:\\S+ ){0,4}?(?:en|al final del?|durante|tras) (?:el |la )?(?:\\S+ ){0,2}?{eventNoun}',
      '(?:compartimos|compartir|haber compartido|compart(?:í|i) (?:contigo|con usted)) (?:mesa|panel|escenario|stand|taller|butaca|asiento|fila|vuelo|viaje|coche|taxi) (?:\\S+ ){0,3}?(?:en|durante)',
      'quedamos en (?:seguir|retomar|hablar|escribirnos|vernos|tomar|continuar|mandarte|mandarnos|pasarte|pasarnos)',
      '(?:haberte|haberle|haberos) conocido', '(?:conocerte|conocerle|conocernos|saludarte|saludarle) (?:\\S+ ){0,2}?en (?:el|la)',
      // "un placer haber coincidido en el congreso de Valencia", "encantada de conocerte en las jornadas…"
      '(?:un (?:placer|gusto|lujo)|encantad[oa] de|me alegr(?:ó|o)) (?:haber )?(?:coincidido|coincidir|conocerte|conocerle|conoceros|conocido|saludarte|saludarle|charlar|conversar|hablar)(?: contigo| con usted| con vos)? (?:\\S+ ){0,3}?en (?:el|la|los|las) (?:\\S+ ){0,2}?{eventNoun}',
      'fue un (?:placer|gusto) (?:conocerte|conocerle|coincidir|charlar|conversar|hablar)(?: contigo| con usted)?(?: ayer| el otro d(?:í|i)a| la semana pasada)? en',
      // Everyday dealings already under way count as how the two know of each other, as in English.
      // A concrete thing of theirs the matter is about: "tu terraza", "su hija Carmen", "tu local de la planta baja"
      '{their} {possessionNoun}(?![\\p{L}])',
      // Something addressed to them: "un paquete a tu nombre", "remito a nombre de tu bodega", "¿es tuyo un perro…?"
      'a (?:tu|su|vuestro) nombre', 'a nombre (?:de )?(?:tu|su|vuestr[oa])', '(?:es|son) (?:tuy|suy|vuestr)[oa]s?(?![\\p{L}])',
      // A thing two neighbours share or touch: "la valla que compartimos", "la finca que linda con la suya"
      '(?:el|la|los|las) (?:\\S+ ){1,3}?que (?:compartimos|nos separa|separa (?:tu|su|vuestr[oa])|linda|colinda|limita)',
      '(?:linda|lindan|colinda|colindan|limita|limitan|pegad[oa]s?|junto|(?:justo )?al lado) (?:con |a |de )(?:la|el|los|las) (?:tuy|suy|vuestr)[oa]s?',
      '(?:el|la|los|las) (?:del? )?(?:\\S+ )?(?:de al lado|de enfrente|de arriba|de abajo)(?![\\p{L}])',
      // Someone in charge of the writer's matter: "la comunidad que usted administra", "el lote que tú entrenas"
      '(?:el|la|los|las|del|al) (?:\\S+ ){1,5}?que (?:t(?:ú|u) |vos )?{runsYou}(?![\\p{L}])',
      '(?:el|la|los|las|del|al) (?:\\S+ ){1,5}?que usted {runsFormal}(?![\\p{L}])',
      // "me confirmaron que usted representa a la otra parte": said of them, with usted or tú/vos
      '(?:que|donde) (?:usted {runsFormal}|(?:t(?:ú|u)|vos) {runsYou})(?![\\p{L}])',
      // The writer handles their matter, or covers for them: "la técnica que lleva su expediente", "el que te cubre en la guardia"
      '(?:llevo|lleva|tramito|tramita|gestiono|gestiona|reviso|revisa|atiendo|atiende) (?:tu|su|vuestr[oa]) (?:expediente|caso|solicitud|tr(?:á|a)mite|reclamaci(?:ó|o)n|siniestro|p(?:ó|o)liza|pedido|cuenta|matr(?:í|i)cula)',
      '(?:te|le|os) (?:cubro|cubre|cubrir(?:é|e)|sustituyo|sustituye|sustituir(?:é|e)|reemplazo|reemplaza|relevo|releva) (?:en|durante|el|la|esta|este|mañana|hoy|desde)',
      // What their firm did for us: "su molino nos donaba la harina", "tu panadería nos ha suministrado el pan"
      '{their} (?:\\S+ ){0,3}?(?:nos|me) (?:ha |han |hab(?:í|i)a |hab(?:í|i)an )?{servedVerb}(?![\\p{L}])',
      // What their lab or team put out: "la base de datos que su laboratorio publicó"
      'que {their} (?:\\S+ ){1,2}?(?:public(?:ó|aron)|lanz(?:ó|aron)|cre(?:ó|aron)|desarroll(?:ó|aron)|compar(?:tió|tieron)|subi(?:ó|eron)|constru(?:yó|yeron)|diseñ(?:ó|aron)|organiz(?:ó|aron)|grab(?:ó|aron)|escribi(?:ó|eron)|hizo|hicieron)(?![\\p{L}])',
      // Still doing what the writer knows them for: "¿sigues llevando el huerto…?", "¿sigue usted entrenando…?"
      '(?:sigues|sigue usted|segu(?:í|i)s) (?:\\S+ )?(?:llevando|coordinando|dirigiendo|organizando|dando|dictando|impartiendo|gestionando|entrenando|tocando|vendiendo|haciendo|a cargo|al frente)',
    ],
  },
  {
    // A capital letter tells a named place or firm from a common noun ("sus años en Antofagasta con BHP" is
    // specific, "tus años de experiencia en ventas" is not), so these patterns are case-sensitive.
    name: 'companyWork',
    means: 'names their time at a firm or their goods',
    patterns: [
      // Their time at a named place: "sus años en Segovia con Gran Colombia Gold", "tu paso por Mercado Libre"
      '(?:[Tt]us?|[Ss]us?|[Vv]uestr[oa]s?) (?:años|a(?:ñ|n)os|etapa|tiempo|paso|(?:é|e)poca|experiencia|trayectoria|carrera|d(?:é|e)cadas?) (?:\\p{Ll}+ ){0,2}?(?:en|por|con|al frente del?|dentro del?) (?:el |la |los |las )?\\p{Lu}[\\p{L}\\p{M}]*',
      // Their goods seen, tried or bought at a named place: "vimos vuestros uniformes en el Hotel Botánico"
      '(?:[Vv]i|[Vv]imos|[Hh]e visto|[Hh]emos visto|[Pp]rob(?:é|e)|[Pp]robamos|[Hh]e probado|[Hh]emos probado|[Cc]ompr(?:é|e)|[Cc]ompramos|[Cc]onoc(?:í|i)|[Cc]onocimos|[Dd]escubr(?:í|i)|[Dd]escubrimos) (?:tus?|sus?|vuestr[oa]s?) (?!perfil|cuenta|foto)(?:\\p{Ll}+ ){1,3}?en (?:el |la |los |las |un |una )?\\p{Lu}[\\p{L}\\p{M}]*',
    ],
    caseSensitive: true,
  },
  {
    name: 'commonGround',
    means: 'names what you have in common',
    patterns: [
      '(?:yo )?tambi(?:é|e)n (?:estudi(?:é|e)|trabaj(?:é|e)|estuve|pas(?:é|e)|hice|soy (?:alumn[oa]|exalumn[oa]|antigu[oa] alumn[oa])|vengo del?) (?:\\S+ ){0,3}?(?:en|por|de|el|la)',
      '(?:ambos|ambas|los dos|las dos) (?:estamos|somos|formamos parte|participamos|estudiamos|trabajamos|fuimos|pasamos|hicimos|coincidimos|estuvimos) (?:\\S+ ){0,2}?(?:en|de) (?:el|la|los|las)? ?(?:mism[oa] )?(?:{groupNoun}|{eventNoun})',
      'tambi(?:é|e)n (?:estudiaste|estudi(?:ó|o) usted|trabajaste|trabaj(?:ó|o) usted|pasaste|estuviste|hiciste|eres (?:de|alumn[oa]|exalumn[oa])) (?:\\S+ ){0,3}?(?:en|por|de|el|la)',
      '(?:somos|fuimos) de la misma (?:promoci(?:ó|o)n|universidad|escuela|facultad|generaci(?:ó|o)n)',
      '(?:somos|venimos|fuimos) (?:los dos|las dos|ambos|ambas) (?:de|del)', '(?:los dos|las dos|ambos|ambas) (?:somos|venimos|fuimos) (?:de|del)',
      '(?:soy|somos) vecin[oa]s? de (?:tu|su|vuestr[oa]) \\S+',
      '(?:vecin[oa]s|compañer[oa]s) de (?:stand|butaca|asiento|fila|mesa|panel|promoci(?:ó|o)n|clase|equipo|proyecto|despacho|oficina|piso|coworking)',
      '(?:en|del|de la) (?:el |la )?mism[oa] (?:equipo|empresa|departamento|(?:á|a)rea|proyecto|oficina|clase|promoci(?:ó|o)n|m(?:á|a)ster|programa|grupo|colegio|universidad|facultad|coworking)',
      // Places of everyday life: "van a la misma clase de natación", "en el 17 de la misma calle"
      '(?:en|a|al|del|de la|de) (?:el |la )?mism[oa] (?:calle|edificio|portal|bloque|escalera|barrio|urbanizaci(?:ó|o)n|condominio|colonia|comunidad|finca|pol(?:í|i)gono|parque|polideportivo|piscina|gimnasio|parroquia|clase|coro|curso|grado|sal(?:ó|o)n|categor(?:í|i)a|escuela|guarder(?:í|i)a|jard(?:í|i)n)',
      'estuvimos en (?:el|la) mism[oa] (?:mesa|clase|promoci(?:ó|o)n|grupo|equipo|evento|curso|m(?:á|a)ster|panel|proyecto)',
      '(?:antiguos alumnos|exalumnos|exalumnas|alumni) de', 'de (?:antiguos alumnos|exalumnos|exalumnas|alumni)',
      '(?:compañer[oa]s?|colegas) (?:de|en) (?:clase|promoci(?:ó|o)n|carrera|m(?:á|a)ster|universidad|facultad|equipo)',
      'fuimos (?:compañer[oa]s|colegas)',
      // The verb first: "trabajamos los dos en el proyecto de…", "estudiamos ambas en…"
      '(?:trabajamos|estudiamos|coincidimos|estuvimos|colaboramos|fuimos|pasamos|hicimos|participamos|empezamos) (?:los dos|las dos|ambos|ambas) (?:en|de|por|con|juntos|juntas)',
      // "vos en obras y yo en sistemas", "tú en Madrid y yo en Lisboa": two places in one shared story
      '(?:t(?:ú|u)|vos|usted) (?:en|de|como) (?:\\S+ ){1,3}?y yo (?:en|de|como)',
      '(?:formo parte|soy (?:miembro|soci[oa]|parte)|estoy|participo|colaboro|estudi(?:é|e)|pas(?:é|e)),? (?:como|igual que|al igual que) (?:t(?:ú|u)|usted|vos),? (?:de|en|por)',
      // "vi que eres de Cádiz, como yo"
      '(?:eres|es usted|sos|vienes|viene usted) (?:de|del) (?:\\S+ ){0,4}?(?:como yo|igual que yo|al igual que yo)',
      '(?:estudiaste|estudi(?:ó|o) usted|trabajaste|trabaj(?:ó|o) usted|pasaste|estuviste|creciste) (?:\\S+ ){0,5}?(?:como yo|igual que yo|al igual que yo)',
      '(?:los dos|las dos|ambos|ambas) (?:pasamos por|estudiamos en|estuvimos en|coincidimos en|hicimos (?:el|la))',
      // "los dos fuimos becarios de la Fundación…", "ambas somos mentoras en…": a first-person plural shared with them
      '(?:ambos|ambas|los dos|las dos|tanto (?:t(?:ú|u)|usted|vos) como yo) (?:\\S+ )?(?:fuimos|somos|estuvimos|estamos|formamos|seguimos siendo) (?:{sharedRole}) (?:en|de|del|por|con)',
      '(?:ambos|ambas|los dos|las dos|tanto (?:t(?:ú|u)|usted|vos) como yo) (?:\\S+ )?(?:fuimos|somos|estuvimos|estamos|estudiamos|trabajamos|pasamos|hicimos|coincidimos|participamos|formamos parte|venimos|crecimos|colaboramos|vivimos|militamos|competimos) (?:\\S+ ){0,2}?(?:en|de|del|por|con) (?:el |la |los |las |un |una )?(?:{groupNoun}|{eventNoun})',
      // "trabajamos juntos en Telefónica", "estudiamos juntas en la Complutense"
      '(?:trabajamos|estudiamos|coincidimos|estuvimos|colaboramos|jugamos|hicimos|compartimos|montamos|llevamos|lanzamos|preparamos|organizamos|fundamos|dimos) (?:\\S+ )?(?:juntos|juntas)',
      // "como egresada también de los Andes", "también exalumno de ESADE", "egresado, como tú, de la UNAM"
      '(?:como |soy |siendo )?(?:egresad[oa]s?|exalumn[oa]s?|ex-alumn[oa]s?|ex alumn[oa]s?|antigu[oa]s? alumn[oa]s?|graduad[oa]s?|titulad[oa]s?|exbecari[oa]s?|ex-becari[oa]s?|becari[oa]s?|exemplead[oa]s?|ex-emplead[oa]s?|excompañer[oa]s?|ex-compañer[oa]s?) (?:tambi(?:é|e)n|como (?:t(?:ú|u)|usted|vos)|igual que (?:t(?:ú|u)|usted|vos)),? (?:\\S+ )?(?:de|del|en)',
      // "soy egresada del Tec de Monterrey como tú", "estudié en el ICAI al igual que usted": a membership or a
      // place told first, "como tú" after it (a bare profession, "soy ingeniera como tú", is only a shared field)
      '(?:soy|fui|somos|fuimos) (?:tambi(?:é|e)n )?(?:egresad[oa]s?|exalumn[oa]s?|ex-alumn[oa]s?|alumn[oa]s?|antigu[oa]s? alumn[oa]s?|graduad[oa]s?|titulad[oa]s?|becari[oa]s?|exbecari[oa]s?|soci[oa]s?|miembros?|voluntari[oa]s?|colegiad[oa]s?|exemplead[oa]s?|ex-emplead[oa]s?|de) (?:\\S+ ){1,8}?(?:como|igual que|al igual que) (?:t(?:ú|u)|usted|vos)(?![\\p{L}])',
      '(?:estudi(?:é|e)|trabaj(?:é|e)|pas(?:é|e) por|estuve|crec(?:í|i)|me form(?:é|e)|hice (?:el|la|mi)) (?:\\S+ ){1,8}?(?:como|igual que|al igual que) (?:t(?:ú|u)|usted|vos)(?![\\p{L}])',
      'tambi(?:é|e)n (?:soy |fui )?(?:egresad|exalumn|ex-alumn|antigu[oa] alumn|graduad|titulad|exbecari|becari)[oa]s? (?:de|del|en)',
    ],
  },
  {
    name: 'jobApplication',
    means: 'says you applied',
    patterns: [
      'me (?:he )?postul(?:é|e|ado)', 'postul(?:é|e) (?:\\S+ ){0,3}?(?:a|al|para) (?:la |el )?(?:plaza|vacante|puesto|posici(?:ó|o)n|oferta|convocatoria|proceso|cargo)', 'candidatura espont(?:á|a)nea', 'me acabo de postular', '(?:he|hemos) aplicado', 'apliqu(?:é|e)', 'acabo de aplicar',
      '(?:envi(?:é|e)|he enviado|present(?:é|e)|he presentado) mi (?:candidatura|solicitud|postulaci(?:ó|o)n|cv|curr(?:í|i)culum) (?:a|para|en) (?:la|el) (?:vacante|oferta|posici(?:ó|o)n|puesto|proceso|convocatoria)',
      '(?:envi(?:é|e)|he enviado) mi (?:candidatura|solicitud|postulaci(?:ó|o)n)', '(?:estoy|estuve) en (?:el|vuestro|su|tu) proceso de selecci(?:ó|o)n', 'tengo (?:una )?entrevista (?:con|en)',
      'me (?:present(?:é|e)|he presentado) (?:al|a la) (?:proceso|convocatoria|oferta|vacante)',
      '(?:mi|una) candidatura (?:espont(?:á|a)nea )?(?:para|a) (?:la|el) (?:vacante|oferta|posici(?:ó|o)n|puesto|proceso|(?:á|a)rea)',
      '(?:ref\\.|referencia|id)(?: de la (?:oferta|vacante))? ?[:#.]? ?[\\p{L}-]{0,8}\\d[\\p{L}\\p{N}-]*(?=\\))',
      '(?:vacante|oferta|posici(?:ó|o)n|puesto) (?:\\S+ ){0,6}?\\((?:ref\\.|referencia|id|c(?:ó|o)digo)',
    ],
  },
  {
    name: 'invitation',
    means: 'invites them to take part',
    patterns: [
      // A personal invitation to a role ("nos encantaría contar contigo como ponente"); a mass mailing's
      // "tenemos el honor de invitarle" is not one.
      '(?:nos|me) (?:encantar(?:í|i)a|gustar(?:í|i)a) (?:que (?:fueras|fuera|seas|sea|participaras|participara|dieras|diera)|contar (?:contigo|con usted|con tu|con su)|invitarte|invitarle|invitarla|invitarlo|invitaros|invitarles) (?:\\S+ ){0,4}?{speakRole}',
      '(?:te|le|os) (?:escribo|escribimos) (?:\\S+ ){0,12}?para invitar(?:te|le|la|lo|os|les) (?:a|como) (?:\\S+ ){0,3}?{speakRole}', '(?:queremos|quer(?:í|i)amos|quisi(?:é|e)ramos) invitar(?:te|le|la|lo|os|les) (?:a|como) (?:\\S+ ){0,3}?{speakRole}',
      '(?:te|os) invit(?:o|amos) (?:a|como) (?:\\S+ ){0,3}?{speakRole}',
    ],
  },
];

/** Sounds like a reason but would fit anyone: it does not count as context. */
export const pseudoContextFamilies: readonly Family[] = [
  {
    name: 'viewedMyProfile',
    means: 'only says profiles were viewed',
    patterns: [
      '(?:vi|he visto|revis(?:é|e)|he revisado|estuve viendo|me encontr(?:é|e) con|encontr(?:é|e)|di con|me top(?:é|e) con|navegando por) (?:tu|su) perfil',
      '(?:visitaste|has visitado|vio|ha visto|visit(?:ó|o)) mi perfil',
      '(?:tu|su) perfil (?:me )?(?:pareci(?:ó|o)|parece|es) (?:muy )?(?:interesante|incre(?:í|i)ble|impresionante)',
    ],
  },
  {
    name: 'unnamedMutuals',
    means: 'mentions unnamed mutual contacts',
    patterns: ['(?:tenemos|compartimos) (?:muchos|varios|bastantes|algunos)? ?(?:contactos|conexiones|amigos) en com(?:ú|u)n'],
  },
  {
    name: 'sameIndustry',
    means: 'only says you share a sector',
    patterns: [
      '(?:estamos|trabajamos) en (?:el )?mismo (?:sector|rubro|campo|(?:á|a)mbito|mundo|mercado|ecosistema)',
      '(?:estamos|trabajamos) en (?:la )?misma (?:industria|(?:á|a)rea)',
      '(?:somos|venimos) (?:\\S+ ){0,2}?del? mism[oa] (?:sector|industria|rubro|campo|(?:á|a)mbito|mundo)',
    ],
  },
  {
    name: 'foundOnline',
    means: 'only says they were found online',
    patterns: [
      '(?:te|le|os) (?:encontr(?:é|e)|encontramos|vi|vimos|descubr(?:í|i)|descubrimos) (?:en|por|a trav(?:é|e)s de) (?:linkedin|internet|google|la red|redes(?: sociales)?)',
      // "vi que estás en LinkedIn desde hace años": being on the network is true of everyone who gets the message
      '(?:vi|he visto|veo|s(?:é|e)) que (?:est(?:á|a)s|est(?:á|a) usted|est(?:á|a)is) (?:muy )?(?:activ[oa]s? )?(?:en|por) (?:linkedin|internet|redes(?: sociales)?|esta red|la red)',
    ],
  },
  {
    name: 'genericCompliment',
    means: 'is a compliment that would fit anyone',
    patterns: [
      '(?:admiro|me encanta|me gusta|sigo) (?:mucho )?(?:tu|su) (?:trabajo|trayectoria|carrera|labor|perfil)(?! (?:sobre|en|con|de|del|al frente))',
      '(?:conocer|saber) (?:m(?:á|a)s )?(?:de|sobre) (?:tu|su|vuestr[oa]) (?:trabajo|empresa|proyecto|experiencia|negocio|compañ(?:í|i)a|trayectoria|carrera|perfil|historia|camino)(?! (?:de|en|sobre|con) )',
    ],
  },
  {
    name: 'peopleLikeYou',
    means: 'would fit anyone',
    patterns: [
      '(?:profesionales|personas|perfiles|gente|empresas|cl(?:í|i)nicas|compañ(?:í|i)as|negocios) como (?:t(?:ú|u)|usted|vos|la tuya|la suya|el tuyo|el suyo)',
      '(?:tu|su) (?:impresionante |incre(?:í|i)ble )?(?:trayectoria|perfil|experiencia) (?:impresionante|incre(?:í|i)ble|profesional)',
    ],
  },
];

import type { LocalizedRule } from '../../types.ts';

/** A cold sales pitch in Spanish: value propositions, demos, trials, discounts, services, income offers. */
export const salesPitch: LocalizedRule = {
  lexicon: {
    offering: [
      'plataformas?', 'soluci(?:ó|o)n(?:es)?', 'productos?', 'herramientas?', 'software', 'servicios?', 'agencias?', 'app', 'aplicaci(?:ó|o)n', 'consultora', 'consultor(?:í|i)a',
      'empresa', 'equipo', 'sistema', 'tecnolog(?:í|i)a', 'programa', 'curso', 'm(?:á|a)ster', 'm(?:é|e)todo', 'metodolog(?:í|i)a', 'estudio', 'despacho', 'firma', 'startup',
    ],
    // A product sold (not "our team" or "our company": people describe their employer too).
    commercialOffering: [
      'plataformas?', 'soluci(?:ó|o)n(?:es)?', 'productos?', 'herramientas?', 'software', 'servicios?', 'app', 'aplicaci(?:ó|o)n', 'sistema', 'tecnolog(?:í|i)a',
      'consultor(?:í|i)a', 'auditor(?:í|i)a', 'curso', 'm(?:á|a)ster', 'formaci(?:ó|o)n', 'descuento', 'presupuesto', 'propuesta comercial', 'cat(?:á|a)logo', 'tarifas?',
    ],
    helpVerb: [
      'ayudamos', 'ayudo', 'acompaño', 'ayuda', 'ayudan', 'puede ayudar', 'podemos ayudar', 'permite', 'permiten', 'acompañamos', 'acompaña', 'apoyamos', 'facilita', 'facilitamos',
      'hemos ayudado', 'ha ayudado', 'me encantar(?:í|i)a ayudar(?:te|le|os)', 'ayudar(?:te|le|les|os)', 'acompañar(?:te|le|les|os)', 'ayudar(?:í|i)amos', 'podr(?:í|i)amos ayudar', 'podr(?:í|i)a ayudar',
    ],
    // Generic target: "empresas como la tuya", "clínicas como la suya", "negocios como el tuyo".
    likeYours: ['como (?:la|el|las|los) (?:tuy|suy|vuestr)[oa]s?', 'como (?:t(?:ú|u)|usted|vos)', 'como (?:\\{\\{[^}\\n]{1,30}\\}\\}|\\[[^\\]\\n]{1,30}\\]|tu empresa|su empresa|la de usted)'],
    outcome: [
      'aumentar', 'incrementar', 'duplicar', 'triplicar', 'multiplicar', 'reducir', 'ahorrar', 'recortar', 'mejorar', 'optimizar', 'generar', 'conseguir', 'captar',
      'impulsar', 'escalar', 'automatizar', 'vender m(?:á|a)s', 'facturar m(?:á|a)s', 'crecer',
    ],
    // Businesses addressed as a kind (plural): the target of a pitch.
    targetGroup: [
      'empresas', 'negocios', 'compañ(?:í|i)as', 'cl(?:í|i)nicas', 'marcas', 'tiendas', 'despachos', 'startups', 'pymes', 'restaurantes', 'hoteles', 'gimnasios', 'academias',
      'consultorios', 'farmacias', 'inmobiliarias', 'agencias', 'bodegas', 'comercios', 'e-?commerce', 'ecommerces', 'franquicias', 'cafeter(?:í|i)as', 'bares', 'colegios', 'escuelas', 'hospitales', 'f(?:á|a)bricas', 'distribuidoras', 'constructoras', 'aseguradoras', 'asesor(?:í|i)as', 'gestor(?:í|i)as', 'ópticas', 'opticas', 'veterinarias', 'peluquer(?:í|i)as',
    ],
    // What we say we do to someone's results: "aumentamos", "triplicamos".
    weOutcome: ['aumentamos', 'incrementamos', 'duplicamos', 'triplicamos', 'multiplicamos', 'reducimos', 'ahorramos', 'mejoramos', 'optimizamos', 'generamos', 'conseguimos', 'recortamos', 'disparamos', 'impulsamos', 'escalamos', 'hacemos crecer'],
    // What a product does, said of it: "una herramienta que reduce un 40 % el tiempo…".
    outcomeSaid: ['reduce', 'reducimos', 'aumenta', 'aumentamos', 'incrementa', 'duplica', 'duplicamos', 'triplica', 'multiplica', 'ahorra', 'ahorramos', 'mejora', 'mejoramos', 'automatiza', 'automatizamos', 'genera', 'generamos', 'optimiza', 'elimina', 'recorta', 'acelera', 'impulsa', 'dispara', 'consigue', 'conseguimos'],
    result: [
      'ventas', 'leads', 'clientes', 'ingresos', 'facturaci(?:ó|o)n', 'citas', 'costes', 'costos', 'gastos', 'conversiones', 'tr(?:á|a)fico', 'beneficios', 'margen',
      'rentabilidad', 'reservas', 'finanzas', 'negocio', 'marca', 'presencia (?:online|digital)', 'posicionamiento', 'ahorros', 'inversiones', 'pacientes', 'alumnos', 'seguidores', 'visibilidad', 'productividad', 'consumo', 'tiempo', 'contrataciones', 'pedidos',
    ],
  },
  families: [
    {
      name: 'valueProposition',
      means: 'pitches a product to a stranger',
      patterns: [
        '{helpVerb} a (?:\\S+ ){0,3}?{likeYours}',
        '{helpVerb} a (?:\\S+ ){0,4}?(?:a |para )?{outcome} (?:\\S+ ){0,3}?{result}',
        '(?:empresas|negocios|compañ(?:í|i)as|cl(?:í|i)nicas|marcas|tiendas|despachos|equipos|startups|pymes) {likeYours}',
        // The generic target with what kind it is: "marcas de moda como la tuya", "gimnasios pequeños como el tuyo"
        // (a comparison is praise, not a target: "pocas marcas tan cuidadas como la tuya")
        '{targetGroup} (?:(?!tan |tantas? |tantos? |m(?:á|a)s |menos |igual de )[^\\s,.;:]+ ){1,3}?como (?:la|el|las|los) (?:tuy|suy|vuestr)[oa]s?',
        // What we do to THEIR results: "aumentamos sus ventas un 25 %", "triplicamos tus reservas" (not "nuestros costes")
        '{weOutcome} (?:tus|sus|vuestr[oa]s) (?:\\S+ )?{result}',
        '{outcome} (?:tus|sus|vuestr[oa]s) {result}',
        '{outcome} (?:\\S+ ){0,3}?{result} (?:un|hasta un|en un|hasta el) \\d+ ?%',
        '(?:hemos (?:desarrollado|creado|lanzado|diseñado)|tenemos|ofrecemos) (?:una|un) (?:\\S+ ){0,2}?{offering} que (?:\\S+ ){0,2}?{outcomeSaid}',
        '(?:somos|soy) (?:una|un) (?:\\S+ ){0,3}?{offering} (?:\\S+ ){0,3}?que (?:ayuda|ayudamos|permite|acompaña|ofrece|ofrecemos)',
        // A statistic as a hook ("¿Sabías que el 80 % de las empresas…?") and work that "converts".
        '(?:sab(?:í|i)as|sab(?:í|i)a usted|sab(?:é|e)s) que (?:el )?(?:\\d+ ?%|la mayor(?:í|i)a|casi todas) (?:de )?(?:las |los )?(?:empresas|negocios|pymes|compañ(?:í|i)as|clientes|tiendas|startups|marcas)',
        '(?:creamos|diseñamos|desarrollamos|hacemos|construimos) (?:\\S+ ){0,3}?que (?:convierten|venden|funcionan|generan|atraen|posicionan)',
        '{outcomeSaid} (?:hasta )?(?:un|el) \\d+ ?% (?:el|la|los|las|tus|sus|vuestr[oa]s)',
        'c(?:ó|o)mo (?:podemos|podr(?:í|i)amos) ayudar(?:te|le|les|os)', '(?:trabajamos|colaboramos) con m(?:á|a)s de \\d+ (?:empresas|clientes|marcas|cl(?:í|i)nicas|tiendas|negocios|pymes)',
        '(?:te|le|os) (?:interesar(?:í|i)a|gustar(?:í|i)a) saber c(?:ó|o)mo(?= ?\\?| (?:podemos|podr(?:í|i)amos|lo (?:hacemos|conseguimos|logramos)))', 'somos (?:expert[oa]s|especialistas|l(?:í|i)deres) en',
        // "Nuestros clientes repiten un 35 % más", "convertimos a tus visitas en clientes"
        '(?:nuestros|mis) clientes (?:\\S+ ){0,3}?(?:un|hasta un|el) \\d+ ?% (?:m(?:á|a)s|menos)',
        '(?:convertimos|transformamos) (?:a )?(?:tus|sus|vuestros|los) (?:\\S+ )?(?:clientes|visitas|visitantes|seguidores|leads|usuarios|contactos)',
        // A pain question as the hook: "¿Cuántas horas pierde tu equipo conciliando facturas?"
        '(?:cu(?:á|a)ntas|cu(?:á|a)ntos|cu(?:á|a)nto) (?:horas|tiempo|dinero|clientes|ventas|leads|pacientes|pedidos|reservas|citas|euros|pesos) (?:\\S+ ){0,1}?(?:pierde|pierdes|pierden|perd(?:é|e)s|perd(?:é|e)is|desperdicia|desperdicias|desperdician|se (?:pierde|pierden|te va|le va|les va|te van|le van|les van))',
        // Something offered "that could serve you": "tenemos una película compostable que les puede servir"
        '(?:tenemos|ofrecemos|fabricamos|vendemos|distribuimos|hemos (?:desarrollado|creado|lanzado)|tengo|vendo|fabrico|distribuyo) (?:un|una|unos|unas) (?:\\S+ ){1,4}?que (?:creo que |seguro que |quiz(?:á|a)s? |tal vez )?(?:te|le|les|os) (?:puede|podr(?:í|i)a|pueden|podr(?:í|i)an|va a|van a) (?:servir|interesar|venir (?:muy )?bien|ser (?:muy )?(?:(?:ú|u)til|interesante))',
        // Work on their business that "converts more": "para que convierta más visitas en reservas"
        'para que (?:\\S+ ){0,2}?(?:convierta|conviertan|venda|vendan|facture|facturen|crezca|crezcan|genere|generen|atraiga|atraigan|capte|capten) m(?:á|a)s',
      ],
    },
    {
      name: 'demoOrTrial',
      means: 'pushes a demo, trial or sales call',
      patterns: [
        '(?:agendar|agendamos|programar|programamos|reservar|reservamos|coordinar|coordinamos|hacer|hacemos|mostrarte|mostrarle|ofrecerte|ofrecerle|te|le) (?:una|la) (?:demo|demostraci(?:ó|o)n)',
        '(?:una|la) demo (?:gratuita|gratis|personalizada|de \\d+ minutos)',
        '(?:prueba|periodo de prueba|per(?:í|i)odo de prueba) (?:gratuita|gratis|sin coste|sin costo)', '(?:prueba|pru(?:é|e)balo|testea) gratis',
        '(?:te|le|os) (?:lo|la) (?:enseño|muestro|presento) en (?:\\d+|unos|cinco|diez|quince|veinte) minutos',
        // "¿Te muestro cómo funciona?", "mostrarle cómo lo hacemos en una videollamada"
        '(?:te|le|os|les) (?:muestro|enseño|mostramos|enseñamos) c(?:ó|o)mo (?:funciona|lo hacemos|lo conseguimos|trabajamos)',
        '(?:mostrarte|mostrarle|mostraros|enseñarte|enseñarle|enseñaros) c(?:ó|o)mo (?:funciona|lo hacemos|lo conseguimos|trabajamos)', '(?:una|un) (?:llamada|videollamada|call) de \\d+ (?:minutos|min) para (?:mostrarte|mostrarle|enseñarte|enseñarle|presentarte|presentarle)',
        '(?:presentarte|presentarle|presentaros|mostrarte|mostrarle|mostraros|enseñarte|enseñarle|enseñaros) (?:nuestr[oa]s?|mi) (?:\\S+ ){0,2}?{commercialOffering}',
        // The product's name, then what it is: "te escribo para presentarte Fideliza, nuestra solución de fidelización".
        '(?:presentarte|presentarle|presentaros|mostrarte|mostrarle|mostraros|enseñarte|enseñarle|enseñaros) (?:\\S+ ){0,3}?\\S+, (?:nuestr[oa]s?|mi) (?:\\S+ ){0,2}?{commercialOffering}',
        '(?:te|le|os) (?:interesar(?:í|i)a|gustar(?:í|i)a|interesa) (?:conocer|saber m(?:á|a)s (?:de|sobre)|probar|ver) (?:nuestr[oa]s?|mi) (?:\\S+ ){0,2}?{commercialOffering}',
        'recibir (?:m(?:á|a)s )?informaci(?:ó|o)n (?:sobre|de) (?:nuestr[oa]s?|mis)',
        '(?:te|le|os) (?:env(?:í|i)o|adjunto|paso|mando) (?:nuestr[oa]s?|mi) (?:cat(?:á|a)logo|tarifas|dossier|portafolio de servicios|portfolio de servicios|cartera de servicios|propuesta de servicios|propuesta comercial|presentaci(?:ó|o)n comercial|brochure)',
        // "¿Le envío el brochure con precios?": unrequested sales material
        '(?:te|le|os|les) (?:env(?:í|i)o|paso|mando|comparto|adjunto) (?:el|la|los|las) (?:cat(?:á|a)logo|brochure|folleto|dossier|tarifario|lista de precios|precios)',
        '(?:presupuesto|cotizaci(?:ó|o)n) (?:gratuit[oa]|gratis|sin costo|sin coste|sin compromiso)',
        // "Sin compromiso" sells when it qualifies an offer ("una demo de 15 minutos, sin compromiso", "Es sin compromiso");
        // after a favor asked ("te agradecería que mencionaras mi candidatura, sin ningún compromiso") it frees the reader.
        '(?:demo|demostraci(?:ó|o)n|llamada|videollamada|call|reuni(?:ó|o)n|prueba|presupuesto|cotizaci(?:ó|o)n|asesor(?:í|i)a|consulta|diagn(?:ó|o)stico|auditor(?:í|i)a|propuesta|sesi(?:ó|o)n|informaci(?:ó|o)n|estudio|an(?:á|a)lisis|muestra|visita)[^.?!\\n]{0,40}?sin (?:ning(?:ú|u)n )?compromiso',
        '(?:es|son|ser(?:í|i)a|todo|totalmente|completamente|100 ?%|gratis y|gratuit[oa] y) sin (?:ning(?:ú|u)n )?compromiso', 'sin compromiso (?:alguno|de (?:compra|permanencia|contrataci(?:ó|o)n|pago))', '^sin (?:ning(?:ú|u)n )?compromiso',
        'sin (?:costo|coste|cargo) (?:alguno|ninguno)', 'se (?:pagan|paga) sol[oa]s?',
        'solo (?:cobramos|pagas|paga|pag(?:á|a)is|pagan) (?:si|cuando|por)', '(?:te|le|os|les) cuento c(?:ó|o)mo trabajamos', '(?:cubrimos|cerramos) (?:posiciones|vacantes|puestos|procesos) (?:\\S+ ){0,3}?en menos de', 'auditor(?:í|i)a gratuita', 'diagn(?:ó|o)stico gratuito', 'consultor(?:í|i)a gratuita', 'asesor(?:í|i)a gratuita',
      ],
    },
    {
      name: 'discount',
      means: 'offers a discount or a deal',
      patterns: [
        '\\d+ ?% de descuento', 'descuento del? \\d+ ?%', '(?:un|con un|con el) descuento', '(?:oferta|promoci(?:ó|o)n) (?:exclusiva|especial|limitada|de lanzamiento)',
        '(?:(?:ú|u)ltimas|pocas) plazas', 'planes? desde (?:solo )?\\d', 'desde (?:solo )?\\d+ ?(?:€|euros|\\$|usd|d(?:ó|o)lares) (?:al mes|/ ?mes|mensuales)', 'plazas limitadas', 'por solo \\d+ ?(?:€|euros|\\$|usd|d(?:ó|o)lares|pesos)', '(?:primera|1\\.ª) (?:sesi(?:ó|o)n|consulta|clase|reuni(?:ó|o)n|mes) (?:gratis|gratuita|sin coste|sin costo)', 'precio especial', 'solo (?:por|hasta) (?:hoy|este mes|esta semana)',
      ],
    },
    {
      name: 'offersServices',
      means: 'offers the writer’s services',
      patterns: [
        '(?:te|le|les|os) (?:ofrezco|ofrecemos|presento|presentamos) (?:mis|nuestros) servicios', 'ofrezco mis servicios', 'ofrecemos (?:nuestros )?servicios de',
        '(?:quer(?:í|i)a|quisiera|me gustar(?:í|i)a) (?:ofrecerte|ofrecerle|ofrecerles|presentarte|presentarle) (?:mis|nuestros) servicios',
        '(?:me dedico|nos dedicamos) a (?:ayudar|acompañar)', 'ofrecer(?:te|le|les|os) (?:nuestr[oa]s?|mis|una|un) (?:\\S+ ){0,2}?{commercialOffering}', 'ofrecemos (?:un|una) (?:\\S+ ){0,2}?{commercialOffering}',
        'somos (?:distribuidores|proveedores|fabricantes|partners|representantes) (?:oficiales |exclusivos )?de',
        // "podría rediseñar la web de tu estudio", "puedo llevar las redes de tu restaurante": work offered on their business
        '(?:podr(?:í|i)a|puedo|podemos|podr(?:í|i)amos|me encantar(?:í|i)a|nos encantar(?:í|i)a) (?:rediseñar|diseñar|renovar|optimizar|gestionar|llevar|hacer crecer|encargarme de|encargarnos de|posicionar|automatizar|digitalizar|modernizar) (?:\\S+ ){0,3}?(?:tu|su|vuestr[oa]) (?:web|p(?:á|a)gina|tienda|marca|negocio|empresa|estudio|redes|cl(?:í|i)nica|contabilidad|restaurante|presencia|instagram|e-?commerce|sitio|app|campañas?|despacho|consultorio|hotel)',
        '(?:te|le|os|les) (?:env(?:í|i)o|paso|mando|adjunto) (?:\\S+ ){0,2}?(?:tarifas|precios|portafolio y|portfolio y)', '(?:trabajamos|colaboramos) con (?:empresas|marcas|clientes|compañ(?:í|i)as) como', 'si necesitas (?:un|una) (?:desarrollador|diseñador|agencia|consultor)',
      ],
    },
    {
      name: 'incomeOffer',
      means: 'pitches an income or business opportunity',
      patterns: [
        'ingresos (?:extra|extras|adicionales|pasivos|desde casa)', '(?:generar|ganar|obtener) (?:\\S+ )?ingresos (?:desde casa|online|en tu tiempo libre)', 's(?:é|e) tu propio jefe', 'ganar dinero (?:desde casa|extra|online)', 'trabaja desde casa',
        'oportunidad de negocio', '(?:rentabilidad|retorno|rendimiento|plusval(?:í|i)a) (?:\\S+ )?(?:garantizad[oa]|asegurad[oa]|fij[oa]) (?:del? )?(?:\\d|de)', '(?:departamentos|pisos|lotes|terrenos|casas|viviendas|unidades) en preventa', '(?:tener|generar|conseguir|ganar) un (?:segundo|otro) ingreso', 'ingresos? complementari[oa]s?', 'personas emprendedoras como', '(?:armando|formando|creando) (?:un|mi) equipo (?:\\S+ ){0,4}?con una marca', 'libertad financiera', 'independencia financiera', 'ganar (?:hasta )?\\d[\\d.]* ?(?:€|euros|d(?:ó|o)lares|usd) (?:al|a la|por) (?:mes|semana|d(?:í|i)a)',
      ],
    },
  ],
  when: 'cold',
};

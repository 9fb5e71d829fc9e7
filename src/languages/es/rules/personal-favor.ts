import type { LocalizedRule } from '../../types.ts';

/**
 * Favors: votes, likes, shares, endorsements, reviews, money, intros, passing the writer on. An intro (or being
 * passed on, or spread through their network) is fine once they talk with you (languages.md §5); the other
 * favors count in any conversation.
 */
export const personalFavor: LocalizedRule = {
  coldOnlyFamilies: ['asksForIntro', 'passesWriterOn', 'asksToSpread'],
  lexicon: {
    myThing: ['mi (?:\\S+ )?(?:publicaci(?:ó|o)n|post|v(?:í|i)deo|proyecto|p(?:á|a)gina|perfil|canal|startup|empresa|campaña|emprendimiento|negocio|art(?:í|i)culo|tuit|encuesta|podcast|newsletter)'],
  },
  families: [
    {
      name: 'asksForVote',
      means: 'asks a stranger for their vote',
      patterns: [
        'v(?:ó|o)ta(?:me|nos)?(?: por| a)?',
        // "¿me votarías?", "¿nos votas en la final?", "¿podrías votarme?": an ask to vote for the writer (not "nos votaron")
        '(?:me|nos) (?:votar(?:í|i)as|votar(?:í|i)a|votar(?:í|i)an|votas|vot(?:á|a)s|votes|vote|voten|votaras|votara|votaran)(?![\\p{L}])', 'votar(?:me|nos)(?![\\p{L}])',
        'vote (?:por|a) (?:m(?:í|i)|nosotros|mi|nuestr[oa])', 'votar (?:por|a) (?:m(?:í|i)|nosotros|mi|nuestr[oa])', 'tu voto', 'su voto',
        'dame tu voto', 'votando (?:por|a) (?:m(?:í|i)|nosotros|mi|nuestr[oa]|\\S+ en)', 'necesito (?:tus |vuestros |sus )?votos', 'necesito (?:tu|su|vuestro) voto', 'votos? para (?:mi|nuestr[oa])', 'cada voto cuenta',
        '(?:ap(?:ó|o)yanos|ap(?:ó|o)yame|nos apoyas|me apoyas|nos apoyar(?:í|i)as|me apoyar(?:í|i)as|apoyarnos|apoyarme) (?:\\S+ ){0,4}?(?:en la votaci(?:ó|o)n|con (?:tu|su|un) (?:voto|clic))',
      ],
    },
    {
      name: 'asksForEngagement',
      means: 'asks for likes, shares or follows',
      patterns: [
        '(?:dale|d(?:é|e)le|dadle|regálame|reg(?:á|a)lame) (?:un )?(?:like|me gusta|follow|coraz(?:ó|o)n)', '(?:comparte|comp(?:á|a)rtilo|compartir|compartas|comparta|compartan|compartieras|compartiera|difunde|difundir|difundas|difundieras) {myThing}',
        '(?:s(?:í|i)gueme|s(?:í|i)ganos|seguirme|sigue (?:a )?{myThing}|sigue mi)', '(?:comenta|comentar|comentes|comente) (?:en )?{myThing}', 'un like (?:en|a) {myThing}', '(?:darme|darle|me das|me des|me dar(?:í|i)as) (?:un )?like', 'val(?:í|i)dame (?:la |las |mis )?(?:aptitud|aptitudes|competencias?|habilidad(?:es)?)',
        '(?:responde|responder|rellena|rellenar|completa|completar|contesta|contestar|respondas|rellenes|completes|contestes) (?:a )?(?:mi|nuestra|esta|una breve|una corta) encuesta',
        '(?:comparte|compartir|compartas|comparta|difunde|difundir|difundas) (?:esta|este|la|el) (?:publicaci(?:ó|o)n|post|oferta|mensaje|encuesta|v(?:í|i)deo|campaña) (?:con|en|entre) (?:tu|su|vuestra|tus|sus) (?:red|contactos|comunidad|perfil|seguidores)',
        '(?:firma|firmar|firme|f(?:í|i)rmala) (?:mi|esta|nuestra|la) petici(?:ó|o)n',
        '(?:suscr(?:í|i)bete|suscribirte) a {myThing}',
        // "¿me podrías seguir en Instagram?", "compartir el reel de mi emprendimiento en tus historias"
        '(?:me|nos) (?:\\S+ )?seguir en (?:instagram|tiktok|twitter|youtube|facebook|x|twitch|threads)',
        '(?:compartir|compartas|comparte|compartieras|compart(?:í|i)|subir|subas|repostear|publicar) (?:\\S+ ){0,5}?en (?:tus|sus) (?:historias|stories|estados|redes)', '(?:me sigues|s(?:í|i)gueme|me seguir(?:í|i)as|seguirme) en (?:instagram|tiktok|twitter|youtube|facebook|x)', 'te sigo de vuelta', 'follow (?:de vuelta|back)', 'reacciona a {myThing}',
        '(?:ayudarme|me ayudas|me ayudar(?:í|i)as|ay(?:ú|u)dame|ayudarnos|nos ayudas|nos ayudar(?:í|i)as|ay(?:ú|u)danos) a (?:difundir|compartir|mover|viralizar|dar visibilidad a|dar difusi(?:ó|o)n a)',
      ],
    },
    {
      // Passing the writer's thing through the reader's network is like an intro: fine once they talk.
      name: 'asksToSpread',
      means: 'asks a stranger to spread the writer’s post through their network',
      patterns: [
        // "que la recomendaras entre tus contactos": spreading the writer's thing through the reader's network
        '(?:la|lo|las|los|me|nos) (?:recomendar(?:í|i)as|compartir(?:í|i)as|difundir(?:í|i)as|mover(?:í|i)as|recomendaras|recomendases|recomiendes|recomiende|recomendara|compartieras|compartas|comparta|compartiera|difundieras|difundas|difundiera|difunda|movieras|muevas|moviera|mueva) (?:entre|con|en|por) (?:tus|sus|vuestros|tu|su|vuestra) (?:contactos|seguidores|red|comunidad|redes)',
      ],
    },
    {
      name: 'asksForEndorsement',
      means: 'asks a stranger to vouch for the writer',
      patterns: [
        '(?:valida|valide|validar|validarme|validas|valides|validen|avala|avalar) (?:mis )?(?:aptitudes|competencias|habilidades|conocimientos|skills)',
        // "¿me validarías las aptitudes de Excel?", "avalarme un par de habilidades"
        // Vouching for the writer ("me", "-me" or "mis"), not "el test valida las competencias del candidato".
        '(?:me (?:valid|aval|respald)(?:ar(?:í|i)as|ar(?:í|i)a|aras|ara|ases|ase|as|es|a|e|ar)|(?:valid|aval|respald)(?:arme|(?:á|a)me|eme)) (?:\\S+ ){0,3}?(?:aptitudes|competencias|habilidades|conocimientos|skills|aptitud)',
        '(?:valid|aval|respald)(?:ar(?:í|i)as|ar(?:í|i)a|aras|ara|as|es|a|e|ar) (?:\\S+ )?mis (?:aptitudes|competencias|habilidades|conocimientos|skills)',
        // "¿me escribirías unas líneas de recomendación?", "¿me dejarías una recomendación en el perfil?"
        '(?:me|nos) (?:escribir(?:(?:í|i)as|(?:í|i)a)?|escribes|escribas|escribieras|dejar(?:(?:í|i)as|(?:í|i)a)?|dejas|dejes|dejaras|har(?:í|i)as|har(?:í|i)a|haces|hagas|hicieras|redactar(?:(?:í|i)as|(?:í|i)a)?|regalar(?:(?:í|i)as|(?:í|i)a)?) (?:\\S+ ){0,3}?(?:recomendaci(?:ó|o)n|testimonio|referencia)(?! de)',
        '(?:escr(?:í|i)beme|escribirme|escr(?:í|i)bame|me escribes|me escribas|dejarme|d(?:é|e)jame) (?:una|un) (?:recomendaci(?:ó|o)n|carta de recomendaci(?:ó|o)n|testimonio)',
        '(?:me )?(?:recomiendas|recomiendes|recomiende) en linkedin', 'recomi(?:é|e)nda(?:me|nos) en linkedin', '(?:carta de )?recomendaci(?:ó|o)n (?:tuya|suya|de tu parte|de su parte)', '(?:una|unas) (?:palabras|l(?:í|i)neas) de recomendaci(?:ó|o)n', 'recomendaci(?:ó|o)n en mi perfil',
        '(?:respalda|respaldar|respalde|respaldes) (?:mis )?(?:aptitudes|competencias|habilidades|conocimientos)',
        '(?:confirmar|confirmes|confirme|confirmarme|confirmar(?:í|i)as|recomendar|marcar|marques|marcarme) mis (?:aptitudes|competencias|habilidades|skills|conocimientos)',
      ],
    },
    {
      name: 'asksForReview',
      means: 'asks a stranger for a review or rating',
      patterns: [
        '(?:d(?:é|e)jame|d(?:é|e)jenos|d(?:é|e)janos|dejarme|dejarnos|deja|escribe|escr(?:í|i)beme|escribirnos|me dejas|me dejar(?:í|i)as|nos dejas) (?:una|un|tu|su) (?:reseña|valoraci(?:ó|o)n|opini(?:ó|o)n en google|review|calificaci(?:ó|o)n)',
        '(?:cinco|5) estrellas',
      ],
    },
    {
      name: 'asksForMoney',
      means: 'asks a stranger for money',
      patterns: [
        '(?:pr(?:é|e)stame|prestarme|me prestas|me prestar(?:í|i)as|me prestes|dejarme) (?:\\S+ ){0,2}?(?:dinero|plata|pasta|lana|euros|pesos|d(?:ó|o)lares|\\d+)',
        '(?:una|tu|su) (?:donaci(?:ó|o)n|aportaci(?:ó|o)n|contribuci(?:ó|o)n) (?:a|para) (?:mi|nuestr[oa])', '(?:dona|donar|aporta|apoya|apoyar|ap(?:ó|o)yame|ap(?:ó|o)yanos) (?:a |en )?(?:mi|nuestr[oa]) (?:campaña|crowdfunding|causa|gofundme|verkami|kickstarter|proyecto en)',
        '(?:hacerme|me haces|me har(?:í|i)as) (?:un bizum|una transferencia)',
        '(?:reuniendo|recaudando|juntando) (?:fondos|dinero|plata) para (?:mi|terminar|pagar|costear|poder|financiar mi)', 'cualquier (?:aportaci(?:ó|o)n|donaci(?:ó|o)n|contribuci(?:ó|o)n|ayuda econ(?:ó|o)mica) (?:ayuda|suma|cuenta|es bienvenida)',
        // "he lanzado un Verkami… ¿te animas a poner algo, aunque sean 10 €?"
        '(?:te|se) (?:animas|anim(?:á|a)s|anima|apuntas) a (?:poner|aportar|donar|colaborar con) (?:algo|lo que (?:puedas|quieras)|un poco|unos? )',
        '(?:poner|aportar|donar|colaborar con) (?:algo|un poco)[,]? (?:aunque sea|aunque sean|con) (?:\\d|unos|poco)',
        '(?:he lanzado|lanc(?:é|e)|hemos lanzado|lanzamos|abr(?:í|i)|tengo) (?:un|una|mi) (?:verkami|gofundme|kickstarter|crowdfunding|vaki|patreon|colecta|vaquita|campaña de (?:micro)?mecenazgo)',
        'enlace (?:de|a|al|del) (?:mi )?(?:verkami|gofundme|kickstarter|goteo|vaki|patreon|indiegogo|crowdfunding)',
      ],
    },
    {
      name: 'asksForIntro',
      means: 'asks a stranger for an introduction',
      patterns: [
        '(?:pres(?:é|e)ntame|pres(?:é|e)nteme|presentarme|me presentas|me presentar(?:í|i)as|me presentar(?:í|i)a|me present(?:á|a)s) (?:a|con) (?:tu|su|vuestr[oa]|alguien|la persona|el|la)',
        '(?:me|nos) (?:puedes|podr(?:í|i)as|puede|podr(?:í|i)a|pod(?:é|e)s|podr(?:í|i)an|pueden|querr(?:í|i)as|te animas a|te importar(?:í|i)a) (?:presentar|conectar|poner en contacto) (?:a |con )(?:tu|su|vuestr[oa]|alguien|la persona|el|la|quien)',
        '(?:me pasas|me pasar(?:í|i)as|me pasa|pasarme|me pones en contacto|ponerme en contacto|me conectas|conectarme) (?:\\S+ ){0,2}?(?:con|el contacto de) (?:tu|su|alguien|la persona|el|la|quien)',
        '(?:reenv(?:í|i)a|reenv(?:í|i)e|pasa|pase|haz llegar|haga llegar) (?:este mensaje|mi mensaje|esto) (?:a|al) (?:tu|su|quien|la persona)',
        '(?:pres(?:é|e)ntame|pres(?:é|e)nteme|presentarme|me presentas|me presentar(?:í|i)as|me presentar(?:í|i)a) (?:a|con) (?:\\S+ ){0,2}?(?:de|del) (?:tu|su|vuestr[oa]) (?:equipo|empresa|(?:á|a)rea|departamento)',
        '(?:p(?:á|a)same|p(?:á|a)seme|me pasas|me pasar(?:í|i)as|pasarme|me das|me dar(?:í|i)as|darme|me facilitas|facilitarme) el (?:contacto|correo|email|mail|tel(?:é|e)fono|n(?:ú|u)mero) de (?:tu|su|vuestr[oa]|alguien|la persona|quien)',
        '(?:abrirme|me abras|me abrieras|me abriera|me abra|me abres|me abrir(?:í|i)as?) (?:la|una|las) puertas? (?:con|en|a|ante)',
        '(?:me pasas|me pasar(?:í|i)as|pasarme|me pase|me derivas|derivarme|me redirig(?:es|e)|redirigirme) (?:con|a) (?:alguien|la persona|quien)',
      ],
    },
    {
      // A CV passed to their boss is a job hunt, not an intro with a professional reason: it counts in any conversation.
      name: 'passesCvOn',
      means: 'asks them to pass the writer’s CV on',
      patterns: [
        '(?:me )?(?:recomiendes|recomiende|recomendaras|recomendara|recomendar(?:í|i)as|recomendar(?:í|i)a) con (?:tu|su|vuestr[oa]) (?:jef[ea]|manager|director(?:a)?|gerente|responsable)',
        '(?:p(?:á|a)sale|p(?:á|a)sele|reenv(?:í|i)a(?:le)?|reenv(?:í|i)e(?:le)?|h(?:á|a)zle llegar|h(?:á|a)gale llegar|pasar(?:le)?|reenviar(?:le)?|hacer llegar|hacerle llegar) (?:\\S+ ){0,2}?mi (?:cv|curr(?:í|i)culum|hoja de vida|perfil|portafolio|portfolio) a',
        // The CV named before, then "it" passed to hiring: "te adjunto mi CV, ¿podrías pasarlo a Recursos Humanos?"
        '(?:cv|curr(?:í|i)culum|hoja de vida)[^\\n]{0,80}?(?:pasarlo|pasarla|p(?:á|a)salo|p(?:á|a)sala|p(?:á|a)selo|p(?:á|a)sela|lo pasas|la pasas|lo pasar(?:í|i)as|la pasar(?:í|i)as|lo pases|la pases|reenviarlo|reenviarla|reenv(?:í|i)alo|reenv(?:í|i)ala|lo reenv(?:í|i)as|la reenv(?:í|i)as|lo reenviar(?:í|i)as|hacerlo llegar|hacerla llegar|h(?:á|a)zlo llegar|h(?:á|a)zla llegar|lo har(?:í|i)as llegar|la har(?:í|i)as llegar) (?:a|al|con) (?:(?:tu|su|vuestr[oa]|el|la) )?(?:recursos humanos|rr\\. ?hh\\.?|rrhh|equipo de (?:selecci(?:ó|o)n|talento|reclutamiento|recursos humanos|rr\\. ?hh\\.?|rrhh)|departamento de (?:selecci(?:ó|o)n|recursos humanos|personal)|(?:á|a)rea de (?:selecci(?:ó|o)n|talento|recursos humanos)|reclutador(?:a)?|jef[ea]|gerente|responsable de (?:selecci(?:ó|o)n|contrataci(?:ó|o)n))',
      ],
    },
    {
      name: 'passesWriterOn',
      means: 'asks a stranger to pass the writer on',
      patterns: [
        '(?:reenv(?:í|i)a|reenv(?:í|i)e|reenviar|reenviarle|reenv(?:í|i)ale|p(?:á|a)sale|p(?:á|a)sele|pasarle|hacerle llegar|h(?:á|a)zle llegar|h(?:á|a)gale llegar|hicieras llegar|hagas llegar|reenviaras|pasaras) (?:\\S+ ){0,2}?mi (?:propuesta|presentaci(?:ó|o)n|dossier|proyecto|mensaje|idea) a (?:tu|su|vuestr[oa]|quien|la persona)',
      ],
    },
  ],
};

import type { LocalizedRule } from '../../types.ts';

/** Asking a stranger for a job, a referral or to pass a CV on (not: already applied, advice). */
export const jobAsk: LocalizedRule = {
  lexicon: {
    opening: ['vacantes?', 'posiciones? (?:abiertas?|disponibles?)', 'puestos?', 'ofertas? de (?:empleo|trabajo)', 'oportunidad(?:es)? (?:laborales?|de (?:empleo|trabajo|pr(?:á|a)cticas))', 'trabajo', 'empleo', 'chamba', 'curro', 'pega', 'laburo'],
    hiringPlace: ['puestos?', 'vacantes?', 'posici(?:ó|o)n(?:es)?', 'equipo', 'empresa', 'proceso', 'recursos humanos', 'rr\\. ?hh', 'rrhh', 'selecci(?:ó|o)n', 'reclutamiento', '(?:á|a)rea', 'departamento', 'oferta', 'rol'],
    canYou: ['(?:me )?(?:puedes|podr(?:í|i)as|puede|podr(?:í|i)a|pod(?:é|e)s|podr(?:í|i)an|pueden)', '(?:ser(?:í|i)a|es) posible que (?:me )?'],
  },
  families: [
    {
      name: 'asksForJob',
      means: 'asks to be given a job',
      patterns: [
        '(?:me|nos) (?:das|da|dar(?:í|i)as|dar(?:í|i)a|das|puedes dar|podr(?:í|i)as dar|podr(?:í|i)a dar|pod(?:é|e)s dar|dan|dar(?:í|i)an) (?:un )?(?:trabajo|empleo|chamba|curro|laburo|una oportunidad)',
        'contr(?:á|a)t(?:a|e|en)me', 'contrat(?:ar|en)me',
        // "¿me podrían contratar aunque sea de práctica?", "¿me contratarías?"
        '(?:me|nos) (?:podr(?:í|i)an|podr(?:í|i)as|podr(?:í|i)a|pueden|puedes|puede|pod(?:é|e)s|querr(?:í|i)an|querr(?:í|i)as|quieren|quieres) contratar',
        '(?:me|nos) contrat(?:ar(?:í|i)as|ar(?:í|i)an|ar(?:í|i)ais|ar(?:í|i)a|as|(?:á|a)is)(?=[^.!\\n]{0,60}\\?)', 'd(?:é|e)me (?:trabajo|empleo|una oportunidad)', 'dame (?:trabajo|empleo|una oportunidad)',
        '(?:hay|tienen|tienes|ten(?:é|e)s|tiene|tendr(?:á|a)|tendr(?:á|a)s|tendr(?:á|a)n|tendr(?:í|i)a|tendr(?:í|i)as|tendr(?:í|i)an|tendr(?:í|i)ais|habr(?:á|a)|habr(?:í|i)a|existe) (?:alg(?:ú|u)n|alguna|algo de|un|una)? ?{opening} (?:\\S+ ){0,3}?(?:para m(?:í|i)|para practicantes|para juniors?|para alguien como yo|disponibles?|abiertas?)',
        '(?:tienen|tienes|ten(?:é|e)s|hay) (?:alguna|alg(?:ú|u)n) (?:vacante|posici(?:ó|o)n|puesto|oportunidad (?:laboral|de (?:empleo|trabajo|pr(?:á|a)cticas)))',
        '(?:busco|estoy buscando|necesito) (?:un )?(?:trabajo|empleo|chamba|curro|laburo)[^\\n]{0,30}?(?:me (?:ayudas|ayudar(?:í|i)as|puedes ayudar|echas una mano|echar(?:í|i)as una mano)|tienes algo|hay algo)',
        '(?:sabes|sabe usted|sab(?:é|e)s|sab(?:é|e)is) si (?:en (?:tu|su|vuestra) (?:empresa|equipo) )?(?:est(?:á|a)n|est(?:á|a)is|estar(?:á|a)n) (?:contratando|buscando (?:gente|perfiles|personal))',
        'me (?:tuvieras|tengas|tuvierais|teng(?:á|a)is) en cuenta',
        // "que me tomara en cuenta para cualquier vacante", "¿me tomarías en cuenta si se abre algo?" (any opening;
        // "para la vacante de analista" names one, usually applied to)
        'me (?:tom(?:e|es|en|ara|aras|aran|ar(?:í|i)a|ar(?:í|i)as|ar(?:í|i)an|as|a|an)) en cuenta (?:(?:para|en) (?:cualquier|alguna|alg(?:ú|u)n|futur[oa]s|pr(?:ó|o)xim[oa]s|otr[oa]s|posibles|nuev[oa]s?) (?:\\S+ )?(?:vacantes?|puestos?|posici(?:ó|o)n(?:es)?|oportunidad(?:es)?|procesos?|ofertas?)|si (?:se abre|sale|surge|hay|aparece) (?:algo|alguna|alg(?:ú|u)n))',
        // "¿me tirás una mano para conseguir laburo?", "un cable para encontrar curro en tu empresa"
        '(?:una mano|un cable|un empuj(?:ó|o)n|ayuda|una ayudita) (?:para|a) (?:conseguir|encontrar|entrar a|entrar en) (?:un |una )?(?:trabajo|empleo|laburo|chamba|curro|pega|pr(?:á|a)cticas|puesto|pasant(?:í|i)a|vacante|(?:tu|su|vuestra) (?:empresa|equipo))',
        'conseguir (?:laburo|trabajo|empleo|chamba|curro|pega) en (?:tu|su|vuestr[oa]) (?:empresa|equipo|compañ(?:í|i)a|(?:á|a)rea|organizaci(?:ó|o)n)',
        '(?:ayudarme|me ayudas|me ayudar(?:í|i)as|me ayude|me ayudar(?:í|i)a) a (?:encontrar|conseguir) (?:un |una |unas )?(?:trabajo|empleo|pr(?:á|a)cticas|puesto|chamba|curro)',
        '(?:est(?:á|a)n|est(?:á|a)is|est(?:á|a)s) (?:contratando|buscando (?:gente|personal|perfiles|candidatos))(?=\\s*\\?)',
        '(?:hay|habr(?:í|i)a|existe|tendr(?:í|i)a) (?:alguna )?(?:posibilidad|opci(?:ó|o)n) de (?:entrar|trabajar|unirme|formar parte|hacer (?:las )?pr(?:á|a)cticas)',
        '(?:si|cuando) (?:sale|salga|sabes de|sepas de|ves|veas|hay|surge|surgiera) (?:alguna? )?(?:vacante|oferta|posici(?:ó|o)n|puesto|oportunidad|algo)[^.?!\\n]{0,40}(?:av(?:í|i)same|me avisas|acu(?:é|e)rdate de m(?:í|i)|piensa en m(?:í|i)|me tienes en cuenta|me tengas en cuenta)',
        '(?:necesit(?:á|a)is|necesitan|necesitas|necesita) (?:gente|personal|a alguien|m(?:á|a)s gente|perfiles)(?: (?:en|para) (?:tu|su|vuestr[oa]) (?:equipo|empresa))?(?=\\s*\\?)',
        '(?:ten(?:é|e)is|tienen|tienes) algo (?:para m(?:í|i)|disponible para (?:m(?:í|i)|alguien como yo))',
        '(?:conseguirme|cons(?:í|i)gueme|me consigues|me conseguir(?:í|i)as) una entrevista',
        'cualquier (?:vacante|puesto|trabajo|cosa) (?:que|me) (?:teng(?:á|a)is|tengas|tenga|haya|sirve)', 'acepto (?:lo que sea|cualquier (?:puesto|cosa|trabajo))',
        '(?:busc(?:á|a)is|buscan|buscas|busca usted|necesit(?:á|a)is|necesitan|necesitas|necesita usted) (?:a )?(?:alguien|gente|perfiles?) (?:como yo|con mi perfil|con mi experiencia)',
        'me (?:tendr(?:í|i)as|tendr(?:í|i)a|tendr(?:í|i)an|tendr(?:í|i)ais|tienes|tiene|tendr(?:á|a)s|tendr(?:á|a)n) en cuenta',
        '(?:sabes|sabe usted|sab(?:é|e)s|conoces|conoce usted) de (?:algo|alguna (?:vacante|oferta|oportunidad|posici(?:ó|o)n)|alg(?:ú|u)n (?:puesto|trabajo|empleo))',
        '(?:puedo|podr(?:í|i)a) (?:trabajar|unirme|incorporarme|entrar) (?:con (?:ustedes|vosotros|vos)|a (?:vuestr[oa]|su|tu) (?:equipo|empresa)|en (?:vuestr[oa]|su|tu) (?:equipo|empresa))(?=[^.!\\n]{0,40}\\?)',
        '(?:hueco|sitio|cabida|lugar) para m(?:í|i) en (?:\\S+ ){0,2}?(?:equipo|empresa|plantilla|departamento|(?:á|a)rea|organizaci(?:ó|o)n|compañ(?:í|i)a|despacho|agencia|estudio|startup)',
        // "para las vacantes que tengan disponibles": any opening at all
        'mi (?:cv|curr(?:í|i)culum|hoja de vida|candidatura|perfil) (?:\\S+ ){0,3}?para (?:las|cualquier|alguna|algunas|cualquiera de las) (?:\\S+ )?(?:vacantes?|posiciones?|puestos?|oportunidades?) (?:que (?:teng\\S+|haya|hubiera|surjan|puedan surgir)|disponibles?|abiert[oa]s?)',
        // "si necesitan a alguien, pensá en mí"
        'si (?:\\S+ ){0,6}?(?:necesit\\S+|busc\\S+|hay|sale|surge|tienen|ten(?:é|e)is)[^.?!\\n]{0,40}(?:pens(?:á|a)|piens[ae]|pensad|acord(?:á|a)te|acu(?:é|e)rda(?:te|se)|ten(?:é|e)me|tenme|t(?:é|e)ngame) (?:en cuenta|en m(?:í|i)|de m(?:í|i))',
      ],
      // "deberíais contratarme sin más pruebas" claims the job as owed: entitled's, not a request.
      quiet: ['(?:deber(?:í|i)(?:as|a|ais|an)|tendr(?:í|i)(?:as|a|ais|an) que) (?:usted |ustedes )?contratarme'],
    },
    {
      name: 'asksForReferral',
      means: 'asks a stranger to refer or recommend the writer',
      patterns: [
        '{canYou} (?:referir|referirme|enchufar|enchufarme|dar (?:una|un) (?:referencia|empuj(?:ó|o)n)|echar un cable con (?:rr|recursos|selecci))',
        '{canYou} (?:recomendar|recomendarme|meter|meterme|proponer|proponerme) (?:para|en|a|al|con|ante) (?:\\S+ ){0,2}?{hiringPlace}',
        '(?:mover|muevas|movieras|mueves|mover(?:í|i)as|moverme) (?:mi|el) (?:nombre|cv|curr(?:í|i)culum|perfil|candidatura)',
        '(?:me )?refieres', 'refi(?:é|e)reme', 'enchúfame', 'enchufame',
        // "recomendarme internamente", "una referencia interna", "echarme un cable con selección"
        '(?:recomendar|referir|proponer|recomiend|refier|propon)\\S* internamente', '(?:una )?(?:referencia|recomendaci(?:ó|o)n) interna', 'como (?:referid[oa]|recomendad[oa]) (?:tuy[oa]|suy[oa])',
        '(?:una|tu|su) palabra (?:tuya|suya|a mi favor|por m(?:í|i))',
        // "que me recomiendes con tu jefe para entrar a tu área": the writer pushed to whoever hires
        '(?:me )?(?:recomiendes|recomiende|recomendaras|recomendara|recomendar(?:í|i)as|recomendar(?:í|i)a|propongas|proponga|metas|enchufes|presentes|presente) (?:con|a|ante) (?:tu|su|vuestr[oa]) (?:jef[ea]|manager|director(?:a)?|responsable|gerente|rr\\.? ?hh|rrhh|recursos humanos|equipo de selecci(?:ó|o)n)', '(?:hablarles|hablarle|hablar) (?:bien )?de m(?:í|i) (?:a|al|a la|con) (?:tu|su|el|la) (?:jef[ea]|manager|responsable|rr|recursos|director|directora|equipo)',
      ],
    },
    {
      name: 'passesCvOn',
      means: 'asks to pass the writer’s CV on',
      patterns: [
        '(?:p(?:á|a)sale|pasa|p(?:á|a)sele|reenv(?:í|i)a|reenv(?:í|i)ale|env(?:í|i)ale|h(?:á|a)zle llegar|haz llegar|hacer llegar|pasar|pasarle|reenviar) (?:\\S+ ){0,2}?mi (?:cv|curr(?:í|i)culum|hoja de vida|perfil)',
        'mi (?:cv|curr(?:í|i)culum|hoja de vida) (?:a|al|con) (?:rr\\. ?hh\\.?|rrhh|recursos humanos|tu jefe|tu manager|selecci(?:ó|o)n|quien corresponda|la persona (?:adecuada|encargada))',
      ],
    },
  ],
};

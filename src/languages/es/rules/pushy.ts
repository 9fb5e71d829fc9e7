import type { LocalizedRule } from '../../types.ts';

/**
 * Pressure to answer now. "Quedo a la espera de sus comentarios", "Quedo atento", "Espero tu respuesta"
 * mean "I look forward to hearing from you" and stay quiet, unless a deadline is attached.
 */
export const pushy: LocalizedRule = {
  lexicon: {
    // A deadline that leaves no room ("hoy mismo", "antes del mediodía", "sin falta"), not just a day.
    hardDeadline: [
      'hoy mismo', 'hoy(?=\\s*[?.!])', 'antes del? (?:mediod(?:í|i)a|fin del d(?:í|i)a|las \\d{1,2})', 'sin falta', 'ya mismo', 'esta misma (?:tarde|mañana|noche)', 'en (?:la|las) pr(?:ó|o)xim[ao]s? (?:\\d+ )?horas?', 'en \\d+ horas', 'cuanto antes',
    ],
    deadline: [
      'hoy(?: mismo)?', 'ma(?:ñ|n)ana(?: mismo| sin falta| a primera hora)?', 'esta (?:misma )?(?:tarde|noche|semana)', 'el (?:lunes|martes|mi(?:é|e)rcoles|jueves|viernes|s(?:á|a)bado|domingo)',
      'antes del? (?:lunes|martes|mi(?:é|e)rcoles|jueves|viernes|s(?:á|a)bado|domingo|fin de (?:semana|mes|d(?:í|i)a)|mediod(?:í|i)a|\\d{1,2})', 'en (?:las )?pr(?:ó|o)ximas \\d+ horas', 'en \\d+ horas', 'sin falta', 'ya mismo', 'a lo largo (?:de (?:la mañana|la tarde|hoy)|del d(?:í|i)a)', 'en el (?:d(?:í|i)a|transcurso del d(?:í|i)a)', 'antes de las (?:\\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)',
      '(?:apenas|en cuanto|nada m(?:á|a)s) (?:lo |la )?(?:leas|lea|veas|vea|recibas|reciba)', 'ya(?=\\s*(?:[.!?,]|$))', 'antes de (?:que (?:acabe|termine) (?:el d(?:í|i)a|la semana)|las \\d{1,2})',
    ],
  },
  families: [
    {
      name: 'urgency',
      means: 'presses for an urgent answer',
      patterns: [
        'urgente(?:mente)?(?! (?:de|del) )', 'lo (?:antes|m(?:á|a)s pronto) posible', 'cuanto antes', 'a la mayor brevedad(?: posible)?', 'con (?:la mayor )?urgencia', 'de inmediato', 'inmediatamente',
        'asap', 'sin m(?:á|a)s demora', '(?:impostergable|impreterible|improrrogable)mente,? (?:hasta|antes|para|el|ma(?:ñ|n)ana|hoy)', 'es para ya', 'para ayer', 'cuanto antes mejor', 'tengo (?:mucha )?prisa', 'no tengo todo el d(?:í|i)a', '(?:cuando|en cuanto) leas (?:esto|este mensaje)',
        'es (?:muy )?importante que (?:me )?(?:respondas|contestes|responda|conteste) (?:hoy|ya|cuanto antes|pronto)', 'no puedo esperar m(?:á|a)s', '(?:d(?:é|e)se|date|daos) prisa',
        '(?:lo |la )?necesito (?:\\S+ ){0,3}?(?:para (?:hoy|ya|ayer)|hoy mismo|ya mismo)(?![\\p{L}])',
      ],
      // Urgency denied ("no es urgente", "nada urgente") or about a case that may come ("si te surge algo urgente",
      // "para cualquier cosa urgente", "lo urgente ya está"): an offer or reassurance, not pressure.
      quiet: [
        'urgencias', 'medicina de urgencias', 'servicio de urgencias',
        '(?:no|nada|ninguna|ning(?:ú|u)n|sin) (?:\\S+ ){0,2}?urgente', 'sin urgencia', 'nada de urgencia',
        '(?:si|por si|para|en caso de(?: que)?|de ser|cuando) (?:\\S+ ){0,3}?(?:algo|alguna cosa|alg(?:ú|u)n tema|cualquier cosa|es|fuera|fuese|sea|ser|resulta) urgente',
        'cualquier (?:cosa|tema|asunto|duda|imprevisto|incidencia) urgente', '(?<![\\p{L}])lo urgente',
      ],
    },
    {
      name: 'deadlineForReply',
      means: 'sets a deadline for their answer',
      patterns: [
        '(?:dime algo|decime algo|d(?:í|i)game algo|cont(?:á|a)ctame|resp(?:ó|o)ndeme|resp(?:ó|o)ndame|contesta(?:me)?|cont(?:é|e)stame|contésteme|conteste|responda|responde|resp(?:ó|o)ndanos|escr(?:í|i)beme|av(?:í|i)same|llámame|ll(?:á|a)mame|confirma|confirme|conf(?:í|i)rmame) (?:\\S+ ){0,3}?{deadline}',
        '(?:necesito|necesitamos|espero|esperamos|quiero) (?:(?:tu|su|una|la) )?(?:respuesta|confirmaci(?:ó|o)n|contestaci(?:ó|o)n|visto bueno|aprobaci(?:ó|o)n|decisi(?:ó|o)n|ok) (?:\\S+ ){0,2}?{deadline}',
        '(?:necesito|necesitamos) (?:saber|que me (?:digas|confirmes|respondas|contestes|diga|confirme|responda|conteste)) (?:\\S+ ){0,5}?{deadline}',
        '(?:la oferta|la propuesta|el descuento|la plaza|la promoci(?:ó|o)n|esta oportunidad|el precio) (?:\\S+ )?(?:caduca|vence|expira|termina|acaba|sube) {deadline}',
        '(?:respuesta|conteste|responda|contestes|respondas|confirmaci(?:ó|o)n|confirme|confirmes|env(?:í|i)e|env(?:í|i)es) (?:\\S+ ){0,2}?a la brevedad',
        'no tengo tiempo que perder',
        'de lo contrario (?:\\S+ ){0,2}?(?:perder(?:á|a)s?|perder(?:é|e)is|perder(?:á|a)n|se (?:pierde|perder(?:á|a))|no (?:podremos|podr(?:á|a)s?))',
        '(?:para no perder|o perder(?:á|a)s?) (?:la|su|tu) (?:plaza|oportunidad|puesto|descuento)',
        '(?:a la espera|quedo atent[oa]|espero (?:tu|su) respuesta|aguardo (?:tu|su) respuesta) (?:\\S+ ){0,3}?(?:hoy|ma(?:ñ|n)ana|antes del?|sin falta)',
        '(?:necesito|necesitamos) (?:que )?(?:\\S+ ){1,12}?antes del? (?:lunes|martes|mi(?:é|e)rcoles|jueves|viernes|fin de)',
        // "¿Me confirmas la lista antes del mediodía sin falta?": a request to them with a hard deadline
        '(?:necesito|necesitamos|lo necesito|la necesito|los necesito|las necesito) (?:\\S+ ){0,6}?(?:antes del? (?:mediod(?:í|i)a|fin del d(?:í|i)a|las \\d{1,2})|hoy mismo|sin falta|ya mismo)',
        '(?:me|nos) (?:confirmas|confirma|dices|dice|respondes|responde|contestas|contesta|avisas|avisa|mandas|manda|env(?:í|i)as|env(?:í|i)a|pasas|pasa|devuelves|devuelve) (?:\\S+ ){0,6}?{hardDeadline}',
      ],
    },
  ],
};

import type { LocalizedRule } from '../../types.ts';

/**
 * Commands: "tienes que", "debes", "necesito que me…", bare imperatives to a stranger, and negative
 * imperatives in any conversation. Softened requests ("¿Podrías…?", "Por favor, envíame…", "Avísame si…",
 * "No dudes en…") and presumptions ("debes de estar muy ocupado") stay quiet.
 */
export const demanding: LocalizedRule = {
  lexicon: {
    // Imperatives with a clitic: "envíame", "mándeme", "llámame", "pásame", "respóndeme".
    imperative: [
      'env(?:í|i)a(?:me|nos|melo|mela|melos)', 'env(?:í|i)e(?:me|nos)', 'm(?:á|a)nda(?:me|nos|melo|melos|mela)', 'm(?:á|a)nde(?:me|nos)', 'll(?:á|a)ma(?:me|nos)', 'll(?:á|a)me(?:me|nos)',
      'p(?:á|a)sa(?:me|nos|melo)', 'p(?:á|a)se(?:me|nos)', 'resp(?:ó|o)nde(?:me|nos)', 'resp(?:ó|o)nda(?:me|nos)', 'contesta(?:me|nos)', 'cont(?:é|e)sta(?:me|nos)', 'cont(?:é|e)ste(?:me|nos)',
      'escr(?:í|i)be(?:me|nos)', 'escr(?:í|i)ba(?:me|nos)', 'dime', 'd(?:í|i)ganos', 'd(?:í|i)game', 'dame', 'd(?:é|e)me', 'rev(?:í|i)sa(?:lo|la)?', 'rev(?:í|i)se(?:lo|la)?',
      'ag(?:é|e)ndame', 'reg(?:í|i)strate', 'inscr(?:í|i)bete', 'inscr(?:í|i)base', 'c(?:ó|o)mpralo', 'desc(?:á|a)rgalo', 'f(?:í|i)rmalo', 'rell(?:é|e)nalo', 'compl(?:é|e)talo',
      'responda', 'conteste', 'env(?:í|i)e', 'mande', 'llame', 'haz(?:lo|me)?', 'h(?:á|a)galo', 'h(?:á|a)game', 'ac(?:é|e)ptame', 'acepta mi', 'acepte mi', 'conecta conmigo', 'con(?:é|e)ctate',
      'cont(?:á|a)cta(?:me|nos)', 'cont(?:á|a)cte(?:me|nos)', 'agr(?:é|e)game', 'a(?:ñ|n)(?:á|a)deme', 's(?:í|i)gue(?:me|nos)', 's(?:í|i)ganos', 'visita', 'visite', 'entra (?:en|a)', 'haz clic', 'pincha',
      'lee', 'lea', 'mira', 'mire', 'env(?:í|i)a', 'manda', 'responde', 'contesta', 'ap(?:ú|u)ntate', '(?:ú|u)nete', 'ind(?:í|i)que(?:me|nos)?', 'facil(?:í|i)te(?:me|nos)?',
      'conf(?:í|i)rme(?:me|nos)?', 'adj(?:ú|u)nte', 'rem(?:í|i)ta(?:me|nos)?', 'ind(?:í|i)ca(?:me|nos)', 'facil(?:í|i)ta(?:me|nos)', 'conf(?:í|i)rma(?:me|nos)', 'ag(?:é|e)ndate', 'agenda tu', 'agende su', 'reserva tu', 'reserve su', 'confirma tu', 'confirme su', '(?:completa|rellena|llena|complete|rellene) (?:el|este|nuestro) formulario', '(?:é|e)chale un (?:vistazo|ojo)', '(?:é|e)chele un (?:vistazo|ojo)',
    ],
  },
  families: [
    {
      name: 'mustDo',
      means: 'tells them what they must do',
      patterns: [
        '(?:tienes|ten(?:é|e)s|ten(?:é|e)is|tiene usted) que(?! ver\\b)', 'deb(?:e|é)s(?! (?:de|estar|haber)\\b)', 'debe usted(?! (?:de|estar|haber)\\b)',
        'necesito que (?:me )?(?:\\S+ )?(?:env(?:í|i)es|mandes|revises|digas|respondas|contestes|hagas|llames|pases|firmes|confirmes|env(?:í|i)e|mande|revise|diga|responda|llame)',
        '(?:quiero|exijo|es necesario|es imprescindible) que (?:me )?(?:\\S+ )?(?:env(?:í|i)es|mandes|llames|respondas|contestes|revises|hagas|pases|digas|confirmes|aceptes|agendes|completes|rellenes|leas|contactes|pagues|env(?:í|i)e|mande|llame|responda|conteste|revise|haga|confirme|acepte)',
        'necesito que (?:me )?(?:\\S+ )?(?:confirmes|aceptes|agendes|completes|rellenes|leas|contactes|ayudes|recomiendes|contrates|pagues|transfieras|confirme|acepte|complete|lea|contacte|ayude|pague)',
        'exijo que', 'espero que me (?:respondas|contestes|responda|conteste) (?:ya|hoy|inmediatamente)', 'es obligatorio que',
      ],
      // A condition, not an order: "si este trimestre tenéis que incorporar perfiles…".
      quiet: ['si (?:\\S+ ){0,4}?(?:tienes|ten(?:é|e)s|ten(?:é|e)is|tiene usted|tienen) que'],
    },
    {
      name: 'negativeImperative',
      means: 'orders them not to do something',
      patterns: [
        'no (?:me )?(?:vuelvas|vuelva|vuelvan) a (?:escribir|contactar|llamar|molestar)', 'no me (?:escribas|escriba|contactes|contacte|llames|llame|molestes|moleste) m(?:á|a)s',
        'no (?:dejes|deje) pasar', 'no (?:ignores|ignore|ignoren) (?:este|mi)', 'no (?:te|se) (?:lo )?pierdas?', 'no (?:lo )?pienses m(?:á|a)s', 'no esperes m(?:á|a)s',
      ],
    },
    {
      name: 'bareImperative',
      means: 'gives an order',
      // At the start of a sentence, without "por favor" before or after.
      patterns: ['(?<=^|[.!?¡:]\\s{0,3}|\\n\\s{0,3}|,[ \\t]{1,3}){imperative}(?= (?!si\\b)(?!cuando\\b)(?!por favor)[^\\n,.?!]{0,80}(?:[.!]|$)|\\s*(?:[.!]|$))'],
      quiet: ['por favor,? {imperative}', '{imperative} (?:\\S+ ){0,6}?por favor', '(?:si|cuando|cualquier cosa|cualquier duda|en cuanto|en caso de(?: que)?|de ser|llegado el caso|siempre que)[^,.\\n]{0,60}, {imperative}',
        '{imperative} (?:\\S+ ){0,4}?(?:cuando (?:puedas|quieras|pueda|quiera|tengas un (?:rato|momento)|te venga bien|le venga bien)|si (?:quieres|puedes|te interesa|le interesa|te apetece))'],
    },
  ],
  coldOnlyFamilies: ['bareImperative'],
};

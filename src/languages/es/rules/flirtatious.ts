import type { LocalizedRule } from '../../types.ts';

/** Looks, pet names, dates: not what LinkedIn is for ("Querida Ana," and "precioso proyecto" stay quiet). */
export const flirtatious: LocalizedRule = {
  lexicon: {
    petName: ['guapa', 'guapo', 'guap(?:í|i)sim[oa]', 'guapetona', 'hermosa', 'preciosa', 'lindura', 'cariño', 'coraz(?:ó|o)n', 'bomb(?:ó|o)n', 'bonita', 'princesa', 'mi amor', 'nena', 'muñeca', 'mami', 'mamacita', 'beb(?:é|e)', 'chula', 'chulita', 'mi reina', 'mi cielo', 'mi vida'],
    // Pet names that are also given names (Linda, Bella, Reina, Cielo): only in lower case.
    namePetName: ['linda', 'bella', 'reina', 'cielo'],
  },
  families: [
    {
      name: 'petName',
      means: 'uses a pet name',
      patterns: [
        // As address: after a greeting, at the start, or set off by commas at the end.
        '(?:hola|buenas|buenos d(?:í|i)as|buenas tardes|buenas noches|hey|ey|gracias|adi(?:ó|o)s|chao|besos)(?:,)? {petName}',
        '(?<=^|[.!?¡¿]\\s{0,3}){petName}(?=\\s*[,!.?])',
        '(?<=,[ \\t]{1,3}){petName}(?=\\s*[!.?]|$)',
      ],
    },
    {
      name: 'petNameInLowerCase',
      means: 'uses a pet name',
      patterns: ['(?:[Hh]ola|[Bb]uenas|[Bb]uenos d(?:í|i)as|[Hh]ey|[Gg]racias|[Aa]di(?:ó|o)s|[Cc]hao|[Bb]esos),? {namePetName}', '(?<=,[ \\t]{1,3}){namePetName}(?=\\s*[!.?]|$)'],
      caseSensitive: true,
    },
    {
      name: 'looks',
      means: 'comments on their looks',
      patterns: [
        '(?:eres|est(?:á|a)s|sos|es usted|te ves) (?:muy |tan |s(?:ú|u)per |realmente )?(?:guap[oa]|hermos[oa]|precios[oa]|lind[oa]|bell[oa]|bonit[oa]|atractiv[oa]|sexy)',
        '(?:qu(?:é|e)|tu|tus|su|sus|tienes una?|tiene una?|ten(?:é|e)s una?) (?:\\S+ )?(?:sonrisa|ojos|mirada|foto de perfil) (?:preciosa|preciosos|bonit[oa]s?|lind[oa]s?|hermos[oa]s?|encantador(?:a|es)?|espectacular(?:es)?)',
        '(?:me pareciste|me pareces|me parece que eres) (?:muy |tan |realmente )?(?:encantador|encantadora|guap[oa]|atractiv[oa]|precios[oa]|lind[oa]|hermos[oa]|bell[oa])',
        '(?:preciosa|bonita|linda|hermosa|bella|encantadora) (?:sonrisa|mirada|foto)', 'qu(?:é|e) (?:foto|sonrisa|mirada|ojos) (?:tan |m(?:á|a)s )?(?:linda|bonita|preciosa|hermosa|bella|lindos|bonitos|preciosos|hermosos)', '(?:me (?:encant(?:ó|o)|gust(?:ó|o)|encanta|gusta)|qu(?:é|e) (?:bonita|linda|guapa|preciosa)(?: es)?) (?:tu|su) foto(?: de perfil)?', '(?:sonrisa|ojos|mirada) (?:tan |muy )?(?:preciosa|bonita|linda|hermosa|bella|encantadora|preciosos|bonitos|lindos|hermosos|bellos)', 'qu(?:é|e) (?:guap[oa]|linda|lindo|hermos[oa]|precios[oa]) (?:eres|est(?:á|a)s|sales)',
      ],
    },
    {
      name: 'asksSingle',
      means: 'asks whether they are single',
      patterns: ['(?:est(?:á|a)s|eres|sos) solter[oa]', '(?:tienes|ten(?:é|e)s) (?:novi[oa]|pareja)\\?'],
    },
    {
      name: 'asksDate',
      means: 'asks them on a date',
      patterns: [
        '(?:cenar|salir|tomar (?:algo|una copa|unas copas|un vino)) (?:conmigo|juntos|a solas)', '(?:una|tener una) cita (?:conmigo|contigo|rom(?:á|a)ntica)', 'te invito a (?:cenar|una copa)',
        '(?:quedar|quedamos|vernos) a solas',
      ],
    },
    {
      name: 'kissEmoji',
      means: 'sends kisses',
      patterns: ['(?<![\\p{L}])[😘😍😻💋🥰😚😙]'],
    },
  ],
};

import type { LocalizedRule } from '../../types.ts';

/** Private questions: age, partner, children, religion, politics, health, where they live, earnings. */
export const personalQuestion: LocalizedRule = {
  families: [
    {
      name: 'asksAge',
      means: 'asks their age',
      patterns: ['cu(?:á|a)ntos años (?:tienes|ten(?:é|e)s|tiene usted|cumples)', 'cu(?:á|a)ntos años tiene(?=\\s*\\?)', 'qu(?:é|e) edad (?:tienes|tiene|ten(?:é|e)s)', 'tu edad', 'en qu(?:é|e) año naciste', 'de qu(?:é|e) año eres'],
    },
    {
      name: 'asksRelationship',
      means: 'asks about their relationship',
      patterns: [
        '(?:est(?:á|a)s|est(?:á|a) usted|eres|sos|es usted) (?:casad[oa]|solter[oa]|divorciad[oa]|comprometid[oa]|separad[oa])', '(?:tienes|tiene usted|ten(?:é|e)s) (?:pareja|novi[oa]|marido|esposo|esposa|mujer)',
        'tu (?:pareja|novi[oa]|marido|esposa)\\?', 'est(?:á|a)s (?:con alguien|saliendo con alguien)',
      ],
    },
    {
      name: 'asksFamilyPlans',
      means: 'asks about their children or family plans',
      patterns: [
        '(?:tienes|tiene|ten(?:é|e)s|tiene usted) (?:hijos|niños|familia)', '(?:piensas|planeas|quieres|quiere|piensa|pens(?:á|a)s) (?:tener|formar) (?:hijos|familia)', '(?:est(?:á|a)s|est(?:á|a) usted) embarazada',
      ],
    },
    {
      name: 'asksBeliefs',
      means: 'asks about their religion or politics',
      patterns: [
        'a qui(?:é|e)n (?:votaste|vot(?:ó|o)|vas a votar|votar(?:á|a)s|votas)', 'por qui(?:é|e)n (?:votaste|vot(?:ó|o))', '(?:eres|es usted|sos) (?:religios[oa]|cat(?:ó|o)lic[oa]|creyente|musulm(?:á|a)n|jud(?:í|i)[oa]|de izquierdas|de derechas|peronista|votante)',
        'qu(?:é|e) religi(?:ó|o)n', 'de qu(?:é|e) partido (?:eres|es)', 'cu(?:á|a)l es (?:tu|su) (?:religi(?:ó|o)n|ideolog(?:í|i)a|partido)', '(?:crees|cree usted|cre(?:é|e)s) en dios', '(?:eres|es usted|sos) (?:de izquierdas|de derechas|ateo|atea)',
      ],
    },
    {
      name: 'asksHealth',
      means: 'asks about their health',
      patterns: ['(?:tienes|tiene|ten(?:é|e)s) (?:alguna )?(?:enfermedad|discapacidad|baja m(?:é|e)dica)', '(?:est(?:á|a)s|est(?:á|a) usted) (?:enferm[oa]|de baja)', 'qu(?:é|e) (?:enfermedad|diagn(?:ó|o)stico) tienes'],
    },
    {
      name: 'asksWhereTheyLive',
      means: 'asks where they live',
      patterns: ['d(?:ó|o)nde (?:vives|viv(?:í|i)s|vive usted)', 'en qu(?:é|e) (?:barrio|zona|calle|colonia) (?:vives|vive|viv(?:í|i)s)', 'tu direcci(?:ó|o)n (?:de casa|particular)'],
    },
    {
      name: 'asksEarnings',
      means: 'asks what they earn',
      patterns: ['cu(?:á|a)nto (?:ganas|gan(?:á|a)s|gana usted|te pagan)', 'cu(?:á|a)nto (?:cobras|cobr(?:á|a)s|cobra usted) (?:al mes|al año|ahora|actualmente|hoy|en (?:tu|su|el) (?:trabajo|puesto|empresa)|en \\p{L}+)', 'cu(?:á|a)l es (?:tu|su) (?:sueldo|salario)(?: actual)?', 'qu(?:é|e) (?:sueldo|salario) (?:tienes|tiene usted|cobras)'],
    },
  ],
};

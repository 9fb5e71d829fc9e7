import type { DetectionCues } from '../types.ts';

export const detection: DetectionCues = {
  functionWords:
    'el la los las de del y que a en no un una es por para con su mi yo usted me te gracias muy pero como está estoy soy hola también porque puedes tu tus nos al lo le se sí hay este esta mucho quería tienes contigo sobre ya eso esto aquí ahora hacer tengo puedo quiero gustaría quisiera quien qué cómo dónde cuánto cuándo eres ' +
    // Words only Spanish uses among the coached languages, for short replies ("Ya te dije dos veces que no me interesa").
    'dije dijo veces pues cuando hasta ellos ella ustedes vuestro vuestra nosotros siempre todavía interesa',
  letters: 'ñ¿¡',
  // Besides greetings: congratulations and an opening ¿ or ¡ (only Spanish opens a sentence with them),
  // so that short drafts such as "¿Estás soltera?" or "¡Felicidades por el puesto!" are Spanish.
  greetings: ['¿\\p{L}+', '¡\\p{L}+', 'felicidades', 'enhorabuena', 'felicitaciones', 'ja(?:ja)+', 'hola', 'buen(?:os|as) (?:días|dias|tardes|noches)', 'buenas', 'buen día', 'estimad[oa]s?', 'querid[oa]s?', 'apreciad[oa]', 'respetad[oa]', 'qué tal'],
  signOffs: ['(?:un )?saludos?(?: cordiales)?', 'un cordial saludo', 'atentamente', 'cordialmente', 'un abrazo', 'abrazos', 'quedo (?:atent[oa]|a la espera|a sus órdenes)', 'gracias de antemano', 'muchas gracias'],
};

import type { LocalizedRule } from '../../types.ts';

/** Swearing, also masked ("m1erda", "j*der"). "con", "disputa", "computadora", "reputación" stay quiet. */
export const profanity: LocalizedRule = {
  families: [
    {
      name: 'swears',
      means: 'is swearing',
      patterns: [
        'j(?:o|0|\\*)d(?:e|3|\\*)r', 'jodid[oa]s?', 'me cago en', 'mierda', 'm(?:i|1|\\*)(?:e|3|\\*)rda', 'coño', 'hostias?', 'put[oa]s?', 'p\\*t[oa]', 'putada', 'cabr(?:ó|o)n(?:es|a)?',
        'carajo', 'pendej[oa]s?', 'ching(?:a|ar|ada|ado|ue|aderas|on)', 'hdp', 'hijo de puta', 'gilipollas', 'capullo', 'imb(?:é|e)cil', 'cojones', 'cojon(?:udo|uda)',
        'verga', 'boludez', 'pelotud[oa]', 'concha (?:de tu|de su|tu) madre', 'joputa', 'wtf', 'hijueputa', 'malparid[oa]', 'huev(?:ó|o)n', 'culero',
      ],
    },
  ],
};

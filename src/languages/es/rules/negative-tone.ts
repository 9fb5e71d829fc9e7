import type { LocalizedRule } from '../../types.ts';

/** Complaints and sarcasm ("siento lo de los despidos" is sympathy, not negativity). */
export const negativeTone: LocalizedRule = {
  families: [
    {
      name: 'complains',
      means: 'sounds negative',
      patterns: [
        '(?:muy |totalmente |bastante )?decepcionad[oa]', 'lamentable', 'p(?:é|e)sim[oa]', 'falta de respeto', 'una verg(?:ü|u)enza', 'vergonzoso', 'inaceptable', 'inadmisible',
        '(?:estoy|ya estoy|estamos) (?:hart[oa]s?|cansad[oa]s? de|frustrad[oa]s?)', 'poco profesional', 'falta de profesionalidad', 'una tomadura de pelo', 'indignante', 'rid(?:í|i)culo',
        'nefast[oa]', 'desastros[oa]', 'un desastre', 'una estafa', 'in(?:ú|u)til(?:es)?', 'p(?:é|e)rdida de tiempo',
      ],
    },
    {
      name: 'sarcasm',
      means: 'sounds sarcastic',
      patterns: ['muy profesional (?:de tu parte|de su parte|por tu parte|por su parte)', 'gracias por nada', 'qu(?:é|e) detalle (?:de tu parte|por tu parte)', 'todo un detalle'],
    },
  ],
};

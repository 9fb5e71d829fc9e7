import type { LanguagePack } from '../types.ts';
import { detection } from './detection.ts';
import { genderedForms } from './genders.ts';
import { subjects } from './subjects.ts';

/** Portuguese (languages.md): the words every rule reads when a draft is in Portuguese. */
export const pack: LanguagePack = {
  code: 'pt',
  name: 'Portuguese',
  detection,
  rules: {},
  subjects,
  context: { families: [] },
  greetingOnly: { greetings: detection.greetings, pleasantries: [] },
  names: { greetings: detection.greetings, titles: [], notNames: [], genderedForms },
  checklist: { introducesSelf: [], statesReason: [], commonGround: [], referencesThem: [], clearAsk: [], thanks: [] },
};

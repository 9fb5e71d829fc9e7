import type { LanguagePack } from '../types.ts';
import { checklist } from './checklist.ts';
import { contextFamilies, lexicon as contextLexicon, pseudoContextFamilies } from './context.ts';
import { mention } from './mention.ts';
import { detection } from './detection.ts';
import { genderedForms } from './genders.ts';
import { greetingOnly } from './greeting-only.ts';
import { names } from './names.ts';
import { ordinaryWords } from './ordinary-words.ts';
import { assumption } from './rules/assumption.ts';
import { badgering } from './rules/badgering.ts';
import { demanding } from './rules/demanding.ts';
import { desperate } from './rules/desperate.ts';
import { entitled } from './rules/entitled.ts';
import { falseFamiliarity } from './rules/false-familiarity.ts';
import { flirtatious } from './rules/flirtatious.ts';
import { jobAsk } from './rules/job-ask.ts';
import { negativeTone } from './rules/negative-tone.ts';
import { nickname } from './rules/nickname.ts';
import { overlyFormal } from './rules/overly-formal.ts';
import { personalFavor } from './rules/personal-favor.ts';
import { personalQuestion } from './rules/personal-question.ts';
import { profanity } from './rules/profanity.ts';
import { pushy } from './rules/pushy.ts';
import { salesPitch } from './rules/sales-pitch.ts';
import { sensitiveInfo } from './rules/sensitive-info.ts';
import { slang } from './rules/slang.ts';
import { templatePhrase } from './rules/template-phrase.ts';
import { typo } from './rules/typo.ts';
import { sentences } from './sentences.ts';
import { subjects } from './subjects.ts';

/** Portuguese (languages.md): the words every rule reads when a draft is in Portuguese (Brazil and Portugal). */
export const pack: LanguagePack = {
  code: 'pt',
  detection,
  rules: {
    'false-familiarity': falseFamiliarity,
    'sales-pitch': salesPitch,
    'job-ask': jobAsk,
    'personal-favor': personalFavor,
    'personal-question': personalQuestion,
    'sensitive-info': sensitiveInfo,
    flirtatious,
    'template-phrase': templatePhrase,
    'overly-formal': overlyFormal,
    slang,
    nickname,
    pushy,
    demanding,
    desperate,
    entitled,
    assumption,
    badgering,
    'negative-tone': negativeTone,
    profanity,
    typo,
  },
  subjects,
  grammaticalDoubles: ['que', 'se'],
  context: { families: contextFamilies, pseudo: pseudoContextFamilies, lexicon: contextLexicon, mention },
  greetingOnly,
  names: { ...names, genderedForms },
  checklist,
  ordinaryWords,
  sentences,
};

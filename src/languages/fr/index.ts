import type { LanguagePack } from '../types.ts';
import { address } from './address.ts';
import { checklist } from './checklist.ts';
import { families as contextFamilies, lexicon as contextLexicon, pseudo } from './context.ts';
import { mention } from './mention.ts';
import { detection } from './detection.ts';
import { subjects } from './subjects.ts';
import { genderedForms } from './genders.ts';
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

/** French (languages.md): the words every rule reads when a draft is in French (France, Belgium, Switzerland, Québec). */
export const pack: LanguagePack = {
  code: 'fr',
  detection,
  subjects,
  grammaticalDoubles: ['nous', 'vous', 'le', 'la', 'les'],
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
  context: { families: contextFamilies, pseudo, lexicon: contextLexicon, mention },
  greetingOnly: {
    greetings: [...detection.greetings, 'hello', 'rebonjour', 'bien le bonjour', 'bonne (?:journ[ée]e|soir[ée]e)', 'belle journ[ée]e'],
    pleasantries: [
      'comment (?:allez-vous|vas-tu|[çc]a va|tu vas|vous allez)', '[çc]a va(?: bien)?', 'vous allez bien', 'tu vas bien', 'enchant[ée]e?', 'ravie? de (?:vous|te) conna[îi]tre',
      "j'esp[èe]re que (?:vous allez|tu vas) bien", 'quoi de neuf', 'tout va bien', 'la forme', 'bien ou quoi',
    ],
  },
  names: { ...names, genderedForms },
  checklist,
  address,
  ordinaryWords,
  sentences: { abbreviations: ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Me', 'Dr', 'Pr', 'cf.', 'p. ex.', 'c.-à-d.', 'etc.', 'réf.', 'tél.', 'env.'] },
};

// The registry: one explicit, alphabetically sorted list (no globbing: the CLI runs without a bundler).
// tests/contract/rule-ids.test.ts checks it against the folders and the public id list.
import type { Rule } from '../engine/define-rule.ts';
import assumption from './assumption/assumption.ts';
import badgering from './badgering/badgering.ts';
import capitalization from './capitalization/capitalization.ts';
import demanding from './demanding/demanding.ts';
import desperate from './desperate/desperate.ts';
import emoji from './emoji/emoji.ts';
import entitled from './entitled/entitled.ts';
import fakeReplySubject from './fake-reply-subject/fake-reply-subject.ts';
import falseFamiliarity from './false-familiarity/false-familiarity.ts';
import flirtatious from './flirtatious/flirtatious.ts';
import informalAddress from './informal-address/informal-address.ts';
import jobAsk from './job-ask/job-ask.ts';
import longSentence from './long-sentence/long-sentence.ts';
import mixedAddress from './mixed-address/mixed-address.ts';
import negativeTone from './negative-tone/negative-tone.ts';
import nickname from './nickname/nickname.ts';
import noContext from './no-context/no-context.ts';
import noHello from './no-hello/no-hello.ts';
import noteLimit from './note-limit/note-limit.ts';
import overlyFormal from './overly-formal/overly-formal.ts';
import personalFavor from './personal-favor/personal-favor.ts';
import personalQuestion from './personal-question/personal-question.ts';
import punctuationSpacing from './punctuation-spacing/punctuation-spacing.ts';
import profanity from './profanity/profanity.ts';
import pushy from './pushy/pushy.ts';
import repeatedWord from './repeated-word/repeated-word.ts';
import salesPitch from './sales-pitch/sales-pitch.ts';
import sensitiveInfo from './sensitive-info/sensitive-info.ts';
import shouting from './shouting/shouting.ts';
import slang from './slang/slang.ts';
import subjectGeneric from './subject-generic/subject-generic.ts';
import subjectMissing from './subject-missing/subject-missing.ts';
import subjectTooLong from './subject-too-long/subject-too-long.ts';
import templatePhrase from './template-phrase/template-phrase.ts';
import tooLong from './too-long/too-long.ts';
import typo from './typo/typo.ts';
import unfilledPlaceholder from './unfilled-placeholder/unfilled-placeholder.ts';
import wallOfText from './wall-of-text/wall-of-text.ts';
import wrongName from './wrong-name/wrong-name.ts';

export const rules: readonly Rule[] = [
  assumption,
  badgering,
  capitalization,
  demanding,
  desperate,
  emoji,
  entitled,
  fakeReplySubject,
  falseFamiliarity,
  flirtatious,
  informalAddress,
  jobAsk,
  longSentence,
  mixedAddress,
  negativeTone,
  nickname,
  noContext,
  noHello,
  noteLimit,
  overlyFormal,
  personalFavor,
  personalQuestion,
  profanity,
  punctuationSpacing,
  pushy,
  repeatedWord,
  salesPitch,
  sensitiveInfo,
  shouting,
  slang,
  subjectGeneric,
  subjectMissing,
  subjectTooLong,
  templatePhrase,
  tooLong,
  typo,
  unfilledPlaceholder,
  wallOfText,
  wrongName,
];

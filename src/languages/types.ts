import type { RuleId } from '../contracts/rule-id.ts';
import type { CoachingLanguage } from '../contracts/settings.ts';
import type { Family, Lexicon } from '../engine/families.ts';
import type { SentenceCues } from '../text/sentences.ts';

/** The languages Tactful coaches (the settings' choices but `auto`). English's own words live in its rules; the others' in their packs. */
export type CoachedLanguage = Exclude<CoachingLanguage, 'auto'>;

/** What tells a draft is in this language (languages.md §2). */
export interface DetectionCues {
  /** About 40 frequent function words, lower case, separated by spaces (incl. the ones that tell es from pt). */
  functionWords: string;
  /** Letters only this language uses among the five; together they add at most 2 points. */
  letters: string;
  /** Greetings that open a draft in this language (regex fragments, matched case-blind at the start). */
  greetings: readonly string[];
  /** Sign-offs that close a draft in this language (regex fragments, matched case-blind on the last lines). */
  signOffs: readonly string[];
}

/**
 * One rule's meaning in one language: families of phrases (see `engine/families.ts`). The rule's
 * message and suggestion stay English (the interface is English for now); quoted draft text and every
 * fix are in the draft's language.
 */
export interface LocalizedRule {
  families: readonly Family[];
  lexicon?: Lexicon;
  /**
   * `cold`: only when the recipient has never written (bare imperatives, sign-offs like "besos"). `stranger`: cold
   * and the text names no real meeting (`howWeMet`): "como prometido" after "foi um prazer rever-te no jantar…".
   */
  when?: 'always' | 'cold' | 'stranger';
  /**
   * Whole-draft cases the rule does not apply to (regex fragments), whatever its families match: an offer the
   * reader asked for (their post looking for a supplier, the form they filled in) or a job a recruiter offers.
   */
  quietWhen?: readonly string[];
  /** Families that only count in a cold conversation, when the rest of the rule always applies. */
  coldOnlyFamilies?: readonly string[];
  /**
   * Families that stay quiet when the recipient's headline matches one of `headline` (regex fragments): a
   * spontaneous application is an application to a recruiter and a job ask to anyone else (languages.md §5 `job-ask`).
   */
  quietForRecipient?: { readonly families: readonly string[]; readonly headline: readonly string[] };
  /**
   * Fixes: the replacement for a match, keyed by the matched text folded to lower case (accents kept).
   * A key that is absent means no fix (e.g. pt "obg": obrigado/obrigada depends on the writer).
   */
  fixes?: Readonly<Record<string, string>>;
  /** The finding's suggestion, when the English rule's one would not fit (may quote an example in the language). */
  suggestion?: string;
}

/**
 * Words for `no-context`'s backstop (`signals/specific-mention.ts`): a sentence about the reader that names
 * something particular gives a reason why them. Words are regex fragments; one with a capital letter is
 * matched as written (German "Sie"), the others case-blind.
 */
export interface MentionCues {
  /** The reader: "you", "vous", "Sie", "você", "usted". */
  reader: readonly string[];
  /** The writer and the reader together: "we both", "los dos", "wir beide", "tous les deux". */
  together: readonly string[];
  /** The writer's own side or people like them: "we", "nous", "wir", "wie Ihres" (a sentence about what we sell, or about firms like theirs, names nothing of theirs). */
  ourSide: readonly string[];
  /** Prepositions before a town ("in", "en", "à"): a town alone is nothing particular about them. */
  placePrepositions: readonly string[];
  /** What precedes the writer's own name, company or studies: "I'm", "je suis", "ich bin", "soy", "grado en". */
  selfIntroductions: readonly string[];
  /** Capitalized words that are never the name of something of theirs (months, weekdays). */
  notNames: readonly string[];
  /**
   * What precedes the writer's own employer further back in the sentence ("ich bin Senior Recruiterin bei", "je
   * travaille depuis trois ans chez"): regex fragments that end right before the name.
   */
  ownEmployer?: readonly string[];
  /**
   * `no-context`'s second backstop (`signals/shared-moment.ts`): what the reader did, or what you did together,
   * told in the past ("vous avez présidé", "wir saßen nebeneinander"). Regex fragments; one with a capital is
   * matched as written.
   */
  sharedMoment?: readonly string[];
  /** `no-context`'s third backstop (`signals/dated-moment.ts`): a past moment of theirs, dated. */
  datedMoment?: DatedMomentCues;
}

/**
 * A sentence to or about the reader that dates something in the past ("danke für den Workshop gestern",
 * "obrigado pela mentoria de ontem"). Regex fragments; one with a capital is matched as written.
 */
export interface DatedMomentCues {
  /**
   * The reader's words when they differ from the language's `mention.reader` (Portuguese adds "lhe" and "vosso",
   * Spanish the possessive "su"); by default the same words as the first backstop's.
   */
  reader?: readonly string[];
  /** A time in the past on its own: "yesterday", "last week", "gestern", "ontem", "la semaine dernière". */
  pastTime: readonly string[];
  /** A date that may be past or to come ("on Tuesday", "am Dienstag", "em 2019"): past only with a verb in the past. */
  date: readonly string[];
  /** Verbs in the past ("[a-z]{2,}ed", "gesprochen", "falámos"). */
  pastVerb: readonly string[];
  /** What is no moment of theirs: my own messages and follow-ups, LinkedIn clicks, anyone like them, a claimed exchange. */
  notAMoment: readonly string[];
}

/** Names and greetings (languages.md §4.3): what the greeting parser, `wrong-name` and `nickname` read. */
export interface NameCues {
  /** Greeting words that may precede a name ("hola", "estimad[oa]", "sehr geehrte[r]?"). Regex fragments. */
  greetings: readonly string[];
  /** Titles before a (usually family) name: "sr", "sra", "herr", "frau", "mme". Lower case, no final dot. */
  titles: readonly string[];
  /** Words that open a draft before a comma without being a name ("perfecto", "madame", "danke"). Lower case. */
  notNames: readonly string[];
  /** Given name (folded: lower case, no accents) → its familiar short forms, also folded ("francisco": ["paco", "pancho"]). */
  shortForms?: Readonly<Record<string, readonly string[]>>;
  /**
   * Words of a salutation that agree with the reader's gender, as [masculine, feminine] pairs ("Herr"/"Frau",
   * "geehrter"/"geehrte", "Estimado"/"Estimada"): a title for the wrong gender is a `wrong-name` (§4.3).
   */
  genderedForms?: readonly (readonly [string, string])[];
}

/** Forms of address (languages.md §6), for `mixed-address` and `informal-address`. */
export interface AddressCues {
  /** Phrase fragments that address the reader formally ("Sie", "usted", "je vous remercie"). */
  formal: readonly string[];
  /** Phrase fragments that address the reader familiarly ("du", "tú", "tu"). */
  familiar: readonly string[];
  /** Talk about the form of address itself ("ich biete Ihnen das Du an", "¿nos tuteamos?"): no finding. */
  metaTalk: readonly string[];
  /** Headline/company words of a formal sector (fr, de only: `informal-address`). */
  formalSector?: readonly string[];
  /** Headline/company words where du/tu is the culture (startups, tech, agencies). */
  casualSector?: readonly string[];
  /** Words that place the conversation in Québec (tu with strangers is common there). */
  quebec?: readonly string[];
  /** Fragments whose case matters (German "Sie" vs "sie"): matched case-sensitively. */
  caseSensitive?: boolean;
}

/** Cues the checklist reads (languages.md §8). Phrase fragments, matched case-blind. */
export interface ChecklistCues {
  introducesSelf: readonly string[];
  statesReason: readonly string[];
  commonGround: readonly string[];
  referencesThem: readonly string[];
  clearAsk: readonly string[];
  thanks: readonly string[];
}

/** Everything Tactful knows about one language. Adding a language means adding a pack and its tests. */
export interface LanguagePack {
  code: CoachedLanguage;
  detection: DetectionCues;
  /** The phrase families of each rule in this language (rules without an entry run their own check or none). */
  rules: Partial<Record<RuleId, LocalizedRule>>;
  /** What gives a cold draft its reason why this person (`no-context` stays quiet), and what only sounds like it. */
  context: { families: readonly Family[]; pseudo?: readonly Family[]; lexicon?: Lexicon; mention?: MentionCues };
  /** `no-hello`: a draft made only of these (and names, punctuation, emoji) is only a greeting. Regex fragments. */
  greetingOnly: { greetings: readonly string[]; pleasantries: readonly string[] };
  names: NameCues;
  checklist: ChecklistCues;
  address?: AddressCues;
  /** InMail subjects that say nothing in this language ("Hola", "Kurze Frage"), for `subject-generic`. */
  subjects?: { generic: readonly string[] };
  /** Ordinary words of the language (≥ 5 letters), for `shouting`; looked up folded. German nouns written with their capital, so that the fix restores it. */
  ordinaryWords?: readonly string[];
  /** Words that may stand twice in a row by grammar ("die die", "nous nous", "que que"): `repeated-word` stays quiet. */
  grammaticalDoubles?: readonly string[];
  /** Abbreviations and ordinals that do not end a sentence (languages.md §4.2). */
  sentences?: SentenceCues;
}

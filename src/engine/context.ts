import type { Draft, Kind, Platform, Recipient } from '../contracts/draft.ts';
import type { LengthGoals, Settings } from '../contracts/settings.ts';
import { parseGreeting, type Greeting } from '../signals/greeting.ts';
import { addressedNames, nameParts, type AddressedName } from '../signals/names.ts';
import { toMatchText } from '../text/normalize.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { nonProseSpans, quotedSpans, type Span } from '../text/spans.ts';
import { countProseWords, countWords, wordsOf, type Word } from '../text/words.ts';
import { lazy } from './lazy.ts';
import { spansInParagraphs, sumOverParagraphs } from '../text/paragraphs.ts';
import { effectiveLengthGoals } from './presets.ts';
import type { LanguagePack } from '../languages/types.ts';

/** Cold: the recipient has never written. Unknown: the conversation could not be read (coldness rules stay quiet). */
export type Conversation = 'cold' | 'established' | 'unknown';

/** Where a draft stands: a note is always cold; a thread the extension could not read is unknown. */
export function conversationOf({ kind, thread }: { kind?: Draft['kind']; thread?: Draft['thread'] }): Conversation {
  return kind === 'note' ? 'cold' : thread === 'unknown' ? 'unknown' : thread && thread.fromThem > 0 ? 'established' : 'cold';
}

/** Everything a rule may read about the draft. Shared, read-only, computed lazily once per draft. */
export interface RuleContext {
  /** The body as checked (a very long draft is checked up to a bound). */
  readonly text: string;
  /** The draft's language as detected (or chosen in settings): `en`, a coached code, another code or `und`. */
  readonly language: string;
  /** The words of the draft's language when it is coached and not English; null otherwise. */
  readonly pack: LanguagePack | null;
  /** Same length as `text`, curly quotes straightened: match patterns on this, report offsets into `text`. */
  readonly matchText: string;
  readonly subject: string | null;
  readonly kind: Kind;
  readonly platform: Platform;
  readonly recipient: Recipient | undefined;
  /** The recipient's name parts ("Zhang", "Wei"); empty when unknown. */
  readonly recipientParts: readonly string[];
  readonly senderParts: readonly string[];
  readonly conversation: Conversation;
  readonly fromThem: number;
  readonly unansweredFromMe: number;
  readonly noteLimit: number;
  readonly lengthGoals: LengthGoals;
  /** Counted over the whole draft, even when only a prefix is checked. */
  readonly totalCharacters: number;
  readonly totalWords: number;
  /** The user's "never flag" words, folded to lower case. */
  readonly ignoredWords: ReadonlySet<string>;
  sentences(): readonly Sentence[];
  words(): readonly Word[];
  greeting(): Greeting | null;
  addressedNames(): readonly AddressedName[];
  /** URLs, e-mail addresses and code: not prose, never flagged as such. */
  nonProse(): readonly Span[];
  /** Quoted titles and speech. */
  quoted(): readonly Span[];
  /** Shared detectors (see `signals/`), computed once per draft whichever rule asks first. */
  memo<T>(key: string, compute: () => T): T;
}

export interface ContextOptions {
  draft: Draft;
  settings: Settings;
  checkedText: string;
  language?: string;
  pack?: LanguagePack | null;
}

// One function, so that paragraphs remember their words under one key.
const wordsOfParagraph = (paragraph: string): Word[] => wordsOf(paragraph);

export function createContext({ draft, settings, checkedText, language = 'en', pack = null }: ContextOptions): RuleContext {
  const thread = draft.thread;
  const kind = draft.kind;
  const conversation = conversationOf(draft);
  const account = draft.account ?? (settings.account === 'auto' ? 'free' : settings.account);
  const sentences = lazy(() => Object.freeze(splitSentences(checkedText, pack?.sentences)));
  const greeting = lazy(() => parseGreeting(checkedText, pack?.names));
  const memos = new Map<string, unknown>();
  return Object.freeze({
    text: checkedText,
    language,
    pack,
    matchText: toMatchText(checkedText),
    subject: draft.subject ?? null,
    kind,
    platform: draft.platform ?? 'linkedin',
    recipient: draft.recipient,
    recipientParts: Object.freeze(draft.recipient?.name ? nameParts(draft.recipient.name) : []),
    senderParts: Object.freeze(draft.sender?.name ? nameParts(draft.sender.name) : []),
    conversation,
    fromThem: thread && thread !== 'unknown' ? thread.fromThem : 0,
    unansweredFromMe: thread && thread !== 'unknown' ? thread.unansweredFromMe : 0,
    noteLimit: account === 'premium' ? 300 : 200,
    lengthGoals: effectiveLengthGoals(settings),
    // A draft sent cut (see `boundForSending`) says how long it really is.
    totalCharacters: Math.max(draft.text.length, draft.totalCharacters ?? 0),
    totalWords: sumOverParagraphs(draft.text, pack ? countProseWords : countWords),
    ignoredWords: new Set(settings.ignoredWords.map((w) => w.toLowerCase())),
    sentences,
    words: lazy(() => Object.freeze(spansInParagraphs(checkedText, wordsOfParagraph))),
    greeting,
    addressedNames: lazy(() => Object.freeze(addressedNames(checkedText, greeting(), sentences(), pack?.names.notNames))),
    // None of these spans crosses a line break, so each paragraph remembers its own.
    nonProse: lazy(() => Object.freeze(spansInParagraphs(checkedText, nonProseSpans))),
    quoted: lazy(() => Object.freeze(spansInParagraphs(checkedText, quotedSpans))),
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  });
}

import type { DraftInput } from './draft.ts';

/**
 * The most characters of a draft's text (and of its subject) that one message to the background
 * carries. The product promises a clear answer for drafts of 100 000 characters; the engine coaches
 * only their first MAX_CHECKED_CHARACTERS and says so in `coverage`. A longer draft travels cut to
 * this size, with its true length in `totalCharacters`; anything longer is refused on receipt.
 */
export const MAX_SENT_CHARACTERS = 100_000;

/**
 * The draft as the content script or the popup sends it: a text or subject over the limit is cut
 * there (never through a surrogate pair), and `totalCharacters` keeps the whole draft's length, so
 * the report still says how much was checked of how much. No zod here: the content script ships it.
 */
export function boundForSending(draft: DraftInput): DraftInput {
  const text = cut(draft.text);
  const subject = typeof draft.subject === 'string' ? cut(draft.subject) : draft.subject;
  if (text === draft.text && subject === draft.subject) return draft;
  const totalCharacters = Math.max(draft.text.length, draft.totalCharacters ?? 0);
  return { ...draft, text, ...(subject !== undefined ? { subject } : {}), totalCharacters };
}

function cut(text: string): string {
  if (text.length <= MAX_SENT_CHARACTERS) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_SENT_CHARACTERS - 1)) ? MAX_SENT_CHARACTERS - 1 : MAX_SENT_CHARACTERS;
  return text.slice(0, end);
}

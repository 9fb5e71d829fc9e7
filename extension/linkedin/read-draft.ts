import type { DraftInput, Recipient, Thread } from '@core/contracts/draft.ts';
import { boundForSending } from '@core/contracts/sending.ts';
import type { ComposeBox } from './compose-boxes.ts';
import { firstDeep, visibleText } from './dom.ts';
import { companyInHeadline, recruiterRecipient, recruiterThread, salesNavRecipient, salesNavThread } from './platforms.ts';
import * as S from './selectors.ts';
import { readTextModel, type TextModel } from '@/editing/text-model.ts';

/** What the coach knows besides the page: the user's account choice, and the invitee named by the Connect click. */
export interface ReadContext {
  /** The settings' `account` (`auto`: read from the page). */
  account?: 'auto' | 'free' | 'premium';
  /** The invitee named by the Connect control that opened the invitation (see invite-origin.ts). */
  invitee?: string | undefined;
}

export interface ReadDraft {
  draft: DraftInput;
  model: TextModel;
}

/** Everything Tactful reads for one composer: the draft, subject, recipient, thread, own name, note limit. Nothing else. */
export function readDraft(box: ComposeBox, doc: Document = document, context: ReadContext = {}): ReadDraft {
  const model = readTextModel(box.editor);
  const recipient = box.platform === 'sales-navigator' ? salesNavRecipient(box, doc) : box.platform === 'recruiter' ? recruiterRecipient(doc) : readRecipient(box, doc, context.invitee);
  const thread = box.kind === 'note' ? { fromThem: 0, unansweredFromMe: 0 } : box.platform === 'sales-navigator' ? salesNavThread(box) : box.platform === 'recruiter' ? recruiterThread(box) : readThread(box);
  const sender = doc.querySelector<HTMLImageElement>(S.ownName)?.alt.trim();
  const account = box.kind === 'note' ? noteAccount(box, doc, context.account ?? 'auto') : undefined;
  // Never more than the background accepts: a huge paste travels cut, with its true length.
  const draft: DraftInput = boundForSending({
    text: model.text,
    kind: box.kind,
    platform: box.platform,
    ...(box.subject ? { subject: box.subject.value } : {}),
    ...(recipient ? { recipient } : {}),
    thread,
    ...(sender ? { sender: { name: sender } } : {}),
    ...(account ? { account } : {}),
  });
  return { draft, model };
}

/** Text of an element without its screen-reader-only parts ("Status is online"). */
function ownText(el: Element | null): string {
  if (!el) return '';
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden, .a11y-text, [aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function readRecipient(box: ComposeBox, doc: Document, invitee: string | undefined): Recipient | undefined {
  let name = '';
  if (box.kind === 'note') {
    // The modal's "…to <strong>Name</strong>", else the card whose Connect was clicked, else the profile's heading.
    name = visibleText(firstDeep(box.scope, S.inviteeName)) || invitee || visibleText(doc.querySelector(S.profileName));
  } else {
    const chip = box.scope.querySelector(S.recipientChip);
    const chipName = chip?.getAttribute('aria-label')?.replace(/^Remove\s+/, '') || visibleText(chip);
    for (const selector of S.recipientName) {
      const candidate = ownText(box.scope.querySelector(selector));
      if (candidate && !S.notANameTitle.test(candidate)) {
        name = candidate;
        break;
      }
    }
    name ||= chipName ?? '';
  }
  if (!name) return undefined;
  const headline = readHeadline(box, doc);
  const company = companyFrom(doc) ?? (headline ? companyInHeadline(headline) : undefined);
  const school = doc.querySelector(S.profileSchool)?.getAttribute('aria-label')?.match(/^Education:\s*(.+?)\.\s*Click/)?.[1];
  return { name: name.slice(0, 200), ...(headline ? { headline } : {}), ...(company ? { company } : {}), ...(school ? { school } : {}) };
}

function readHeadline(box: ComposeBox, doc: Document): string | undefined {
  for (const selector of S.recipientHeadline) {
    const text = ownText(box.scope.querySelector(selector));
    if (text) return text.slice(0, 500);
  }
  if (box.kind === 'note') {
    const text = ownText(doc.querySelector(S.profileHeadline));
    if (text) return text.slice(0, 500);
  }
  return undefined;
}

/** The profile's "Current company: X. Click to skip…" button, when a profile is on screen. */
function companyFrom(doc: Document): string | undefined {
  return doc.querySelector(S.profileCompany)?.getAttribute('aria-label')?.match(/^Current company:\s*(.+?)\.\s*Click/)?.[1];
}


/**
 * How many of the latest messages are read. The thread is read on every keystroke, so a 10 000-message
 * conversation must cost what a short one does; the facts needed (did they write, how many of mine
 * since their last reply) are in its end.
 */
export const THREAD_TAIL = 50;

/**
 * The conversation, from its last THREAD_TAIL messages: how many of them they sent, and mine since
 * their last reply. Beyond the tail nothing is read: when none of the last 50 is theirs, it reads as
 * `{ fromThem: 0, unansweredFromMe: 50 }`. That is a cold thread for the rules, on purpose: after 50
 * messages of mine without an answer, advice for re-opening a conversation (give context, no pitch) is
 * the right advice, and the count of unanswered messages (at least 50) is certain, which "unknown" would
 * have hidden. A New message (a recipient chip, no list) is cold; a composer whose conversation cannot
 * be read is "unknown", so Tactful stays quiet rather than calling a real conversation cold.
 */
export function readThread(box: ComposeBox): Thread {
  const list = box.scope.querySelector(S.messageList);
  if (!list) return box.scope.querySelector(S.recipientChip) || box.subject ? { fromThem: 0, unansweredFromMe: 0 } : 'unknown';
  const items = latestMessageItems(list, THREAD_TAIL);
  if (items.length > 0 && !items.some((item) => /\bmsg-s-event-listitem\b/.test(item.className))) return 'unknown';
  let fromThem = 0;
  let unansweredFromMe = 0;
  for (const item of items) {
    if (item.classList.contains(S.incomingModifier)) fromThem += 1;
    else if (fromThem === 0) unansweredFromMe += 1;
  }
  return { fromThem, unansweredFromMe };
}

/**
 * The last `limit` messages of a list, newest first, walking backwards from its end so older ones are
 * never visited. One entry per message: a match nested inside another is part of that message.
 */
function latestMessageItems(list: Element, limit: number): Element[] {
  const items: Element[] = [];
  for (let el: Element | null = lastDescendant(list); el && el !== list && items.length < limit; el = previousElement(el, list)) {
    if (!el.matches(S.messageListItem)) continue;
    let message = el;
    for (let outer = el.parentElement?.closest(S.messageListItem); outer && list.contains(outer); outer = outer.parentElement?.closest(S.messageListItem)) message = outer;
    items.push(message);
    el = message; // go on before the whole message (its ancestors were just looked at)
  }
  return items;
}

function lastDescendant(el: Element): Element {
  while (el.lastElementChild) el = el.lastElementChild;
  return el;
}

/** The element just before `el` in document order, inside `root`: the previous sibling's last descendant, else the parent. */
function previousElement(el: Element, root: Element): Element | null {
  const sibling = el.previousElementSibling;
  if (sibling) return lastDescendant(sibling);
  return el.parentElement === root ? null : el.parentElement;
}

/**
 * The account for a note's limit, in the order of the settings contract: the page's own limit
 * (maxlength, "0/300" counter), then the user's choice when not `auto`, then what the page says of
 * the account (a Premium upsell or a Premium badge in the navigation). Undefined: the engine's
 * default (free).
 */
function noteAccount(box: ComposeBox, doc: Document, chosen: 'auto' | 'free' | 'premium'): 'free' | 'premium' | undefined {
  return pageNoteLimit(box) ?? (chosen !== 'auto' ? chosen : accountShownByPage(doc));
}

/** Premium members see a Premium badge (or an app that comes with Premium); free accounts an upsell to Premium. */
export function accountShownByPage(doc: Document): 'free' | 'premium' | undefined {
  if (doc.querySelector(S.premiumBadge)) return 'premium';
  if (doc.querySelector(S.premiumUpsell)) return 'free';
  return undefined;
}

function pageNoteLimit(box: ComposeBox): 'free' | 'premium' | undefined {
  const max = (box.editor as HTMLTextAreaElement).maxLength;
  if (max === 200) return 'free';
  if (max === 300) return 'premium';
  const counter = S.noteCounter.exec(box.scope.textContent ?? '');
  if (counter) return counter[1] === '300' ? 'premium' : 'free';
  return undefined;
}

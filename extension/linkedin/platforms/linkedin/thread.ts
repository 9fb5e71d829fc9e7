import type { Thread } from '@core/contracts/draft.ts';
import type { ComposeBox } from '../../platform-adapter.ts';
import { coldThread } from '../../reading.ts';
import * as S from './selectors.ts';

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
  if (!list) return box.scope.querySelector(S.recipientChip) || box.subject ? coldThread() : 'unknown';
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

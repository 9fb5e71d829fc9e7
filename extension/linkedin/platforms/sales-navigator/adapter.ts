import type { Recipient, Thread } from '@core/contracts/draft.ts';
import { closestDeep, visibleText } from '../../dom.ts';
import { companyInHeadline, pathUnder } from '../../reading.ts';
import { noteAccount } from '../../note-limit.ts';
import type { ComposeBox, PlatformAdapter } from '../../platform-adapter.ts';
import * as S from './selectors.ts';

/** Sales Navigator (/sales/…): InMail and message composers (textareas) and the invitation note. */
export const salesNavigator: PlatformAdapter = {
  ownsPath: pathUnder('/sales'),
  editors: S.salesNavMessage,
  composeBoxFor,
  recipient: readRecipient,
  thread: readThread,
  noteAccount,
};

/** Sales Navigator: the compose overlay or inbox reply (a textarea), and the invitation note. */
function composeBoxFor(el: HTMLElement): ComposeBox | null {
  if (el.matches(S.salesNavNote)) {
    // The modal itself (role=dialog) when there is one: the connect form inside it is narrower than what the panel must keep clear.
    const dialog = closestDeep(el, S.dialog) ?? closestDeep(el, S.salesNavConnectDialog);
    if (!dialog) return null;
    const send = dialog.querySelector<HTMLButtonElement>('.connect-cta-form__send, .artdeco-modal__actionbar .artdeco-button--primary');
    return { editor: el, kind: 'note', surface: 'salesNavigator', platform: 'sales-navigator', container: dialog, dialog, scope: dialog, subject: null, send };
  }
  if (!(el instanceof HTMLTextAreaElement) || !el.matches(S.salesNavMessage)) return null;
  const root = closestDeep(el, S.salesNavComposeRoot);
  if (!root) return null;
  const form = closestDeep(el, 'form') ?? root;
  // The thread (history, recipient) is the dialog or thread container around the form.
  const scope = closestDeep(el, 'section[role="dialog"], .thread-container') ?? root;
  const subject = form.querySelector<HTMLInputElement>(S.salesNavSubject);
  const send = [...form.querySelectorAll<HTMLButtonElement>('button')].find((b) => /^\s*send(?: message)?\s*$/i.test(b.textContent ?? '') || b.type === 'submit') ?? null;
  return {
    editor: el,
    kind: subject ? 'inmail' : 'message',
    surface: 'salesNavigator',
    platform: 'sales-navigator',
    container: form,
    dialog: closestDeep(el, S.dialog),
    scope,
    subject,
    send,
  };
}

const CONVERSATION_WITH = /^Conversation with\s+(.+)$/;

/** The lead: the dialog's "Conversation with …" label, the lead link, or LinkedIn's person-name hook. */
function readRecipient(box: ComposeBox, doc: Document): Recipient | undefined {
  const labelled = [box.scope, box.scope.querySelector('h2[aria-label^="Conversation with "]')].map((el) => el?.getAttribute('aria-label')?.match(CONVERSATION_WITH)?.[1]).find(Boolean);
  const hook = [...box.scope.querySelectorAll(S.salesNavPersonName)].find((el) => !el.closest('article'));
  const name = labelled ?? (visibleText(hook) || visibleText(box.scope.querySelector('a[href*="/sales/lead/"]')) || visibleText(doc.querySelector(`h1 ${S.salesNavPersonName}`)));
  if (!name) return undefined;
  const headline = textInScopeOrPage(box, doc, S.salesNavHeadline);
  const company = textInScopeOrPage(box, doc, S.salesNavCompany) || (headline ? companyInHeadline(headline) : '');
  return { name: name.slice(0, 200), ...(headline ? { headline: headline.slice(0, 1000) } : {}), ...(company ? { company: company.slice(0, 200) } : {}) };
}

/** The text of `selector` in the conversation, else anywhere on the page (the lead's page behind the overlay). */
function textInScopeOrPage(box: ComposeBox, doc: Document, selector: string): string {
  return visibleText(box.scope.querySelector(selector)) || visibleText(doc.querySelector(selector));
}

/**
 * The conversation in Sales Navigator: each message is an `article` whose `address` says who sent it
 * ("Message from you", localized). No history means a new, cold conversation; a message whose sender
 * cannot be told makes the thread "unknown".
 */
function readThread(box: ComposeBox): Thread {
  const items = [...box.scope.querySelectorAll(S.salesNavMessageItem)];
  let fromThem = 0;
  let unansweredFromMe = 0;
  for (const item of items) {
    const sender = item.querySelector('address [aria-label], address span, address');
    const label = (sender?.getAttribute('aria-label') ?? visibleText(sender)).trim();
    if (S.salesNavFromYou.test(label)) unansweredFromMe += 1;
    else if (label && (/^Message from /i.test(label) || item.querySelector(`address ${S.salesNavPersonName}`))) {
      fromThem += 1;
      unansweredFromMe = 0;
    } else return 'unknown';
  }
  return { fromThem, unansweredFromMe };
}

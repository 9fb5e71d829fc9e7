import type { Platform, Recipient, Thread } from '@core/contracts/draft.ts';
import type { ComposeBox } from './compose-boxes.ts';
import { closestDeep, visibleText } from './dom.ts';
import * as S from './selectors.ts';

/** Which LinkedIn app a page belongs to (the main site, Sales Navigator, or Recruiter). */
export function platformOf(pathname: string): Platform {
  if (pathname === '/sales' || pathname.startsWith('/sales/')) return 'sales-navigator';
  if (pathname === '/talent' || pathname.startsWith('/talent/')) return 'recruiter';
  return 'linkedin';
}

/** Sales Navigator: the compose overlay or inbox reply (a textarea), and the invitation note. */
export function salesNavigatorBox(el: HTMLElement): ComposeBox | null {
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

/** Recruiter: the InMail composer (Quill) and the inbox reply box (textarea); notes are not messages. */
export function recruiterBox(el: HTMLElement): ComposeBox | null {
  const editor = el.matches(S.recruiterEditor) ? el : (closestDeep(el, S.recruiterEditor) as HTMLElement | null);
  if (!editor || closestDeep(editor, S.recruiterNote)) return null;
  const root = closestDeep(editor, S.recruiterComposeRoot);
  if (!root) return null;
  // Subject and Send sit beside the composer body: look in the whole rail (or the reply box's parent).
  const rail = closestDeep(root, 'aside, [role="dialog"], .base-slidein__modal--open') ?? root.parentElement ?? root;
  const subject = rail.querySelector<HTMLInputElement>(S.recruiterSubject);
  return {
    editor,
    kind: subject ? 'inmail' : 'message',
    surface: 'recruiter',
    platform: 'recruiter',
    container: rail,
    dialog: closestDeep(editor, S.dialog),
    scope: rail,
    subject,
    send: rail.querySelector<HTMLButtonElement>(S.recruiterSend),
  };
}

const CONVERSATION_WITH = /^Conversation with\s+(.+)$/;

/** The lead: the dialog's "Conversation with …" label, the lead link, or LinkedIn's person-name hook. */
export function salesNavRecipient(box: ComposeBox, doc: Document): Recipient | undefined {
  const labelled = [box.scope, box.scope.querySelector('h2[aria-label^="Conversation with "]')].map((el) => el?.getAttribute('aria-label')?.match(CONVERSATION_WITH)?.[1]).find(Boolean);
  const hook = [...box.scope.querySelectorAll(S.salesNavPersonName)].find((el) => !el.closest('article'));
  const name = labelled ?? (visibleText(hook) || visibleText(box.scope.querySelector('a[href*="/sales/lead/"]')) || visibleText(doc.querySelector(`h1 ${S.salesNavPersonName}`)));
  if (!name) return undefined;
  const headline = visibleText(box.scope.querySelector(S.salesNavHeadline)) || visibleText(doc.querySelector(S.salesNavHeadline));
  const company = visibleText(box.scope.querySelector(S.salesNavCompany)) || visibleText(doc.querySelector(S.salesNavCompany)) || (headline ? companyInHeadline(headline) : '');
  return { name: name.slice(0, 200), ...(headline ? { headline: headline.slice(0, 1000) } : {}), ...(company ? { company: company.slice(0, 200) } : {}) };
}

/**
 * The conversation in Sales Navigator: each message is an `article` whose `address` says who sent it
 * ("Message from you", localized). No history means a new, cold conversation; a message whose sender
 * cannot be told makes the thread "unknown".
 */
export function salesNavThread(box: ComposeBox): Thread {
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

/** The candidate on the profile or slide-in the composer belongs to. */
export function recruiterRecipient(doc: Document): Recipient | undefined {
  const name = visibleText(doc.querySelector(S.recruiterName)) || (/\|\s*(?:LinkedIn\s+)?Recruiter/.test(doc.title) ? doc.title.split('|')[0]!.trim() : '');
  if (!name) return undefined;
  const headline = visibleText(doc.querySelector(S.recruiterHeadline));
  const company = visibleText(doc.querySelector(S.recruiterCompany)) || (headline ? companyInHeadline(headline) : '');
  const school = visibleText(doc.querySelector(S.recruiterSchool));
  return { name: name.slice(0, 200), ...(headline ? { headline: headline.slice(0, 1000) } : {}), ...(company ? { company: company.slice(0, 200) } : {}), ...(school ? { school: school.slice(0, 200) } : {}) };
}

/**
 * Recruiter marks no message as "from you" (direction would be a guess from names), so a reply's
 * conversation is "unknown"; a new InMail (the composer with a subject) starts a cold one.
 */
export function recruiterThread(box: ComposeBox): Thread {
  return box.subject ? { fromThem: 0, unansweredFromMe: 0 } : 'unknown';
}

/** "Head of Partnerships at Examplecorp | ex-Sampleco" → "Examplecorp". */
export function companyInHeadline(headline: string): string | undefined {
  const m = /(?:\bat|@)\s+([^|·•,;]+)/i.exec(headline);
  return m?.[1]?.trim() || undefined;
}

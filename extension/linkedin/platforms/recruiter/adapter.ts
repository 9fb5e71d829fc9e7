import type { Recipient, Thread } from '@core/contracts/draft.ts';
import { closestDeep, visibleText } from '../../dom.ts';
import { coldThread, companyInHeadline, pathUnder } from '../../reading.ts';
import type { ComposeBox, PlatformAdapter } from '../../platform-adapter.ts';
import * as S from './selectors.ts';

/** Recruiter (/talent/…): the InMail composer and the inbox reply box. */
export const recruiter: PlatformAdapter = {
  ownsPath: pathUnder('/talent'),
  editors: S.recruiterEditor,
  composeBoxFor,
  recipient: readRecipient,
  thread: readThread,
  // No noteAccount: Recruiter has no invitation notes (its notes box is not a message, and ignored).
};

/** Recruiter: the InMail composer (Quill) and the inbox reply box (textarea); notes are not messages. */
function composeBoxFor(el: HTMLElement): ComposeBox | null {
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

/** The candidate on the profile or slide-in the composer belongs to. */
function readRecipient(_box: ComposeBox, doc: Document): Recipient | undefined {
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
function readThread(box: ComposeBox): Thread {
  return box.subject ? coldThread() : 'unknown';
}

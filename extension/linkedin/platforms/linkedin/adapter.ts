import { closestDeep } from '../../dom.ts';
import { noteAccount } from '../../note-limit.ts';
import type { ComposeBox, PlatformAdapter } from '../../platform-adapter.ts';
import { readRecipient } from './recipient.ts';
import * as S from './selectors.ts';
import { readThread } from './thread.ts';

/** The main site: the messaging page, chat bubbles, New message / InMail, and the invitation note. */
export const linkedin: PlatformAdapter = {
  // Every page the other apps do not claim: the registry asks this adapter last.
  ownsPath: () => true,
  editors: S.messageEditor,
  composeBoxFor,
  recipient: readRecipient,
  thread: readThread,
  noteAccount,
};

/** Classifies an element as a composer, or returns null (comment boxes, post editors, search fields…). */
function composeBoxFor(el: HTMLElement): ComposeBox | null {
  if (el instanceof HTMLTextAreaElement) return noteBox(el);
  const editor = el.matches(S.messageEditor) ? el : (closestDeep(el, S.messageEditor) as HTMLElement | null);
  if (!editor) return null;
  const form = closestDeep(editor, S.composerForm);
  const send = form?.querySelector<HTMLButtonElement>(S.sendButton) ?? null;
  // A messaging composer is a form with its own submit button (comment boxes and the post editor are not).
  if (!form || !send || /comment/i.test(form.className)) return null;
  const dialog = closestDeep(editor, S.dialog);
  const bubble = closestDeep(editor, S.bubble) ?? dialog;
  const subject = form.querySelector<HTMLInputElement>(S.subjectInput);
  const scope = bubble ?? closestDeep(editor, S.pageThread) ?? form;
  return {
    editor,
    kind: subject ? 'inmail' : 'message',
    surface: subject ? 'inmail' : bubble ? 'chatBubbles' : 'messagingPage',
    platform: 'linkedin',
      container: form,
    dialog,
    scope,
    subject,
    send,
  };
}

function noteBox(textarea: HTMLTextAreaElement): ComposeBox | null {
  if (!textarea.matches(S.noteTextarea)) return null;
  const dialog = closestDeep(textarea, S.inviteDialog) ?? (textarea.id === 'custom-message' ? closestDeep(textarea, S.dialog) : null);
  if (!dialog) return null;
  return {
    editor: textarea,
    kind: 'note',
    surface: 'connectionNotes',
    platform: 'linkedin',
      container: dialog,
    dialog,
    scope: dialog,
    subject: null,
    send: dialog.querySelector<HTMLButtonElement>('button[aria-label="Send invitation"], button[aria-label="Send now"], .artdeco-button--primary'),
  };
}

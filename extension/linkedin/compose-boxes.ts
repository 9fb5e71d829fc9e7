import type { Kind, Platform } from '@core/contracts/draft.ts';
import { closestDeep } from './dom.ts';
import { platformOf, recruiterBox, salesNavigatorBox } from './platforms.ts';
import * as S from './selectors.ts';

/** Which switch in the settings' `surfaces` turns coaching on for a composer. */
export type Surface = 'messagingPage' | 'chatBubbles' | 'connectionNotes' | 'inmail' | 'salesNavigator' | 'recruiter';

/** One place the user writes: the editor and what belongs to it. */
export interface ComposeBox {
  /** The contenteditable textbox, or the note's <textarea>. */
  editor: HTMLElement;
  kind: Kind;
  surface: Surface;
  platform: Platform;
  /** The composer form, or the dialog for a note. */
  container: Element;
  /** The bubble or modal dialog around it, if any: the panel avoids covering it (and lives inside a modal). */
  dialog: Element | null;
  /** The scope to read the recipient and thread from: a bubble, the page's thread, or the modal. */
  scope: Element;
  subject: HTMLInputElement | null;
  send: HTMLButtonElement | null;
}

/** Classifies an element as a composer, or returns null (comment boxes, post editors, search fields…). */
export function composeBoxFor(el: Element | null, pathname: string = location.pathname): ComposeBox | null {
  if (!(el instanceof HTMLElement)) return null;
  const platform = platformOf(pathname);
  if (platform === 'sales-navigator') return salesNavigatorBox(el);
  if (platform === 'recruiter') return recruiterBox(el);
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

/** The compose box a subject field belongs to: typing the subject re-checks the message. */
export function composeBoxForField(el: Element | null, pathname: string = location.pathname): ComposeBox | null {
  if (!(el instanceof HTMLInputElement)) return null;
  const root = closestDeep(el, 'form, [role="dialog"], aside, .messaging-composer');
  const editor = root ? [S.messageEditor, S.salesNavMessage, S.recruiterEditor].map((selector) => root.querySelector(selector)).find(Boolean) : null;
  const box = editor ? composeBoxFor(editor, pathname) : null;
  return box && box.subject === el ? box : null;
}

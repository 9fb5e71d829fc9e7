import type { Kind } from '@core/contracts/draft.ts';
import { closestDeep, isShown, queryAllDeep } from './dom.ts';
import * as S from './selectors.ts';

/** Which switch in the settings' `surfaces` turns coaching on for a composer. */
export type Surface = 'messagingPage' | 'chatBubbles' | 'connectionNotes' | 'inmail';

/** One place the user writes: the editor and what belongs to it. */
export interface ComposeBox {
  /** The contenteditable textbox, or the note's <textarea>. */
  editor: HTMLElement;
  kind: Kind;
  surface: Surface;
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
export function composeBoxFor(el: Element | null): ComposeBox | null {
  if (!(el instanceof HTMLElement)) return null;
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
    container: dialog,
    dialog,
    scope: dialog,
    subject: null,
    send: dialog.querySelector<HTMLButtonElement>('button[aria-label="Send invitation"], button[aria-label="Send now"], .artdeco-button--primary'),
  };
}

/** Every visible composer on the page, including those inside open shadow roots. Hidden decoys are skipped. */
export function findComposeBoxes(root: ParentNode = document): ComposeBox[] {
  const editors = [...queryAllDeep(root, S.messageEditor), ...queryAllDeep(root, S.noteTextarea)];
  return editors.filter(isShown).map(composeBoxFor).filter((b): b is ComposeBox => b !== null);
}

import type { Kind, Platform, Recipient, Thread } from '@core/contracts/draft.ts';

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

/** What the coach knows besides the page: the user's account choice, and the invitee named by the Connect click. */
export interface ReadContext {
  /** The settings' `account` (`auto`: read from the page). */
  account?: 'auto' | 'free' | 'premium';
  /** The invitee named by the Connect control that opened the invitation (see platforms/linkedin/invite-origin.ts). */
  invitee?: string | undefined;
}

/**
 * One LinkedIn app (the main site, Sales Navigator, Recruiter): everything Tactful knows of its
 * markup. The registry picks the adapter by the page's path (and, to read a draft, by the box's
 * `platform`); the adapter recognises its composers (their kind and subject field come with the box)
 * and reads what the draft needs from them.
 */
export interface PlatformAdapter {
  /** Whether a page at this path belongs to this app. */
  ownsPath(pathname: string): boolean;
  /** The editors of this app's composers, to find the composer a subject field belongs to. */
  readonly editors: string;
  /** Classifies an element as one of this app's composers, or returns null. */
  composeBoxFor(el: HTMLElement): ComposeBox | null;
  /** The person the draft is for, if the page shows them. */
  recipient(box: ComposeBox, doc: Document, context: ReadContext): Recipient | undefined;
  /** The conversation so far (not asked for notes: a note starts one). */
  thread(box: ComposeBox): Thread;
  /** The account whose limit a note has (only asked for notes; absent where there are none); undefined leaves the engine's default. */
  noteAccount?(box: ComposeBox, doc: Document, chosen: 'auto' | 'free' | 'premium'): 'free' | 'premium' | undefined;
}

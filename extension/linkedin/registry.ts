import type { Platform } from '@core/contracts/draft.ts';
import { closestDeep } from './dom.ts';
import type { ComposeBox, PlatformAdapter } from './platform-adapter.ts';
import { linkedin } from './platforms/linkedin/adapter.ts';
import { recruiter } from './platforms/recruiter/adapter.ts';
import { salesNavigator } from './platforms/sales-navigator/adapter.ts';
import { subjectFieldRoot } from './selectors.ts';

/**
 * Each LinkedIn app's adapter, by the `platform` its compose boxes carry (to read a draft). A page
 * asks them in this order: the main site last, as it takes every page the others do not claim.
 */
export const adapters: Readonly<Record<Platform, PlatformAdapter>> = { 'sales-navigator': salesNavigator, recruiter, linkedin };

/** The adapter for the app a page belongs to (the main site, Sales Navigator, or Recruiter). */
export function adapterFor(pathname: string): PlatformAdapter {
  return Object.values(adapters).find((adapter) => adapter.ownsPath(pathname)) ?? linkedin;
}

/** Classifies an element as a composer of the page's app, or returns null (comment boxes, post editors, search fields…). */
export function composeBoxFor(el: Element | null, pathname: string = location.pathname): ComposeBox | null {
  return el instanceof HTMLElement ? adapterFor(pathname).composeBoxFor(el) : null;
}

/** The compose box a subject field belongs to: typing the subject re-checks the message. */
export function composeBoxForField(el: Element | null, pathname: string = location.pathname): ComposeBox | null {
  if (!(el instanceof HTMLInputElement)) return null;
  const root = closestDeep(el, subjectFieldRoot);
  // The first editor beside it, looking for the main site's editors first, then each app's.
  const editor = root ? [linkedin, salesNavigator, recruiter].map((adapter) => root.querySelector(adapter.editors)).find(Boolean) : null;
  const box = editor ? composeBoxFor(editor, pathname) : null;
  return box && box.subject === el ? box : null;
}

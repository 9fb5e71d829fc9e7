// Small readers every app's adapter shares.
import type { Thread } from '@core/contracts/draft.ts';

/** "Head of Partnerships at Examplecorp | ex-Sampleco" → "Examplecorp". */
export function companyInHeadline(headline: string): string | undefined {
  const m = /(?:\bat|@)\s+([^|·•,;]+)/i.exec(headline);
  return m?.[1]?.trim() || undefined;
}

/** A new conversation: nothing from them, nothing of mine unanswered (a fresh object each time). */
export const coldThread = (): Thread => ({ fromThem: 0, unansweredFromMe: 0 });

/** Whether a page's path is `root` or under it ("/sales", "/sales/lead/…"). */
export const pathUnder = (root: string) => (pathname: string): boolean => pathname === root || pathname.startsWith(`${root}/`);

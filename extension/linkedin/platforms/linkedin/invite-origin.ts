import { visibleText } from '../../dom.ts';
import * as S from './selectors.ts';

/**
 * The person an invitation was started for, from the Connect control the user clicked: its label
 * ("Invite Sam Sample to connect") or the card it sits in (a search result, a "People you may know"
 * card). The invitation modal of 2024 does not name the invitee, and on a search page there is no
 * profile heading to fall back on.
 */
let origin: { name: string; at: number } | null = null;
/** An invitation's note is written within minutes of the click that opened it. */
const FRESH_MS = 10 * 60_000;

/** Called with the path of each trusted click: remembers the invitee when it was a Connect control. */
export function rememberInviteOrigin(path: readonly EventTarget[]): void {
  const control = path.find((t): t is Element => t instanceof Element && (t.matches(S.connectControl) || (t.tagName === 'BUTTON' && S.connectText.test(visibleText(t)))));
  if (!control) return;
  const name = control.getAttribute('aria-label')?.match(S.inviteLabel)?.[1]?.trim() || nameOnCard(control);
  origin = name ? { name: name.slice(0, 200), at: Date.now() } : null;
}

/** The invitee named by the last Connect click, if recent. */
export function inviteOrigin(now: number = Date.now()): string | undefined {
  return origin && now - origin.at < FRESH_MS ? origin.name : undefined;
}

export function forgetInviteOrigin(): void {
  origin = null;
}

/** The name on the card around `control`: the nearest ancestor holding a link to a profile with a name on it. */
function nameOnCard(control: Element): string | undefined {
  for (let card = control.parentElement; card && card !== control.ownerDocument.body; card = card.parentElement) {
    const named = card.querySelector(S.cardName);
    const text = named ? visibleText(named.querySelector('[aria-hidden="true"]') ?? named) : '';
    if (text) return text;
  }
  return undefined;
}

import type { Recipient } from '@core/contracts/draft.ts';
import { firstDeep, visibleText } from '../../dom.ts';
import { companyInHeadline } from '../../reading.ts';
import type { ComposeBox, ReadContext } from '../../platform-adapter.ts';
import * as S from './selectors.ts';

/** Text of an element without its screen-reader-only parts ("Status is online"). */
function ownText(el: Element | null): string {
  if (!el) return '';
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden, .a11y-text, [aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The person in the bubble, thread or New message chip, or the invitee of a note. */
export function readRecipient(box: ComposeBox, doc: Document, { invitee }: ReadContext): Recipient | undefined {
  let name = '';
  if (box.kind === 'note') {
    // The modal's "…to <strong>Name</strong>", else the card whose Connect was clicked, else the profile's heading.
    name = visibleText(firstDeep(box.scope, S.inviteeName)) || invitee || visibleText(doc.querySelector(S.profileName));
  } else {
    const chip = box.scope.querySelector(S.recipientChip);
    const chipName = chip?.getAttribute('aria-label')?.replace(/^Remove\s+/, '') || visibleText(chip);
    for (const selector of S.recipientName) {
      const candidate = ownText(box.scope.querySelector(selector));
      if (candidate && !S.notANameTitle.test(candidate)) {
        name = candidate;
        break;
      }
    }
    name ||= chipName ?? '';
  }
  if (!name) return undefined;
  const headline = readHeadline(box, doc);
  const company = companyFrom(doc) ?? (headline ? companyInHeadline(headline) : undefined);
  const school = doc.querySelector(S.profileSchool)?.getAttribute('aria-label')?.match(/^Education:\s*(.+?)\.\s*Click/)?.[1];
  return { name: name.slice(0, 200), ...(headline ? { headline } : {}), ...(company ? { company } : {}), ...(school ? { school } : {}) };
}

function readHeadline(box: ComposeBox, doc: Document): string | undefined {
  for (const selector of S.recipientHeadline) {
    const text = ownText(box.scope.querySelector(selector));
    if (text) return text.slice(0, 500);
  }
  if (box.kind === 'note') {
    const text = ownText(doc.querySelector(S.profileHeadline));
    if (text) return text.slice(0, 500);
  }
  return undefined;
}

/** The profile's "Current company: X. Click to skip…" button, when a profile is on screen. */
function companyFrom(doc: Document): string | undefined {
  return doc.querySelector(S.profileCompany)?.getAttribute('aria-label')?.match(/^Current company:\s*(.+?)\.\s*Click/)?.[1];
}


// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/linkedin/fixture-dom.ts';
import { composeBoxFor } from './registry.ts';
import { forgetInviteOrigin, inviteOrigin, rememberInviteOrigin } from './platforms/linkedin/invite-origin.ts';
import { readDraft } from './read-draft.ts';

/** The composed path of a click on `el` (what the coach hands to rememberInviteOrigin). */
const pathOf = (el: Element): EventTarget[] => {
  const path: EventTarget[] = [];
  for (let n: Element | null = el; n; n = n.parentElement) path.push(n);
  return path;
};

function noteDraft(fixture: string, context: Parameters<typeof readDraft>[2] = {}) {
  const doc = loadFixture(fixture);
  const box = composeBoxFor(doc.querySelector('textarea#custom-message'), '/in/evan-example/')!;
  expect(box).toMatchObject({ kind: 'note' });
  return readDraft(box, doc, context).draft;
}

afterEach(() => forgetInviteOrigin());

describe('the note limit, in the order of the settings contract', () => {
  it('without maxlength or counter, the navigation tells: an app that comes with Premium → premium; the upsell → free', () => {
    expect(noteDraft('invite-no-limit').account).toBe('premium');
    expect(noteDraft('invite-no-limit-free').account).toBe('free');
  });

  it('the user’s account setting (not auto) comes before what the page says of the account', () => {
    expect(noteDraft('invite-no-limit', { account: 'free' }).account).toBe('free');
    expect(noteDraft('invite-no-limit-free', { account: 'premium' }).account).toBe('premium');
  });

  it('the page’s own limit (maxlength) comes first, before the setting', () => {
    const doc = loadFixture('invite-ember');
    const box = composeBoxFor(doc.querySelector('textarea#custom-message'), '/in/noah-fischer/')!;
    expect(readDraft(box, doc, { account: 'free' }).draft.account).toBe('premium');
  });

  it('no signal at all leaves the default (free) to the engine', () => {
    expect(noteDraft('invite-no-limit-unknown').account).toBeUndefined();
  });
});

describe('the invitee of a note', () => {
  it('comes from the profile heading when the modal does not name them', () => {
    expect(noteDraft('invite-no-limit').recipient?.name).toBe('Evan Example');
  });

  it('comes from the card whose Connect was clicked (a "People you may know" card), not from the profile behind it', () => {
    const doc = loadFixture('invite-no-limit');
    rememberInviteOrigin(pathOf(doc.querySelector('.discover-entity-type-card button')!.querySelector('span')!));
    expect(inviteOrigin()).toBe('Priya Raman');
    const box = composeBoxFor(doc.querySelector('textarea#custom-message'), '/in/evan-example/')!;
    expect(readDraft(box, doc, { invitee: inviteOrigin() }).draft.recipient?.name).toBe('Priya Raman');
  });

  it('reads "Invite {Name} to connect" labels, and ignores clicks on other buttons', () => {
    const doc = loadFixture('invite-no-limit');
    rememberInviteOrigin(pathOf(doc.querySelector('button[aria-label="Dismiss"]')!));
    expect(inviteOrigin()).toBeUndefined();
    rememberInviteOrigin(pathOf(doc.querySelector('button[aria-label^="Invite "]')!));
    expect(inviteOrigin()).toBe('Evan Example');
  });
});

// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { queryAllDeep } from './dom.ts';
import { loadFixture } from '../../tests/fixtures/linkedin/fixture-dom.ts';
import { companyInHeadline } from './reading.ts';
import type { ComposeBox } from './platform-adapter.ts';
import * as linkedinSelectors from './platforms/linkedin/selectors.ts';
import { readThread, THREAD_TAIL } from './platforms/linkedin/thread.ts';
import * as recruiterSelectors from './platforms/recruiter/selectors.ts';
import * as salesNavigatorSelectors from './platforms/sales-navigator/selectors.ts';
import { readDraft } from './read-draft.ts';
import { composeBoxFor } from './registry.ts';
import * as sharedSelectors from './selectors.ts';
import { readTextModel } from '@/editing/text-model.ts';

/** Every selector by name: the ones all apps share and each app's own. */
const S = { ...sharedSelectors, ...linkedinSelectors, ...salesNavigatorSelectors, ...recruiterSelectors };

/** Expected matches of each selector per fixture: a selector that stops matching fails here first. */
const EXPECTED: Record<string, Partial<Record<string, number>>> = {
  'messaging-thread': { messageEditor: 2, composerForm: 2, sendButton: 2, bubble: 1, pageThread: 2, messageListItem: 4, ownName: 1, subjectInput: 0, noteTextarea: 0 },
  'messaging-thread-es': { messageEditor: 2, sendButton: 2 },
  'unanswered-thread': { messageEditor: 1, messageListItem: 3 },
  'profile-shadow-bubble': { messageEditor: 2, bubble: 1, interopOutlet: 1, preloadFrame: 1, messageListItem: 0 },
  'new-message-inmail': { messageEditor: 1, subjectInput: 1, recipientChip: 1 },
  'invite-ember': { noteTextarea: 1, inviteDialog: 1, inviteeName: 1, profileCompany: 1, profileSchool: 1 },
  'invite-shadow': { inviteDialog: 1, inviteeName: 1 },
  'salesnav-lead-inmail': { salesNavComposeRoot: 2, salesNavMessage: 1, salesNavSubject: 1, salesNavPersonName: 2, salesNavHeadline: 2, salesNavCompany: 1, messageEditor: 0 },
  'salesnav-compose-era-b': { salesNavComposeRoot: 1, salesNavMessage: 1, salesNavSubject: 0 },
  'salesnav-inbox': { salesNavComposeRoot: 2, salesNavMessage: 1, salesNavMessageItem: 2 },
  'salesnav-connect': { salesNavNote: 1, salesNavConnectDialog: 2, salesNavPersonName: 2 },
  'recruiter-inbox': { recruiterEditor: 2, recruiterNote: 1, recruiterComposeRoot: 1, recruiterSend: 1, recruiterName: 1, recruiterHeadline: 1 },
  'recruiter-inmail': { recruiterSubject: 1, recruiterSend: 1, recruiterName: 1, recruiterCompany: 1, recruiterSchool: 1, recruiterComposeRoot: 2 },
};

describe.each(Object.entries(EXPECTED))('selectors on %s', (fixture, counts) => {
  it('match the expected elements', () => {
    const doc = loadFixture(fixture);
    for (const [name, expected] of Object.entries(counts)) {
      const selector = (S as Record<string, unknown>)[name];
      expect(typeof selector, name).toBe('string');
      expect(queryAllDeep(doc, selector as string).length, `${name} on ${fixture}`).toBe(expected);
    }
  });
});

describe('compose boxes and what Tactful reads', () => {
  it('reads the messaging page: kind, recipient, headline company, an established thread, own name', () => {
    const doc = loadFixture('messaging-thread');
    const editor = doc.querySelector<HTMLElement>('#msg-form-ember412 [contenteditable="true"]')!;
    const box = composeBoxFor(editor)!;
    expect(box).toMatchObject({ kind: 'message', surface: 'messagingPage' });
    editor.innerHTML = '<p>Hi Alex,</p><p><br></p><p>thanks!</p>';
    const { draft } = readDraft(box, doc);
    expect(draft).toMatchObject({
      text: 'Hi Alex,\n\nthanks!',
      kind: 'message',
      recipient: { name: 'Alex Example', headline: 'Head of Partnerships at Examplecorp', company: 'Examplecorp' },
      thread: { fromThem: 2, unansweredFromMe: 0 },
      sender: { name: 'Jane Owner' },
    });
  });

  it('tells bubbles from the page composer and reads the bubble’s own recipient', () => {
    const doc = loadFixture('messaging-thread');
    const box = composeBoxFor(doc.querySelector('#msg-form-ember883 [contenteditable="true"]'))!;
    expect(box.surface).toBe('chatBubbles');
    expect(readDraft(box, doc).draft.recipient?.name).toBe('Maria Gonzalez');
  });

  it('counts my unanswered messages', () => {
    const doc = loadFixture('unanswered-thread');
    expect(readThread(composeBoxFor(doc.querySelector('form.msg-form [contenteditable="true"]'))!)).toEqual({ fromThem: 1, unansweredFromMe: 2 });
  });

  it('finds the bubble inside the shadow root; an empty conversation is cold', () => {
    const doc = loadFixture('profile-shadow-bubble');
    const editor = queryAllDeep(doc.getElementById('interop-outlet')!.shadowRoot!, S.messageEditor)[0]!;
    const box = composeBoxFor(editor)!;
    expect(box.surface).toBe('chatBubbles');
    const { draft } = readDraft(box, doc);
    expect(draft.recipient?.name).toBe('Sam Sample');
    expect(draft.thread).toEqual({ fromThem: 0, unansweredFromMe: 0 });
  });

  it('reads a New message InMail: chip name, subject, cold', () => {
    const doc = loadFixture('new-message-inmail');
    doc.querySelector<HTMLInputElement>('input[name="subject"]')!.value = 'Your talk';
    const box = composeBoxFor(doc.querySelector('form.msg-form [contenteditable="true"]'))!;
    expect(box).toMatchObject({ kind: 'inmail', surface: 'inmail' });
    expect(readDraft(box, doc).draft).toMatchObject({ subject: 'Your talk', recipient: { name: 'Priya Raman' }, thread: { fromThem: 0, unansweredFromMe: 0 } });
  });

  it('reads the invitation note: invitee, company and school from the profile, limit from maxlength', () => {
    const doc = loadFixture('invite-ember');
    const box = composeBoxFor(doc.querySelector('textarea#custom-message'))!;
    expect(box).toMatchObject({ kind: 'note', surface: 'connectionNotes' });
    expect(readDraft(box, doc).draft).toMatchObject({ kind: 'note', account: 'premium', recipient: { name: 'Noah Fischer', company: 'Rivian', school: 'Georgia Tech' } });
  });

  it('says "unknown" when a conversation cannot be read', () => {
    const doc = loadFixture('messaging-thread');
    doc.querySelectorAll('.msg-s-event-listitem').forEach((el) => (el.className = '_h-abc123'));
    const box = composeBoxFor(doc.querySelector('#msg-form-ember412 [contenteditable="true"]'))!;
    expect(readThread(box)).toBe('unknown');
  });

  describe('a 10 000-message thread (read on every keystroke)', () => {
    /** The messaging fixture with its conversation replaced by 10 000 messages of mine (built once: happy-dom parses slowly). */
    let box: ComposeBox;
    let messages: Element[];
    beforeAll(() => {
      const doc = loadFixture('messaging-thread');
      const item = (i: number) => `<li class="msg-s-message-list__event clearfix"><div class="msg-s-event-listitem" data-event-urn="urn:li:msg_message:${i}"><div class="msg-s-event__content"><p class="msg-s-event-listitem__body">Message ${i}</p></div></div></li>`;
      // The page's conversation is the first list (the chat bubble's comes later).
      const list = doc.querySelector('.msg-s-message-list-content')!;
      list.innerHTML = Array.from({ length: 10_000 }, (_, i) => item(i)).join('');
      messages = [...list.querySelectorAll('.msg-s-event-listitem')];
      box = composeBoxFor(doc.querySelector('#msg-form-ember412 [contenteditable="true"]'))!;
    });
    /** Marks which messages (by index, oldest first) they wrote. */
    const theyWrote = (...indexes: number[]) => messages.forEach((m, i) => m.classList.toggle(S.incomingModifier, indexes.includes(i)));

    it(`visits only the last ${THREAD_TAIL} messages`, () => {
      theyWrote(0);
      // Every element the reader tests against a selector: it must stay within the tail's few elements.
      const matches = vi.spyOn(Element.prototype, 'matches');
      const closest = vi.spyOn(Element.prototype, 'closest');
      const thread = readThread(box);
      const calls = matches.mock.calls.length + closest.mock.calls.length;
      matches.mockRestore();
      closest.mockRestore();
      expect(calls).toBeLessThanOrEqual(THREAD_TAIL * 10);
      // Their only message is 9 999 messages back, beyond the tail: what is seen is my unanswered run.
      expect(thread).toEqual({ fromThem: 0, unansweredFromMe: THREAD_TAIL });
    });

    it('reads their last reply and my messages since, when it is within the tail', () => {
      theyWrote(100, 9_000, 9_980, 9_990);
      expect(readThread(box)).toEqual({ fromThem: 2, unansweredFromMe: 9 });
    });
  });

  it('ignores editors that are not message composers', () => {
    document.body.innerHTML = '<form class="comments-comment-box__form"><div contenteditable="true" role="textbox"></div><button type="submit">Post</button></form><div contenteditable="true" role="textbox"></div><textarea name="message"></textarea>';
    for (const el of document.body.querySelectorAll('[contenteditable], textarea')) expect(composeBoxFor(el)).toBeNull();
  });

  it('parses the company out of a headline', () => {
    expect(companyInHeadline('Head of Partnerships at Examplecorp | ex-Sampleco')).toBe('Examplecorp');
    expect(companyInHeadline('Founder @ Stallwise')).toBe('Stallwise');
    expect(companyInHeadline('Product designer')).toBeUndefined();
  });
});

describe('Sales Navigator and Recruiter', () => {
  it('reads the Sales Navigator InMail overlay: recipient from the dialog label, subject, company, a cold thread', () => {
    const doc = loadFixture('salesnav-lead-inmail');
    const box = composeBoxFor(doc.querySelector('textarea[name="message"]'), '/sales/lead/ACwAA')!;
    expect(box).toMatchObject({ kind: 'inmail', surface: 'salesNavigator', platform: 'sales-navigator' });
    expect(readDraft(box, doc).draft).toMatchObject({
      platform: 'sales-navigator',
      recipient: { name: 'Jordan Reyes', headline: 'VP Sales at Hill Country Freight', company: 'Hill Country Freight' },
      thread: { fromThem: 0, unansweredFromMe: 0 },
    });
  });

  it('reads the Sales Navigator inbox thread’s direction from "Message from you"', () => {
    const doc = loadFixture('salesnav-inbox');
    const box = composeBoxFor(doc.querySelector('textarea[name="message"]'), '/sales/inbox/2-ABC')!;
    expect(box.kind).toBe('message');
    expect(readDraft(box, doc).draft.thread).toEqual({ fromThem: 1, unansweredFromMe: 0 });
  });

  it('reads the Sales Navigator invitation note', () => {
    const doc = loadFixture('salesnav-connect');
    const box = composeBoxFor(doc.querySelector('textarea#connect-cta-form__invitation'), '/sales/lead/ACwAA')!;
    expect(box).toMatchObject({ kind: 'note', surface: 'salesNavigator' });
    expect(readDraft(box, doc).draft).toMatchObject({ account: 'premium', recipient: { name: 'Jordan Reyes' } });
  });

  it('reads a Recruiter inbox reply as "unknown" and ignores the notes box', () => {
    const doc = loadFixture('recruiter-inbox');
    expect(composeBoxFor(doc.querySelector('textarea[aria-label="Add a note"]'), '/talent/inbox/0/main')).toBeNull();
    const box = composeBoxFor(doc.querySelector('[data-test-base-composer-textarea] textarea'), '/talent/inbox/0/main')!;
    expect(box).toMatchObject({ kind: 'message', surface: 'recruiter', platform: 'recruiter' });
    expect(readDraft(box, doc).draft).toMatchObject({ thread: 'unknown', recipient: { name: 'Nathan Brooks', company: 'Northwind Analytics' } });
  });

  it('keeps the main-site adapter off Sales Navigator and Recruiter pages', () => {
    const doc = loadFixture('messaging-thread');
    expect(composeBoxFor(doc.querySelector('#msg-form-ember412 [contenteditable="true"]'), '/sales/inbox/2-ABC')).toBeNull();
  });
});

describe('the text model', () => {
  it('reads one line per paragraph and maps offsets back to ranges', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hi <b>Alex</b>,</p><p><br></p><p>send it ASAP</p></div>';
    const model = readTextModel(document.getElementById('e')!);
    expect(model.text).toBe('Hi Alex,\n\nsend it ASAP');
    const start = model.text.indexOf('ASAP');
    expect(model.rangeFor(start, start + 4)!.toString()).toBe('ASAP');
    expect(model.rangeFor(3, 7)!.toString()).toBe('Alex');
    expect(model.rangeFor(0, 8)!.toString()).toBe('Hi Alex,');
  });

  it('reads a textarea as its value', () => {
    document.body.innerHTML = '<textarea>Hi\nthere</textarea>';
    expect(readTextModel(document.querySelector('textarea')!).text).toBe('Hi\nthere');
  });
});

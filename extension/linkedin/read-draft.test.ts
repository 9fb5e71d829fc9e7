// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SentDraft } from '@core/contracts/draft.ts';
import { MAX_SENT_CHARACTERS } from '@core/contracts/sending.ts';
import { loadFixture } from '../../tests/fixtures/linkedin/fixture-dom.ts';
import { composeBoxFor } from './registry.ts';
import { readDraft } from './read-draft.ts';

describe('readDraft on a huge paste', () => {
  it('never reads more than travels to the background, and keeps the draft’s true length', () => {
    const doc = loadFixture('messaging-thread');
    const editor = doc.querySelector<HTMLElement>('#msg-form-ember412 [contenteditable="true"]')!;
    const paste = 'Hi Alex, thanks for the notes on the roadmap. '.repeat(3300);
    editor.innerHTML = `<p>${paste}</p>`;
    const { draft, model } = readDraft(composeBoxFor(editor)!, doc);
    expect(model.text).toBe(paste);
    expect(draft.text).toBe(paste.slice(0, MAX_SENT_CHARACTERS));
    expect(draft.totalCharacters).toBe(paste.length);
    expect(SentDraft.safeParse(draft).success).toBe(true);
  });
});

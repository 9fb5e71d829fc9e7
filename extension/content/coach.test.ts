// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DraftInput } from '@core/contracts/draft.ts';
import type { Report } from '@core/contracts/report.ts';
import { lint } from '@core/engine/lint.ts';
import { loadFixture } from '../../tests/fixtures/linkedin/fixture-dom.ts';
import { Coach } from './coach.ts';

/** A slow background: every lint request waits until the test answers it. */
const pending: { draft: DraftInput; answer: () => void }[] = [];

vi.mock('wxt/browser', () => {
  const listeners = { addListener() {}, removeListener() {} };
  return { browser: { storage: { onChanged: listeners }, runtime: { onConnect: listeners, onMessage: listeners } } };
});
vi.mock('@/messaging/client.ts', () => ({
  MessagingError: class MessagingError extends Error {},
  send: (request: { type: string; draft?: DraftInput }) => {
    if (request.type === 'getCoachSettings') return Promise.resolve({ debounceMs: 0, surfaces: {} });
    if (request.type === 'getCatalog') return Promise.resolve([]);
    if (request.type === 'typing' || request.type === 'keepAlive') return Promise.resolve(true);
    if (request.type !== 'lint') return Promise.reject(new Error(`unexpected ${request.type}`));
    const draft = request.draft!;
    return new Promise<Report>((resolve) => pending.push({ draft, answer: () => resolve(lint(draft)) }));
  },
}));

/** Just what the coach uses of WXT's content-script context. */
const ctx = {
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) => target.addEventListener(type, handler, options),
  onInvalidated: () => undefined,
} as unknown as ContentScriptContext;

const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types a whole new text into the editor, as one input event (debounce 0: each one asks for a check). */
async function typeText(editor: HTMLElement, text: string): Promise<void> {
  editor.innerHTML = `<p>${text}</p>`;
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle();
}

describe('the coach with a slow background', () => {
  beforeEach(() => {
    pending.length = 0;
  });
  afterEach(() => {
    document.querySelector('tactful-panel')?.remove();
  });

  it('keeps one check in flight per composer and collapses newer drafts into one follow-up for the latest', async () => {
    loadFixture('messaging-thread');
    const editor = document.querySelector<HTMLElement>('#msg-form-ember412 [contenteditable="true"]')!;
    new Coach(ctx).start();
    await settle();
    for (const text of ['!!!!!', '!!!!! A', '!!!!! AS', '!!!!! ASA', '!!!!! ASAP']) await typeText(editor, text);

    // The first check is still running: nothing else was sent behind it.
    expect(pending.map((p) => p.draft.text)).toEqual(['!!!!!']);
    pending[0]!.answer();
    await settle();
    // Its answer is out of date; the one follow-up checks the latest draft.
    expect(pending.map((p) => p.draft.text)).toEqual(['!!!!!', '!!!!! ASAP']);
    expect(document.querySelector('tactful-panel')?.shadowRoot?.querySelector('[data-testid="score"]')).toBeNull();
    pending[1]!.answer();
    await settle();
    expect(document.querySelector('tactful-panel')!.shadowRoot!.querySelector('[data-rule-id="pushy"]')).not.toBeNull();
    expect(pending).toHaveLength(2);
  });
});

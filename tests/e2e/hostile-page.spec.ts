import type { Page, Worker } from '@playwright/test';
import { editorText, expect, finding, panel, test, typeInto } from './harness.ts';

// A hostile LinkedIn page: scripts that run in the page's own (main) world before anything else,
// trying to detect the extension, switch it off or press its buttons.

const PAGE_EDITOR = 'form#msg-form-ember412 [contenteditable="true"]';
/** The name of the content-script entrypoint (extension/entrypoints/linkedin.content.ts). */
const ENTRYPOINT = 'linkedin';

/** Page script: records every window message and every event of the framework's known types on window and document. */
function recordWhatThePageSees({ extensionId, entrypoint }: { extensionId: string; entrypoint: string }): void {
  const seen: string[] = [];
  (window as unknown as { __seen: string[] }).__seen = seen;
  const describe = (value: unknown): string => {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  const record = (e: Event) => seen.push(`${e.type} ${describe((e as MessageEvent).data ?? (e as CustomEvent).detail)}`);
  window.addEventListener('message', record, true);
  const frameworkTypes = ['wxt:content-script-started', 'wxt:locationchange'];
  for (const type of frameworkTypes.flatMap((t) => [t, `${extensionId}:${entrypoint}:${t}`])) {
    window.addEventListener(type, record, true);
    document.addEventListener(type, record, true);
  }
  // Events dispatched from this world (a framework's helpers that run here too).
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    if (this === window || this === document) record(event);
    return dispatch.call(this, event);
  };
}

/** Page script: forges WXT's "a newer content script started" signal, in both its forms. */
function forgeScriptStarted({ extensionId, entrypoint }: { extensionId: string; entrypoint: string }): void {
  const forge = () => {
    for (const type of [`${extensionId}:${entrypoint}:wxt:content-script-started`, 'wxt:content-script-started']) {
      const detail = { contentScriptName: entrypoint, messageId: `forged-${Math.random()}` };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }
  };
  (window as unknown as { __forge: () => void }).__forge = forge;
  forge();
  document.addEventListener('DOMContentLoaded', forge);
  window.addEventListener('load', forge);
  // Also while the content script starts (document_idle).
  const timer = setInterval(forge, 20);
  setTimeout(() => clearInterval(timer), 3000);
}

async function syncStorage(worker: Worker): Promise<unknown> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<unknown> } } } }).chrome.storage.sync.get(null));
}

async function draftWithFindings(page: Page): Promise<void> {
  await typeInto(page, PAGE_EDITOR, 'Hi Alex, thx for the intro! Could you send the deck ASAP?');
  await expect(finding(page, 'pushy')).toBeVisible();
  await expect(finding(page, 'slang')).toBeVisible();
}

test.describe('a hostile page', () => {
  test('cannot tell that Tactful is installed: no message, event or attribute names it', async ({ context, extensionId, openLinkedIn }) => {
    await context.addInitScript(recordWhatThePageSees, { extensionId, entrypoint: ENTRYPOINT });
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await draftWithFindings(page);
    await finding(page, 'slang').locator('[data-action="apply-fix"]').click();
    await expect(finding(page, 'slang')).toHaveCount(0);
    await page.evaluate(() => history.pushState({}, '', '/messaging/thread/2-DEF/'));
    await page.locator(PAGE_EDITOR).click();
    await page.keyboard.type(' Thanks!');
    await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();

    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    const names = (s: string) => s.includes(extensionId) || /wxt|tactful|chrome-extension:/i.test(s);
    expect(seen.filter(names), 'page-visible messages and events that name the extension').toEqual([]);

    // The panel's own host is Tactful's by design (§2); nothing else in the DOM may carry its id or URLs.
    const attributes = await page.evaluate(() => {
      const found: string[] = [];
      const visit = (root: ParentNode) =>
        root.querySelectorAll('*').forEach((el) => {
          if (el.localName === 'tactful-panel') return;
          for (const a of el.attributes) found.push(`${el.localName} ${a.name}=${a.value}`);
          if (el.shadowRoot) visit(el.shadowRoot);
        });
      visit(document);
      return found;
    });
    expect(attributes.filter((a) => a.includes(extensionId) || /chrome-extension:|wxt/i.test(a))).toEqual([]);
  });

  test('cannot stop the coach by forging the framework’s “newer script started” signal', async ({ context, extensionId, openLinkedIn }) => {
    await context.addInitScript(forgeScriptStarted, { extensionId, entrypoint: ENTRYPOINT });
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Hi Alex, thanks.');
    await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();
    // Again once the coach runs.
    await page.evaluate(() => (window as unknown as { __forge: () => void }).__forge());
    await page.keyboard.type(' Send it ASAP.');
    await expect(finding(page, 'pushy')).toBeVisible();
  });

  test('cannot press the panel’s buttons: synthetic clicks and keys change nothing', async ({ openLinkedIn, serviceWorker }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await draftWithFindings(page);
    const draft = await editorText(page, PAGE_EDITOR);
    const stored = await syncStorage(serviceWorker);

    await page.evaluate(async () => {
      const root = document.querySelector('tactful-panel')!.shadowRoot!;
      const press = (el: HTMLElement) => {
        el.click();
        el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        for (const key of ['Enter', ' ']) {
          el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          el.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
        }
      };
      for (const action of ['disable-rule', 'apply-fix', 'apply-all', 'dismiss', 'pause', 'collapse', 'expand']) {
        for (const el of root.querySelectorAll<HTMLElement>(`[data-action="${action}"]`)) press(el);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await page.waitForTimeout(500);

    expect(await editorText(page, PAGE_EDITOR)).toBe(draft);
    expect(await syncStorage(serviceWorker)).toEqual(stored);
    await expect(panel(page).locator('[data-action="collapse"]')).toBeVisible();
    await expect(panel(page).locator('[data-action="pause"]')).toHaveAttribute('aria-pressed', 'false');
    await expect(finding(page, 'slang')).toBeVisible();
    // A re-check still reports the rule: it was not turned off.
    await page.locator(PAGE_EDITOR).click();
    await page.keyboard.type(' Thanks.');
    await expect(finding(page, 'pushy')).toBeVisible();
    await expect(finding(page, 'pushy')).toContainText('ASAP');
    // Collapsed by the user, the badge does not open for a page script either.
    await panel(page).locator('[data-action="collapse"]').click();
    await page.evaluate(() => (document.querySelector('tactful-panel')!.shadowRoot!.querySelector('[data-action="expand"]') as HTMLElement).click());
    await page.waitForTimeout(200);
    await expect(panel(page).locator('[data-action="expand"]')).toBeVisible();
    await expect(panel(page).locator('[data-rule-id]')).toHaveCount(0);
  });
});

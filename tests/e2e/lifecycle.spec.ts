import { expect, finding, panel, test, typeInto } from './harness.ts';

const PAGE_EDITOR = 'form#msg-form-ember412 [contenteditable="true"]';

test.describe('privacy and page lifecycle', () => {
  test('makes no request outside LinkedIn and puts no extension URL into the page', async ({ openLinkedIn, requests, extensionId }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Hi Alex, thx for the intro! Could you send the deck ASAP?');
    await expect(finding(page, 'pushy')).toBeVisible();
    await finding(page, 'slang').locator('[data-action="apply-fix"]').click();
    await expect(finding(page, 'slang')).toHaveCount(0);
    const outside = requests.filter((url) => !url.startsWith('https://www.linkedin.com/') && !url.startsWith(`chrome-extension://${extensionId}/`));
    expect(outside).toEqual([]);
    const markup = await page.evaluate(() => {
      const parts = [document.documentElement.outerHTML];
      const visit = (root: ParentNode) => root.querySelectorAll('*').forEach((el) => {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          visit(el.shadowRoot);
        }
      });
      visit(document);
      return parts.join('\n');
    });
    expect(markup).not.toContain('chrome-extension://');
    expect(markup).not.toContain(extensionId);
  });

  test('panel events stay inside it: LinkedIn’s document listeners never see them', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await page.evaluate(() => {
      (window as unknown as { __keys: string[] }).__keys = [];
      document.addEventListener('keydown', (e) => (window as unknown as { __keys: string[] }).__keys.push(e.key));
      document.addEventListener('click', () => (window as unknown as { __keys: string[] }).__keys.push('click'));
    });
    await typeInto(page, PAGE_EDITOR, 'Hi Alex, send it ASAP.');
    await expect(finding(page, 'pushy')).toBeVisible();
    await page.evaluate(() => ((window as unknown as { __keys: string[] }).__keys = []));
    await finding(page, 'pushy').locator('[data-action="dismiss"]').focus();
    await page.keyboard.press('j');
    await panel(page).locator('[data-action="collapse"]').click();
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
  });

  test('follows LinkedIn as a single-page app: composers come and go', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, '#msg-form-ember883 [contenteditable="true"]', 'Hi Maria, thx!');
    await expect(finding(page, 'slang')).toBeVisible();
    // Close the bubble (LinkedIn removes it) and navigate without a reload.
    await page.evaluate(() => {
      document.querySelector('#msg-overlay [role="dialog"]')!.remove();
      history.pushState({}, '', '/messaging/thread/2-DEF/');
    });
    await expect(panel(page)).toHaveCount(0);
    await typeInto(page, PAGE_EDITOR, 'Could you send it ASAP?');
    await expect(finding(page, 'pushy')).toBeVisible();
  });

  test('recovers when the browser stops the service worker between keystrokes', async ({ openLinkedIn, context }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Hi Alex, thanks.');
    await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.locator(PAGE_EDITOR).click();
    await page.keyboard.type(' Send it ASAP.');
    await expect(finding(page, 'pushy')).toBeVisible({ timeout: 10_000 });
  });

  test('after the extension is reloaded, the old content script says so in its panel and goes quiet without errors', async ({ openLinkedIn, serviceWorker }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await typeInto(page, PAGE_EDITOR, 'Hi Alex, thx.');
    await expect(finding(page, 'slang')).toBeVisible();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(500);
    await page.locator(PAGE_EDITOR).click();
    await page.keyboard.type(' Send it ASAP.');
    await expect(panel(page)).toContainText('Tactful was updated — reload the page to keep coaching', { timeout: 10_000 });
    await expect(panel(page).locator('[data-rule-id], [data-testid="score"], [data-action="pause"]')).toHaveCount(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // Quiet from then on: more typing changes nothing and reports nothing.
    const revision = await panel(page).getAttribute('data-revision');
    await page.keyboard.type(' Thx!');
    await page.waitForTimeout(600);
    expect(await panel(page).getAttribute('data-revision')).toBe(revision);
    await expect(panel(page)).toContainText('reload the page to keep coaching');
    expect(errors.filter((e) => /tactful|Extension context|Uncaught/i.test(e))).toEqual([]);
  });
});

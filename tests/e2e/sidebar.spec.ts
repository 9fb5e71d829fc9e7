import type { BrowserContext, Page } from '@playwright/test';
import { editorText, expect, finding, panel, test, typeInto } from './harness.ts';

const EDITOR = 'form#msg-form-ember412 [contenteditable="true"]';

/** The sidebar page, opened as a tab in the LinkedIn tab's window (what Chrome's side panel shows). */
async function openSidebar(context: BrowserContext, extensionId: string): Promise<Page> {
  const sidebar = await context.newPage();
  await sidebar.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return sidebar;
}

/** True when the page's document has Tactful's underlines registered (CSS Custom Highlight API). */
const underlined = (page: Page) => page.evaluate(() => ['tactful-error', 'tactful-warning', 'tactful-info'].some((name) => CSS.highlights.has(name)));

test.describe('the sidebar home', () => {
  test('says how to start when no composer is active', async ({ context, extensionId }) => {
    const sidebar = await openSidebar(context, extensionId);
    await expect(sidebar.getByTestId('sidebar-start')).toContainText('Start writing');
  });

  test('coaches the composer last typed in within its window, and its fixes, dismissals and "turn rule off" act on it', async ({ context, extensionId, openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, EDITOR, 'Hi Alex, could u send the deck ASAP?');
    await expect(finding(page, 'slang')).toBeVisible();
    const sidebar = await openSidebar(context, extensionId);
    // Same window as the LinkedIn tab (the sidebar coaches its own window only).
    const windows = await sidebar.evaluate(async () => new Set((await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ windowId: number }[]> } } }).chrome.tabs.query({})).map((t) => t.windowId)).size);
    expect(windows).toBe(1);
    await expect(sidebar.getByTestId('coaching')).toContainText('Alex Example');
    await expect(sidebar.locator('[data-rule-id="slang"]')).toBeVisible();
    await expect(sidebar.locator('[data-rule-id="pushy"]')).toHaveAttribute('data-severity', /warning|error/);
    // Opening the sidebar made it the panel's home: in LinkedIn's page only the underlines remain.
    await expect(panel(page)).toHaveCount(0);
    await expect.poll(() => underlined(page)).toBe(true);

    // The LinkedIn tab is not the active one: the fix is still a real edit there.
    await sidebar.bringToFront();
    await sidebar.locator('[data-rule-id="slang"] [data-action="apply-fix"]').click();
    await expect.poll(() => editorText(page, EDITOR)).toBe('Hi Alex, could you send the deck ASAP?');
    await expect(page.locator('form#msg-form-ember412 button[type="submit"]')).toBeEnabled();
    await expect(sidebar.locator('[data-rule-id="slang"]')).toHaveCount(0);

    await sidebar.locator('[data-rule-id="pushy"] [data-action="dismiss"]').click();
    await expect(sidebar.locator('[data-rule-id="pushy"]')).toHaveCount(0);
    await expect(sidebar.locator('[data-check-id="greets-by-name"]')).toHaveAttribute('data-done', 'true');

    await page.locator(EDITOR).click();
    await page.keyboard.type(' Thx!');
    await expect(sidebar.locator('[data-rule-id="slang"]')).toBeVisible();
    await sidebar.locator('[data-rule-id="slang"] [data-action="disable-rule"]').click();
    await expect(sidebar.locator('[data-rule-id="slang"]')).toHaveCount(0);
    await expect(panel(page)).toHaveCount(0);
  });

  test('a click the page did not make does nothing', async ({ context, extensionId, openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, EDITOR, 'Thanks Alex, could u send it?');
    const sidebar = await openSidebar(context, extensionId);
    await expect(sidebar.locator('[data-rule-id="slang"]')).toBeVisible();
    await sidebar.evaluate(() => (document.querySelector('[data-rule-id="slang"] [data-action="apply-fix"]') as HTMLButtonElement).click());
    await page.waitForTimeout(300);
    expect(await editorText(page, EDITOR)).toBe('Thanks Alex, could u send it?');
  });

  test('back to the page: the in-page panel returns, with its "Open in sidebar" control', async ({ context, extensionId, openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    const sidebar = await openSidebar(context, extensionId);
    await expect(sidebar.getByTestId('sidebar-start')).toBeVisible();
    await typeInto(page, EDITOR, 'Thanks Alex, could u send it?');
    await expect(sidebar.locator('[data-rule-id="slang"]')).toBeVisible();
    await expect(panel(page)).toHaveCount(0);
    await sidebar.locator('[data-action="panel-home-page"]').click();
    await expect(panel(page).locator('[data-rule-id="slang"]')).toBeVisible();
    // The in-page control: Chrome opens its side panel only on a user gesture it can see; either it
    // opens (and the home becomes the sidebar) or the panel says how to open it.
    await panel(page).locator('[data-action="open-sidebar"]').click();
    await expect(panel(page).getByTestId('sidebar-how-to').or(page.locator('body:not(:has(tactful-panel))'))).toHaveCount(1);
  });

  test('underlines can be turned off', async ({ context, extensionId, openLinkedIn }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('underlines').uncheck();
    await options.getByTestId('panel-home').selectOption('side');
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, EDITOR, 'Thanks Alex, could u send it?');
    const sidebar = await openSidebar(context, extensionId);
    await expect(sidebar.locator('[data-rule-id="slang"]')).toBeVisible();
    expect(await underlined(page)).toBe(false);
    await expect(panel(page)).toHaveCount(0);
  });
});

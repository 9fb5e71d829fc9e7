import type { BrowserContext, Page } from '@playwright/test';
import { editorText, expect, finding, panel, test, typeInto } from './harness.ts';

const PAGE_EDITOR = 'form#msg-form-ember412 [contenteditable="true"]';
/** The longest typing pause the options page allows: the coach re-checks by itself only this long after the last keystroke. */
const LONG_PAUSE_MS = 5000;
/** Well before that pause ends: a re-check seen within this time came from the fix click, not from the typing pause. */
const AT_ONCE_MS = 3000;

/** Sets the typing pause on the options page, as a user would. */
async function setTypingPause(context: BrowserContext, extensionId: string, ms: number): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('debounce').fill(String(ms));
  await options.getByTestId('debounce').press('Tab');
  await expect(options.getByTestId('status')).toContainText('Saved');
  await options.close();
}

const revision = async (page: Page) => Number(await panel(page).getAttribute('data-revision'));

// A fix is applied only to the text it was computed on (interfaces.md §3): a click that comes after
// further typing, before the typing pause let the coach re-check, changes nothing and re-checks at once.
test.describe('fixes computed on an older draft', () => {
  test('apply-all after further typing leaves the text as typed, and the panel re-checks at once', async ({ context, extensionId, openLinkedIn }) => {
    await setTypingPause(context, extensionId, LONG_PAUSE_MS);
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Thx Alex, i will send it ASAP.');
    await expect(panel(page).locator('[data-action="apply-all"]')).toBeVisible({ timeout: LONG_PAUSE_MS + 5000 });
    // Let the "writer paused" repaint pass, so that the next new revision can only be a re-check.
    await page.waitForTimeout(2300);

    await page.keyboard.press('Home');
    await page.keyboard.type('Hello there! ', { delay: 5 });
    const before = await revision(page);
    await panel(page).locator('[data-action="apply-all"]').click();

    expect(await editorText(page, PAGE_EDITOR)).toBe('Hello there! Thx Alex, i will send it ASAP.');
    await expect.poll(() => revision(page), { timeout: AT_ONCE_MS }).toBeGreaterThan(before);
    // The fresh report's fixes fit the current text.
    await panel(page).locator('[data-action="apply-all"]').click();
    await expect.poll(() => editorText(page, PAGE_EDITOR)).toBe('Hello there! Thanks Alex, I will send it when you have a moment.');
  });

  test('a subject fix after the user edited the subject leaves the subject as typed, and the panel re-checks at once', async ({ context, extensionId, openLinkedIn }) => {
    await setTypingPause(context, extensionId, LONG_PAUSE_MS);
    const page = await openLinkedIn('new-message-inmail', '/feed/');
    const subject = page.locator('input[name="subject"]');
    await typeInto(page, 'input[name="subject"]', 'Re: Quick question');
    await typeInto(page, 'form.msg-form [contenteditable="true"]', 'Hi Priya, your blog post on idempotent retries was great. Would you be open to a call? Thanks!');
    await expect(finding(page, 'fake-reply-subject')).toBeVisible({ timeout: LONG_PAUSE_MS + 5000 });
    await page.waitForTimeout(2300);

    // The user removes "Re: " by hand; the panel still shows the fix computed before.
    await subject.click();
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Delete');
    await expect(subject).toHaveValue('Quick question');
    await finding(page, 'fake-reply-subject').locator('[data-action="apply-fix"]').click();

    await expect(subject).toHaveValue('Quick question');
    await expect(finding(page, 'fake-reply-subject')).toHaveCount(0, { timeout: AT_ONCE_MS });
    expect(await subject.inputValue()).toBe('Quick question');
  });
});

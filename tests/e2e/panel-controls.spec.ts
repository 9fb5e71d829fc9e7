import { editorText, expect, finding, panel, test, typeInto } from './harness.ts';

const PAGE_EDITOR = 'form#msg-form-ember412 [contenteditable="true"]';
const BUBBLE_EDITOR = '#interop-outlet form.msg-form [contenteditable="true"]';

test.describe('panel controls', () => {
  test('does not nag after the first "Hi": what is missing shows once the writer pauses', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('profile-shadow-bubble', '/in/sam-sample/');
    await typeInto(page, BUBBLE_EDITOR, 'Hi');
    await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();
    await expect(finding(page, 'no-hello')).toHaveCount(0);
    await expect(panel(page).locator('.check__hint')).toHaveCount(0);
    // After a pause, the coach says what is missing.
    await expect(finding(page, 'no-hello')).toBeVisible({ timeout: 5000 });
    await expect(panel(page).locator('[data-check-id="introduces-self"] .check__hint')).toBeVisible();
  });

  test('applies all mechanical fixes at once', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Thx Alex, i will send it ASAP.');
    await panel(page).locator('[data-action="apply-all"]').click();
    await expect.poll(() => editorText(page, PAGE_EDITOR)).toBe('Thanks Alex, I will send it when you have a moment.');
    await expect(page.locator('form#msg-form-ember412 button[type="submit"]')).toBeEnabled();
  });

  test('turns a rule off from the panel, for every composer', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Thanks Alex, send it ASAP.');
    await finding(page, 'pushy').locator('[data-action="disable-rule"]').click();
    await expect(finding(page, 'pushy')).toHaveCount(0);
    await typeInto(page, '#msg-form-ember883 [contenteditable="true"]', 'Thanks Maria, send it ASAP.');
    await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();
    await expect(finding(page, 'pushy')).toHaveCount(0);
  });

  test('pauses for one conversation and resumes', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Thanks Alex, send it ASAP.');
    await expect(finding(page, 'pushy')).toBeVisible();
    await panel(page).locator('[data-action="pause"]').click();
    await expect(panel(page)).toContainText('Paused for this conversation');
    await expect(finding(page, 'pushy')).toHaveCount(0);
    await page.locator(PAGE_EDITOR).click();
    await page.keyboard.type(' Thx!');
    await expect(finding(page, 'slang')).toHaveCount(0);
    await panel(page).locator('[data-action="pause"]').click();
    await expect(finding(page, 'slang')).toBeVisible();
  });

  test('collapses to a badge with the score and reopens', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Thanks Alex, send it ASAP.');
    await panel(page).locator('[data-action="collapse"]').click();
    await expect(panel(page).locator('[data-action="expand"] [data-testid="score"]')).toHaveText(/^\d+$/);
    await expect(panel(page).locator('[data-rule-id]')).toHaveCount(0);
    await panel(page).locator('[data-action="expand"]').click();
    await expect(finding(page, 'pushy')).toBeVisible();
  });

  test('is usable with the keyboard', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Thanks Alex, send it ASAP.');
    await finding(page, 'pushy').locator('[data-action="apply-fix"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(page, PAGE_EDITOR)).toBe('Thanks Alex, send it when you have a moment.');
  });

  test('underlines findings with the CSS Custom Highlight API, not with markup', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Thanks Alex, send it ASAP.');
    await expect(finding(page, 'pushy')).toBeVisible();
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].sort())).toContain('tactful-warning');
    expect(await page.locator(PAGE_EDITOR).innerHTML()).toBe('<p>Thanks Alex, send it ASAP.</p>');
  });

  test('follows LinkedIn’s dark theme', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await page.evaluate(() => {
      document.documentElement.classList.add('theme--dark');
      document.body.style.background = '#1b1f23';
    });
    await typeInto(page, PAGE_EDITOR, 'Thanks Alex!');
    await expect(panel(page)).toHaveAttribute('data-theme', 'dark');
  });
});

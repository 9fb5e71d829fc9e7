import { check, editorText, expect, finding, overlapsBox, panel, test, typeInto } from './harness.ts';

const PAGE_EDITOR = 'form#msg-form-ember412 [contenteditable="true"]';
const PAGE_SEND = 'form#msg-form-ember412 button[type="submit"]';

test.describe('messaging page (Ember)', () => {
  test('coaches a draft as it is typed: findings, score and the recipient', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Hey Alex, could u send the deck ASAP?');
    await expect(finding(page, 'slang')).toBeVisible();
    await expect(finding(page, 'pushy')).toBeVisible();
    await expect(finding(page, 'pushy')).toHaveAttribute('data-severity', 'warning');
    await expect(panel(page).locator('[data-testid="score"]')).toHaveText(/^\d+$/);
    await expect(panel(page).locator('[data-testid="verdict"]')).toHaveText('Almost there');
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('Alex Example');
    // An established thread (they wrote): the coldness rules stay quiet.
    await expect(finding(page, 'no-context')).toHaveCount(0);
    await expect(check(page, 'introduces-self')).toHaveCount(0);
  });

  test('applies a fix as a real edit: text, Send enabled, undo restores', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Thanks Alex, could you send the deck ASAP?');
    await expect(page.locator(PAGE_SEND)).toBeEnabled();
    await finding(page, 'pushy').locator('[data-action="apply-fix"]').click();
    await expect.poll(() => editorText(page, PAGE_EDITOR)).toBe('Thanks Alex, could you send the deck when you have a moment?');
    await expect(page.locator(PAGE_SEND)).toBeEnabled();
    await expect(finding(page, 'pushy')).toHaveCount(0);
    // The edit is on the browser's undo stack.
    await page.locator(PAGE_EDITOR).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, PAGE_EDITOR)).toBe('Thanks Alex, could you send the deck ASAP?');
  });

  test('keeps one paragraph per line and never inserts markup into the composer', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Hi Alex,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('thx for the notes, i will send the deck ASAP.');
    await expect(finding(page, 'pushy')).toBeVisible();
    const html = await page.locator(PAGE_EDITOR).innerHTML();
    expect(html).not.toMatch(/tactful|<mark|<span/i);
    expect(await page.locator(PAGE_EDITOR).locator('p').count()).toBe(2);
    await finding(page, 'slang').locator('[data-action="apply-fix"]').click();
    await expect.poll(() => editorText(page, PAGE_EDITOR)).toBe('Hi Alex,\nthanks for the notes, i will send the deck ASAP.');
  });

  test('dismisses a finding while the same text is there', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Sounds great, send it ASAP.');
    await finding(page, 'pushy').locator('[data-action="dismiss"]').click();
    await expect(finding(page, 'pushy')).toHaveCount(0);
    await page.locator(PAGE_EDITOR).click();
    await page.keyboard.type(' Thanks!');
    await expect(panel(page).locator('[data-check-id="thanks"]')).toHaveAttribute('data-done', 'true');
    await expect(finding(page, 'pushy')).toHaveCount(0);
  });

  test('a clean reply in an established thread shows no warnings', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Thanks, Alex! Tuesday at 10 works for me. I will bring the draft roadmap.');
    await expect(panel(page).locator('[data-testid="verdict"]')).toHaveText('Ready to send');
    await expect(panel(page).locator('[data-severity="warning"], [data-severity="error"]')).toHaveCount(0);
  });

  test('follows the composer being typed in, and says whom it coaches', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, PAGE_EDITOR, 'Thanks Alex!');
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('Alex Example');
    await typeInto(page, '#msg-form-ember883 [contenteditable="true"]', 'Hi Maria, thx!');
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('Maria Gonzalez');
    await expect(finding(page, 'slang')).toBeVisible();
    await expect(page.locator('tactful-panel')).toHaveCount(1);
  });

  test('covers neither the composer nor its Send button', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    for (const size of [{ width: 1400, height: 900 }, { width: 1280, height: 720 }, { width: 1100, height: 680 }]) {
      await page.setViewportSize(size);
      await typeInto(page, PAGE_EDITOR, 'Hi!');
      await expect(panel(page)).toBeVisible();
      const box = (await panel(page).boundingBox())!;
      for (const selector of [PAGE_EDITOR, PAGE_SEND, '#msg-form-ember883 [contenteditable="true"]']) {
        const target = (await page.locator(selector).boundingBox())!;
        expect(overlapsBox(box, target), `${selector} at ${size.width}x${size.height}`).toBe(false);
      }
    }
  });
});

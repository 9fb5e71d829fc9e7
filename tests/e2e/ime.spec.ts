import { expect, panel, test, typeInto } from './harness.ts';

const PAGE_EDITOR = 'form#msg-form-ember412 [contenteditable="true"]';

test('IME composition (Japanese input) is not disturbed: the composed text arrives whole, then is checked', async ({ openLinkedIn, context }) => {
  const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
  await typeInto(page, PAGE_EDITOR, 'Thanks Alex. ');
  await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();
  const cdp = await context.newCDPSession(page);
  // Compose 日本語 in steps, as an IME does, then commit it.
  for (const step of ['に', 'にほ', 'にほん', '日本', '日本語']) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await cdp.send('Input.insertText', { text: '日本語' });
  await expect.poll(() => page.locator(PAGE_EDITOR).textContent()).toBe('Thanks Alex. 日本語');
  await page.keyboard.type(' ASAP');
  await expect(panel(page).locator('[data-rule-id="pushy"]')).toBeVisible();
  await expect(page.locator(PAGE_EDITOR)).toHaveText('Thanks Alex. 日本語 ASAP');
});

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, finding, panel, test, typeInto } from './harness.ts';

/** Serious and critical axe-core violations, summarised for a readable failure. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('accessibility (axe-core)', () => {
  test('the panel has no serious or critical violations', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, 'form#msg-form-ember412 [contenteditable="true"]', 'Thanks Alex, could u send the deck ASAP?');
    await expect(finding(page, 'pushy')).toBeVisible();
    await panel(page).locator('details.factors summary').click();
    expect(await seriousViolations(page, 'tactful-panel')).toEqual([]);
  });

  test('the popup has no serious or critical violations', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByTestId('draft').fill('Hi Sarah, could u send it ASAP??');
    await expect(page.locator('[data-rule-id="pushy"]')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the options page has no serious or critical violations', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('[data-rule-toggle]')).toHaveCount(39);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('everything in the panel is reachable with Tab, and typing never loses the composer’s focus', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    const editor = page.locator('form#msg-form-ember412 [contenteditable="true"]');
    await typeInto(page, 'form#msg-form-ember412 [contenteditable="true"]', 'Thanks Alex, send it ASAP.');
    await expect(finding(page, 'pushy')).toBeVisible();
    // While typing and while the panel updates, the focus stays in LinkedIn's composer.
    await page.keyboard.type(' Thx!');
    await expect(finding(page, 'slang')).toBeVisible();
    expect(await editor.evaluate((el) => el === document.activeElement)).toBe(true);
    // Every control of the panel can be reached with the keyboard.
    const controls = await panel(page).locator('button, summary, [tabindex="0"]').count();
    const reached = new Set<number>();
    await panel(page).locator('[data-action="pause"]').focus();
    for (let i = 0; i < controls + 2; i++) {
      const index = await page.evaluate(() => {
        const root = document.querySelector('tactful-panel')!.shadowRoot!;
        return [...root.querySelectorAll('button, summary, [tabindex="0"]')].indexOf(root.activeElement!);
      });
      if (index >= 0) reached.add(index);
      await page.keyboard.press('Tab');
    }
    expect(reached.size).toBeGreaterThanOrEqual(controls);
  });
});

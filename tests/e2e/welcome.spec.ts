import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext } from '@playwright/test';
import { EXTENSION_DIR } from './browser.ts';
import { expect, test, welcomePage } from './harness.ts';

test.use({ keepWelcome: true });

/** The extension's own API, in its pages. */
interface ChromeApi {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: unknown): Promise<{ value: { length: { limit?: number } } }> };
}

/** Chromium with the extension in a given profile, so a test can close the browser and start it again. */
async function launchIn(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  });
}

test.describe('welcome page', () => {
  test('opens on install with the three pictures, the privacy promise and a live example checked by the engine', async ({ context }) => {
    const page = (await welcomePage(context))!;
    expect(page, 'the welcome page opens on install').not.toBeNull();
    await expect(page.getByRole('heading', { name: 'Welcome to Tactful' })).toBeVisible();
    await expect(page.locator('figure')).toHaveCount(3);
    await expect(page.getByTestId('privacy')).toContainText('nothing you write is sent anywhere or stored');
    // The sample draft, checked by the real engine through the background.
    await expect(page.locator('[data-rule-id="template-phrase"]')).toBeVisible();
    await expect(page.locator('[data-rule-id="slang"]')).toBeVisible();
    await page.locator('[data-rule-id="slang"] [data-action="apply-fix"]').click();
    await expect(page.getByTestId('draft')).toHaveValue(/Could you send/);
    await expect(page.locator('[data-rule-id="slang"]')).toHaveCount(0);
    await page.getByTestId('draft').fill('Hi Sam, I enjoyed your talk on onboarding at Product Camp. Could I ask you one question about it? Thank you!');
    await expect(page.locator('[data-rule-id]')).toHaveCount(0);
    await expect(page.getByTestId('open-options')).toHaveAttribute('href', '/options.html');
  });

  test('is usable with the keyboard alone and has no serious or critical axe violations', async ({ context }) => {
    const page = (await welcomePage(context))!;
    await expect(page.locator('[data-testid="welcome-account"] input')).toHaveCount(3);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    // Tab to the account question and answer it with the arrow keys, as a keyboard user would.
    await page.getByTestId('draft').focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'account')) break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('account');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('input[name="account"]:checked')).toHaveValue(/free|premium/);
  });

  test('stores the account answer and the note limit follows it; stores where the panel lives', async ({ context, extensionId }) => {
    const page = (await welcomePage(context))!;
    await page.getByLabel('Premium: connection notes up to 300 characters').check();
    await expect(page.getByTestId('status')).toContainText('Saved');
    await page.getByLabel('In the browser’s sidebar, next to the page').check();
    await expect(page.getByTestId('status')).toContainText('Saved');
    // "Saved" is already shown from the first answer: wait for the second write itself.
    await expect
      .poll(() => page.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.get('tactful:settings'))['tactful:settings']))
      .toMatchObject({ account: 'premium', panelHome: 'side' });
    // The options page shows the same answers.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('account')).toHaveValue('premium');
    await expect(options.getByTestId('panel-home')).toHaveValue('side');
    // A 250-character note with no limit read from the page: Premium's 300 applies, then Free's 200.
    const noteLimit = () => page.evaluate(async () => {
      const reply = await (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({ type: 'lint', draft: { text: `Hi Noah, ${'x'.repeat(241)}`, kind: 'note' } });
      return reply.value.length.limit;
    });
    expect(await noteLimit()).toBe(300);
    await page.getByLabel('Free: connection notes up to 200 characters').check();
    await expect.poll(noteLimit).toBe(200);
  });

  test('opens once: not again after it is closed and the browser restarts', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'tactful-welcome-'));
    try {
      const first = await launchIn(profile);
      const welcome = await welcomePage(first);
      expect(welcome, 'opened on install').not.toBeNull();
      await welcome!.close();
      await first.close();
      const second = await launchIn(profile);
      // The service worker starts again; give it time to open a page if it (wrongly) would.
      if (second.serviceWorkers().length === 0) await second.waitForEvent('serviceworker');
      expect(await welcomePage(second, 4000), 'not opened again').toBeNull();
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

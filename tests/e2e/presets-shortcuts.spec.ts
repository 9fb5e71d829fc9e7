import { expect, finding, panel, test, typeInto } from './harness.ts';

type SyncGet = { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } };

test.describe('strictness presets', () => {
  test('the options page keeps the chosen preset and a rule changed on top of it; LinkedIn follows both', async ({ context, extensionId, serviceWorker, openLinkedIn }) => {
    const linkedin = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(linkedin, 'form#msg-form-ember412 [contenteditable="true"]', 'Thanks Alex, send it ASAP 🙂 i will read it tonight.');
    await expect(finding(linkedin, 'emoji')).toBeVisible();
    await expect(finding(linkedin, 'capitalization')).toHaveAttribute('data-severity', 'info');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('preset')).toHaveValue('balanced');
    await options.getByTestId('preset').selectOption('gentle');
    await expect(options.getByTestId('status')).toContainText('Saved');
    // Gentle: emoji and capitalization off, pushy kept.
    await expect(options.locator('[data-rule-toggle="emoji"]')).not.toBeChecked();
    await expect(options.locator('[data-rule-toggle="pushy"]')).toBeChecked();
    await expect(finding(linkedin, 'emoji')).toHaveCount(0);
    await expect(finding(linkedin, 'capitalization')).toHaveCount(0);
    await expect(finding(linkedin, 'pushy')).toBeVisible();

    // One rule changed on top of the preset: both are kept.
    await options.locator('[data-rule-toggle="emoji"]').check();
    await expect(options.getByTestId('status')).toContainText('Saved');
    await expect(options.getByTestId('preset')).toHaveValue('gentle');
    await expect(options.locator('[data-action="reset-to-preset"]')).toContainText('Undo my 1 rule change');
    const stored = (await serviceWorker.evaluate(() => (globalThis as unknown as SyncGet).chrome.storage.sync.get('tactful:settings')))['tactful:settings'];
    expect(stored).toMatchObject({ preset: 'gentle', rules: { emoji: { enabled: true } } });
    await expect(finding(linkedin, 'emoji')).toBeVisible();
    await expect(finding(linkedin, 'capitalization')).toHaveCount(0);

    // Strict: every rule on, info raised to warning; the emoji choice still stands (now equal to strict's).
    await options.getByTestId('preset').selectOption('strict');
    await expect(options.locator('[data-rule-severity="capitalization"]')).toHaveValue('warning');
    await expect(finding(linkedin, 'capitalization')).toHaveAttribute('data-severity', 'warning');
    await options.reload();
    await expect(options.getByTestId('preset')).toHaveValue('strict');
  });

  test('the popup shows the preset and changes it, and its review follows', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByTestId('draft').fill('Thanks Dana, see you at the meetup 🙂');
    await expect(popup.locator('[data-rule-id="emoji"]')).toBeVisible();
    await expect(popup.getByTestId('preset')).toHaveValue('balanced');
    await popup.getByTestId('preset').selectOption('gentle');
    await expect(popup.locator('[data-rule-id="emoji"]')).toHaveCount(0);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('preset')).toHaveValue('gentle');
  });
});

test.describe('keyboard shortcuts', () => {
  test('are declared, listed on the options page, and pause/resume reaches the conversation being written', async ({ context, extensionId, serviceWorker, openLinkedIn }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('[data-command="open-sidebar"]')).toContainText('Alt+Shift+S');
    await expect(options.locator('[data-command="toggle-pause"]')).toContainText('Pause or resume coaching');
    await options.close();

    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, 'form#msg-form-ember412 [contenteditable="true"]', 'Send it ASAP.');
    await expect(finding(page, 'pushy')).toBeVisible();
    // What the background sends when the shortcut is pressed (the key itself is the browser's to catch).
    const toggle = () =>
      serviceWorker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<{ paused: boolean | null }> } } }).chrome;
        const [tab] = await api.tabs.query({ active: true, currentWindow: true });
        return api.tabs.sendMessage(tab!.id, { type: 'togglePause' });
      });
    expect(await toggle()).toEqual({ paused: true });
    await expect(panel(page).locator('[data-action="pause"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(finding(page, 'pushy')).toHaveCount(0);
    expect(await toggle()).toEqual({ paused: false });
    await expect(finding(page, 'pushy')).toBeVisible();
  });
});

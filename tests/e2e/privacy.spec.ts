import { expect, finding, test, typeInto } from './harness.ts';

type StorageArea = { get(keys: null): Promise<Record<string, unknown>> };
type Storage = { chrome: { storage: { sync: StorageArea; local: StorageArea; session: StorageArea } } };

test.describe('privacy', () => {
  test('a draft written in LinkedIn or in the popup is kept in no persistent storage: only the popup’s in storage.session', async ({ context, extensionId, serviceWorker, openLinkedIn }) => {
    const secret = 'Zanzibar quarterly numbers';
    const linkedin = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(linkedin, 'form#msg-form-ember412 [contenteditable="true"]', `Hi Alex, here are the ${secret}, send them back ASAP.`);
    await expect(finding(linkedin, 'pushy')).toBeVisible();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByTestId('draft').fill(`Popup draft about the ${secret}.`);
    await popup.getByTestId('preset').selectOption('strict'); // a settings write too
    await expect.poll(() => popup.evaluate(async () => JSON.stringify(await (globalThis as unknown as Storage).chrome.storage.session.get(null)))).toContain(secret);
    const stored = await serviceWorker.evaluate(async () => {
      const { storage } = (globalThis as unknown as Storage).chrome;
      return JSON.stringify([await storage.sync.get(null), await storage.local.get(null)]);
    });
    expect(stored).toContain('"preset":"strict"');
    expect(stored).not.toContain(secret);
  });
});

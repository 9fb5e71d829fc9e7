import { join } from 'node:path';
import { expect, finding, panel, test, typeInto, welcomePage } from './harness.ts';

// The README's pictures, made by the suite itself on the fixture pages in our LinkedIn-like look
// (tests/fixtures/linkedin/look/), committed in docs/screenshots/.
const OUT = join(import.meta.dirname, '../../docs/screenshots');
test.use({ styledPages: true });

test.describe('screenshots for the README', () => {
  test('the panel on each surface', async ({ openLinkedIn }) => {
    const scenes = [
      { file: 'panel-messaging-page.png', fixture: 'messaging-thread', path: '/messaging/thread/2-ABC/', editor: 'form#msg-form-ember412 [contenteditable="true"]', text: 'Hey Alex, could u send the deck ASAP?? i need it today.', expectRule: 'pushy' },
      { file: 'panel-chat-bubble.png', fixture: 'profile-shadow-bubble', path: '/in/sam-sample/', editor: '#interop-outlet form.msg-form [contenteditable="true"]', text: 'Hi Sam, I came across your profile and would love to connect!', expectRule: 'template-phrase' },
      { file: 'panel-inmail.png', fixture: 'new-message-inmail', path: '/feed/', editor: 'form.msg-form [contenteditable="true"]', text: 'Hi Priya, our platform helps companies like yours boost revenue. Can I book a demo?', expectRule: 'sales-pitch' },
      { file: 'panel-connection-note.png', fixture: 'invite-ember', path: '/in/noah-fischer/', editor: 'textarea#custom-message', text: 'Hi Noah, fellow Georgia Tech alum here. Your piece on battery thermal modeling at Rivian was great. Would love to connect!', expectRule: null },
    ];
    for (const scene of scenes) {
      const page = await openLinkedIn(scene.fixture, scene.path);
      await typeInto(page, scene.editor, scene.text);
      if (scene.expectRule) await expect(finding(page, scene.expectRule).first()).toBeVisible();
      else await expect(panel(page).locator('[data-testid="verdict"]')).toHaveText('Ready to send');
      // After the writer's pause, the open checklist items show their hints.
      await expect(panel(page).locator('.check__hint').first()).toBeVisible({ timeout: 5000 });
      await page.screenshot({ path: join(OUT, scene.file) });
      await page.close();
    }
  });

  test('the sidebar', async ({ context, extensionId, openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(page, 'form#msg-form-ember412 [contenteditable="true"]', 'Hey Alex, could u send the deck ASAP?? i need it today.');
    await expect(finding(page, 'pushy').first()).toBeVisible();
    const sidebar = await context.newPage();
    await sidebar.setViewportSize({ width: 400, height: 900 });
    await sidebar.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(sidebar.locator('[data-rule-id="pushy"]').first()).toBeVisible();
    await expect(sidebar.locator('.check__hint').first()).toBeVisible({ timeout: 5000 });
    await sidebar.screenshot({ path: join(OUT, 'sidebar.png') });
  });

  test('the popup and the options page', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 460, height: 900 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByTestId('recipient').fill('Jessica Lee');
    await popup.getByTestId('draft').fill('Hi Sarah, I came across your profile and thought you would be a great fit for our platform. Could u book a demo ASAP?');
    await expect(popup.locator('[data-rule-id="wrong-name"]')).toBeVisible();
    await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('[data-rule-toggle]')).toHaveCount(39);
    await options.screenshot({ path: join(OUT, 'options.png') });
  });

  test.describe('the welcome page', () => {
    test.use({ keepWelcome: true });
    test('as it opens on install', async ({ context }) => {
      const page = (await welcomePage(context))!;
      await page.setViewportSize({ width: 1100, height: 900 });
      await expect(page.locator('[data-rule-id="template-phrase"]')).toBeVisible();
      await page.screenshot({ path: join(OUT, 'welcome.png'), fullPage: true });
    });
  });
});

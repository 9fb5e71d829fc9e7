import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, finding, panel, test, typeInto } from './harness.ts';

test.describe('popup', () => {
  test('reviews a pasted draft as it is typed, and a fix edits the draft box', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByTestId('privacy')).toContainText('nothing you write leaves your browser');
    await page.getByTestId('recipient').fill('Jessica Lee');
    await page.getByTestId('draft').click();
    await page.keyboard.type('Hi Sarah, could u send the deck ASAP?');
    await expect(page.locator('[data-rule-id="wrong-name"]')).toHaveAttribute('data-severity', 'error');
    await expect(page.locator('[data-rule-id="slang"]')).toBeVisible();
    await expect(page.getByTestId('verdict')).toHaveText('Needs work');
    await expect(page.locator('[data-check-id="greets-by-name"]')).toHaveAttribute('data-done', 'false');
    await page.locator('[data-rule-id="wrong-name"] [data-action="apply-fix"]').click();
    await expect(page.getByTestId('draft')).toHaveValue('Hi Jessica, could u send the deck ASAP?');
    await expect(page.locator('[data-check-id="greets-by-name"]')).toHaveAttribute('data-done', 'true');
    await page.locator('[data-rule-id="slang"] [data-action="dismiss"]').click();
    await expect(page.locator('[data-rule-id="slang"]')).toHaveCount(0);
  });

  test('checks notes against the account’s limit and InMail subjects', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByTestId('kind').selectOption('note');
    await page.getByTestId('draft').fill(`Hi Noah, ${'fellow Georgia Tech alum here. '.repeat(8)}`);
    await expect(page.locator('[data-rule-id="note-limit"]')).toBeVisible();
    await page.getByTestId('account').selectOption('premium');
    await expect(page.locator('[data-rule-id="note-limit"]')).toHaveCount(0);
    await page.getByTestId('kind').selectOption('inmail');
    await page.getByTestId('subject').fill('Re: hello');
    await expect(page.locator('[data-rule-id="fake-reply-subject"]')).toBeVisible();
    await page.locator('[data-rule-id="fake-reply-subject"] [data-action="apply-fix"]').click();
    await expect(page.getByTestId('subject')).toHaveValue('hello');
  });

  test('says which language it coached; the options page lists the coached languages and can fix one', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByTestId('draft').fill('Olá Carla, vi a sua palestra sobre logística no Web Summit Rio e gostaria muito de conversar. Você teria 15 minutos na próxima semana?');
    await expect(popup.locator('.language-note')).toHaveText('Coached in Portuguese');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('coached-languages')).toContainText('English, Spanish, Portuguese, French and German');
    await options.getByTestId('coaching-language').selectOption('es');
    await expect(options.getByTestId('status')).toContainText('Saved');
    await popup.reload();
    await popup.getByTestId('draft').fill('Thanks for the update on the launch.');
    await expect(popup.locator('.language-note')).toHaveText('Coached in Spanish');
  });

  test('copies the improved draft, and keeps the draft when reopened in the same session', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    // Headless Chromium cannot grant clipboard access to an extension origin: record what would be copied.
    await page.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => void ((window as unknown as { __copied: string }).__copied = text);
    });
    await page.getByTestId('draft').fill('Thx for the intro, i will send it ASAP.');
    await expect(page.locator('[data-rule-id="pushy"]')).toBeVisible();
    await page.locator('[data-action="copy"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __copied?: string }).__copied)).toBe('Thanks for the intro, I will send it when you have a moment.');
    await page.close();
    const again = await context.newPage();
    await again.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(again.getByTestId('draft')).toHaveValue('Thx for the intro, i will send it ASAP.');
  });
});

test.describe('options page', () => {
  test('shows every rule with its toggle, grouped and searchable', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('[data-rule-toggle]')).toHaveCount(39);
    await expect(page.locator('[data-rule-id="pushy"]')).toContainText('ASAP');
    await page.getByTestId('rule-search').fill('needful');
    await expect(page.locator('[data-rule-toggle]')).toHaveCount(1);
    await expect(page.locator('[data-rule-toggle="overly-formal"]')).toBeVisible();
    await page.getByTestId('rule-search').fill('');
    await page.getByTestId('rule-category').selectOption('subject');
    await expect(page.locator('[data-rule-toggle]')).toHaveCount(4);
  });

  test('turning a rule off or changing its severity applies at once in an open LinkedIn tab', async ({ context, extensionId, openLinkedIn }) => {
    const linkedin = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(linkedin, 'form#msg-form-ember412 [contenteditable="true"]', 'Thanks Alex, send it ASAP. Thx!');
    await expect(finding(linkedin, 'pushy')).toBeVisible();
    await expect(finding(linkedin, 'slang')).toHaveAttribute('data-severity', 'warning');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('[data-rule-toggle="pushy"]').uncheck();
    await options.locator('[data-rule-severity="slang"]').selectOption('error');
    await expect(options.getByTestId('status')).toContainText('Saved');
    await expect(finding(linkedin, 'pushy')).toHaveCount(0);
    await expect(finding(linkedin, 'slang')).toHaveAttribute('data-severity', 'error');
    await expect(panel(linkedin).locator('[data-testid="verdict"]')).toHaveText('Needs work');
  });

  test('a rule turned off in a LinkedIn tab shows off in an open options page, and a later change there keeps it off', async ({ context, extensionId, serviceWorker, openLinkedIn }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('[data-rule-toggle="pushy"]')).toBeChecked();
    // The user starts typing a word in the options page and leaves it there.
    await options.getByTestId('ignored-words').fill('SCRUMBAN');

    const linkedin = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(linkedin, 'form#msg-form-ember412 [contenteditable="true"]', 'Thanks Alex, send it ASAP. Thx!');
    await finding(linkedin, 'pushy').locator('[data-action="disable-rule"]').click();
    await expect(finding(linkedin, 'pushy')).toHaveCount(0);

    // Shown in the options page without a reload, and what was being typed is still there.
    await expect(options.locator('[data-rule-toggle="pushy"]')).not.toBeChecked();
    await expect(options.getByTestId('ignored-words')).toHaveValue('SCRUMBAN');
    await options.getByTestId('ignored-words').blur();
    await expect(options.getByTestId('status')).toContainText('Saved');
    await options.locator('[data-rule-toggle="slang"]').uncheck();
    await expect(options.getByTestId('status')).toContainText('Saved');

    const stored = await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get('tactful:settings'));
    expect(stored['tactful:settings']).toMatchObject({ rules: { pushy: { enabled: false }, slang: { enabled: false } }, ignoredWords: ['SCRUMBAN'] });
    await options.reload();
    await expect(options.locator('[data-rule-toggle="pushy"]')).not.toBeChecked();
    await linkedin.keyboard.type(' Send it ASAP.');
    await expect(finding(linkedin, 'slang')).toHaveCount(0);
    await expect(finding(linkedin, 'pushy')).toHaveCount(0);
  });

  test('your own phrases and words never to flag', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('phrase').fill('circle back');
    await options.getByTestId('phrase-message').fill('Say what is new instead.');
    await options.locator('[data-action="add-phrase"]').click();
    await expect(options.locator('[data-custom-phrase="circle back"]')).toBeVisible();
    await options.getByTestId('ignored-words').fill('SCRUMBAN');
    await options.getByTestId('ignored-words').blur();
    await expect(options.getByTestId('status')).toContainText('Saved');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByTestId('draft').fill('Just to circle back: we use SCRUMBAN daily.');
    await expect(popup.locator('[data-rule-id="custom-phrase"]')).toContainText('Say what is new instead.');
    await expect(popup.locator('[data-rule-id="shouting"]')).toHaveCount(0);
  });

  test('export then import round-trips; a malformed or foreign file changes nothing', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('[data-rule-toggle="emoji"]').uncheck();
    await expect(options.getByTestId('status')).toContainText('Saved');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export"]').click()]);
    const exported = join(tmpdir(), `tactful-export-${Date.now()}.json`);
    await download.saveAs(exported);
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({ version: 2, rules: { emoji: { enabled: false } } });

    await options.locator('[data-rule-toggle="emoji"]').check();
    await expect(options.locator('[data-rule-toggle="emoji"]')).toBeChecked();
    await options.getByTestId('import').setInputFiles(exported);
    await expect(options.getByTestId('status')).toContainText('Imported');
    await expect(options.locator('[data-rule-toggle="emoji"]')).not.toBeChecked();

    const broken = join(tmpdir(), `tactful-broken-${Date.now()}.json`);
    writeFileSync(broken, '{ this is not json');
    await options.getByTestId('import').setInputFiles(broken);
    await expect(options.getByTestId('status')).toContainText('not valid JSON; nothing was changed');
    const foreign = join(tmpdir(), `tactful-foreign-${Date.now()}.json`);
    writeFileSync(foreign, JSON.stringify({ theme: 'dark', bookmarks: [] }));
    await options.getByTestId('import').setInputFiles(foreign);
    await expect(options.getByTestId('status')).toContainText('not a Tactful settings export');
    await options.reload();
    await expect(options.locator('[data-rule-toggle="emoji"]')).not.toBeChecked();
  });

  test('a corrupted stored value falls back to defaults field by field', async ({ context, extensionId, serviceWorker, openLinkedIn }) => {
    await serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({
        'tactful:settings': { version: 1, rules: { slang: { enabled: false }, 'rule-from-the-future': { enabled: false } }, lengthGoals: 'garbage', surfaces: null },
      }),
    );
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('[data-rule-toggle="slang"]')).not.toBeChecked();
    await expect(options.locator('[data-length-goal="messageWords"]')).toHaveValue('150');
    await expect(options.getByTestId('status')).toContainText('rule-from-the-future');
    const linkedin = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await typeInto(linkedin, 'form#msg-form-ember412 [contenteditable="true"]', 'Thx Alex, send it ASAP.');
    await expect(finding(linkedin, 'pushy')).toBeVisible();
    await expect(finding(linkedin, 'slang')).toHaveCount(0);
  });

  test('damaged settings: the options page says so, saves nothing over them, and replaces them only when asked', async ({ context, extensionId, serviceWorker }) => {
    type Sync = { chrome: { storage: { sync: { set(v: object): Promise<void>; get(k: null): Promise<Record<string, unknown>> } } } };
    // A split value whose middle piece never arrived.
    const damaged = { 'tactful:settings': { version: 1, chunks: 3, length: 40, checksum: '0badc0de' }, 'tactful:settings#0': '{"version":1,', 'tactful:settings#2': '"ignoredWords":[]}' };
    await serviceWorker.evaluate((items) => (globalThis as unknown as Sync).chrome.storage.sync.set(items), damaged);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('damaged')).toBeVisible();
    // The refused change is undone at once (so `click`, not `uncheck`, which insists on the new state).
    await options.locator('[data-rule-toggle="pushy"]').click();
    await expect(options.getByTestId('status')).toContainText('Not saved');
    await expect(options.locator('[data-rule-toggle="pushy"]')).toBeChecked();
    expect(await serviceWorker.evaluate(() => (globalThis as unknown as Sync).chrome.storage.sync.get(null))).toEqual(damaged);

    await options.locator('[data-action="keep-shown"]').click();
    await expect(options.getByTestId('damaged')).toHaveCount(0);
    await options.locator('[data-rule-toggle="pushy"]').uncheck();
    await expect(options.getByTestId('status')).toContainText('Saved');
    const stored = await serviceWorker.evaluate(() => (globalThis as unknown as Sync).chrome.storage.sync.get(null));
    expect(stored).toEqual({ 'tactful:settings': expect.objectContaining({ rules: { pushy: { enabled: false } } }) });
  });

  test('long phrase lists are saved, split over several sync items', async ({ context, extensionId, serviceWorker }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const words = Array.from({ length: 900 }, (_, i) => `jargonword${i}`).join('\n');
    await options.getByTestId('ignored-words').fill(words);
    await options.getByTestId('ignored-words').blur();
    await expect(options.getByTestId('status')).toContainText('Saved');
    const stored = await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get(null));
    expect((stored['tactful:settings'] as { chunks: number }).chunks).toBeGreaterThan(1);
    await options.reload();
    await expect.poll(async () => (await options.getByTestId('ignored-words').inputValue()).split('\n').length).toBe(900);
  });
});

/**
 * Firefox smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (no
 * downloaded browser), with the built .output/firefox-mv2 installed as a temporary add-on. The panel
 * coaches a draft on the messaging fixture page, and the popup reviews a draft.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixtureHtml } from '../e2e/browser.ts';

const ROOT = join(import.meta.dirname, '../..');
const GECKO_ID = 'tactful@tactful.invalid';
const UUID = '5d3a7c1e-4b2f-4e6a-9c8d-7f1e2a3b4c5d'; // pinned moz-extension:// host
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser: Browser;
let profile: string;
const outside: string[] = [];

before(async () => {
  profile = await mkdtemp(join(tmpdir(), 'tactful-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // BiDi refuses to navigate to moz-extension:// pages unless system access is allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'app.update.enabled': false,
      'app.update.auto': false,
      'extensions.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  assert.equal(await browser.installExtension(join(ROOT, '.output/firefox-mv2')), GECKO_ID);
  // The install opens the welcome page once, in front; close it so the tests' pages have the focus.
  for (let i = 0; i < 50; i++) {
    const welcome = (await browser.pages()).find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) {
      await welcome.close();
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

after(async () => {
  await browser?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

async function linkedInPage(fixture: string, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url === `https://www.linkedin.com${path}`) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(fixture) });
    else if (url.startsWith('https://www.linkedin.com/')) void request.respond({ status: 204, body: '' });
    else {
      if (!url.startsWith('moz-extension://') && !url.startsWith('data:') && !url.startsWith('about:')) outside.push(url);
      void request.abort();
    }
  });
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

/** puppeteer's goto() never resolves for moz-extension:// pages over BiDi: fire it and wait for the page. */
async function openExtensionPage(page: Page, file: string): Promise<void> {
  const url = `moz-extension://${UUID}/${file}`;
  page.goto(url, { timeout: 5_000 }).catch(() => undefined);
  // Over WebDriver BiDi a wait whose page navigates under it fails at once ("Waiting failed") instead of
  // polling on in the new document: wait again until the extension page is the one loaded.
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: Math.max(1, deadline - Date.now()) }, url);
      return;
    } catch (error) {
      if (Date.now() >= deadline || !/Waiting failed|context|navigat/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const inPanel = (selector: string) => `document.querySelector('tactful-panel')?.shadowRoot?.querySelector(${JSON.stringify(selector)})`;

test('the panel coaches a draft on the messaging page (Firefox)', async () => {
  const page = await linkedInPage('messaging-thread', '/messaging/thread/2-ABC/');
  const editor = await page.waitForSelector('form#msg-form-ember412 [contenteditable="true"]');
  await editor!.click();
  await page.keyboard.type('Thanks Alex, could u send the deck ASAP?');
  await page.waitForFunction(`Boolean(${inPanel('[data-rule-id="pushy"]')})`, { timeout: 15_000 });
  await page.waitForFunction(`Boolean(${inPanel('[data-rule-id="slang"]')})`, { timeout: 15_000 });
  const score = await page.evaluate(`${inPanel('[data-testid="score"]')}?.textContent`);
  assert.match(String(score), /^\d+$/);
  const coaching = await page.evaluate(`${inPanel('[data-testid="coaching"]')}?.textContent`);
  assert.match(String(coaching), /Alex Example/);
  // A fix is a real edit in Firefox too.
  // A real click: the panel ignores clicks that a page script makes.
  const fix = await page.evaluateHandle(inPanel('[data-rule-id="slang"] [data-action="apply-fix"]'));
  await (fix as unknown as { click(): Promise<void> }).click();
  await page.waitForFunction(() => document.querySelector('form#msg-form-ember412 [contenteditable="true"]')!.textContent!.includes('could you send'), { timeout: 10_000 });
  assert.equal(await page.evaluate(() => (document.querySelector('form#msg-form-ember412 button[type="submit"]') as HTMLButtonElement).disabled), false);
  await page.close();
});

test('the popup reviews a draft (Firefox)', async () => {
  const page = await browser.newPage();
  await openExtensionPage(page, 'popup.html');
  const draft = await page.waitForSelector('[data-testid="draft"]');
  await draft!.click();
  await page.keyboard.type('Hi Sarah, I came across your profile. Send it ASAP!!');
  await page.waitForFunction(() => Boolean(document.querySelector('[data-rule-id="template-phrase"]')) && Boolean(document.querySelector('[data-rule-id="pushy"]')), { timeout: 15_000 });
  await page.close();
});

test('the sidebar page coaches the LinkedIn composer of its window and its fixes act there (Firefox)', async () => {
  const page = await linkedInPage('messaging-thread', '/messaging/thread/2-ABC/');
  const editor = await page.waitForSelector('form#msg-form-ember412 [contenteditable="true"]');
  await editor!.click();
  await page.keyboard.type('Hi Alex, could u send the deck?');
  await page.waitForFunction(`Boolean(${inPanel('[data-rule-id="slang"]')})`, { timeout: 15_000 });
  // Firefox's sidebar_action page, opened as a tab in the same window.
  const sidebar = await browser.newPage();
  await openExtensionPage(sidebar, 'sidepanel.html');
  await sidebar.waitForFunction(() => /Alex Example/.test(document.querySelector('[data-testid="coaching"]')?.textContent ?? ''), { timeout: 15_000 });
  // In the side home nothing of Tactful stays in LinkedIn's page but the underlines.
  await page.waitForFunction(() => !document.querySelector('tactful-panel'), { timeout: 10_000 });
  await sidebar.click('[data-rule-id="slang"] [data-action="apply-fix"]');
  await page.waitForFunction(() => document.querySelector('form#msg-form-ember412 [contenteditable="true"]')!.textContent!.includes('could you send'), { timeout: 10_000 });
  // Back to the page home for the tests that follow.
  await sidebar.click('[data-action="panel-home-page"]');
  await page.waitForFunction(() => Boolean(document.querySelector('tactful-panel')), { timeout: 10_000 });
  await sidebar.close().catch(() => undefined);
  await page.close();
});

test('no request left for anywhere but LinkedIn (Firefox)', () => {
  assert.deepEqual(outside, []);
});

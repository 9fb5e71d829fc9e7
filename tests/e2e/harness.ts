import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';

const ROOT = join(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, 'tests/fixtures/linkedin');
const BEHAVIOR = readFileSync(join(FIXTURES, 'behavior.js'), 'utf8');

/** A fixture page as served at a linkedin.com URL (behaviour script inlined). */
export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.html`), 'utf8').replace('<!-- behavior -->', `<script>${BEHAVIOR}</script>`);
}

export interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request the browser made, for the privacy assertions. */
  requests: string[];
  /** Opens a fixture page at https://www.linkedin.com + path. */
  openLinkedIn: (fixture: string, path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'tactful-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  requests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (request) => seen.push(request.url()));
    await use(seen);
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openLinkedIn: async ({ context, requests }, use) => {
    void requests;
    const pages = new Map<string, string>();
    // LinkedIn is never contacted: every linkedin.com request is answered from the fixtures, offline.
    await context.route('https://www.linkedin.com/**', (route) => {
      const url = new URL(route.request().url());
      const fixture = pages.get(url.pathname);
      if (fixture) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(fixture) });
      return route.fulfill({ status: 204, body: '' });
    });
    await use(async (fixture, path) => {
      pages.set(path, fixture);
      const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
      await page.goto(`https://www.linkedin.com${path}`);
      return page;
    });
  },
});

export { expect };

/** The panel's parts, through its open shadow root (Playwright locators pierce it). */
export const panel = (page: Page) => page.locator('tactful-panel');
export const finding = (page: Page, ruleId: string) => page.locator(`tactful-panel [data-rule-id="${ruleId}"]`);
export const check = (page: Page, id: string) => page.locator(`tactful-panel [data-check-id="${id}"]`);

/** Types like a person, into the focused composer. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  const target = page.locator(selector).first();
  await target.click();
  await page.keyboard.type(text, { delay: 5 });
}

/** The editor's text, one line per paragraph (LinkedIn's editor keeps a <p> per line). */
export async function editorText(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : [...el.children].map((p) => p.textContent ?? '').join('\n')));
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export const overlapsBox = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

import { rmSync } from 'node:fs';
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, routeLinkedIn } from './browser.ts';

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
    const { context, profile } = await launchWithExtension({ headless: true });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  // Automatic in every test: nothing may leave for anywhere but LinkedIn (served from fixtures) and
  // the extension itself. This is the privacy promise, asserted across the whole suite.
  requests: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('request', (request) => seen.push(request.url()));
      await use(seen);
      const outside = seen.filter((url) => !/^(?:https:\/\/www\.linkedin\.com\/|chrome-extension:\/\/|data:|blob:|about:)/.test(url));
      expect(outside, 'requests that left for outside LinkedIn').toEqual([]);
    },
    { auto: true },
  ],
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
    await routeLinkedIn(context, pages);
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

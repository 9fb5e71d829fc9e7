import { rmSync } from 'node:fs';
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, routeLinkedIn } from './browser.ts';

export interface Fixtures {
  /** Leave the welcome page that opens on install open (its own tests); other tests close it. */
  keepWelcome: boolean;
  /** Serve the fixture pages with the LinkedIn-like demo stylesheet (README pictures). */
  styledPages: boolean;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request the browser made, for the privacy assertions. */
  requests: string[];
  /** Opens a fixture page at https://www.linkedin.com + path. */
  openLinkedIn: (fixture: string, path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  keepWelcome: [false, { option: true }],
  styledPages: [false, { option: true }],
  context: async ({ keepWelcome }, use) => {
    const { context, profile } = await launchWithExtension({ headless: true });
    // A fresh profile is a first install: the welcome page opens once. Close it so tests start alike.
    if (!keepWelcome) await (await welcomePage(context))?.close();
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
  openLinkedIn: async ({ context, requests, styledPages }, use) => {
    void requests;
    const pages = new Map<string, string>();
    // LinkedIn is never contacted: every linkedin.com request is answered from the fixtures, offline.
    await routeLinkedIn(context, pages, { styled: styledPages });
    await use(async (fixture, path) => {
      pages.set(path, fixture);
      const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
      await page.goto(`https://www.linkedin.com${path}`);
      return page;
    });
  },
});

export { expect };

/** The welcome page the extension opens on install, once it has loaded (null if none opens within `timeout`). */
export async function welcomePage(context: BrowserContext, timeout = 10_000): Promise<Page | null> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

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

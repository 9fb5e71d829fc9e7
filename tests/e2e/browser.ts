import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { fixtureSource } from '../fixtures/linkedin/fixture-source.ts';

const ROOT = join(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, 'tests/fixtures/linkedin');

/**
 * A fixture page as served at a linkedin.com URL (behaviour script inlined). `styled`: with our
 * LinkedIn-like look (tests/fixtures/linkedin/look/) for the demo, the README and the store pictures.
 */
export function fixtureHtml(name: string, options: { styled?: boolean } = {}): string {
  const behavior = readFileSync(join(FIXTURES, 'behavior.js'), 'utf8');
  const html = fixtureSource(name).replace('<!-- behavior -->', `<script>${behavior}</script>`);
  if (!options.styled) return html;
  const look = readFileSync(join(FIXTURES, 'look/linkedin-look.css'), 'utf8');
  const decorate = readFileSync(join(FIXTURES, 'look/decorate.js'), 'utf8');
  // Replaced by functions: the inserted text is taken literally ($ has no special meaning).
  return html.replace('</head>', () => `<style id="demo-look">${look}</style></head>`).replace(/<\/body>(?![\s\S]*<\/body>)/, () => `<script>${decorate}</script></body>`);
}

/** Debian's Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(options: { headless: boolean }): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'tactful-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless,
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
  return { context, profile };
}

/** Answers every linkedin.com request from the fixtures (offline): `pages` maps a path to a fixture name. */
export async function routeLinkedIn(context: BrowserContext, pages: ReadonlyMap<string, string>, options: { styled?: boolean } = {}): Promise<void> {
  await context.route('https://www.linkedin.com/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    // Fixture pages that need a library (Recruiter's Quill editor) load it from here.
    if (path === '/tactful-fixture/quill.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(join(ROOT, 'node_modules/quill/dist/quill.js'), 'utf8') });
    const fixture = pages.get(path);
    if (fixture) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(fixture, options) });
    return route.fulfill({ status: 204, body: '' });
  });
}

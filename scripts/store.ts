/**
 * `npm run store`: the store listing's pictures, taken by Playwright from the built extension on the
 * demo pages (the fixtures in our LinkedIn-like look): five 1280×800 screenshots and the 440×280
 * promotional tile, written to store/. The listing texts beside them (store/listing/*.md) and
 * PRIVACY.md are written by hand; tests/build/store-assets.test.ts checks that all of it is there.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, routeLinkedIn } from '../tests/e2e/browser.ts';

const OUT = join(import.meta.dirname, '../store');
const SIZE = { width: 1280, height: 800 };
const SCENES = [
  { file: '1-chat-bubble.png', fixture: 'profile-shadow-bubble', path: '/in/sam-sample/', editor: '#interop-outlet form.msg-form [contenteditable="true"]', text: 'Hi Sam, I came across your profile and would love to connect. Could u send me your deck ASAP?' },
  { file: '2-messaging-page.png', fixture: 'messaging-thread', path: '/messaging/thread/2-ABC/', editor: 'form#msg-form-ember412 [contenteditable="true"]', text: 'Hey Alex, could u send the deck ASAP?? i need it today.' },
  { file: '3-connection-note.png', fixture: 'invite-ember', path: '/in/noah-fischer/', editor: 'textarea#custom-message', text: 'Hi Noah, fellow Georgia Tech alum here. Your piece on battery thermal modeling at Rivian was great. Would love to connect!' },
];

const { context, profile } = await launchWithExtension({ headless: true });
try {
  mkdirSync(join(OUT, 'screenshots'), { recursive: true });
  const extensionId = await extensionIdOf(context);
  await closeWelcome(context);
  await routeLinkedIn(context, new Map(SCENES.map((s) => [s.path, s.fixture])), { styled: true });

  for (const scene of SCENES) {
    const page = await context.newPage();
    await page.setViewportSize(SIZE);
    await coach(page, scene);
    await shoot(page, scene.file);
    await page.close();
  }
  await shootPopup(context, extensionId);
  if (existsSync(join(EXTENSION_DIR, 'sidepanel.html'))) await shootSidebar(context, extensionId);
  else console.log('skipped 5-sidebar.png: the build has no sidepanel.html yet (run npm run store again once it does)');
  await shootTile(context);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

async function extensionIdOf(ctx: BrowserContext): Promise<string> {
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** The welcome page opens on install; it is not part of these pictures. */
async function closeWelcome(ctx: BrowserContext): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const welcome = ctx.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function coach(page: Page, scene: { path: string; editor: string; text: string }): Promise<void> {
  await page.goto(`https://www.linkedin.com${scene.path}`);
  await page.locator(scene.editor).first().click();
  await page.keyboard.type(scene.text, { delay: 2 });
  await page.locator('tactful-panel [data-testid="score"]').first().waitFor();
  await page.waitForTimeout(2300); // the checklist's hints appear after the writer's pause
}

async function shoot(page: Page, file: string): Promise<void> {
  const path = join(OUT, 'screenshots', file);
  await page.screenshot({ path, clip: { x: 0, y: 0, ...SIZE } });
  console.log(`wrote ${path}`);
}

/** A picture placed on a 1280×800 card with a caption (for pages narrower than the store's frame). */
async function framed(ctx: BrowserContext, file: string, caption: string, pictures: { png: Buffer; width: number }[]): Promise<void> {
  const page = await ctx.newPage();
  await page.setViewportSize(SIZE);
  const images = pictures.map((p) => `<img alt="" style="width:${p.width}px" src="data:image/png;base64,${p.png.toString('base64')}">`).join('');
  await page.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:20px;background:linear-gradient(135deg,#eef3f8,#dfe8f1);font:600 26px system-ui,sans-serif;color:#1d2226">
    <div>${caption}</div><div style="display:flex;gap:0;align-items:flex-start;max-height:680px;overflow:hidden;border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.18)">${images}</div></body></html>`);
  await shoot(page, file);
  await page.close();
}

async function shootPopup(ctx: BrowserContext, extensionId: string): Promise<void> {
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 440, height: 660 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('recipient').fill('Jessica Lee');
  await popup.getByTestId('draft').fill('Hi Sarah, I came across your profile and thought you would be a great fit for our platform. Could u book a demo ASAP?');
  await popup.locator('[data-rule-id="wrong-name"]').waitFor();
  const png = await popup.screenshot();
  await popup.close();
  await framed(ctx, '4-popup.png', 'Review any draft from the toolbar, before you paste it', [{ png, width: 440 }]);
}

async function shootSidebar(ctx: BrowserContext, extensionId: string): Promise<void> {
  const linkedin = await ctx.newPage();
  await linkedin.setViewportSize({ width: 860, height: 660 });
  await linkedin.goto('https://www.linkedin.com/messaging/thread/2-ABC/');
  await linkedin.locator(SCENES[1]!.editor).first().click();
  await linkedin.keyboard.type(SCENES[1]!.text, { delay: 2 });
  const side = await ctx.newPage();
  await side.setViewportSize({ width: 360, height: 660 });
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await side.locator('[data-testid="score"]').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  const [page, panel] = [await linkedin.screenshot(), await side.screenshot()];
  await framed(ctx, '5-sidebar.png', 'Or keep the coach in the browser’s sidebar', [{ png: page, width: 860 }, { png: panel, width: 360 }]);
  await side.close();
  await linkedin.close();
}

async function shootTile(ctx: BrowserContext): Promise<void> {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><html><body style="margin:0;width:440px;height:280px;box-sizing:border-box;padding:30px 32px;background:linear-gradient(135deg,#0a66c2,#084e96);color:#fff;font-family:system-ui,sans-serif;display:flex;flex-direction:column;justify-content:space-between">
    <div style="display:flex;align-items:center;gap:14px"><div style="width:52px;height:52px;border-radius:12px;background:#fff;color:#0a66c2;font:800 34px system-ui;display:grid;place-items:center">T</div><div style="font:800 34px system-ui">Tactful</div></div>
    <div style="font:600 21px/1.3 system-ui">A private coach for your LinkedIn messages</div>
    <div style="display:flex;gap:6px;font:600 12px system-ui;white-space:nowrap">${['One-click fixes', 'Checklist &amp; score', 'Nothing leaves your browser'].map((t) => `<span style="background:rgba(255,255,255,.18);border-radius:12px;padding:4px 10px">${t}</span>`).join('')}</div></body></html>`);
  const path = join(OUT, 'promo-tile-440x280.png');
  await page.screenshot({ path, clip: { x: 0, y: 0, width: 440, height: 280 } });
  console.log(`wrote ${path}`);
  await page.close();
}

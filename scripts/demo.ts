/**
 * `npm run demo`: Tactful on the fixture pages, without a LinkedIn account. Where there is a display,
 * Chromium opens with the extension loaded; where there is none, screenshots of each surface are
 * written to demo-screenshots/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, routeLinkedIn } from '../tests/e2e/browser.ts';

const SCENES = [
  { name: 'messaging-page', fixture: 'messaging-thread', path: '/messaging/thread/2-ABC/', editor: 'form#msg-form-ember412 [contenteditable="true"]', text: 'Hey Alex, could u send the deck ASAP?? i need it today.' },
  { name: 'shadow-bubble', fixture: 'profile-shadow-bubble', path: '/in/sam-sample/', editor: '#interop-outlet form.msg-form [contenteditable="true"]', text: 'Hi Sam, I came across your profile and would love to connect!' },
  { name: 'inmail', fixture: 'new-message-inmail', path: '/feed/', editor: 'form.msg-form [contenteditable="true"]', text: 'Hi Priya, our platform helps companies like yours boost revenue. Can I book a demo?' },
  { name: 'connection-note', fixture: 'invite-ember', path: '/in/noah-fischer/', editor: 'textarea#custom-message', text: 'Hi Noah, fellow Georgia Tech alum here. Your piece on battery thermal modeling at Rivian was great. Would love to connect!' },
  { name: 'sales-navigator', fixture: 'salesnav-lead-inmail', path: '/sales/lead/ACwAAExample,NAME_SEARCH,Ab1', editor: 'form[data-x-conversation-widget] textarea[name="message"]', text: 'Hi Jordan, our platform helps companies like yours cut fuel costs by 20%. Can I book a demo?' },
  { name: 'recruiter', fixture: 'recruiter-inmail', path: '/talent/profile/AEMAExample', editor: '[data-test-compose-body] .ql-editor', text: 'Hi {firstName}, your Kafka work at {currentCompany} stood out. I lead data hiring at [Company].' },
];

const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
const { context, profile } = await launchWithExtension({ headless: !headed });
// The demo pages wear our LinkedIn-like look (tests/fixtures/linkedin/look/).
await routeLinkedIn(context, new Map(SCENES.map((s) => [s.path, s.fixture])), { styled: true });
const out = join(import.meta.dirname, '../demo-screenshots');
if (!headed) mkdirSync(out, { recursive: true });

async function play(page: Page, scene: (typeof SCENES)[number]): Promise<void> {
  await page.goto(`https://www.linkedin.com${scene.path}`);
  await page.locator(scene.editor).first().click();
  await page.keyboard.type(scene.text, { delay: headed ? 30 : 2 });
  await page.locator('tactful-panel [data-testid="score"]').first().waitFor();
  await page.waitForTimeout(2300); // let the "missing" hints appear after the pause
}

for (const scene of SCENES) {
  const page = await context.newPage();
  await play(page, scene);
  if (!headed) {
    const file = join(out, `${scene.name}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
}
if (headed) {
  console.log('Tactful is running on the demo pages. Close the browser to finish.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  await context.close();
}
rmSync(profile, { recursive: true, force: true });

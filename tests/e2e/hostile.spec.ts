import { expect, finding, panel, test, typeInto } from './harness.ts';

const PAGE_EDITOR = 'form#msg-form-ember412 [contenteditable="true"]';

test.describe('hostile input and heavy use', () => {
  test('a 100 000-character paste: the page stays responsive and the panel says it was checked in part', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration)))).observe({ type: 'longtask' });
    });
    await page.locator(PAGE_EDITOR).click();
    const text = 'Hi Alex, thanks for the notes on the roadmap. '.repeat(2200).slice(0, 100_000);
    await page.evaluate((t) => document.execCommand('insertText', false, t), text);
    await expect(panel(page)).toContainText('too long to coach fully', { timeout: 15_000 });
    await expect(finding(page, 'too-long')).toBeVisible();
    // Still responsive: typing goes on and is coached.
    await page.keyboard.type(' Send it ASAP.');
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    test.info().annotations.push({ type: 'longest task during the 100k paste (ms)', description: String(Math.round(longest)) });
    await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();
  });

  test('after pasting 17 000 "!", a new "ASAP" is flagged within the usual latency (no check left queued behind a slow one)', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await page.locator(PAGE_EDITOR).click();
    await page.evaluate(() => document.execCommand('insertText', false, '!'.repeat(17_000)));
    await expect(finding(page, 'shouting')).toBeVisible({ timeout: 5_000 });
    await page.keyboard.type(' Send it ASAP.');
    // The typing pause is 250 ms; the engine answers in tens of milliseconds even for this draft.
    await expect(finding(page, 'pushy')).toBeVisible({ timeout: 2_000 });
  });

  test('page text and drafts that look like HTML stay text: a recipient named <img onerror> is harmless', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    await page.evaluate(() => {
      (window as unknown as { __pwned: boolean }).__pwned = false;
      document.querySelector('.msg-overlay-bubble-header__title span')!.textContent = '<img src=x onerror="window.__pwned=true">';
    });
    await typeInto(page, '#msg-form-ember883 [contenteditable="true"]', 'Hi <script>window.__pwned=true</script> <b>bold</b>, thx!');
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('<img src=x onerror=');
    await expect(finding(page, 'slang')).toBeVisible();
    expect(await panel(page).locator('img, script, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned: boolean }).__pwned)).toBe(false);
  });

  test('opening and closing 50 chat bubbles leaves no panel or underline behind', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread', '/messaging/thread/2-ABC/');
    for (let i = 0; i < 50; i++) {
      await page.evaluate((n) => {
        const overlay = document.getElementById('msg-overlay')!;
        const bubble = overlay.querySelector('[role="dialog"]')!.cloneNode(true) as HTMLElement;
        bubble.id = `bubble-${n}`;
        bubble.querySelector('form')!.id = `msg-form-b${n}`;
        bubble.querySelector('[contenteditable]')!.innerHTML = '<p><br></p>';
        overlay.replaceChildren(bubble);
        (window as unknown as { __wireFixture: () => void }).__wireFixture();
      }, i);
      await page.locator(`#msg-form-b${i} [contenteditable="true"]`).click();
      await page.keyboard.type(i % 10 === 0 ? 'Thx, send it ASAP.' : 'Hi');
      if (i % 10 === 0) await expect(finding(page, 'pushy')).toBeVisible();
    }
    await page.evaluate(() => document.getElementById('msg-overlay')!.replaceChildren());
    await expect(page.locator('tactful-panel')).toHaveCount(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // Typing elsewhere still works: nothing stale is left to answer.
    await typeInto(page, PAGE_EDITOR, 'Could you send it ASAP?');
    await expect(finding(page, 'pushy')).toBeVisible();
    await expect(page.locator('tactful-panel')).toHaveCount(1);
  });
});

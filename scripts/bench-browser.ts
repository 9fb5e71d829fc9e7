/**
 * Keystroke-to-panel latency in Chromium: the built extension on the messaging fixture page, typing
 * one character at a time and timing until the panel shows the re-checked draft. The total includes
 * the typing debounce (250 ms by default); "after the pause" subtracts it.
 */
import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, routeLinkedIn } from '../tests/e2e/browser.ts';

export interface BrowserFigures {
  samples: number;
  medianMs: number;
  p95Ms: number;
  debounceMs: number;
  longestTaskMs: number;
  /** While typing 1 000 characters at full speed. */
  typing: { longTasks: number; longestTaskMs: number };
  /** Around a 100 000-character paste, until the panel has answered. */
  paste: { longestTaskMs: number; panelMs: number };
  /** One keystroke right after the worker was stopped (CDP ServiceWorker.stopAllWorkers), next to warm ones. */
  coldStart: { samples: number; warmMedianMs: number; coldMedianMs: number };
  /** While typing in a conversation of this many messages (the thread is read on each check). */
  longThread: { messages: number; longestTaskMs: number };
}

const EDITOR = 'form#msg-form-ember412 [contenteditable="true"]';
/** The q-quantile of a sample (nearest rank). */
export const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

export async function measureKeystrokeLatency(samples = 30): Promise<BrowserFigures> {
  const { context, profile } = await launchWithExtension({ headless: true });
  try {
    await routeLinkedIn(context, new Map([['/messaging/thread/2-ABC/', 'messaging-thread']]));
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/messaging/thread/2-ABC/');
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.locator(EDITOR).click();
    await page.keyboard.type('Hi Alex, thanks for the notes. ');
    await page.locator('tactful-panel[data-revision]').waitFor();
    const latencies: number[] = [];
    const text = 'Could you send the deck when you have a moment? ';
    for (let i = 0; i < samples; i++) latencies.push(await keystrokeToPanel(page, text[i % text.length]!));
    const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);

    // Long tasks while typing 1 000 characters.
    await page.evaluate(() => {
      const w = window as unknown as { __tasks: number[] };
      w.__tasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({ type: 'longtask' });
    });
    await page.keyboard.type('Thanks for the notes on the routing plan, I will share the numbers soon. '.repeat(14).slice(0, 1000));
    await page.waitForTimeout(400);
    const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);

    // A 100 000-character paste: the longest task, and how long until the panel answers.
    await page.evaluate(() => ((window as unknown as { __tasks: number[] }).__tasks = []));
    const before = await page.locator('tactful-panel').getAttribute('data-revision');
    const pasteStart = await page.evaluate(() => performance.now());
    await page.evaluate(() => document.execCommand('insertText', false, 'Hi Alex, thanks for the notes on the roadmap. '.repeat(2200).slice(0, 100_000)));
    await page.waitForFunction((previous) => document.querySelector('tactful-panel')?.getAttribute('data-revision') !== previous, before, { timeout: 20_000 });
    const pasteEnd = await page.evaluate(() => performance.now());
    const pasteTasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
    const coldStart = await measureColdStart(context, page);
    const longThread = await measureLongThread(page, 10_000);
    return {
      samples,
      medianMs: quantile(latencies, 0.5),
      p95Ms: quantile(latencies, 0.95),
      debounceMs: 250,
      longestTaskMs,
      typing: { longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks) },
      paste: { longestTaskMs: Math.max(0, ...pasteTasks), panelMs: pasteEnd - pasteStart },
      coldStart,
      longThread,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Milliseconds from one keystroke until the panel shows the re-checked draft. */
async function keystrokeToPanel(page: Page, key: string): Promise<number> {
  const before = await page.locator('tactful-panel').getAttribute('data-revision');
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.type(key);
  const end = await page.evaluate(
    (previous) =>
      new Promise<number>((resolve) => {
        const host = document.querySelector('tactful-panel')!;
        if (host.getAttribute('data-revision') !== previous) return resolve(performance.now());
        new MutationObserver((_, observer) => {
          observer.disconnect();
          resolve(performance.now());
        }).observe(host, { attributes: true, attributeFilter: ['data-revision'] });
      }),
    before,
  );
  return end - start;
}

/**
 * Warm keystrokes and keystrokes right after the browser stopped the worker, interleaved (so machine
 * noise hits both alike). The worker is stopped through CDP from an extension page, as Chrome does
 * after 30 s without events.
 */
export async function measureColdStart(context: BrowserContext, page: Page, samples = 8): Promise<BrowserFigures['coldStart']> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  const cdp = await context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  await page.bringToFront();
  await page.locator('form#msg-form-ember412 [contenteditable="true"]').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Hi Alex, thanks for the notes. ');
  await page.waitForTimeout(400);
  const warm: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < samples; i++) {
    warm.push(await keystrokeToPanel(page, 'a'));
    await page.waitForTimeout(300);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    cold.push(await keystrokeToPanel(page, 'b'));
    await page.waitForTimeout(300);
  }
  await extensionPage.close();
  return { samples, warmMedianMs: quantile(warm, 0.5), coldMedianMs: quantile(cold, 0.5) };
}

/** The longest task in the page while typing 20 characters (each one checked) in a conversation of `messages` messages. */
async function measureLongThread(page: Page, messages: number): Promise<BrowserFigures['longThread']> {
  await page.reload();
  await page.evaluate((count) => {
    const list = document.querySelector('.msg-s-message-list-content')!;
    const items: string[] = [];
    for (let i = 0; i < count; i++) {
      const other = i % 7 === 0 ? ' msg-s-event-listitem--other' : '';
      items.push(`<li class="msg-s-message-list__event clearfix"><div class="msg-s-event-listitem${other}" data-event-urn="urn:li:msg_message:${i}"><div class="msg-s-event__content"><p class="msg-s-event-listitem__body">Message ${i}</p></div></div></li>`);
    }
    list.innerHTML = items.join('');
  }, messages);
  await page.locator(EDITOR).click();
  await page.locator('tactful-panel[data-revision]').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[] };
    w.__tasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({ type: 'longtask' });
  });
  // Slower than the typing pause, so that every keystroke is checked (and the thread read).
  for (const key of 'Thanks, see you soon') {
    await page.keyboard.type(key);
    await page.waitForTimeout(300);
  }
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
  return { messages, longestTaskMs: Math.max(0, ...tasks) };
}

if (process.argv[1]?.endsWith('bench-browser.ts')) {
  const f = await measureKeystrokeLatency();
  console.log(describeFigures(f));
}

export function describeFigures(f: BrowserFigures): string {
  return [
    `keystroke → panel in Chromium (${f.samples} keystrokes): median ${f.medianMs.toFixed(0)} ms, p95 ${f.p95Ms.toFixed(0)} ms`,
    `  of which the typing pause (debounce) is ${f.debounceMs} ms: after it, median ${(f.medianMs - f.debounceMs).toFixed(0)} ms, p95 ${(f.p95Ms - f.debounceMs).toFixed(0)} ms`,
    `typing 1 000 characters: ${f.typing.longTasks} long task(s) in the page, longest ${f.typing.longestTaskMs.toFixed(0)} ms`,
    `100 000-character paste: longest task ${f.paste.longestTaskMs.toFixed(0)} ms, panel answered after ${f.paste.panelMs.toFixed(0)} ms (debounce included)`,
    `one keystroke after the worker was stopped (${f.coldStart.samples} each, interleaved): warm median ${f.coldStart.warmMedianMs.toFixed(0)} ms, cold median ${f.coldStart.coldMedianMs.toFixed(0)} ms (+${(f.coldStart.coldMedianMs - f.coldStart.warmMedianMs).toFixed(0)} ms)`,
    `typing in a ${f.longThread.messages.toLocaleString('en-US').replace(',', ' ')}-message thread: longest task ${f.longThread.longestTaskMs.toFixed(0)} ms`,
  ].join('\n');
}

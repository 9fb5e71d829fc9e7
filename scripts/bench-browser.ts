/**
 * Keystroke-to-panel latency in Chromium: the built extension on the messaging fixture page, typing
 * one character at a time and timing until the panel shows the re-checked draft. The total includes
 * the typing debounce (250 ms by default); "after the pause" subtracts it.
 */
import { rmSync } from 'node:fs';
import { launchWithExtension, routeLinkedIn } from '../tests/e2e/browser.ts';

export interface BrowserFigures {
  samples: number;
  medianMs: number;
  p95Ms: number;
  debounceMs: number;
  longestTaskMs: number;
}

const EDITOR = 'form#msg-form-ember412 [contenteditable="true"]';
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

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
    for (let i = 0; i < samples; i++) {
      const before = await page.locator('tactful-panel').getAttribute('data-revision');
      const start = await page.evaluate(() => performance.now());
      await page.keyboard.type(text[i % text.length]!);
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
      latencies.push(end - start);
    }
    const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    return { samples, medianMs: quantile(latencies, 0.5), p95Ms: quantile(latencies, 0.95), debounceMs: 250, longestTaskMs };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-browser.ts')) {
  const f = await measureKeystrokeLatency();
  console.log(`keystroke → panel (Chromium, ${f.samples} keystrokes): median ${f.medianMs.toFixed(0)} ms, p95 ${f.p95Ms.toFixed(0)} ms; after the ${f.debounceMs} ms pause: median ${(f.medianMs - f.debounceMs).toFixed(0)} ms, p95 ${(f.p95Ms - f.debounceMs).toFixed(0)} ms; longest task ${f.longestTaskMs.toFixed(0)} ms`);
}

/**
 * `tsx scripts/bench-cold.ts [samples]`: only the cold-start figure of `npm run bench` (warm and cold
 * keystroke-to-panel medians, interleaved), for quick comparisons. Needs `npx wxt build` first.
 */
import { rmSync } from 'node:fs';
import { launchWithExtension, routeLinkedIn } from '../tests/e2e/browser.ts';
import { measureColdStart } from './bench-browser.ts';

const samples = Number(process.argv[2] ?? 8);
const { context, profile } = await launchWithExtension({ headless: true });
try {
  await routeLinkedIn(context, new Map([['/messaging/thread/2-ABC/', 'messaging-thread']]));
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/messaging/thread/2-ABC/');
  const f = await measureColdStart(context, page, samples);
  console.log(`cold start (${f.samples} each, interleaved): warm median ${f.warmMedianMs.toFixed(0)} ms, cold median ${f.coldMedianMs.toFixed(0)} ms (+${(f.coldMedianMs - f.warmMedianMs).toFixed(0)} ms)`);
  if (process.env.PROBE) {
    const worker = context.serviceWorkers()[0]!;
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    const all = await ext.evaluate(() => (globalThis as any).chrome.storage.session.get(null));
    for (const [k, v] of Object.entries(all as Record<string, unknown>)) if (k.startsWith('__probe')) console.log(k, JSON.stringify(v));
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

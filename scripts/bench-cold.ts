/**
 * `tsx scripts/bench-cold.ts [samples] [--cold-conversation]`: only the cold-start figure of `npm run
 * bench` (warm and cold keystroke-to-panel medians, interleaved), for quick comparisons. Needs `npx wxt
 * build` first. `--cold-conversation`: the thread's messages from the other person are removed first,
 * so that every rule runs (the fixture is a reply in an established thread).
 */
import { rmSync } from 'node:fs';
import { launchWithExtension, routeLinkedIn } from '../tests/e2e/browser.ts';
import { measureColdStart } from './bench-browser.ts';

const samples = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 8);
const { context, profile } = await launchWithExtension({ headless: true });
try {
  await routeLinkedIn(context, new Map([['/messaging/thread/2-ABC/', 'messaging-thread']]));
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/messaging/thread/2-ABC/');
  if (process.argv.includes('--cold-conversation')) await page.evaluate(() => document.querySelectorAll('.msg-s-event-listitem--other').forEach((m) => m.closest('li')?.remove()));
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

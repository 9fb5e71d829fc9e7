/**
 * `npm run bench -- [FILE.jsonl]`: the engine's speed next to compromise's own parse of the same texts.
 *
 * Baseline (corpus README): the full compromise build, `nlp(text)` with its terms forced, on the same
 * texts, in the same process, interleaved with the engine's runs so that machine noise cancels in the
 * ratio. Also: an 8 000-character draft, the worst pathological draft (long runs of punctuation,
 * zero-width or combining characters…) at the size the engine checks, and the built bundles' sizes
 * when `.output/` exists.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { lint, MAX_CHECKED_CHARACTERS, type DraftInput } from '../src/index.ts';
import { PATHOLOGICAL_FAMILIES } from '../src/testing/pathological.ts';
import { readCorpus } from './read-corpus.ts';
import { detectLanguage } from '../src/languages/detect.ts';
import { clearTaggerCache } from '../src/text/nlp.ts';
import { describeFigures, measureKeystrokeLatency, quantile } from './bench-browser.ts';

const SAMPLE: DraftInput[] = [
  { text: 'Hi Elena, I watched your PyCon talk on async testing twice. I am an engineering manager at Babbel. Would you be open to a 30-minute call in May? Thank you!', recipient: { name: 'Elena Petrova' } },
  { text: 'Hey bro, saw ur post abt the devrel role. u gonna be hiring more ppl? lmk lol' },
  { text: 'Respected Sir, I humbly request you to kindly consider my profile. Kindly do the needful and revert at the earliest. Yours faithfully, Suresh' },
];

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
const drafts: DraftInput[] = file ? readCorpus(file).map((l) => l as unknown as DraftInput) : SAMPLE;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const baseline = (text: string) => nlp(text).terms().out('array').length;
const engine = (draft: DraftInput) => lint(draft).findings.length;

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
const median = (xs: number[]) => quantile(xs, 0.5);
const ms = (x: number) => `${x.toFixed(2)} ms`;

// Warm both up (JIT, compromise's lexicon) before measuring.
for (const d of drafts.slice(0, 20)) {
  engine(d);
  baseline(d.text);
}

const enginePerDraft: number[][] = drafts.map(() => []);
const baselinePerDraft: number[][] = drafts.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  drafts.forEach((d, i) => {
    // Alternate which goes first, so neither always runs on a warmer cache.
    if ((round + i) % 2 === 0) {
      enginePerDraft[i]!.push(time(() => engine(d)));
      baselinePerDraft[i]!.push(time(() => baseline(d.text)));
    } else {
      baselinePerDraft[i]!.push(time(() => baseline(d.text)));
      enginePerDraft[i]!.push(time(() => engine(d)));
    }
  });
}
// Cold: each draft seen for the first time (the tagger's per-sentence cache emptied before it).
const cold: number[] = [];
const coldBaseline: number[] = [];
for (const d of drafts) {
  clearTaggerCache();
  cold.push(time(() => engine(d)));
  coldBaseline.push(time(() => baseline(d.text)));
}
const engineLatency = enginePerDraft.map(median);
const baselineLatency = baselinePerDraft.map(median);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

console.log(`corpus: ${file ?? 'built-in sample'} (${drafts.length} drafts, ${ROUNDS} interleaved rounds)`);
console.log('                      engine      compromise   ratio');
console.log(`per-draft median   ${ms(median(engineLatency)).padStart(10)}  ${ms(median(baselineLatency)).padStart(12)}   ${(median(engineLatency) / median(baselineLatency)).toFixed(2)}`);
console.log(`per-draft p95      ${ms(quantile(engineLatency, 0.95)).padStart(10)}  ${ms(quantile(baselineLatency, 0.95)).padStart(12)}   ${(quantile(engineLatency, 0.95) / quantile(baselineLatency, 0.95)).toFixed(2)}`);
console.log(`whole corpus       ${ms(sum(engineLatency)).padStart(10)}  ${ms(sum(baselineLatency)).padStart(12)}   ${(sum(engineLatency) / sum(baselineLatency)).toFixed(2)}`);
console.log(`cold, first sight  ${ms(median(cold)).padStart(10)}  ${ms(median(coldBaseline)).padStart(12)}   ${(median(cold) / median(coldBaseline)).toFixed(2)}   (median; p95 ${ms(quantile(cold, 0.95))} vs ${ms(quantile(coldBaseline, 0.95))})`);

// An 8 000-character draft: corpus texts joined into paragraphs.
let long = '';
for (let i = 0; long.length < 8000; i++) long += `${drafts[i % drafts.length]!.text}\n\n`;
long = long.slice(0, 8000);
const longDraft: DraftInput = { text: long, kind: 'message' };
const longEngine: number[] = [];
const longBaseline: number[] = [];
for (let i = 0; i < 15; i++) {
  clearTaggerCache();
  longEngine.push(time(() => engine(longDraft)));
  longBaseline.push(time(() => baseline(long)));
}
console.log(`8 000-char, cold   ${ms(median(longEngine)).padStart(10)}  ${ms(median(longBaseline)).padStart(12)}   ${(median(longEngine) / median(longBaseline)).toFixed(2)}`);

// Re-checking the 8 000-character draft after a one-character edit (what typing does). Each edit is new
// text. The first edits of a process also pay for V8 optimizing the long-draft paths; a worker that
// has been typing for a while no longer does, so both are printed: the first 30 edits, then 30 more
// after 60 unmeasured ones.
const editedAt = (i: number) => {
  const at = Math.floor((i * 7919) % long.length);
  return `${long.slice(0, at)}${String.fromCharCode(97 + (i % 26))}${long.slice(at)}`;
};
const reCheck = (from: number) => Array.from({ length: 30 }, (_, i) => {
  const edited = editedAt(from + i);
  return time(() => engine({ text: edited, kind: 'message' }));
});
const firstEdits = reCheck(0);
reCheck(30);
reCheck(60);
const warmEdits = reCheck(90);
console.log(`8 000-char draft, re-checked after a one-character edit: median ${ms(median(warmEdits))}, p95 ${ms(quantile(warmEdits, 0.95))} while typing; first 30 edits of the process median ${ms(median(firstEdits))}, p95 ${ms(quantile(firstEdits, 0.95))}`);

// Language detection of a 1 000-character draft (languages.md §2.2: under 0.1 ms), and each coached
// language's per-draft median on its own corpus (tests/corpus/<code>/tune.jsonl).
{
  const sample = 'Hola Lucía, vi tu charla en la PyConES de Granada sobre tipado gradual en Python y me quedé con ganas de saber más sobre cómo lo aplicasteis en Cabify. Soy desarrollador backend en una fintech de Valencia. ¿Tendrías 20 minutos la semana que viene? Gracias de antemano. '.repeat(4).slice(0, 1000);
  for (let i = 0; i < 500; i++) detectLanguage(sample);
  const detection = Array.from({ length: 30 }, () => time(() => { for (let i = 0; i < 100; i++) detectLanguage(sample); }) / 100);
  console.log(`language detection, 1 000 characters: median ${(median(detection) * 1000).toFixed(1)} µs`);
  const perLanguage: string[] = [];
  for (const code of ['es', 'pt', 'fr', 'de']) {
    const path = join(import.meta.dirname, '..', 'tests', 'corpus', code, 'tune.jsonl');
    if (!existsSync(path)) continue;
    const texts = readCorpus(path).map((line) => line as unknown as DraftInput);
    for (const d of texts) engine(d);
    perLanguage.push(`${code} ${ms(median(texts.map((d) => time(() => engine({ ...d, text: `${d.text} ` })))))}`);
  }
  console.log(`per-draft median by language (first sight of each draft): ${perLanguage.join(', ')}`);
}

// Pathological drafts at the size the engine checks: the worst family's median (goal: under 100 ms).
const PATHOLOGICAL_ROUNDS = 5;
const pathological = PATHOLOGICAL_FAMILIES.map((family) => {
  const text = family.make(MAX_CHECKED_CHARACTERS);
  // Each round a draft not seen before (one character shorter): the engine remembers what it matched per paragraph,
  // so the same draft again would time that memory, not the scan.
  const times = Array.from({ length: PATHOLOGICAL_ROUNDS }, (_, round) => {
    const draft: DraftInput = { text: text.slice(0, text.length - 1 - round) };
    return time(() => engine(draft));
  });
  return { name: family.name, median: median(times) };
}).sort((a, b) => b.median - a.median);
const worst = pathological[0]!;
console.log(
  `pathological ${MAX_CHECKED_CHARACTERS.toLocaleString('en').replace(',', ' ')}-char, worst of ${pathological.length} families: ${ms(worst.median)} (median of ${PATHOLOGICAL_ROUNDS}) for ${worst.name}; next ${pathological
    .slice(1, 3)
    .map((p) => `${p.name} ${ms(p.median)}`)
    .join(', ')}`,
);

const output = '.output';
if (existsSync(output)) {
  console.log('\nbundles (minified, bytes):');
  for (const target of readdirSync(output).filter((d) => statSync(join(output, d)).isDirectory())) {
    const files: [string, number][] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(js|css|html)$/.test(name)) files.push([path.slice(output.length + 1), statSync(path).size]);
      }
    };
    walk(join(output, target));
    for (const [path, size] of files.sort()) console.log(`  ${path.padEnd(50)} ${String(size).padStart(9)}`);
  }
  for (const zip of readdirSync(output).filter((f) => f.endsWith('.zip'))) console.log(`  ${zip.padEnd(50)} ${String(statSync(join(output, zip)).size).padStart(9)}`);
}

// In the browser: keystroke-to-panel latency (needs the built extension and Debian's Chromium).
if (!process.argv.includes('--no-browser') && existsSync('.output/chrome-mv3/manifest.json') && existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.log(`\n${describeFigures(await measureKeystrokeLatency())}`);
}

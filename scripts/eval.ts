/**
 * `npm run eval -- FILE.jsonl [FILE.jsonl …] [--verbose]`: precision and recall of the engine on labeled
 * corpora, overall and, when the lines carry a `lang` label, for each language separately.
 * Scoring (corpus README): micro-averaged over (draft, rule) pairs; the seven "soft" rules are not
 * counted as false positives when they fire unlisted; a clean draft is "flagged" when a non-soft rule
 * fires with severity warning or error.
 */
import { lint, type DraftInput } from '../src/index.ts';
import { readCorpus } from './read-corpus.ts';
import { SOFT_RULES as SOFT } from './soft-rules.ts';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const verbose = args.includes('--verbose');
if (files.length === 0) {
  console.error('usage: npm run eval -- FILE.jsonl [FILE.jsonl …] [--verbose]');
  process.exit(2);
}
/** Totals per language label (the `lang` field; English when absent): the languages are reported separately. */
const perLanguage = new Map<string, { tp: number; fp: number; fn: number; clean: number; cleanFlagged: number; drafts: number }>();
const languageTally = (lang: string) => perLanguage.get(lang) ?? perLanguage.set(lang, { tp: 0, fp: 0, fn: 0, clean: 0, cleanFlagged: 0, drafts: 0 }).get(lang)!;

const perRule = new Map<string, { tp: number; fp: number; fn: number }>();
const tally = (rule: string) => perRule.get(rule) ?? perRule.set(rule, { tp: 0, fp: 0, fn: 0 }).get(rule)!;
let cleanDrafts = 0;
let cleanFlagged = 0;
let checklistAgree = 0;
let checklistTotal = 0;
const misses: string[] = [];

const relabeledByRevision2: string[] = [];

for (const line of files.flatMap((file) => readCorpus(file))) {
  if (line.labelsByRevision2) relabeledByRevision2.push(line.id);
  const report = lint(line as unknown as DraftInput);
  const expected = new Set(line.expect ?? []);
  const label = (line as unknown as { lang?: unknown }).lang;
  const lang = languageTally(typeof label === 'string' ? label : 'en');
  lang.drafts++;
  const fired = new Map<string, string>();
  for (const f of report.findings) if (!fired.has(f.ruleId)) fired.set(f.ruleId, f.severity);
  for (const rule of expected) {
    if (fired.has(rule)) (tally(rule).tp++, lang.tp++);
    else {
      tally(rule).fn++;
      lang.fn++;
      misses.push(`${line.id} FN ${rule}`);
    }
  }
  for (const [rule, severity] of fired) {
    if (expected.has(rule) || SOFT.has(rule)) continue;
    tally(rule).fp++;
    lang.fp++;
    const f = report.findings.find((x) => x.ruleId === rule)!;
    misses.push(`${line.id} FP ${rule} (${severity}) ${f.excerpt ? JSON.stringify(f.excerpt) : f.message}`);
  }
  if (expected.size === 0) {
    cleanDrafts++;
    lang.clean++;
    if ([...fired].some(([rule, severity]) => !SOFT.has(rule) && severity !== 'info')) (cleanFlagged++, lang.cleanFlagged++);
  }
  for (const [id, want] of Object.entries(line.checklist ?? {})) {
    const item = report.checklist.find((c) => c.id === id);
    checklistTotal++;
    if (item && item.done === want) checklistAgree++;
    else if (verbose) misses.push(`${line.id} checklist ${id}: expected ${want}, got ${item?.done}`);
  }
}

let tp = 0;
let fp = 0;
let fn = 0;
console.log('rule                    TP   FP   FN  precision  recall');
for (const [rule, c] of [...perRule].sort(([a], [b]) => a.localeCompare(b))) {
  tp += c.tp;
  fp += c.fp;
  fn += c.fn;
  const p = c.tp + c.fp ? (c.tp / (c.tp + c.fp)).toFixed(2) : '  - ';
  const r = c.tp + c.fn ? (c.tp / (c.tp + c.fn)).toFixed(2) : '  - ';
  console.log(`${rule.padEnd(22)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${p.padStart(9)}  ${r.padStart(6)}`);
}
const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
console.log(`\nprecision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (TP ${tp}, FP ${fp}, FN ${fn})`);
console.log(`clean drafts flagged: ${cleanFlagged} of ${cleanDrafts}`);
if (checklistTotal > 0) console.log(`checklist agreement: ${((checklistAgree / checklistTotal) * 100).toFixed(1)}% (${checklistAgree}/${checklistTotal})`);
if (relabeledByRevision2.length > 0) {
  console.log(`labels per revision 2 (tests/corpus/revision-2-labels.json): ${relabeledByRevision2.join(', ')}`);
}
if (perLanguage.size > 1 || !perLanguage.has('en')) {
  console.log('\nlanguage  drafts  precision  recall  clean flagged');
  for (const [code, t] of [...perLanguage].sort(([a], [b]) => a.localeCompare(b))) {
    const p = (t.tp / Math.max(1, t.tp + t.fp)).toFixed(3);
    const r = (t.tp / Math.max(1, t.tp + t.fn)).toFixed(3);
    console.log(`${code.padEnd(8)}  ${String(t.drafts).padStart(6)}  ${p.padStart(9)}  ${r.padStart(6)}  ${t.cleanFlagged} of ${t.clean}`);
  }
}
if (verbose && misses.length > 0) console.log(`\n${misses.join('\n')}`);

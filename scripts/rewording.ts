/**
 * `npm run rewording -- PARAPHRASES.jsonl ORIGINALS.jsonl`: does the engine recognise meaning rather
 * than wording? Each paraphrase line names its original (`paraphraseOf`); the two must get the same
 * findings: the same set of rules, soft rules left out (they are judgement calls by design).
 * The paraphrases were written before the engine was run on them.
 */
import { lint, type DraftInput } from '../src/index.ts';
import { readCorpus } from './read-corpus.ts';
import { SOFT_RULES } from './soft-rules.ts';

const [paraphrasesPath, originalsPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!paraphrasesPath || !originalsPath) {
  console.error('usage: npm run rewording -- PARAPHRASES.jsonl ORIGINALS.jsonl');
  process.exit(2);
}
const originals = new Map(readCorpus(originalsPath).map((line) => [line.id, line]));
const rulesFired = (line: unknown) =>
  [...new Set(lint(line as DraftInput).findings.map((f) => f.ruleId))].filter((id) => !SOFT_RULES.has(id)).sort();

let same = 0;
const differ: string[] = [];
const paraphrases = readCorpus(paraphrasesPath);
for (const paraphrase of paraphrases) {
  const original = originals.get(String(paraphrase.paraphraseOf));
  if (!original) throw new Error(`${paraphrase.id}: no original ${String(paraphrase.paraphraseOf)}`);
  const a = rulesFired(original);
  const b = rulesFired(paraphrase);
  if (a.join() === b.join()) same++;
  else differ.push(`${paraphrase.id}: original [${a.join(', ')}] · paraphrase [${b.join(', ')}]`);
}
console.log(`same findings after rewording: ${same} of ${paraphrases.length}`);
if (process.argv.includes('--verbose')) for (const line of differ) console.log(line);

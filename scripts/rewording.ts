/**
 * `npm run rewording -- PARAPHRASES.jsonl ORIGINALS.jsonl`: does the engine recognise meaning rather
 * than wording? Each paraphrase line names its original (`paraphraseOf`); the two must get the same
 * findings: the same set of rules, soft rules left out (they are judgement calls by design).
 * The paraphrases were written before the engine was run on them.
 */
import { readCorpus } from './read-corpus.ts';
import { rewordingAgreement } from './rewording-agreement.ts';

const [paraphrasesPath, originalsPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!paraphrasesPath || !originalsPath) {
  console.error('usage: npm run rewording -- PARAPHRASES.jsonl ORIGINALS.jsonl');
  process.exit(2);
}
const paraphrases = readCorpus(paraphrasesPath);
const { same, differ } = rewordingAgreement(paraphrases, readCorpus(originalsPath));
console.log(`same findings after rewording: ${same} of ${paraphrases.length}`);
if (process.argv.includes('--verbose')) for (const line of differ) console.log(line);

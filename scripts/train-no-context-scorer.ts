/**
 * `npm run train:no-context`: trains the no-context scorer on the English cold drafts of the wild
 * collection's tune half (never on check) and writes src/rules/no-context/scorer/weights.ts.
 * Deterministic: the same tune file gives the same weights (tests/unit/no-context-scorer.test.ts checks it).
 */
import { writeFileSync } from 'node:fs';
import { readCorpus } from './read-corpus.ts';
import { trainScorers, trainingDrafts, type CorpusLine } from '../src/rules/no-context/scorer/train.ts';
import { renderWeights } from '../src/rules/no-context/scorer/render-weights.ts';

const TUNE = 'tests/corpus/wild/tune.jsonl';
const OUT = 'src/rules/no-context/scorer/weights.ts';
const drafts = trainingDrafts(readCorpus(TUNE) as unknown as CorpusLine[]);
const models = trainScorers(drafts);
writeFileSync(OUT, renderWeights(models, drafts.length));
console.log(`trained on ${drafts.length} cold English drafts of ${TUNE}: ${Object.keys(models.sum.weights).length} + ${Object.keys(models.root.weights).length} weights → ${OUT}`);

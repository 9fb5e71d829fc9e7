import { lint, type DraftInput } from '../src/index.ts';
import type { CorpusLine } from './read-corpus.ts';
import { SOFT_RULES } from './soft-rules.ts';

/** The rules a draft gets, soft rules left out (they are judgement calls by design), sorted. */
export const hardRulesFired = (line: CorpusLine): string[] =>
  [...new Set(lint(line as unknown as DraftInput).findings.map((f) => f.ruleId))].filter((id) => !SOFT_RULES.has(id)).sort();

/** How many paraphrases get the same rules as the original they name (`paraphraseOf`), and which differ. */
export function rewordingAgreement(paraphrases: CorpusLine[], originals: CorpusLine[]): { same: number; differ: string[] } {
  const byId = new Map(originals.map((line) => [line.id, line]));
  let same = 0;
  const differ: string[] = [];
  for (const paraphrase of paraphrases) {
    const original = byId.get(String(paraphrase.paraphraseOf));
    if (!original) throw new Error(`${paraphrase.id}: no original ${String(paraphrase.paraphraseOf)}`);
    const a = hardRulesFired(original);
    const b = hardRulesFired(paraphrase);
    if (a.join() === b.join()) same++;
    else differ.push(`${paraphrase.id}: original [${a.join(', ')}] · paraphrase [${b.join(', ')}]`);
  }
  return { same, differ };
}

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/read-corpus.ts';
import { rewordingAgreement } from '../../scripts/rewording-agreement.ts';

// Tune's paraphrases (written before the engine ran on them): the same meaning in other words must get
// the same rules. Only tune is read here; check's paraphrases are measured, never tested against.
const wild = join(import.meta.dirname, 'wild');
const originals = readCorpus(join(wild, 'tune.jsonl'));
const paraphrases = readCorpus(join(wild, 'tune-paraphrases.jsonl'));

describe('tune paraphrases', () => {
  it('each names a tune draft and keeps its kind, recipient, thread and labels', () => {
    const byId = new Map(originals.map((line) => [line.id, line]));
    for (const paraphrase of paraphrases) {
      const original = byId.get(String(paraphrase.paraphraseOf));
      expect(original, paraphrase.id).toBeDefined();
      expect([`${original!.id}-p`, `${original!.id}-p2`]).toContain(paraphrase.id);
      for (const field of ['kind', 'recipient', 'thread', 'expect'] as const) expect(paraphrase[field], `${paraphrase.id} ${field}`).toEqual(original![field]);
    }
  });

  // A floor, not a target: 108 of 110 after round 6 (40 of 50 after round 5, before round 6's 60 were added;
  // the other 2 differ in no-context and in sales-pitch on one-on-one mentoring). 220 drafts are linted: on a
  // loaded 2-core machine that takes more than vitest's default 5 s.
  it('get the same rules as their originals at least 108 times in 110', { timeout: 60_000 }, () => {
    const { same, differ } = rewordingAgreement(paraphrases, originals);
    expect(paraphrases).toHaveLength(110);
    expect(same, differ.join('\n')).toBeGreaterThanOrEqual(108);
  });
});

import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** One labeled line of an evaluation corpus (format: see the corpus README). */
export interface CorpusLine {
  id: string;
  text: string;
  expect?: string[];
  checklist?: Record<string, boolean>;
  /** Set when revision 2's labels replaced the shared corpus's (tests/corpus/revision-2-labels.json). */
  labelsByRevision2?: boolean;
  [field: string]: unknown;
}

/** Shared-corpus lines whose labels revision 2 of the rule catalogue changes (tests/corpus/revision-2-labels.json). */
const REVISION_2 = JSON.parse(readFileSync(join(import.meta.dirname, '../tests/corpus/revision-2-labels.json'), 'utf8')) as {
  lines: Record<string, { expect: string[]; why: string }>;
};
const SHARED_CORPORA = new Set(['dev.jsonl', 'second.jsonl']);

export function readCorpus(path: string): CorpusLine[] {
  const lines = readLines(path);
  if (!SHARED_CORPORA.has(basename(path))) return lines;
  return lines.map((line) => {
    const relabel = REVISION_2.lines[line.id];
    if (!relabel) return line;
    return { ...line, expect: relabel.expect, labelsByRevision2: true };
  });
}

function readLines(path: string): CorpusLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      try {
        return JSON.parse(line) as CorpusLine;
      } catch {
        throw new Error(`${path}:${i + 1}: not valid JSON`);
      }
    });
}

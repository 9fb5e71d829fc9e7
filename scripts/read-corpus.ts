import { readFileSync } from 'node:fs';

/** One labeled line of an evaluation corpus (format: see the corpus README). */
export interface CorpusLine {
  id: string;
  text: string;
  expect?: string[];
  checklist?: Record<string, boolean>;
  [field: string]: unknown;
}

export function readCorpus(path: string): CorpusLine[] {
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

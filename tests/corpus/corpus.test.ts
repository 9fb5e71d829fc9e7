import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type DraftInput } from '../../src/index.ts';

// The project's own precision fixture: ordinary professional messages that must get no warning or error.
const lines = readFileSync(join(import.meta.dirname, 'professional.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as DraftInput & { id: string });

describe('professional messages stay clean', () => {
  it.each(lines.map((l) => [l.id, l] as const))('%s', (_id, draft) => {
    const report = lint(draft);
    const loud = report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.excerpt ?? f.message}`);
    expect(loud).toEqual([]);
    expect(report.verdict).not.toBe('needs-work');
  });
});

// The project's own recall fixture: drafts with problems, each listing the rules that must fire.
const flagged = readFileSync(join(import.meta.dirname, 'flagged.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as DraftInput & { id: string; mustFlag: string[] });

describe('drafts with problems are flagged', () => {
  it.each(flagged.map((l) => [l.id, l] as const))('%s', (_id, { mustFlag, ...draft }) => {
    const fired = new Set<string>(lint(draft).findings.map((f) => f.ruleId));
    expect(mustFlag.filter((id) => !fired.has(id))).toEqual([]);
  });
});

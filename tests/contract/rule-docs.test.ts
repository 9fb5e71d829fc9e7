import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.ts';
import { rules } from '../../src/rules/index.ts';

interface Example {
  text: string;
  context: Record<string, unknown>;
}

/** Reads "- ✗ text <!-- {json context} -->" lines under a heading. */
function examples(readme: string, heading: string, mark: string): Example[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith(`- ${mark} `))
    .map((line) => {
      const m = /^- . (.*?)(?:\s*<!--\s*(\{.*\})\s*-->)?$/.exec(line)!;
      return { text: m[1]!, context: m[2] ? JSON.parse(m[2]) : {} };
    });
}

describe.each(rules.map((r) => [r.meta.id, r] as const))('README of %s', (id, rule) => {
  const readme = readFileSync(join(import.meta.dirname, '../../src/rules', id, 'README.md'), 'utf8');

  it('has the fixed headings, and its description and why are the rule’s own', () => {
    const lines = readme.split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    expect(lines[2]).toBe(rule.meta.description);
    expect(readme).toContain(`> ${rule.meta.why}`);
    for (const heading of ['## Flags', '## Stays quiet on', '## Options']) expect(readme).toContain(heading);
  });

  it('every ✗ example is flagged by the rule and every ✓ example is not', () => {
    const flagged = examples(readme, 'Flags', '✗');
    const quiet = examples(readme, 'Stays quiet on', '✓');
    expect(quiet.length).toBeGreaterThan(0);
    for (const e of flagged) expect(lint({ text: e.text, ...e.context }).findings.map((f) => f.ruleId), e.text).toContain(id);
    for (const e of quiet) expect(lint({ text: e.text, ...e.context }).findings.map((f) => f.ruleId), e.text).not.toContain(id);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { examplesModule, ruleTable } from '../../scripts/update-readme.ts';

it('the README lists every rule as the registry describes it (run `npm run docs` after changing a rule)', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  expect(readme).toContain(ruleTable());
});

it('the options page’s examples come from the rules’ READMEs (run `npm run docs`)', () => {
  expect(readFileSync(join(import.meta.dirname, '../../src/rules/examples.ts'), 'utf8')).toBe(examplesModule());
});

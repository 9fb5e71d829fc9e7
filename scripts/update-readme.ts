/**
 * `npm run docs`: rewrites the rule table in README.md (between the rule-table markers) from the
 * registry, so the README never drifts from the rules. tests/contract/readme.test.ts checks it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../src/index.ts';

export const START = '<!-- rule-table:start -->';
export const END = '<!-- rule-table:end -->';

export function ruleTable(): string {
  const rows = catalog().map((r) => `| [\`${r.id}\`](src/rules/${r.id}/README.md) | ${r.severity} | ${r.category} | ${r.fixable ? 'yes' : ''} | ${r.description} |`);
  return [START, '| rule | severity | category | fix | flags |', '|---|---|---|---|---|', ...rows, END].join('\n');
}

if (process.argv[1]?.endsWith('update-readme.ts')) {
  const path = join(import.meta.dirname, '../README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error('README.md has no rule-table markers');
  writeFileSync(path, readme.slice(0, start) + ruleTable() + readme.slice(end + END.length));
}

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

// The warnings we accept, each explained in the README: Preact's renderer assigns innerHTML (only for
// dangerouslySetInnerHTML, which Tactful never uses), and zod contains a `Function` JIT that Tactful
// switches off (`z.config({ jitless: true })`).
const EXPLAINED = new Set(['UNSAFE_VAR_ASSIGNMENT', 'DANGEROUS_EVAL']);

it('web-ext lint finds no error in the Firefox build, and only explained warnings', () => {
  const bin = join(ROOT, 'node_modules/.bin/web-ext');
  let output: string;
  try {
    output = execFileSync(bin, ['lint', '--source-dir', join(ROOT, '.output/firefox-mv2'), '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(output.slice(output.indexOf('{'))) as { summary: { errors: number }; errors: { code: string }[]; warnings: { code: string }[] };
  expect(report.errors.map((e) => e.code)).toEqual([]);
  expect(report.summary.errors).toBe(0);
  expect(report.warnings.map((w) => w.code).filter((code) => !EXPLAINED.has(code))).toEqual([]);
}, 60_000);

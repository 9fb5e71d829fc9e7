import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const OUTPUT = join(import.meta.dirname, '../../.output');
const list = (suffix: string) => {
  const zip = readdirSync(OUTPUT).find((f) => f.endsWith(suffix));
  expect(zip, `${suffix} (npm run zip)`).toBeDefined();
  return execFileSync('unzip', ['-Z1', join(OUTPUT, zip!)], { encoding: 'utf8' }).trim().split('\n');
};

it('npm run zip makes the Chrome and Firefox packages with manifest, icons and locales', () => {
  for (const suffix of ['-chrome.zip', '-firefox.zip']) {
    const files = list(suffix);
    for (const needed of ['manifest.json', 'background.js', 'content-scripts/linkedin.js', 'popup.html', 'options.html', 'icon/128.png', '_locales/en/messages.json']) {
      expect(files, `${needed} in ${suffix}`).toContain(needed);
    }
  }
});

it('the sources zip is clean: no dependencies, build output, logs, test results or caches', () => {
  const files = list('-sources.zip');
  expect(files).toContain('package.json');
  expect(files).toContain('package-lock.json');
  expect(files).toContain('wxt.config.ts');
  expect(files.some((f) => f.startsWith('src/rules/'))).toBe(true);
  expect(files.filter((f) => /^(node_modules|\.output|dist|test-results|playwright-report|demo-screenshots|coverage|\.wxt)\/|\.log$/.test(f))).toEqual([]);
});

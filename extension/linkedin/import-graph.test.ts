import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of extension/linkedin, read from the source: data flows one way, coach → registry →
 * a platform's adapter → shared helpers (dom, selectors, …), so no module may reach back up. Type-only
 * imports count: a cycle of types still ties two modules into one.
 */
const ROOT = import.meta.dirname;
const EXTENSION = resolve(ROOT, '..');

/** Every module under extension/linkedin, as a path relative to it ("platforms/recruiter/adapter.ts"). */
function modules(dir: string = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

/** `import … from '…'`, `import '…'`, `export … from '…'` and `import('…')`, type-only ones included. */
const SPECIFIER = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The modules of extension/linkedin that `file` imports. */
function importsOf(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2]!;
    const target = specifier.startsWith('.') ? resolve(ROOT, dirname(file), specifier) : specifier.startsWith('@/') ? join(EXTENSION, specifier.slice(2)) : null;
    const path = target && relative(ROOT, target);
    if (path && !path.startsWith('..')) found.push(path);
  }
  return found;
}

function importGraph(): Map<string, string[]> {
  return new Map(modules().map((file) => [file, importsOf(file, readFileSync(join(ROOT, file), 'utf8'))]));
}

/** Each import cycle once, as the chain of modules that closes it ("a.ts → b.ts → a.ts"). */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) return void found.push([...path.slice(at), file].join(' → '));
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return found;
}

/** Which layer a module is in: the registry and the draft reader on top, then one folder per platform, then shared helpers. */
function layerOf(file: string): string {
  if (file === 'registry.ts' || file === 'read-draft.ts') return 'top';
  return /^platforms\/([^/]+)\//.exec(file)?.[1] ?? 'shared';
}

describe('the import graph of extension/linkedin', () => {
  const graph = importGraph();

  it('is read from the source (the registry imports every platform’s adapter)', () => {
    expect(graph.get('registry.ts')).toEqual(expect.arrayContaining(['platforms/linkedin/adapter.ts', 'platforms/sales-navigator/adapter.ts', 'platforms/recruiter/adapter.ts']));
    expect(importsOf('x.ts', "import type { A } from './a.ts';\nexport { b } from './b.ts';\nimport * as C from '@/linkedin/c.ts';\nimport '../outside.ts';")).toEqual(['a.ts', 'b.ts', 'c.ts']);
  });

  it('has no import cycles among extension/linkedin modules', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('flows one way: platforms import only their own folder and shared helpers; shared helpers import no platform', () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => {
          const from = layerOf(file);
          const to = layerOf(target);
          if (from === 'top') return false;
          if (from === 'shared') return to !== 'shared';
          return to !== from && to !== 'shared';
        })
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });
});

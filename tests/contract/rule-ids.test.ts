import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/contracts/rule-id.ts';
import { rules } from '../../src/rules/index.ts';

const RULES_DIR = join(import.meta.dirname, '../../src/rules');
const folders = readdirSync(RULES_DIR).filter((f) => statSync(join(RULES_DIR, f)).isDirectory());

describe('rule ids (a public contract)', () => {
  it('the registry, the folders and the spec list name the same 39 rules', () => {
    const registry = rules.map((r) => r.meta.id);
    expect(RULE_IDS).toHaveLength(39);
    expect([...registry].sort()).toEqual([...RULE_IDS].sort());
    expect([...folders].sort()).toEqual([...RULE_IDS].sort());
  });

  it('the registry is sorted and has no duplicates', () => {
    const registry = rules.map((r) => r.meta.id);
    expect(registry).toEqual([...registry].sort());
    expect(new Set(registry).size).toBe(registry.length);
  });

  it.each(folders)('%s has its module, tests and README', (id) => {
    for (const file of [`${id}.ts`, `${id}.test.ts`, 'README.md']) expect(existsSync(join(RULES_DIR, id, file)), file).toBe(true);
    expect(readFileSync(join(RULES_DIR, id, `${id}.ts`), 'utf8')).toContain(`id: '${id}'`);
  });

  it('every rule has a description, a why and a known category', () => {
    for (const { meta } of rules) {
      expect(meta.description.length).toBeGreaterThan(10);
      expect(meta.why.length).toBeGreaterThan(20);
      expect(['relationship', 'personalization', 'brevity', 'tone', 'polish', 'subject']).toContain(meta.category);
    }
  });
});

import type { LocalizedRule } from '../languages/types.ts';
import type { RuleContext } from './context.ts';
import type { Rule, RuleFinding } from './define-rule.ts';
import { compileFamilies, findFamilies, withoutOverlaps, type CompiledFamily } from './families.ts';

// Each pack's rule entry is compiled the first time a draft in that language needs it, not at start.
const compiled = new WeakMap<LocalizedRule, { all: readonly CompiledFamily[]; always: readonly CompiledFamily[] }>();

function compiledOf(entry: LocalizedRule) {
  let found = compiled.get(entry);
  if (!found) {
    const all = compileFamilies(entry.families, entry.lexicon);
    const coldOnly = new Set(entry.coldOnlyFamilies ?? []);
    found = { all, always: all.filter((f) => !coldOnly.has(f.name)) };
    compiled.set(entry, found);
  }
  return found;
}

/** The folded key of a fix table: lower case, single spaces, curly apostrophes straightened. */
export const fixKey = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * A rule's check on a draft in another language: its families from the language's pack, one finding per
 * place, with the English message built from what the family means (the interface is English for now)
 * and a fix from the pack's table when the pack has one for these words.
 */
export function checkLocalized(rule: Rule, entry: LocalizedRule, ctx: RuleContext): RuleFinding[] {
  if (entry.when === 'cold' && ctx.conversation !== 'cold') return [];
  const { all, always } = compiledOf(entry);
  const families = ctx.conversation === 'cold' ? all : always;
  return withoutOverlaps(findFamilies(ctx, families, ctx.quoted())).map((m) => {
    const excerpt = ctx.text.slice(m.start, m.end);
    const finding: RuleFinding = {
      message: `“${excerpt}” ${m.means}.`,
      start: m.start,
      end: m.end,
      suggestion: entry.suggestion ?? rule.meta.description,
    };
    const replacement = entry.fixes?.[fixKey(excerpt)];
    if (replacement !== undefined && replacement !== excerpt) finding.fix = { start: m.start, end: m.end, replacement: keepCase(excerpt, replacement) };
    return finding;
  });
}

/**
 * "PORFA" → "POR FAVOR", "Porfa" → "Por favor": the fix keeps how the writer capitalized the words,
 * unless the table writes a capital itself ("LG" → "Liebe Grüße", "Cdlt" → "Cordialement").
 */
function keepCase(original: string, replacement: string): string {
  if (/^\p{Lu}/u.test(replacement)) return replacement;
  if (original.length >= 4 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

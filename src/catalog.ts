import type { RuleCatalog } from './contracts/rule-catalog.ts';
import { RULE_IDS } from './contracts/rule-id.ts';
import { rules } from './rules/index.ts';
import { RULE_EXAMPLES } from './rules/examples.ts';

/** Every rule's metadata, in the catalogue's order (by category, as in spec/rules.md). */
export function catalog(): RuleCatalog {
  const byId = new Map(rules.map((r) => [r.meta.id, r.meta]));
  return RULE_IDS.map((id) => ({ ...byId.get(id)!, examples: RULE_EXAMPLES[id] }));
}

import { useEffect, useState } from 'preact/hooks';
import type { RuleMeta } from '@core/contracts/rule-catalog.ts';
import { send } from '@/messaging/client.ts';

/** The rule catalog from the background (descriptions, why, examples), keyed by id. */
export function useCatalog(): ReadonlyMap<string, RuleMeta> {
  const [catalog, setCatalog] = useState<ReadonlyMap<string, RuleMeta>>(new Map());
  useEffect(() => {
    send({ type: 'getCatalog' })
      .then((rules) => setCatalog(new Map(rules.map((r) => [r.id, r]))))
      .catch(() => undefined);
  }, []);
  return catalog;
}

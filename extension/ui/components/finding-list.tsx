import type { Finding } from '@core/contracts/report.ts';
import type { RuleMeta } from '@core/contracts/rule-catalog.ts';
import { FindingItem, type FindingActions } from './finding-item.tsx';

const GROUPS = [
  { severity: 'error', title: 'Fix before sending' },
  { severity: 'warning', title: 'Reconsider' },
  { severity: 'info', title: 'Polish' },
] as const;

/** Findings grouped by severity, errors first. */
export function FindingList({ findings, catalog, actions }: { findings: readonly Finding[]; catalog: ReadonlyMap<string, RuleMeta>; actions: FindingActions }) {
  if (findings.length === 0) return <p class="empty">No problems found.</p>;
  return (
    <div class="findings">
      {GROUPS.map(({ severity, title }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} aria-label={title}>
            <h3 class={`group-title group-title--${severity}`}>
              {title} <span class="count">{group.length}</span>
            </h3>
            <ul>
              {group.map((f) => (
                <FindingItem key={`${f.ruleId}:${f.field ?? ''}:${f.start ?? ''}:${f.message}`} finding={f} meta={catalog.get(f.ruleId)} actions={actions} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

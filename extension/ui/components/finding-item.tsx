import type { Finding } from '@core/contracts/report.ts';
import type { RuleMeta } from '@core/contracts/rule-catalog.ts';

export interface FindingActions {
  onApplyFix?: (finding: Finding) => void;
  onDismiss?: (finding: Finding) => void;
  onDisableRule?: (finding: Finding) => void;
}

/** One finding (DOM contract: data-rule-id, data-severity, data-action="apply-fix" / "dismiss"). */
export function FindingItem({ finding, meta, actions }: { finding: Finding; meta: RuleMeta | undefined; actions: FindingActions }) {
  const fix = finding.fix;
  return (
    <li class={`finding finding--${finding.severity}`} data-rule-id={finding.ruleId} data-severity={finding.severity}>
      <p class="finding__message">
        {finding.excerpt !== undefined && !finding.message.includes(`“${finding.excerpt}”`) && <q class="finding__excerpt">{finding.excerpt.length > 60 ? `${finding.excerpt.slice(0, 57)}…` : finding.excerpt}</q>} {finding.message}
      </p>
      {finding.suggestion && <p class="finding__suggestion">{finding.suggestion}</p>}
      {meta && (
        <details class="finding__why">
          <summary>Why: {meta.title}</summary>
          <p>{meta.why}</p>
          <p class="finding__rule-id">
            Rule <code>{finding.ruleId}</code>
          </p>
        </details>
      )}
      <div class="finding__actions">
        {fix && actions.onApplyFix && (
          <button type="button" data-action="apply-fix" onClick={() => actions.onApplyFix!(finding)} title={fix.replacement ? `Replace with “${fix.replacement}”` : 'Remove it'}>
            {fix.replacement ? `Fix: “${fix.replacement.length > 30 ? `${fix.replacement.slice(0, 27)}…` : fix.replacement}”` : 'Fix: remove'}
          </button>
        )}
        {actions.onDismiss && (
          <button type="button" class="secondary" data-action="dismiss" onClick={() => actions.onDismiss!(finding)} aria-label={`Dismiss: ${finding.message}`}>
            Dismiss
          </button>
        )}
        {actions.onDisableRule && finding.ruleId !== 'custom-phrase' && (
          <button type="button" class="link" data-action="disable-rule" onClick={() => actions.onDisableRule!(finding)} aria-label={`Turn off the rule ${meta?.title ?? finding.ruleId}`}>
            Turn off rule
          </button>
        )}
      </div>
    </li>
  );
}

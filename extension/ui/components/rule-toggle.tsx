import type { RuleMeta } from '@core/contracts/rule-catalog.ts';
import type { Severity } from '@core/contracts/rule-id.ts';

export interface RuleChoice {
  enabled: boolean;
  severity: Severity;
}

/** One rule in the options page (DOM contract: data-rule-toggle="<id>"), with its title (the id beside it), description, why and examples. */
export function RuleToggle({ meta, choice, onChange }: { meta: RuleMeta; choice: RuleChoice; onChange: (next: RuleChoice) => void }) {
  const id = `rule-${meta.id}`;
  return (
    <li class="rule" data-rule-id={meta.id}>
      <div class="rule__head">
        <label class="inline" for={id}>
          <input id={id} type="checkbox" data-rule-toggle={meta.id} checked={choice.enabled} onChange={(e) => onChange({ ...choice, enabled: (e.target as HTMLInputElement).checked })} />
          <span class="rule__title">{meta.title}</span>
          <span class="rule__id">{meta.id}</span>
        </label>
        <label class="inline">
          <span class="visually-hidden">Severity of {meta.title}</span>
          <select data-rule-severity={meta.id} value={choice.severity} disabled={!choice.enabled} onChange={(e) => onChange({ ...choice, severity: (e.target as HTMLSelectElement).value as Severity })}>
            <option value="error">Error</option>
            <option value="warning">Warning</option>
            <option value="info">Info</option>
          </select>
        </label>
      </div>
      <p>{meta.description}</p>
      <p class="rule__why">{meta.why}</p>
      {meta.examples && (meta.examples.flagged || meta.examples.quiet) && (
        <div class="rule__examples">
          {meta.examples.flagged && <span class="example--flagged">{meta.examples.flagged}</span>}
          {meta.examples.quiet && <span class="example--quiet">{meta.examples.quiet}</span>}
        </div>
      )}
    </li>
  );
}

import type { Finding } from '@core/contracts/report.ts';

/** Identifies a dismissed finding by rule and text: a dismissal holds while the same text is there. */
export function dismissalKey(f: Finding): string {
  return `${f.ruleId}|${f.field ?? ''}|${f.excerpt ?? f.message}`;
}

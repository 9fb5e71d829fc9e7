import type { ChecklistItem, Factor, Finding, Verdict } from '../contracts/report.ts';
import type { Severity } from '../contracts/rule-id.ts';

/**
 * The score, documented so that it explains itself:
 * - a base of 70 points;
 * - the applicable checklist items share 30 points equally (all ticked = 100 before penalties). The
 *   checklist counts only for a first approach in a coached language: in an established (or unread)
 *   thread and for a draft in a language that is not coached, its 30 points count as earned, so a
 *   finding-free reply scores 100 and is "ready";
 * - each rule that fires costs once, however many times it fires: error 30, warning 10, info 3.
 * The result is clamped to 0–100. Any error makes the verdict "needs-work"; any warning keeps it
 * from "ready"; otherwise 80+ is "ready", 55+ "almost".
 */
export const BASE_POINTS = 70;
export const CHECKLIST_POINTS = 30;
export const PENALTY: Record<Severity, number> = { error: 30, warning: 10, info: 3 };

export interface Score {
  score: number;
  verdict: Verdict;
  factors: Factor[];
}

/** Why the checklist's points count as earned instead of item by item (null: they count item by item). */
export type ChecklistWaiver = 'established-thread' | 'uncoached-language' | null;

export function computeScore(findings: readonly Finding[], checklist: readonly ChecklistItem[], waiver: ChecklistWaiver = null): Score {
  const factors: Factor[] = [{ label: 'base', points: BASE_POINTS }];
  const applicable = checklist.filter((c) => c.applicable);
  if (waiver) {
    factors.push({ label: `checklist: earned (${waiver === 'established-thread' ? 'reply in a conversation' : 'language not coached'})`, points: CHECKLIST_POINTS });
  } else {
    const perItem = applicable.length > 0 ? CHECKLIST_POINTS / applicable.length : 0;
    for (const item of applicable) {
      factors.push({ label: `checklist: ${item.id}`, points: item.done ? round(perItem) : 0 });
    }
  }
  const byRule = new Map<string, { severity: Severity; count: number }>();
  for (const f of findings) {
    const entry = byRule.get(f.ruleId);
    if (!entry) byRule.set(f.ruleId, { severity: f.severity, count: 1 });
    else {
      entry.count += 1;
      if (PENALTY[f.severity] > PENALTY[entry.severity]) entry.severity = f.severity;
    }
  }
  for (const [ruleId, { severity, count }] of byRule) {
    factors.push({ label: `${severity}: ${ruleId}${count > 1 ? ` ×${count}` : ''}`, points: -PENALTY[severity] });
  }
  const total = factors.reduce((sum, f) => sum + f.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(total)));
  const severities = new Set(findings.map((f) => f.severity));
  let verdict: Verdict;
  if (severities.has('error')) verdict = 'needs-work';
  else if (severities.has('warning')) verdict = score >= 55 ? 'almost' : 'needs-work';
  else verdict = score >= 80 ? 'ready' : score >= 55 ? 'almost' : 'needs-work';
  return { score, verdict, factors };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

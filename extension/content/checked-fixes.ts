import type { Finding, Fix } from '@core/contracts/report.ts';
import { compatibleFixes } from '@core/engine/apply-fixes.ts';
import { readTextModel } from '@/editing/text-model.ts';
import { replaceSpan } from '@/editing/replace-span.ts';
import type { CoachSession } from './coach-session.ts';

/**
 * Applies findings' fixes to the composer, but only to the draft they were computed on: if its body
 * or subject changed since the check (the user kept typing, the typing pause not yet over), offsets
 * would land mid-word, so nothing is changed and false is returned (the caller checks again).
 * One place for a single fix, "apply all" and a subject fix.
 */
export function applyCheckedFixes(session: CoachSession, findings: readonly Finding[]): boolean {
  const { box, model } = session;
  const body = readTextModel(box.editor);
  if (!session.report || !model || body.text !== model.text || box.subject?.value !== session.subject) return false;
  const subjectFixes = findings.filter((f) => f.fix && f.field === 'subject').map((f) => f.fix!);
  const bodyFixes = findings.filter((f) => f.fix && f.field !== 'subject').map((f) => f.fix!);
  if (box.subject) applyRightToLeft(box.subject, box.subject.value, subjectFixes);
  applyRightToLeft(box.editor, body.text, bodyFixes);
  return true;
}

/** The same choice of fixes as everywhere else (CLI --fix, the popup's copy), right to left so earlier offsets stay valid. */
function applyRightToLeft(field: HTMLElement, text: string, fixes: readonly Fix[]): void {
  for (const fix of compatibleFixes(text, fixes).reverse()) replaceSpan(field, readTextModel(field), fix.start, fix.end, fix.replacement);
}

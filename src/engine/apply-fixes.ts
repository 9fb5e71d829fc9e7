import type { Fix } from '../contracts/report.ts';

/**
 * Applies fixes to a text, right to left so earlier offsets stay valid. Overlapping fixes are
 * skipped (the first by position wins); run the linter again to apply what was skipped.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  let lastEnd = -1;
  for (const fix of sorted) {
    if (fix.start < lastEnd || fix.start > fix.end || fix.end > text.length) continue;
    if (fix.start === lastEnd && chosen.length > 0 && chosen[chosen.length - 1]!.start === chosen[chosen.length - 1]!.end && fix.start === fix.end) continue;
    chosen.push(fix);
    lastEnd = fix.end;
  }
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const f = chosen[i]!;
    out = out.slice(0, f.start) + f.replacement + out.slice(f.end);
  }
  return out;
}

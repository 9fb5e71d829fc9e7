import type { Fix } from '../contracts/report.ts';

/**
 * The fixes that can be applied together, in text order: valid spans that do not overlap (the first
 * by position wins; run the linter again to apply what was skipped).
 */
export function compatibleFixes(text: string, fixes: readonly Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  for (const fix of sorted) {
    const previous = chosen[chosen.length - 1];
    if (fix.start > fix.end || fix.end > text.length || (previous && fix.start < previous.end)) continue;
    // Two insertions at one point would race for it: keep the first.
    if (previous && fix.start === fix.end && previous.start === previous.end && fix.start === previous.start) continue;
    chosen.push(fix);
  }
  return chosen;
}

/** Applies fixes to a text, right to left so earlier offsets stay valid (see `compatibleFixes`). */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = text;
  for (const f of compatibleFixes(text, fixes).reverse()) out = out.slice(0, f.start) + f.replacement + out.slice(f.end);
  return out;
}

/** Where the panel goes: beside the composer's box, never over it. Pure geometry, unit-tested. */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The panel's maximum height there. */
  maxHeight: number;
  /** No room beside the box: show the small badge instead. */
  collapsed: boolean;
}

export const PANEL_WIDTH = 320;
const GAP = 12;
const MARGIN = 8;
const MIN_HEIGHT = 180;
const MAX_HEIGHT = 520;
const BADGE = { width: 76, height: 34 };

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Left of the box, else right, else above, else below; else a badge in a corner that the box does not cover. */
export function placePanel(avoid: Rect, viewport: { width: number; height: number }, forceCollapsed = false): Placement {
  const fullHeight = Math.min(MAX_HEIGHT, viewport.height - 2 * MARGIN);
  if (!forceCollapsed && fullHeight >= MIN_HEIGHT) {
    const top = clamp(avoid.bottom - fullHeight, MARGIN, viewport.height - fullHeight - MARGIN);
    if (avoid.left - GAP - PANEL_WIDTH >= MARGIN) return { left: avoid.left - GAP - PANEL_WIDTH, top, maxHeight: fullHeight, collapsed: false };
    if (avoid.right + GAP + PANEL_WIDTH <= viewport.width - MARGIN) return { left: avoid.right + GAP, top, maxHeight: fullHeight, collapsed: false };
  }
  const left = clamp(avoid.left, MARGIN, viewport.width - PANEL_WIDTH - MARGIN);
  const fitsHorizontally = viewport.width - 2 * MARGIN >= PANEL_WIDTH;
  const above = Math.min(MAX_HEIGHT, avoid.top - GAP - MARGIN);
  if (!forceCollapsed && fitsHorizontally && above >= MIN_HEIGHT) return { left, top: avoid.top - GAP - above, maxHeight: above, collapsed: false };
  const below = Math.min(MAX_HEIGHT, viewport.height - avoid.bottom - GAP - MARGIN);
  if (!forceCollapsed && fitsHorizontally && below >= MIN_HEIGHT) return { left, top: avoid.bottom + GAP, maxHeight: below, collapsed: false };
  const corners = [
    { left: MARGIN, top: MARGIN },
    { left: viewport.width - BADGE.width - MARGIN, top: MARGIN },
    { left: MARGIN, top: viewport.height - BADGE.height - MARGIN },
    { left: avoid.left - BADGE.width - GAP, top: avoid.bottom - BADGE.height },
  ];
  const corner = corners.find((c) => !intersects({ left: c.left, top: c.top, right: c.left + BADGE.width, bottom: c.top + BADGE.height }, avoid)) ?? corners[0]!;
  return { ...corner, maxHeight: BADGE.height, collapsed: true };
}

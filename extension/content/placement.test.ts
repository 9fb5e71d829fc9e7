import { describe, expect, it } from 'vitest';
import { PANEL_WIDTH, placePanel, type Rect } from './placement.ts';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placePanel', () => {
  const viewport = { width: 1400, height: 900 };

  it('puts the panel left of a bubble in the bottom-right corner', () => {
    const bubble = rect(1060, 500, 320, 400);
    const p = placePanel(bubble, viewport);
    expect(p.collapsed).toBe(false);
    expect(p.left + PANEL_WIDTH).toBeLessThanOrEqual(bubble.left);
  });

  it('uses the right side when there is no room on the left', () => {
    const p = placePanel(rect(20, 300, 500, 300), viewport);
    expect(p.left).toBeGreaterThanOrEqual(520);
  });

  it('goes above or below a wide box, and collapses to a badge when nothing fits', () => {
    const wide = rect(0, 600, 1400, 200);
    const above = placePanel(wide, viewport);
    expect(above.collapsed).toBe(false);
    expect(above.top + above.maxHeight).toBeLessThanOrEqual(600);
    const full = rect(0, 0, 1400, 900);
    expect(placePanel(full, viewport).collapsed).toBe(true);
  });

  it.each([
    [rect(1060, 500, 320, 400), { width: 1400, height: 900 }],
    [rect(440, 200, 520, 400), { width: 1000, height: 700 }],
    [rect(0, 300, 800, 300), { width: 800, height: 600 }],
    [rect(100, 100, 600, 400), { width: 700, height: 500 }],
  ])('never overlaps the box it avoids (%o in %o) unless only a badge is left', (box, view) => {
    const p = placePanel(box, view);
    const panelRect = rect(p.left, p.top, p.collapsed ? 76 : PANEL_WIDTH, p.maxHeight);
    if (!p.collapsed) expect(overlaps(panelRect, box)).toBe(false);
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.top).toBeGreaterThanOrEqual(0);
  });
});

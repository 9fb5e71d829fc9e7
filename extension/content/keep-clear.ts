import type { ComposeBox } from '@/linkedin/platform-adapter.ts';
import type { Rect } from './placement.ts';

/**
 * What the panel must never cover: the composer (its form and editor, subject), its Send button and
 * the dialog it belongs to, as one rectangle. Each is measured, so a Send button laid out outside its
 * form's box (a footer positioned out of the form's flow) is kept clear too.
 */
export function keepClear(box: ComposeBox): Rect {
  const parts = [box.dialog, box.container, box.editor, box.send, box.subject];
  let clear: Rect | null = null;
  for (const part of parts) {
    const r = part?.getBoundingClientRect();
    if (!r || (r.width === 0 && r.height === 0)) continue;
    clear = clear ? { left: Math.min(clear.left, r.left), top: Math.min(clear.top, r.top), right: Math.max(clear.right, r.right), bottom: Math.max(clear.bottom, r.bottom) } : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return clear ?? { left: 0, top: 0, right: 0, bottom: 0 };
}

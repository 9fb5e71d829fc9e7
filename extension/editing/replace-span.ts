import type { TextModel } from './text-model.ts';

/**
 * Replaces [start, end) of the editor's text the way a person would: select it, then insert text
 * with the browser's editing command. LinkedIn's editor sees a real `input` event (Send stays
 * enabled), the edit lands on the undo stack (Ctrl+Z restores), and the caret ends after it.
 * Returns false when the span no longer matches the page (the user kept typing).
 */
export function replaceSpan(editor: HTMLElement, model: TextModel, start: number, end: number, replacement: string): boolean {
  editor.focus({ preventScroll: true });
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.setSelectionRange(start, end);
  } else {
    const range = model.rangeFor(start, end);
    if (!range) return false;
    const root = editor.getRootNode() as Document | ShadowRoot;
    const selection = ('getSelection' in root && typeof root.getSelection === 'function' ? root.getSelection() : null) ?? editor.ownerDocument.getSelection();
    if (!selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
  }
  if (replacement === '') return editor.ownerDocument.execCommand('delete', false);
  return editor.ownerDocument.execCommand('insertText', false, replacement);
}

/**
 * The draft as text, with a way back from text offsets to DOM positions. LinkedIn's message editor
 * keeps one <p> per line (an empty line is <p><br></p>); the note is a <textarea>. Reading through
 * this model (not innerText) guarantees that a finding's span maps to exactly the characters shown.
 */
export interface TextModel {
  text: string;
  /** A DOM Range for [start, end) of `text`; null for a <textarea> (use selection offsets there). */
  rangeFor(start: number, end: number): Range | null;
}

interface TextPiece {
  /** Offset in the model's text where this text node starts. */
  at: number;
  node: Text;
}

const BLOCK = /^(?:P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE)$/;

export function readTextModel(editor: HTMLElement): TextModel {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return { text: editor.value, rangeFor: () => null };
  }
  const pieces: TextPiece[] = [];
  let text = '';
  const visit = (node: Node) => {
    if (node instanceof Text) {
      if (node.data.length > 0) pieces.push({ at: text.length, node });
      text += node.data;
    } else if (node instanceof HTMLBRElement) {
      // The <br> that ends a block is the editor's placeholder for an empty line, not a line break.
      if (node !== node.parentElement?.lastChild || node.parentElement === editor) text += '\n';
    } else if (node instanceof Element) {
      node.childNodes.forEach(visit);
    }
  };
  let previousWasBlock = false;
  editor.childNodes.forEach((child, i) => {
    const isBlock = child instanceof Element && BLOCK.test(child.tagName);
    if (i > 0 && (isBlock || previousWasBlock)) text += '\n';
    visit(child);
    previousWasBlock = isBlock;
  });
  return {
    text,
    rangeFor(start, end) {
      const from = locate(pieces, start, 'start');
      const to = locate(pieces, end, 'end');
      if (!from || !to) return null;
      const range = editor.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}

/** The text node holding an offset. At a boundary between nodes a start goes to the later node, an end to the earlier. */
function locate(pieces: readonly TextPiece[], offset: number, edge: 'start' | 'end'): { node: Text; offset: number } | null {
  for (const piece of pieces) {
    const length = piece.node.data.length;
    const inside = edge === 'start' ? offset >= piece.at && offset < piece.at + length : offset > piece.at && offset <= piece.at + length;
    if (inside) return { node: piece.node, offset: offset - piece.at };
  }
  // An empty span at the very end or start: fall back to the nearest edge.
  const last = pieces[pieces.length - 1];
  if (last && offset === last.at + last.node.data.length) return { node: last.node, offset: last.node.data.length };
  const first = pieces[0];
  if (first && offset === first.at) return { node: first.node, offset: 0 };
  return null;
}

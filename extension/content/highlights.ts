import type { Finding } from '@core/contracts/report.ts';
import type { TextModel } from '@/editing/text-model.ts';

const NAMES = { error: 'tactful-error', warning: 'tactful-warning', info: 'tactful-info' } as const;
const STYLE = `
::highlight(tactful-error) { text-decoration: underline wavy #d93025; text-decoration-thickness: 1.5px; }
::highlight(tactful-warning) { text-decoration: underline wavy #e37400; text-decoration-thickness: 1.5px; }
::highlight(tactful-info) { text-decoration: underline dotted #1a73e8; text-decoration-thickness: 1.5px; }
`;
const styled = new WeakSet<Document | ShadowRoot>();

/** True where the CSS Custom Highlight API exists; elsewhere Tactful shows no underlines (never injected markup). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Underlines finding spans in the composer with the CSS Custom Highlight API: ranges over the
 * editor's own text nodes, styled by a constructed stylesheet. LinkedIn's DOM is not touched.
 */
export function showHighlights(editor: HTMLElement, model: TextModel, findings: readonly Finding[]): void {
  if (!highlightsSupported()) return;
  adoptStyle(editor.getRootNode() as Document | ShadowRoot);
  for (const severity of ['error', 'warning', 'info'] as const) {
    const ranges = findings
      .filter((f) => f.severity === severity && f.field === 'body' && f.start !== undefined && f.end! > f.start)
      .map((f) => model.rangeFor(f.start!, f.end!))
      .filter((r): r is Range => r !== null);
    if (ranges.length > 0) CSS.highlights.set(NAMES[severity], new Highlight(...ranges));
    else CSS.highlights.delete(NAMES[severity]);
  }
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
}

function adoptStyle(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styled.add(root);
}

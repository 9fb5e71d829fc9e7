/** DOM helpers that see into open shadow roots (LinkedIn renders overlays inside #interop-outlet's). */

/** Every element matching `selector` under `root`, including inside open shadow roots, in document order. */
export function queryAllDeep<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const out: T[] = [];
  const visit = (node: ParentNode) => {
    out.push(...(node.querySelectorAll(selector) as NodeListOf<T>));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root);
  return out;
}

/** `closest` that climbs out of shadow roots through their hosts. */
export function closestDeep(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** First match of `selector` under `scope`, including inside open shadow roots. */
export function firstDeep(scope: ParentNode, selector: string): HTMLElement | null {
  return queryAllDeep(scope, selector)[0] ?? null;
}

/** The text a person sees, on one line (runs of white space folded). */
export function visibleText(el: Element | null | undefined): string {
  if (!el) return '';
  const text = el instanceof HTMLElement ? el.innerText || el.textContent || '' : el.textContent || '';
  return text.replace(/\s+/g, ' ').trim();
}

/** The active element, looking through shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

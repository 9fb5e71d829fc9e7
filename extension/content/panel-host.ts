import { h, render } from 'preact';
import { Panel, type PanelProps } from '@/ui/panel/panel.tsx';
import { PANEL_CSS } from '@/ui/panel/panel-css.ts';
import { PANEL_WIDTH, placePanel, type Rect } from './placement.ts';

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What the coach gives the panel; collapsing is the host's own business. */
export type HostedPanelProps = Omit<PanelProps, 'collapsed' | 'actions'> & { actions: Omit<PanelProps['actions'], 'onToggleCollapsed'> };

/** Input events: inside the panel they must not reach LinkedIn's listeners, and only the user's own may act. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'paste', 'copy', 'cut', 'focusin', 'focusout', 'click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'contextmenu', 'submit'];

function ignoreUntrusted(e: Event): void {
  if (e.isTrusted) return;
  e.stopImmediatePropagation();
  e.preventDefault();
}

/**
 * The `<tactful-panel>` element: an open shadow root holding the Preact panel and its CSS. It is
 * fixed-positioned beside the composer; inside a modal dialog it is mounted within that dialog so the
 * dialog treats presses on it as inside (LinkedIn closes the invitation modal on outside presses).
 */
export class PanelHost {
  readonly element: HTMLElement;
  private readonly mount: HTMLElement;
  private userCollapsed = false;
  private autoCollapsed = false;
  private props: HostedPanelProps | null = null;

  constructor(doc: Document = document) {
    this.element = doc.createElement('tactful-panel');
    const shadow = this.element.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;
    this.mount = doc.createElement('div');
    // The panel's height limit passes through this wrapper (max-height: inherit), so its content scrolls instead of spilling over the composer.
    this.mount.className = 'mount';
    shadow.append(style, this.mount);
    for (const type of ISOLATED_EVENTS) {
      // Only the user's own input acts: the root is open, so page scripts can click() or dispatch
      // events inside it. Stopped here, in capture, such events reach no handler of the panel.
      shadow.addEventListener(type, ignoreUntrusted, { capture: true });
      this.element.addEventListener(type, (e) => e.stopPropagation());
    }
    this.element.style.width = `${PANEL_WIDTH}px`;
  }

  /** Puts the panel in the right place in the DOM: inside `dialog` for modals, else at the end of <body>. */
  attach(parent: Element): void {
    if (this.element.parentNode !== parent) parent.append(this.element);
  }

  detach(): void {
    render(null, this.mount);
    this.element.remove();
  }

  get isCollapsed(): boolean {
    return this.userCollapsed || this.autoCollapsed;
  }

  toggleCollapsed(): void {
    if (this.autoCollapsed && !this.userCollapsed) this.autoCollapsed = false;
    this.userCollapsed = !this.isCollapsed;
    this.paint();
  }

  private revision = 0;

  update(props: HostedPanelProps): void {
    this.props = props;
    this.paint();
    // Counts updates, so tests and the latency bench can see when the panel caught up with the draft.
    this.element.dataset.revision = String(++this.revision);
  }

  /** Places the panel beside `avoid` (the composer's box), never over it. */
  position(avoid: Rect, theme: 'light' | 'dark'): void {
    const view = this.element.ownerDocument.defaultView!;
    const placement = placePanel(avoid, { width: view.innerWidth, height: view.innerHeight }, this.userCollapsed);
    const wasAuto = this.autoCollapsed;
    this.autoCollapsed = placement.collapsed && !this.userCollapsed;
    const style = this.element.style;
    style.left = `${placement.left}px`;
    style.top = `${placement.top}px`;
    style.maxHeight = `${placement.maxHeight}px`;
    style.width = placement.collapsed ? 'auto' : `${PANEL_WIDTH}px`;
    this.element.dataset.theme = theme;
    // A transformed ancestor (a modal's animation) makes "fixed" relative to it: correct by the offset seen.
    const seen = this.element.getBoundingClientRect();
    if (seen.width > 0 && (Math.abs(seen.left - placement.left) > 1 || Math.abs(seen.top - placement.top) > 1)) {
      style.left = `${2 * placement.left - seen.left}px`;
      style.top = `${2 * placement.top - seen.top}px`;
    }
    if (wasAuto !== this.autoCollapsed) this.paint();
    // Whatever the page's layout did to it (a transformed or animated ancestor), the panel as drawn
    // must not cover what it avoids: if it does, it is the badge, in a free corner.
    if (!this.isCollapsed && overlaps(this.element.getBoundingClientRect(), avoid)) {
      this.autoCollapsed = true;
      this.paint();
      const badge = placePanel(avoid, { width: view.innerWidth, height: view.innerHeight }, true);
      style.left = `${badge.left}px`;
      style.top = `${badge.top}px`;
      style.maxHeight = `${badge.maxHeight}px`;
      style.width = 'auto';
    }
  }

  private paint(): void {
    if (!this.props) return;
    const props = this.props;
    render(h(Panel, { ...props, collapsed: this.isCollapsed, actions: { ...props.actions, onToggleCollapsed: () => this.toggleCollapsed() } }), this.mount);
  }
}

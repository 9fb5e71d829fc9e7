import { PAGES_CSS } from './pages-css.ts';

/** Prepares an extension page (popup, options): the shared CSS and the root element. */
export function mountPage(): HTMLElement {
  const style = document.createElement('style');
  style.textContent = PAGES_CSS;
  document.head.append(style);
  return document.getElementById('app')!;
}

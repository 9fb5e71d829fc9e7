import { browser } from 'wxt/browser';
import type { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

/** What the coach uses of a content script's context. WXT's class has it too, so types agree either way. */
export type CoachContext = Pick<WxtContentScriptContext, 'addEventListener' | 'onInvalidated' | 'isInvalid' | 'notifyInvalidated'>;

/**
 * Tactful's stand-in for WXT's `ContentScriptContext`: wxt.config.ts aliases WXT's module to this
 * one, so WXT's content-script bootstrap constructs it.
 *
 * WXT's context announces every start to the page (a `window.postMessage` and a document event
 * whose names carry the extension's id) and shuts down when the page dispatches that event: any
 * page script could learn that Tactful is installed and switch it off. This one tells the page
 * nothing and listens to nothing from it. It becomes invalid only when the extension runtime says
 * so: `runtime.id` is gone once the extension was updated, reloaded or removed.
 */
export class ContentScriptContext implements CoachContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Asks the runtime, so a stale script finds out at its next use. */
  get isInvalid(): boolean {
    if (!extensionRuntimeAlive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A listener that goes away with this context. (No `wxt:` event names: nothing here is page-visible.) */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** Called when the runtime reported this context gone (e.g. "Extension context invalidated"). */
  notifyInvalidated(): void {
    if (!this.signal.aborted) this.controller.abort('Extension context invalidated');
  }
}

function extensionRuntimeAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false; // some browsers throw instead of answering once the context is gone
  }
}

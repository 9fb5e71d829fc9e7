import { useEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import type { Finding } from '@core/contracts/report.ts';
import { SIDEBAR_PORT, ToSidebar, type CoachState, type ToCoach } from '@core/contracts/sidebar-protocol.ts';
import { send } from '@/messaging/client.ts';
import { dismissalKey } from '../dismissal.ts';
import { Panel } from '../panel/panel.tsx';
import { useCatalog } from '../use-catalog.ts';

type Port = Browser.runtime.Port;

/**
 * The sidebar (Chrome's side panel, Firefox's sidebar): the same panel as in LinkedIn's page, for the
 * composer last typed in within this window. The coach in that tab sends its state over a port; the
 * user's actions go back the same way and act on that composer exactly as the in-page panel's do.
 */
export function SidebarApp() {
  const catalog = useCatalog();
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<CoachState | null>(null);
  const [revision, setRevision] = useState(0);
  const port = useRef<Port | null>(null);

  // Which tab to coach: the one the background remembers, then each tab where typing starts in this window.
  useEffect(() => {
    let windowId: number | undefined;
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender): undefined => {
      if ((message as { type?: unknown } | null)?.type !== 'typing' || windowId === undefined) return;
      if (sender.tab?.windowId === windowId && sender.tab.id !== undefined) setTabId(sender.tab.id);
    };
    browser.runtime.onMessage.addListener(onMessage);
    void (async () => {
      windowId = (await browser.windows.getCurrent()).id;
      if (windowId === undefined) return;
      const active = await send({ type: 'getActiveComposer', windowId }).catch(() => null);
      if (active) setTabId((current) => current ?? active.tabId);
    })();
    // Open here: the panel's home is now the sidebar (LinkedIn's page keeps only the underlines).
    void send({ type: 'updateSettings', patch: { panelHome: 'side' } }).catch(() => undefined);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  useEffect(() => {
    if (tabId === null) return;
    const connected = browser.tabs.connect(tabId, { name: SIDEBAR_PORT });
    port.current = connected;
    connected.onMessage.addListener((raw: unknown) => {
      const parsed = ToSidebar.safeParse(raw);
      if (!parsed.success) return;
      setState(parsed.data.state);
      setRevision((r) => r + 1);
    });
    // The tab was closed or left LinkedIn: wait for the next composer.
    connected.onDisconnect.addListener(() => {
      if (port.current === connected) {
        port.current = null;
        setState(null);
      }
    });
    return () => connected.disconnect();
  }, [tabId]);

  const post = (message: ToCoach) => port.current?.postMessage(message);
  const about = (f: Finding) => dismissalKey(f);

  return (
    <main class="sidebar" data-revision={revision} onClickCapture={ignoreUntrusted}>
      {state ? (
        <Panel
          status={state.status}
          {...(state.recipient ? { recipient: state.recipient } : {})}
          catalog={catalog}
          findings={state.findings}
          showHints={state.showHints}
          collapsed={false}
          actions={{
            onApplyFix: (f) => post({ type: 'apply-fix', finding: about(f) }),
            onDismiss: (f) => post({ type: 'dismiss', finding: about(f) }),
            onDisableRule: (f) => post({ type: 'disable-rule', finding: about(f) }),
            onApplyAll: () => post({ type: 'apply-all' }),
            onTogglePause: () => post({ type: 'pause' }),
          }}
        />
      ) : (
        <section class="panel sidebar__start" aria-label="Tactful message coach" data-testid="sidebar-start">
          <h1>Tactful</h1>
          <p>Start writing a message, a connection note or an InMail on LinkedIn in this window: Tactful coaches it here as you type.</p>
          <p class="empty">Your draft stays in your browser; nothing is sent anywhere.</p>
        </section>
      )}
      <p class="sidebar__home">
        <button type="button" class="link" data-action="panel-home-page" onClick={() => void send({ type: 'updateSettings', patch: { panelHome: 'page' } }).then(() => window.close(), () => undefined)}>
          Show the coach beside the composer instead
        </button>
      </p>
    </main>
  );
}

/** Only the user's own clicks act. */
function ignoreUntrusted(e: Event): void {
  if (e.isTrusted) return;
  e.stopImmediatePropagation();
  e.preventDefault();
}

import { browser, type Browser } from 'wxt/browser';
import type { Finding } from '@core/contracts/report.ts';
import { ToCoach } from '@core/contracts/sidebar-actions.ts';
import type { CoachState, ToSidebar } from '@core/contracts/sidebar-protocol.ts';
import type { RuleMeta } from '@core/contracts/rule-catalog.ts';
import type { CoachSettings } from '@core/contracts/replies.ts';
import type { ComposeBox } from '@/linkedin/platform-adapter.ts';
import { composeBoxFor, composeBoxForField } from '@/linkedin/registry.ts';
import { TabMessage } from '@core/contracts/tab-messages.ts';
import { deepActiveElement } from '@/linkedin/dom.ts';
import { readDraft } from '@/linkedin/read-draft.ts';
import { MessagingError, send } from '@/messaging/client.ts';
import { dismissalKey } from '@/ui/dismissal.ts';
import { applyCheckedFixes } from './checked-fixes.ts';
import { CoachSession, PAUSE_MS } from './coach-session.ts';
import { clearHighlights, showHighlights } from './highlights.ts';
import { keepClear } from './keep-clear.ts';
import { PanelHost, type HostedPanelProps } from './panel-host.ts';
import type { CoachContext } from './quiet-context.ts';
import { WorkerWake } from './worker-wake.ts';
import { inviteOrigin, rememberInviteOrigin } from '@/linkedin/platforms/linkedin/invite-origin.ts';

type Port = Browser.runtime.Port;

/**
 * Live coaching inside LinkedIn: follows the composer being typed in, asks the background to lint
 * its draft (debounced), and shows the panel and underlines. Reads only the composer's draft and
 * context; changes the draft only when the user clicks a fix.
 */
export class Coach {
  private readonly sessions = new WeakMap<HTMLElement, CoachSession>();
  private readonly pausedConversations = new Set<string>();
  private active: CoachSession | null = null;
  private panel: PanelHost | null = null;
  private catalog = new Map<string, RuleMeta>();
  private settings: CoachSettings | null = null;
  private frame = 0;
  private stopped = false;
  /** Sidebar pages coaching this tab's composer (side home; also open while the home is the page). */
  private readonly sidebars = new Set<Port>();
  /** The in-page panel said how to open the sidebar (the browser would not open it from the page). */
  private sidebarHint = false;
  private readonly wake = new WorkerWake(() => void send({ type: 'keepAlive' }).catch(() => undefined));

  constructor(private readonly ctx: CoachContext) {}

  start(): void {
    const doc = document;
    this.ctx.addEventListener(doc, 'focusin', (e) => this.onFocusIn(e), { capture: true });
    this.ctx.addEventListener(doc, 'input', (e) => this.onInput(e), { capture: true });
    this.ctx.addEventListener(doc, 'focusout', () => setTimeout(() => this.updateKeepAlive(), 0), { capture: true });
    this.ctx.addEventListener(doc, 'visibilitychange', () => this.updateKeepAlive());
    // Which card an invitation starts from (its note's invitee when the modal does not name them).
    this.ctx.addEventListener(doc, 'click', (e) => e.isTrusted && rememberInviteOrigin(e.composedPath()), { capture: true });
    this.ctx.addEventListener(window, 'resize', () => this.schedulePosition());
    this.ctx.addEventListener(window, 'scroll', () => this.schedulePosition(), { capture: true, passive: true });
    const observer = new MutationObserver(() => this.schedulePosition());
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    this.ctx.onInvalidated(() => {
      observer.disconnect();
      this.wake.keepAlive(false);
      this.stop();
    });
    const onStorage = (_changes: unknown, area: string) => {
      if (area === 'session') return;
      void this.loadSettings().then(() => this.active && this.lintNow(this.active));
    };
    const onConnect = (port: Port) => this.onSidebarConnect(port);
    browser.storage.onChanged.addListener(onStorage);
    browser.runtime.onConnect.addListener(onConnect);
    // Only the extension runtime reaches this listener (the background's keyboard shortcut), never the page.
    const onMessage = (message: unknown) => {
      const parsed = TabMessage.safeParse(message);
      if (!parsed.success) return undefined; // not ours: leave it to other listeners
      return Promise.resolve({ paused: this.onTabMessage(parsed.data) });
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => {
      try {
        browser.runtime.onMessage.removeListener(onMessage);
        browser.storage.onChanged.removeListener(onStorage);
        browser.runtime.onConnect.removeListener(onConnect);
      } catch {
        // the runtime is gone already, and its listeners with it
      }
    });
    void this.loadSettings();
    void send({ type: 'getCatalog' })
      .then((catalog) => (this.catalog = new Map(catalog.map((r) => [r.id, r]))))
      .catch(() => undefined);
    const focused = deepActiveElement(doc);
    if (focused) this.activate(focused);
  }

  /** The extension was updated or reloaded: this old script says so in its panel and goes quiet. */
  private stop(): void {
    this.stopped = true;
    this.render();
    clearHighlights();
  }

  private async loadSettings(): Promise<void> {
    try {
      this.settings = await send({ type: 'getCoachSettings' });
    } catch (error) {
      this.onError(error);
    }
    this.applyHome();
  }

  /** In the side home nothing of Tactful is in LinkedIn's page but the underlines; the page home has the panel. */
  private get home(): 'page' | 'side' | null {
    return this.settings ? (this.settings.panelHome ?? 'page') : null;
  }

  private applyHome(): void {
    if (this.home === 'side' && this.panel) {
      this.panel.detach();
      this.panel = null;
    }
    if (this.home === 'page' && this.active) this.ensurePanel(this.active.box);
    this.render();
  }

  /** The composer an event came from, looking through shadow roots; events from our own panel are ignored. */
  private composerOf(e: Event): Element | null {
    const path = e.composedPath();
    if (this.panel && path.includes(this.panel.element)) return null;
    return path[0] instanceof Element ? path[0] : null;
  }

  private onFocusIn(e: Event): void {
    const target = this.composerOf(e);
    if (target && !this.ctx.isInvalid) this.activate(target);
  }

  private onInput(e: Event): void {
    const target = this.composerOf(e);
    if (!target || this.ctx.isInvalid) return; // asking the runtime: a stale script stops here
    const session = this.activate(target);
    if (!session) return;
    session.lastInputAt = Date.now();
    // The first keystroke of a burst: wake the worker now, so it is ready when the pause ends.
    if (session.timer === undefined) {
      const language = session.report?.language;
      void send({ type: 'typing', ...(language ? { language } : {}) }).catch(() => undefined);
    }
    if ((e as InputEvent).isComposing) return; // IME composition: wait for the committed text.
    clearTimeout(session.timer);
    session.timer = setTimeout(() => {
      session.timer = undefined;
      void this.lintNow(session);
    }, this.settings?.debounceMs ?? 250);
  }

  /** Keeps the worker up while a coached composer has focus in a visible tab; otherwise no timer runs. */
  private updateKeepAlive(): void {
    const box = this.active?.box;
    const focused = deepActiveElement(document);
    const inUse = !!box && !this.stopped && document.visibilityState === 'visible' && (focused === box.editor || (!!focused && focused === box.subject));
    this.wake.keepAlive(inUse);
  }

  private surfaceEnabled(box: ComposeBox): boolean {
    return this.settings?.surfaces[box.surface] ?? true;
  }

  private activate(target: Element): CoachSession | null {
    if (this.stopped) return null;
    // Typing in an InMail's subject re-checks its message too.
    const box = composeBoxFor(target) ?? composeBoxForField(target);
    if (!box || !this.surfaceEnabled(box)) return null;
    let session = this.sessions.get(box.editor);
    if (!session) {
      session = new CoachSession(box);
      this.sessions.set(box.editor, session);
    }
    session.box = box;
    if (this.active !== session) {
      this.active = session;
      if (this.home === 'page') this.ensurePanel(box);
      if (!session.report) void this.lintNow(session);
      else this.render();
    }
    this.updateKeepAlive();
    return session;
  }

  private ensurePanel(box: ComposeBox): void {
    this.panel ??= new PanelHost(document);
    // Inside a modal the panel must be part of the modal; elsewhere it floats at the end of the page.
    this.panel.attach(box.kind === 'note' && box.dialog ? box.dialog : document.body);
    this.schedulePosition();
  }

  private conversationKey(session: CoachSession): string {
    return `${session.box.surface}:${session.recipient ?? location.pathname}`;
  }

  /** Checks the draft now, or right after the check in flight for this composer (one at a time, the latest draft). */
  private lintNow(session: CoachSession): Promise<void> {
    return session.checks.request(() => this.checkDraft(session));
  }

  private async checkDraft(session: CoachSession): Promise<void> {
    if (this.stopped || !session.box.editor.isConnected) return;
    const { draft, model } = readDraft(session.box, document, { account: this.settings?.account ?? 'auto', invitee: inviteOrigin() });
    session.recipient = draft.recipient?.name;
    if (this.pausedConversations.has(this.conversationKey(session))) {
      session.report = null;
      if (session === this.active) this.render();
      return;
    }
    const sequence = ++session.sequence;
    try {
      // The language last coached in this composer breaks detection ties, so the panel does not flip while typing.
      const languageHint = session.report?.language;
      const report = await send({ type: 'lint', draft: languageHint ? { ...draft, languageHint } : draft });
      if (sequence !== session.sequence || this.stopped || session.checks.hasFollowUp) return; // a newer draft is on its way
      session.report = report;
      session.model = model;
      session.subject = draft.subject ?? undefined;
      session.error = null;
    } catch (error) {
      if (sequence !== session.sequence || session.checks.hasFollowUp) return;
      this.onError(error, session);
    }
    if (session === this.active) {
      this.render();
      clearTimeout(session.pauseTimer);
      // Show what is missing once the writer pauses.
      session.pauseTimer = setTimeout(() => session === this.active && this.render(), PAUSE_MS + 50);
    }
  }

  private onError(error: unknown, session?: CoachSession): void {
    if (error instanceof MessagingError && error.code === 'invalidated') {
      this.ctx.notifyInvalidated(); // the runtime says the extension was reloaded
      return;
    }
    if (session) session.error = error instanceof Error ? error.message : 'Tactful could not check this draft.';
  }

  /** What the panel shows for `session`, in the panel and in the sidebar alike. */
  private stateOf(session: CoachSession): CoachState {
    const now = Date.now();
    const paused = this.pausedConversations.has(this.conversationKey(session));
    const status: CoachState['status'] = this.stopped
      ? { kind: 'updated' }
      : paused
        ? { kind: 'paused' }
        : session.error
          ? { kind: 'error', message: session.error }
          : session.report
            ? { kind: 'report', report: session.report }
            : { kind: 'waiting' };
    return { status, ...(session.recipient ? { recipient: session.recipient } : {}), findings: this.stopped ? [] : session.visibleFindings(now), showHints: session.showMissing(now) };
  }

  private actionsFor(session: CoachSession): HostedPanelProps['actions'] {
    return {
      onApplyFix: (f) => this.applyFixes(session, [f]),
      onApplyAll: () => this.applyFixes(session, session.visibleFindings(Date.now()).filter((f) => f.fix && f.field !== 'subject')),
      onDismiss: (f) => {
        session.dismissed.add(dismissalKey(f));
        this.render();
      },
      onDisableRule: (f) => void this.disableRule(session, f),
      onTogglePause: () => this.togglePause(session),
      onOpenSidebar: () => void this.openSidebar(),
    };
  }

  private render(): void {
    const session = this.active;
    const state = session ? this.stateOf(session) : null;
    for (const port of this.sidebars) postToSidebar(port, state);
    if (!session || !state) return;
    this.panel?.update({ ...state, catalog: this.catalog, sidebarHint: this.sidebarHint, actions: this.actionsFor(session) });
    const underlines = this.settings?.underlines ?? true;
    if (session.model && underlines && state.status.kind === 'report' && !this.stopped) showHighlights(session.box.editor, session.model, state.findings);
    else clearHighlights();
  }

  /** A sidebar page connected to this tab: it gets the state after every change and sends back the user's actions. */
  private onSidebarConnect(port: Port): void {
    if (port.name !== 'sidebar' || this.stopped) return; // SIDEBAR_PORT (sidebar-protocol.ts)
    this.sidebars.add(port);
    port.onDisconnect.addListener(() => this.sidebars.delete(port));
    port.onMessage.addListener((raw: unknown) => {
      const parsed = ToCoach.safeParse(raw);
      const session = this.active;
      if (!parsed.success || !session || this.ctx.isInvalid) return;
      const actions = this.actionsFor(session);
      const message = parsed.data;
      if (message.type === 'pause') return actions.onTogglePause();
      if (message.type === 'apply-all') return actions.onApplyAll?.();
      const f = message.finding === undefined ? undefined : session.visibleFindings(Date.now()).find((candidate) => dismissalKey(candidate) === message.finding);
      if (!f) return this.render(); // gone since: show what is there now
      if (message.type === 'apply-fix') actions.onApplyFix?.(f);
      else if (message.type === 'dismiss') actions.onDismiss?.(f);
      else actions.onDisableRule?.(f);
    });
    postToSidebar(port, this.active ? this.stateOf(this.active) : null);
  }

  /** The panel's "Open in sidebar": the background opens it where the browser allows; elsewhere the panel says how. */
  private async openSidebar(): Promise<void> {
    try {
      const { opened } = await send({ type: 'openSidebar' });
      this.sidebarHint = !opened;
    } catch (error) {
      this.onError(error);
      this.sidebarHint = true;
    }
    this.render();
  }

  /** The keyboard shortcut pauses the conversation being written in (or the last one); the answer says whether it is paused now. */
  private onTabMessage(message: TabMessage): boolean | null {
    const session = this.active;
    if (message.type !== 'togglePause' || !session || this.stopped) return null;
    this.togglePause(session);
    return this.pausedConversations.has(this.conversationKey(session));
  }

  private togglePause(session: CoachSession): void {
    const key = this.conversationKey(session);
    if (this.pausedConversations.has(key)) this.pausedConversations.delete(key);
    else this.pausedConversations.add(key);
    void this.lintNow(session);
  }

  private async disableRule(session: CoachSession, f: Finding): Promise<void> {
    if (f.ruleId === 'custom-phrase') return;
    try {
      this.settings = await send({ type: 'disableRule', ruleId: f.ruleId });
    } catch (error) {
      this.onError(error, session);
    }
    await this.lintNow(session);
  }

  /** Applies fixes to the draft they were computed on; if it changed since, changes nothing and checks it again at once. */
  private applyFixes(session: CoachSession, findings: readonly Finding[]): void {
    if (applyCheckedFixes(session, findings)) return;
    clearTimeout(session.timer);
    session.timer = undefined;
    void this.lintNow(session);
  }

  private schedulePosition(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.reposition();
    });
  }

  private reposition(): void {
    const session = this.active;
    if (!session) return;
    if (!session.box.editor.isConnected) {
      // The composer went away (bubble closed, page changed): so does the panel.
      this.panel?.detach();
      this.panel = null;
      this.active = null;
      clearHighlights();
      this.updateKeepAlive();
      this.render();
      return;
    }
    if (!this.panel) return;
    this.panel.position(keepClear(session.box), isDarkTheme() ? 'dark' : 'light');
  }
}

function postToSidebar(port: Port, state: CoachState | null): void {
  const message: ToSidebar = { type: 'state', state };
  try {
    port.postMessage(message);
  } catch {
    // the sidebar closed meanwhile
  }
}

function isDarkTheme(): boolean {
  const root = document.documentElement;
  if (root.classList.contains('theme--dark') || document.body.classList.contains('theme--dark')) return true;
  const bg = getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g)?.map(Number);
  if (!bg || bg.length < 3 || bg[3] === 0) return false;
  return (0.299 * bg[0]! + 0.587 * bg[1]! + 0.114 * bg[2]!) / 255 < 0.4;
}

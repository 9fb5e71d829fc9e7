import { browser } from 'wxt/browser';
import type { Finding } from '@core/contracts/report.ts';
import type { RuleMeta } from '@core/contracts/rule-catalog.ts';
import type { CoachSettings } from '@core/contracts/replies.ts';
import { TabMessage } from '@core/contracts/tab-messages.ts';
import { composeBoxFor, composeBoxForField, type ComposeBox } from '@/linkedin/compose-boxes.ts';
import { deepActiveElement } from '@/linkedin/dom.ts';
import { readDraft } from '@/linkedin/read-draft.ts';
import { MessagingError, send } from '@/messaging/client.ts';
import { dismissalKey } from '@/ui/dismissal.ts';
import { applyCheckedFixes } from './checked-fixes.ts';
import { CoachSession, PAUSE_MS } from './coach-session.ts';
import { clearHighlights, showHighlights } from './highlights.ts';
import { PanelHost } from './panel-host.ts';
import type { CoachContext } from './quiet-context.ts';

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

  constructor(private readonly ctx: CoachContext) {}

  start(): void {
    const doc = document;
    this.ctx.addEventListener(doc, 'focusin', (e) => this.onFocusIn(e), { capture: true });
    this.ctx.addEventListener(doc, 'input', (e) => this.onInput(e), { capture: true });
    this.ctx.addEventListener(window, 'resize', () => this.schedulePosition());
    this.ctx.addEventListener(window, 'scroll', () => this.schedulePosition(), { capture: true, passive: true });
    const observer = new MutationObserver(() => this.schedulePosition());
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    this.ctx.onInvalidated(() => {
      observer.disconnect();
      this.stop();
    });
    const onStorage = () => void this.loadSettings().then(() => this.active && this.lintNow(this.active));
    browser.storage.onChanged.addListener(onStorage);
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
    if ((e as InputEvent).isComposing) return; // IME composition: wait for the committed text.
    clearTimeout(session.timer);
    session.timer = setTimeout(() => this.lintNow(session), this.settings?.debounceMs ?? 250);
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
      this.ensurePanel(box);
      if (!session.report) void this.lintNow(session);
      else this.render();
    }
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
    const { draft, model } = readDraft(session.box);
    session.recipient = draft.recipient?.name;
    if (this.pausedConversations.has(this.conversationKey(session))) {
      session.report = null;
      if (session === this.active) this.render();
      return;
    }
    const sequence = ++session.sequence;
    try {
      const report = await send({ type: 'lint', draft });
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

  private render(): void {
    const session = this.active;
    if (!session || !this.panel) return;
    const now = Date.now();
    const paused = this.pausedConversations.has(this.conversationKey(session));
    const findings = this.stopped ? [] : session.visibleFindings(now);
    const status = this.stopped
      ? ({ kind: 'updated' } as const)
      : paused
      ? ({ kind: 'paused' } as const)
      : session.error
        ? ({ kind: 'error', message: session.error } as const)
        : session.report
          ? ({ kind: 'report', report: session.report } as const)
          : ({ kind: 'waiting' } as const);
    this.panel.update({
      status,
      recipient: session.recipient,
      catalog: this.catalog,
      findings,
      showHints: session.showMissing(now),
      actions: {
        onApplyFix: (f) => this.applyFixes(session, [f]),
        onApplyAll: () => this.applyFixes(session, session.visibleFindings(Date.now()).filter((f) => f.fix && f.field !== 'subject')),
        onDismiss: (f) => {
          session.dismissed.add(dismissalKey(f));
          this.render();
        },
        onDisableRule: (f) => void this.disableRule(session, f),
        onTogglePause: () => this.togglePause(session),
      },
    });
    if (session.model && !paused && !this.stopped) showHighlights(session.box.editor, session.model, findings);
    else clearHighlights();
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
    if (!session || !this.panel) return;
    if (!session.box.editor.isConnected) {
      // The composer went away (bubble closed, page changed): so does the panel.
      this.panel.detach();
      this.panel = null;
      this.active = null;
      clearHighlights();
      return;
    }
    const anchor = (session.box.dialog ?? session.box.container).getBoundingClientRect();
    this.panel.position(anchor, isDarkTheme() ? 'dark' : 'light');
  }
}

function isDarkTheme(): boolean {
  const root = document.documentElement;
  if (root.classList.contains('theme--dark') || document.body.classList.contains('theme--dark')) return true;
  const bg = getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g)?.map(Number);
  if (!bg || bg.length < 3 || bg[3] === 0) return false;
  return (0.299 * bg[0]! + 0.587 * bg[1]! + 0.114 * bg[2]!) / 255 < 0.4;
}

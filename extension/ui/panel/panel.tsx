import type { Finding, Report } from '@core/contracts/report.ts';
import type { RuleMeta } from '@core/contracts/rule-catalog.ts';
import { Checklist } from '../components/checklist.tsx';
import type { FindingActions } from '../components/finding-item.tsx';
import { FindingList } from '../components/finding-list.tsx';
import { LengthMeter } from '../components/length-meter.tsx';
import { ScoreBadge, ScoreFactors } from '../components/score-badge.tsx';
import { LanguageNote } from '../components/language-note.tsx';

/** `updated`: the extension was updated or reloaded since this page loaded; this panel can no longer check. */
export type PanelStatus = { kind: 'waiting' } | { kind: 'paused' } | { kind: 'updated' } | { kind: 'error'; message: string } | { kind: 'report'; report: Report };

export interface PanelProps {
  status: PanelStatus;
  /** Whom the panel is coaching (the recipient's name), when known. */
  recipient?: string;
  catalog: ReadonlyMap<string, RuleMeta>;
  /** Findings to show: the report's, minus dismissed ones and (before the draft has substance) the "missing" ones. */
  findings: readonly Finding[];
  showHints: boolean;
  collapsed: boolean;
  /** The browser would not open its sidebar from the page: say how to open it. */
  sidebarHint?: boolean;
  actions: FindingActions & {
    onApplyAll?: () => void;
    /** Absent in the sidebar, which has no badge. */
    onToggleCollapsed?: () => void;
    onTogglePause: () => void;
    /** Absent in the sidebar itself. */
    onOpenSidebar?: () => void;
  };
}

export const SIDEBAR_HOW_TO = 'To open Tactful in the sidebar, right-click Tactful’s toolbar button and choose “Open in sidebar”.';

/** The coaching panel beside LinkedIn's composer. */
export function Panel({ status, recipient, catalog, findings, showHints, collapsed, sidebarHint, actions }: PanelProps) {
  const report = status.kind === 'report' ? status.report : null;
  if (collapsed) {
    return (
      <button type="button" class={`badge badge--${report?.verdict ?? 'idle'}`} data-action="expand" aria-expanded="false" onClick={actions.onToggleCollapsed} aria-label={report ? `Tactful: score ${report.score}, open the coach` : 'Open Tactful'}>
        <span class="badge__logo" aria-hidden="true">T</span>
        {report && <span data-testid="score">{report.score}</span>}
      </button>
    );
  }
  const fixable = findings.filter((f) => f.fix && f.field !== 'subject');
  return (
    <section class="panel" aria-label="Tactful message coach">
      <header class="panel__header">
        <div class="panel__title">
          <strong>Tactful</strong>
          <span class="panel__who" data-testid="coaching">{recipient ? `Coaching your message to ${recipient}` : 'Coaching your message'}</span>
        </div>
        <div class="panel__controls">
          {status.kind !== 'updated' && (
            <button type="button" class="icon" data-action="pause" onClick={actions.onTogglePause} aria-pressed={status.kind === 'paused'} title="Pause Tactful for this conversation">
              {status.kind === 'paused' ? 'Resume' : 'Pause'}
            </button>
          )}
          {actions.onOpenSidebar && (
            <button type="button" class="icon" data-action="open-sidebar" onClick={actions.onOpenSidebar} title="Open in the browser’s sidebar" aria-label="Open in sidebar">
              ⇥
            </button>
          )}
          {actions.onToggleCollapsed && (
            <button type="button" class="icon" data-action="collapse" aria-expanded="true" onClick={actions.onToggleCollapsed} title="Collapse to a badge">
              –
            </button>
          )}
        </div>
      </header>
      <div class="panel__body">
        <div class="visually-hidden" role="status" aria-live="polite">
          {report ? `Score ${report.score}, ${report.verdict.replace('-', ' ')}, ${findings.length} suggestion${findings.length === 1 ? '' : 's'}` : ''}
        </div>
        {sidebarHint && (
          <p class="notice" role="status" data-testid="sidebar-how-to">
            {SIDEBAR_HOW_TO}
          </p>
        )}
        {status.kind === 'waiting' && <p class="empty">Start writing: Tactful checks your draft as you type.</p>}
        {status.kind === 'paused' && <p class="empty">Paused for this conversation. Nothing is checked until you resume.</p>}
        {status.kind === 'updated' && (
          <p class="notice" role="status">
            Tactful was updated — reload the page to keep coaching
          </p>
        )}
        {status.kind === 'error' && <p class="notice" role="alert">{status.message}</p>}
        {report && (
          <>
            <div class="panel__summary">
              <ScoreBadge report={report} />
              <LengthMeter length={report.length} />
            </div>
            <LanguageNote report={report} />
            {report.notices
              .map((n) => (
                <p class="notice" key={n}>
                  {n}
                </p>
              ))}
            <ScoreFactors report={report} />
            {fixable.length > 1 && actions.onApplyAll && (
              <button type="button" class="apply-all" data-action="apply-all" onClick={actions.onApplyAll}>
                Apply all {fixable.length} fixes
              </button>
            )}
            <FindingList findings={findings} catalog={catalog} actions={actions} />
            <Checklist items={report.checklist} showHints={showHints} />
          </>
        )}
      </div>
    </section>
  );
}

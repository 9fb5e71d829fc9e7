import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DraftInput } from '@core/contracts/draft.ts';
import { boundForSending } from '@core/contracts/sending.ts';
import type { Finding, Report } from '@core/contracts/report.ts';
import { applyFixes } from '@core/engine/apply-fixes.ts';
import { replaceSpan } from '@/editing/replace-span.ts';
import { readTextModel } from '@/editing/text-model.ts';
import { send } from '@/messaging/client.ts';
import { Checklist } from '../components/checklist.tsx';
import { FindingList } from '../components/finding-list.tsx';
import { LengthMeter } from '../components/length-meter.tsx';
import { ScoreBadge, ScoreFactors } from '../components/score-badge.tsx';
import { PresetPicker } from '../components/preset-picker.tsx';
import { dismissalKey } from '../dismissal.ts';
import { useStoredSettings } from '../options/use-stored-settings.ts';
import { useCatalog } from '../use-catalog.ts';
import { EMPTY_DRAFT, loadPopupDraft, savePopupDraft, type PopupDraft } from './popup-draft.ts';
import { LanguageNote } from '../components/language-note.tsx';

function toDraft(d: PopupDraft): DraftInput {
  return boundForSending({
    text: d.text,
    kind: d.kind,
    ...(d.kind === 'inmail' ? { subject: d.subject } : {}),
    ...(d.recipient.trim() ? { recipient: { name: d.recipient.trim() } } : {}),
    thread: d.reply && d.kind !== 'note' ? { fromThem: 1, unansweredFromMe: 0 } : { fromThem: 0, unansweredFromMe: 0 },
    ...(d.kind === 'note' ? { account: d.account } : {}),
  });
}

/** The toolbar popup: review a draft written elsewhere. */
export function PopupApp() {
  const [draft, setDraft] = useState<PopupDraft | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [copied, setCopied] = useState(false);
  const catalog = useCatalog();
  const stored = useStoredSettings();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const subjectInput = useRef<HTMLInputElement>(null);
  const sequence = useRef(0);

  useEffect(() => void loadPopupDraft().then(setDraft), []);
  useEffect(() => {
    if (!draft) return;
    void savePopupDraft(draft);
    const mine = ++sequence.current;
    const timer = setTimeout(() => {
      send({ type: 'lint', draft: toDraft(draft) })
        .then((r) => mine === sequence.current && (setReport(r), setError(null)))
        .catch((e: Error) => mine === sequence.current && setError(e.message));
    }, 120);
    return () => clearTimeout(timer);
  }, [draft, stored.settings?.preset]);

  if (!draft) return <main class="popup" aria-busy="true" />;
  const update = (patch: Partial<PopupDraft>) => setDraft({ ...draft, ...patch });
  const findings = (report?.findings ?? []).filter((f) => !dismissed.has(dismissalKey(f)));

  const applyFix = (f: Finding) => {
    const target = f.field === 'subject' ? subjectInput.current : textarea.current;
    if (!target || !f.fix) return;
    replaceSpan(target, readTextModel(target), f.fix.start, f.fix.end, f.fix.replacement);
  };
  const improved = report ? applyFixes(draft.text, findings.filter((f) => f.fix && f.field !== 'subject').map((f) => f.fix!)) : draft.text;
  const copy = async () => {
    await navigator.clipboard.writeText(improved).then(() => setCopied(true), () => setError('Copying was blocked by the browser.'));
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <main class="popup">
      <header class="page-header">
        <h1>Tactful</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>Settings</button>
      </header>
      <p class="privacy" data-testid="privacy">Checked on this computer: nothing you write leaves your browser.</p>
      {stored.settings && <PresetPicker preset={stored.settings.preset} onChange={(preset) => void stored.change({ preset })} />}
      {stored.status.error && <p class="notice" role="alert">{stored.status.text}</p>}
      <div class="fields">
        <label>
          Kind
          <select value={draft.kind} onChange={(e) => update({ kind: (e.target as HTMLSelectElement).value as PopupDraft['kind'] })} data-testid="kind">
            <option value="message">Message</option>
            <option value="note">Connection note</option>
            <option value="inmail">InMail</option>
          </select>
        </label>
        <label>
          Recipient
          <input type="text" value={draft.recipient} placeholder="Full name (optional)" onInput={(e) => update({ recipient: (e.target as HTMLInputElement).value })} data-testid="recipient" />
        </label>
        {draft.kind === 'inmail' && (
          <label class="wide">
            Subject
            <input ref={subjectInput} type="text" value={draft.subject} onInput={(e) => update({ subject: (e.target as HTMLInputElement).value })} data-testid="subject" />
          </label>
        )}
        {draft.kind === 'note' ? (
          <label>
            Account
            <select value={draft.account} onChange={(e) => update({ account: (e.target as HTMLSelectElement).value as PopupDraft['account'] })} data-testid="account">
              <option value="free">Free (200 characters)</option>
              <option value="premium">Premium (300 characters)</option>
            </select>
          </label>
        ) : (
          <label class="inline">
            <input type="checkbox" checked={draft.reply} onChange={(e) => update({ reply: (e.target as HTMLInputElement).checked })} data-testid="reply" />
            Reply in an existing conversation
          </label>
        )}
      </div>
      <label class="wide draft-label">
        Your draft
        <textarea ref={textarea} data-testid="draft" rows={7} value={draft.text} placeholder="Paste or write your LinkedIn message here…" onInput={(e) => update({ text: (e.target as HTMLTextAreaElement).value })} />
      </label>
      <div role="status" aria-live="polite" class="visually-hidden">
        {report && draft.text ? `Score ${report.score}, ${findings.length} suggestion${findings.length === 1 ? '' : 's'}` : ''}
      </div>
      {error && <p class="notice" role="alert">{error}</p>}
      {report && draft.text.trim() !== '' && (
        <section class="results" aria-label="Results">
          <div class="summary">
            <ScoreBadge report={report} />
            <LengthMeter length={report.length} />
          </div>
          <LanguageNote report={report} />
          {report.notices.map((n) => (
            <p class="notice" key={n}>
              {n}
            </p>
          ))}
          <ScoreFactors report={report} />
          <div class="actions">
            <button type="button" data-action="copy" onClick={() => void copy()}>{copied ? 'Copied' : findings.some((f) => f.fix) ? 'Copy improved draft' : 'Copy draft'}</button>
            <button type="button" class="secondary" onClick={() => (setDraft(EMPTY_DRAFT), setDismissed(new Set()))}>Clear</button>
          </div>
          <FindingList findings={findings} catalog={catalog} actions={{ onApplyFix: applyFix, onDismiss: (f) => setDismissed(new Set([...dismissed, dismissalKey(f)])) }} />
          <Checklist items={report.checklist} showHints />
        </section>
      )}
    </main>
  );
}

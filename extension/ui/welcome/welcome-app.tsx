import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '@core/contracts/report.ts';
import type { Settings } from '@core/contracts/settings.ts';
import { applyFixes } from '@core/engine/apply-fixes.ts';
import { send } from '@/messaging/client.ts';
import { FindingList } from '../components/finding-list.tsx';
import { ScoreBadge } from '../components/score-badge.tsx';
import { useStoredSettings } from '../options/use-stored-settings.ts';
import { useCatalog } from '../use-catalog.ts';
import { ChecklistPicture, CoachBesidePicture, FixPicture, PICTURES_CSS } from './pictures.tsx';

export const SAMPLE_RECIPIENT = 'Sam Rivera';
export const SAMPLE_DRAFT = 'Hi Sam, I came across your profile and would love to connect. Could u send me your pricing deck ASAP?';

const ACCOUNTS: { value: Settings['account']; label: string }[] = [
  { value: 'free', label: 'Free: connection notes up to 200 characters' },
  { value: 'premium', label: 'Premium: connection notes up to 300 characters' },
  { value: 'auto', label: 'Not sure: let Tactful read it from LinkedIn' },
];
const HOMES: { value: Settings['panelHome']; label: string }[] = [
  { value: 'page', label: 'Beside the message box, in LinkedIn’s page' },
  { value: 'side', label: 'In the browser’s sidebar, next to the page' },
];

/**
 * The page opened once, on install: what Tactful does, its privacy promise, a live example checked by
 * the real engine (through the background, like everywhere else), the two questions worth asking at
 * the start (account type, where the panel lives) and the way to every other setting.
 */
export function WelcomeApp() {
  const { settings, status, change } = useStoredSettings();
  return (
    <main class="welcome">
      <header class="welcome__header">
        <h1>Welcome to Tactful</h1>
        <p class="welcome__lead">A coach for your LinkedIn messages: it reads your draft as you write and suggests what would make it welcome.</p>
      </header>

      <section aria-labelledby="what-title">
        <h2 id="what-title">What Tactful does</h2>
        <div class="pictures">
          <figure>
            <CoachBesidePicture />
            <figcaption>A coach beside the message box checks your draft while you type: in messages, chat bubbles, InMails and connection notes.</figcaption>
          </figure>
          <figure>
            <FixPicture />
            <figcaption>Pushy, stiff or mistyped words are underlined, each with the reason and, where it can, a one-click fix.</figcaption>
          </figure>
          <figure>
            <ChecklistPicture />
            <figcaption>A personalization checklist and a score that says what it is made of.</figcaption>
          </figure>
        </div>
        <p class="welcome__privacy" data-testid="privacy">
          <strong>Private by design:</strong> everything is checked on your computer, and nothing you write is sent anywhere or stored.
        </p>
      </section>

      <LiveExample />

      <section aria-labelledby="setup-title">
        <h2 id="setup-title">Two questions</h2>
        {settings ? (
          <div class="questions">
            <fieldset data-testid="welcome-account">
              <legend>Which LinkedIn account do you have?</legend>
              <p class="hint">It sets the connection-note limit Tactful checks.</p>
              {ACCOUNTS.map((a) => (
                <label class="inline" key={a.value}>
                  <input type="radio" name="account" value={a.value} checked={settings.account === a.value} onChange={() => void change({ account: a.value })} />
                  {a.label}
                </label>
              ))}
            </fieldset>
            <fieldset data-testid="panel-home">
              <legend>Where should the coach live?</legend>
              <p class="hint">You can switch at any time in the settings.</p>
              {HOMES.map((h) => (
                <label class="inline" key={h.value}>
                  <input type="radio" name="panel-home" value={h.value} checked={settings.panelHome === h.value} onChange={() => void change({ panelHome: h.value })} />
                  {h.label}
                </label>
              ))}
            </fieldset>
          </div>
        ) : (
          <p aria-busy="true">Loading…</p>
        )}
        <p class={`status${status.error ? ' status--error' : ''}`} role="status" aria-live="polite" data-testid="status">
          {status.text}
        </p>
      </section>

      <footer class="welcome__footer">
        <a class="button" href="/options.html" data-testid="open-options">
          All settings: rules, strictness, length goals, shortcuts
        </a>
        <span class="hint">Then open a conversation on LinkedIn and start writing.</span>
      </footer>
    </main>
  );
}

/** A sample draft, editable, checked by the engine as it changes. */
function LiveExample() {
  const [text, setText] = useState(SAMPLE_DRAFT);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const catalog = useCatalog();
  const sequence = useRef(0);

  useEffect(() => {
    const mine = ++sequence.current;
    const timer = setTimeout(() => {
      send({ type: 'lint', draft: { text, kind: 'message', recipient: { name: SAMPLE_RECIPIENT }, thread: { fromThem: 0, unansweredFromMe: 0 } } })
        .then((r) => mine === sequence.current && (setReport(r), setError(null)))
        .catch((e: Error) => mine === sequence.current && setError(e.message));
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <section aria-labelledby="try-title" class="live">
      <h2 id="try-title">Try it</h2>
      <label class="wide">
        A first message to {SAMPLE_RECIPIENT}: edit it and watch the coach
        <textarea data-testid="draft" rows={4} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <div role="status" aria-live="polite" class="visually-hidden">
        {report ? `Score ${report.score}, ${report.findings.length} suggestion${report.findings.length === 1 ? '' : 's'}` : ''}
      </div>
      {error && <p class="notice" role="alert">{error}</p>}
      {report && (
        <div class="live__results" data-testid="live-results">
          <ScoreBadge report={report} />
          <FindingList findings={report.findings} catalog={catalog} actions={{ onApplyFix: (f) => f.fix && setText(applyFixes(text, [f.fix])) }} />
        </div>
      )}
    </section>
  );
}

export const WELCOME_CSS = `
${PICTURES_CSS}
.welcome { max-width: 920px; margin: 0 auto; padding: 28px 20px 40px; font-size: 14px; }
.welcome h1 { font-size: 26px; }
.welcome h2 { font-size: 18px; margin-top: 28px; }
.welcome__lead { font-size: 16px; color: var(--muted); margin: 6px 0 0; }
.pictures { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 18px; }
.pictures figure { margin: 0; }
.pictures figcaption { margin-top: 6px; }
.welcome__privacy { background: var(--soft); border-radius: 8px; padding: 10px 12px; margin-top: 16px; }
.live textarea { margin-top: 4px; }
.live__results { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; margin-top: 8px; }
.questions { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; }
fieldset { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
legend { font-weight: 600; padding: 0 4px; }
fieldset label.inline { margin: 6px 0; }
.hint { color: var(--muted); margin: 2px 0 6px; font-size: 12px; }
.welcome__footer { display: flex; gap: 14px; align-items: center; flex-wrap: wrap; margin-top: 28px; }
a.button { background: var(--accent); color: var(--accent-fg); border-radius: 16px; padding: 6px 14px; text-decoration: none; font-weight: 600; }
a.button:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;

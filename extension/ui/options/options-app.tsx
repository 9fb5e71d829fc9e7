import { useMemo, useState } from 'preact/hooks';
import { wordListPatch } from '@core/contracts/settings-patch.ts';
import { defaultSettings, type CustomPhrase, type Settings } from '@core/contracts/settings.ts';
import type { RuleMeta } from '@core/contracts/rule-catalog.ts';
import type { Category, Severity } from '@core/contracts/rule-id.ts';
import { overrideFor, ruleChoice, rulesOverridden } from '@core/engine/presets.ts';
import { PresetPicker } from '../components/preset-picker.tsx';
import { RuleToggle, type RuleChoice } from '../components/rule-toggle.tsx';
import { useCatalog } from '../use-catalog.ts';
import { ImportExport } from './import-export.tsx';
import { KeptField } from './kept-field.tsx';
import { openSidebarFromPage } from '../open-sidebar.ts';
import { Shortcuts } from './shortcuts.tsx';
import { useStoredSettings } from './use-stored-settings.ts';

const CATEGORIES: { id: Category; title: string }[] = [
  { id: 'relationship', title: 'Relationship and purpose' },
  { id: 'personalization', title: 'Personalization' },
  { id: 'brevity', title: 'Brevity' },
  { id: 'tone', title: 'Tone' },
  { id: 'polish', title: 'Polish' },
  { id: 'subject', title: 'InMail subject' },
];
const SURFACES: { id: keyof Settings['surfaces']; label: string }[] = [
  { id: 'messagingPage', label: 'Messaging page' },
  { id: 'chatBubbles', label: 'Chat bubbles' },
  { id: 'connectionNotes', label: 'Connection notes' },
  { id: 'inmail', label: 'InMail' },
  { id: 'salesNavigator', label: 'Sales Navigator' },
  { id: 'recruiter', label: 'Recruiter' },
];
const GOALS: { id: keyof Settings['lengthGoals']; label: string }[] = [
  { id: 'messageWords', label: 'First message (words)' },
  { id: 'replyWords', label: 'Reply (words)' },
  { id: 'inmailWords', label: 'InMail (words)' },
  { id: 'noteCharacters', label: 'Connection note (characters)' },
];

const lines = (text: string) => text.split('\n').map((w) => w.trim()).filter(Boolean);

/**
 * The options page: every rule, length goals, account type, surfaces, the user's own phrases and words.
 * Each control sends only what it changed (a patch), so changes made meanwhile in a LinkedIn tab or
 * another options page are kept; those changes show here as they are stored.
 */
export function OptionsApp() {
  const catalog = useCatalog();
  const { settings, damaged, status, setStatus, change, replace, show } = useStoredSettings();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | 'all'>('all');
  const [phrase, setPhrase] = useState<CustomPhrase>({ phrase: '', message: '', severity: 'warning' });

  const rules = useMemo(() => {
    const q = query.trim().toLowerCase();
    return [...catalog.values()].filter((r) => (category === 'all' || r.category === category) && (!q || `${r.title} ${r.id} ${r.description} ${r.why}`.toLowerCase().includes(q)));
  }, [catalog, query, category]);

  if (!settings) return <main class="options" aria-busy="true"><p role="status">{status.text || 'Loading…'}</p></main>;
  // Only the field that changed is sent; a value equal to the preset's is no override (null).
  const setRule = (meta: RuleMeta, was: RuleChoice, next: RuleChoice) => {
    const override = overrideFor(settings.preset, meta, next);
    const entry: { enabled?: boolean | null; severity?: Severity | null } = {};
    if (next.enabled !== was.enabled) entry.enabled = override.enabled;
    if (next.severity !== was.severity) entry.severity = override.severity;
    void change({ rules: { [meta.id]: entry } });
  };
  const overridden = rulesOverridden(settings, [...catalog.values()]);
  const resetOverrides = () => void change({ rules: Object.fromEntries(overridden.map((id) => [id, { enabled: null, severity: null }])) });

  return (
    <main class="options">
      <header class="page-header">
        <h1>Tactful settings</h1>
        <a href="/welcome.html" class="link">Welcome tour</a>
      </header>
      <p class="privacy">Settings travel with your browser’s own sync, like any extension setting. Your drafts are never stored or synced.</p>
      <p class={`status${status.error ? ' status--error' : ''}`} role="status" aria-live="polite" data-testid="status">{status.text}</p>
      {damaged && (
        <div class="notice" role="alert" data-testid="damaged">
          <p>Your saved settings could not be read whole, so defaults are shown and nothing is saved over them. Import a backup, or keep what is shown here as your settings.</p>
          <button type="button" data-action="keep-shown" onClick={() => void replace(settings, 'Saved. These are your settings now.')}>Keep what is shown</button>
        </div>
      )}

      <section aria-labelledby="rules-title">
        <h2 id="rules-title">Rules</h2>
        <PresetPicker preset={settings.preset} onChange={(preset) => void change({ preset })} overridden={overridden.length} onResetOverrides={resetOverrides} />
        <div class="toolbar">
          <label>
            Search
            <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} placeholder="e.g. emoji, pushy, sales pitch" data-testid="rule-search" />
          </label>
          <label>
            Category
            <select value={category} onChange={(e) => setCategory((e.target as HTMLSelectElement).value as Category | 'all')} data-testid="rule-category">
              <option value="all">All categories</option>
              {CATEGORIES.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
            </select>
          </label>
        </div>
        {CATEGORIES.map((c) => {
          const group = rules.filter((r) => r.category === c.id);
          if (group.length === 0) return null;
          return (
            <section key={c.id} aria-label={c.title}>
              <h3 class="group-title">{c.title}</h3>
              <ul>
                {group.map((meta) => {
                  const choice = ruleChoice(settings, meta);
                  return <RuleToggle key={meta.id} meta={meta} choice={choice} onChange={(next) => setRule(meta, choice, next)} />;
                })}
              </ul>
            </section>
          );
        })}
        {rules.length === 0 && <p class="empty">No rule matches.</p>}
      </section>

      <section aria-labelledby="length-title">
        <h2 id="length-title">Length goals</h2>
        <div class="grid">
          {GOALS.map((g) => (
            <label key={g.id}>
              {g.label}
              <KeptField min={g.id === 'noteCharacters' ? 20 : 10} max={5000} value={String(settings.lengthGoals[g.id])} data-length-goal={g.id} onCommit={(text) => {
                const value = Number(text);
                const min = g.id === 'noteCharacters' ? 20 : 10;
                if (Number.isInteger(value) && value >= min && value <= 5000) void change({ lengthGoals: { [g.id]: value } });
                else setStatus({ text: `Length goals are whole numbers from ${min} to 5000.`, error: true });
              }} />
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="account-title">
        <h2 id="account-title">Account and coaching</h2>
        <div class="grid">
          <label>
            Account type (connection-note limit)
            <select value={settings.account} data-testid="account" onChange={(e) => void change({ account: (e.target as HTMLSelectElement).value as Settings['account'] })}>
              <option value="auto">Detect from the page</option>
              <option value="free">Free (200 characters)</option>
              <option value="premium">Premium (300 characters)</option>
            </select>
          </label>
          <label>
            Check after a pause of (ms)
            <KeptField min={0} max={5000} step={50} value={String(settings.debounceMs)} data-testid="debounce" onCommit={(text) => {
              const value = Number(text);
              if (Number.isInteger(value) && value >= 0 && value <= 5000) void change({ debounceMs: value });
            }} />
          </label>
        </div>
        <div class="grid">
          <label>
            Where the coach appears
            <select value={settings.panelHome} data-testid="panel-home" onChange={(e) => void change({ panelHome: (e.target as HTMLSelectElement).value as Settings['panelHome'] })}>
              <option value="page">Beside the composer, in LinkedIn’s page</option>
              <option value="side">In the browser’s sidebar</option>
            </select>
            <button type="button" class="secondary" data-action="open-sidebar" onClick={() => void openSidebarFromPage().then((opened) => (opened ? change({ panelHome: 'side' }) : undefined))}>Open in sidebar</button>
          </label>
          <label class="inline">
            <input type="checkbox" checked={settings.underlines} data-testid="underlines" onChange={(e) => void change({ underlines: (e.target as HTMLInputElement).checked })} />
            Underline findings in the draft
          </label>
        </div>
        <div class="grid">
          <label>
            Coaching language
            <select value={settings.coachingLanguage} data-testid="coaching-language" onChange={(e) => void change({ coachingLanguage: (e.target as HTMLSelectElement).value as Settings['coachingLanguage'] })}>
              <option value="auto">Detect each draft’s language</option>
              <option value="en">Always English</option>
              <option value="es">Always Spanish</option>
              <option value="pt">Always Portuguese</option>
              <option value="fr">Always French</option>
              <option value="de">Always German</option>
            </select>
          </label>
          <p class="hint" data-testid="coached-languages">
            Tactful coaches drafts in English, Spanish, Portuguese, French and German, each by its own etiquette (Sie, vous and usted are
            normal, not stiff). Drafts in other languages get only the checks that work in any language: placeholders, names, emoji and length.
          </p>
        </div>
        <h3 class="group-title">Coach on</h3>
        <div class="grid">
          {SURFACES.map((s) => (
            <label key={s.id} class="inline">
              <input type="checkbox" checked={settings.surfaces[s.id]} data-surface={s.id} onChange={(e) => void change({ surfaces: { [s.id]: (e.target as HTMLInputElement).checked } })} />
              {s.label}
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <Shortcuts />
      </section>

      <section aria-labelledby="phrases-title">
        <h2 id="phrases-title">Your own phrases to flag</h2>
        <ul>
          {settings.customPhrases.map((p, i) => (
            <li key={`${p.phrase}-${i}`} class="phrase" data-custom-phrase={p.phrase}>
              <strong>{p.phrase}</strong>
              <span>{p.message}</span>
              <span>{p.severity}</span>
              <button type="button" class="link" onClick={() => void change({ customPhrases: { remove: [{ phrase: p.phrase, message: p.message }] } })} aria-label={`Remove the phrase ${p.phrase}`}>Remove</button>
            </li>
          ))}
        </ul>
        <form class="toolbar" onSubmit={(e) => {
          e.preventDefault();
          if (!phrase.phrase.trim() || !phrase.message.trim()) return setStatus({ text: 'A phrase needs both the words and a message.', error: true });
          void change({ customPhrases: { add: [{ ...phrase, phrase: phrase.phrase.trim(), message: phrase.message.trim() }] } });
          setPhrase({ phrase: '', message: '', severity: 'warning' });
        }}>
          <label>Phrase<input type="text" value={phrase.phrase} maxLength={200} data-testid="phrase" onInput={(e) => setPhrase({ ...phrase, phrase: (e.target as HTMLInputElement).value })} /></label>
          <label>Message<input type="text" value={phrase.message} maxLength={500} data-testid="phrase-message" onInput={(e) => setPhrase({ ...phrase, message: (e.target as HTMLInputElement).value })} /></label>
          <label>Severity<select value={phrase.severity} onChange={(e) => setPhrase({ ...phrase, severity: (e.target as HTMLSelectElement).value as Severity })}><option value="error">Error</option><option value="warning">Warning</option><option value="info">Info</option></select></label>
          <button type="submit" data-action="add-phrase">Add phrase</button>
        </form>
      </section>

      <section aria-labelledby="words-title">
        <h2 id="words-title">Words never to flag</h2>
        <label>
          Names and jargon, one per line
          <KeptField multiline rows={4} data-testid="ignored-words" value={settings.ignoredWords.join('\n')} onCommit={(text, startedFrom) => {
            const patch = wordListPatch(lines(startedFrom), lines(text));
            if (patch.add!.length > 0 || patch.remove!.length > 0) void change({ ignoredWords: patch });
          }} />
        </label>
      </section>

      <section aria-labelledby="backup-title">
        <h2 id="backup-title">Back up and reset</h2>
        <ImportExport settings={settings} onImported={(next, notices) => (show({ settings: next }), setStatus({ text: notices.length ? `Imported. ${notices.join(' ')}` : 'Imported.' }))} onError={(text) => setStatus({ text, error: true })} />
        <button type="button" class="secondary" data-action="reset" onClick={() => confirm('Reset every setting to its default?') && void replace(defaultSettings(), 'Reset to defaults.')}>Reset to defaults</button>
      </section>
    </main>
  );
}

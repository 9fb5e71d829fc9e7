import { COMPONENT_CSS, PAGE_THEME } from './styles.ts';

/** CSS for the extension's own pages (popup, options), following the system's light or dark scheme. */
export const PAGES_CSS = `
${PAGE_THEME}
body { margin: 0; background: var(--bg); color: var(--fg); font: 13px/1.45 -apple-system, system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
${COMPONENT_CSS}
h1 { font-size: 18px; margin: 0; } h2 { font-size: 15px; margin: 18px 0 8px; }
label { display: flex; flex-direction: column; gap: 2px; font-weight: 600; font-size: 12px; color: var(--muted); }
label.inline { flex-direction: row; align-items: center; gap: 6px; font-weight: 400; color: var(--fg); }
input[type="text"], input[type="number"], input[type="search"], select, textarea { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 5px 7px; }
textarea { resize: vertical; width: 100%; }
.page-header { display: flex; justify-content: space-between; align-items: center; }
.privacy { color: var(--muted); margin: 4px 0 10px; }
.popup { width: 420px; padding: 12px 14px; }
.fields { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin-bottom: 8px; } .fields .wide { grid-column: 1 / -1; }
.draft-label { margin-bottom: 6px; }
.summary { display: flex; justify-content: space-between; align-items: center; }
.actions { display: flex; gap: 8px; margin: 6px 0; }
.options { max-width: 860px; margin: 0 auto; padding: 20px; }
.rule { border: 1px solid var(--line); border-radius: 8px; padding: 10px; margin-bottom: 8px; }
.rule__head { display: flex; justify-content: space-between; gap: 12px; align-items: center; }
.rule__title { font-weight: 600; }
.rule__id { font-family: ui-monospace, monospace; font-size: 11px; color: var(--muted); }
.preset-picker { display: flex; gap: 10px; align-items: end; flex-wrap: wrap; }
.preset-picker p { margin: 0; color: var(--muted); font-size: 12px; flex-basis: 100%; }
.shortcuts { list-style: none; padding: 0; } .shortcuts li { display: flex; gap: 12px; margin-bottom: 4px; }
kbd { font-family: ui-monospace, monospace; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 5px; }
.rule__why { color: var(--muted); margin: 4px 0; }
.rule__examples { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; font-size: 12px; }
.example--flagged::before { content: "✗ "; color: var(--error); } .example--quiet::before { content: "✓ "; color: var(--ok); }
.toolbar { display: flex; gap: 8px; flex-wrap: wrap; align-items: end; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 10px; }
.phrase { display: grid; grid-template-columns: 1fr 2fr auto auto; gap: 6px; align-items: center; margin-bottom: 4px; }
.status { min-height: 1.4em; color: var(--ok); } .status--error { color: var(--error); }
.sidebar { padding: 10px; }
.sidebar .panel { display: flex; flex-direction: column; border: 1px solid var(--line); border-radius: 10px; }
.sidebar .panel__header { display: flex; justify-content: space-between; gap: 8px; padding: 8px 10px; border-bottom: 1px solid var(--line); }
.sidebar .panel__title { display: flex; flex-direction: column; min-width: 0; } .sidebar .panel__who { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
.sidebar .panel__controls { display: flex; gap: 4px; align-items: start; } .sidebar .panel__body { padding: 8px 10px 10px; }
.sidebar .panel__summary { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.sidebar__start { padding: 12px; } .sidebar__home { margin-top: 10px; }
`;

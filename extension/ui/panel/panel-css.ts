import { COMPONENT_CSS, themeVariables } from '../styles.ts';

/** The panel's CSS, injected into its own shadow root: nothing leaks into LinkedIn, nothing comes in. */
export const PANEL_CSS = `
:host { all: initial; position: fixed; z-index: 2147483000; display: block; contain: layout style;
  font: 13px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg); }
${themeVariables(':host', ':host([data-theme="dark"])')}
${COMPONENT_CSS}
.mount { max-height: inherit; }
.panel { width: 100%; max-height: inherit; display: flex; flex-direction: column; background: var(--bg); border: 1px solid var(--line);
  border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18); overflow: hidden; }
.panel__header { display: flex; justify-content: space-between; gap: 8px; padding: 8px 10px; border-bottom: 1px solid var(--line); }
.panel__title { display: flex; flex-direction: column; min-width: 0; }
.panel__who { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
.panel__controls { display: flex; gap: 4px; align-items: start; }
.panel__body { overflow: auto; min-height: 0; padding: 8px 10px 10px; }
.panel__summary { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.apply-all { margin: 6px 0; }
.badge { display: flex; align-items: center; gap: 6px; border-radius: 18px; padding: 4px 10px 4px 4px; font-weight: 700; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.badge__logo { display: inline-grid; place-items: center; width: 22px; height: 22px; border-radius: 50%; background: var(--accent-fg); color: var(--accent); }
.badge--needs-work { background: var(--error); border-color: var(--error); } .badge--almost { background: var(--warning); border-color: var(--warning); } .badge--ready { background: var(--ok); border-color: var(--ok); }
`;

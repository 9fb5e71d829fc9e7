/** The panel's CSS, injected into its own shadow root: nothing leaks into LinkedIn, nothing comes in. */
export const PANEL_CSS = `
:host { all: initial; position: fixed; z-index: 2147483000; display: block; contain: layout style;
  --bg: #ffffff; --fg: #1d2226; --muted: #5e6b73; --line: #d9dee2; --accent: #0a66c2; --accent-fg: #ffffff;
  --error: #b3261e; --warning: #8a5300; --info: #1f5f99; --ok: #1b6e3a; --soft: #f3f6f8;
  font: 13px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg); }
:host([data-theme="dark"]) { --bg: #1d2226; --fg: #e9eef2; --muted: #a9b4bc; --line: #38434a; --accent: #71b7fb; --accent-fg: #0b1116;
  --error: #ff8a80; --warning: #ffcc80; --info: #90caf9; --ok: #81c995; --soft: #283238; }
* { box-sizing: border-box; }
button { font: inherit; cursor: pointer; border-radius: 14px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); padding: 2px 10px; }
button.secondary, button.icon { background: transparent; color: var(--accent); }
button.link { background: none; border: none; color: var(--muted); text-decoration: underline; padding: 2px 4px; }
button:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.panel { width: 100%; max-height: inherit; display: flex; flex-direction: column; background: var(--bg); border: 1px solid var(--line);
  border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18); overflow: hidden; }
.panel__header { display: flex; justify-content: space-between; gap: 8px; padding: 8px 10px; border-bottom: 1px solid var(--line); }
.panel__title { display: flex; flex-direction: column; min-width: 0; }
.panel__who { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
.panel__controls { display: flex; gap: 4px; align-items: start; }
.panel__body { overflow: auto; padding: 8px 10px 10px; }
.panel__summary { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.score { display: flex; align-items: baseline; gap: 8px; }
.score__number { font-size: 24px; font-weight: 700; }
.score--ready .score__number { color: var(--ok); } .score--almost .score__number { color: var(--warning); } .score--needs-work .score__number { color: var(--error); }
.score__verdict { font-weight: 600; }
.length { color: var(--muted); margin: 0; font-size: 12px; } .length--over { color: var(--error); font-weight: 600; }
.factors { margin: 6px 0; color: var(--muted); } .factors ul { list-style: none; margin: 4px 0; padding: 0; }
.factors li { display: flex; justify-content: space-between; font-size: 12px; } .factor--minus { color: var(--error); } .factor--plus { color: var(--ok); }
.group-title { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin: 10px 0 4px; color: var(--muted); }
.group-title--error { color: var(--error); } .group-title--warning { color: var(--warning); } .group-title--info { color: var(--info); }
.count { font-weight: 400; }
ul { list-style: none; margin: 0; padding: 0; }
.finding { border-left: 3px solid var(--line); padding: 4px 0 6px 8px; margin-bottom: 6px; }
.finding--error { border-color: var(--error); } .finding--warning { border-color: var(--warning); } .finding--info { border-color: var(--info); }
.finding__message, .finding__suggestion { margin: 0 0 2px; } .finding__suggestion { color: var(--muted); }
.finding__excerpt { font-weight: 600; } .finding__why { color: var(--muted); font-size: 12px; } .finding__why p { margin: 2px 0; }
.finding__actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.apply-all { margin: 6px 0; }
.check { display: flex; gap: 6px; padding: 2px 0; } .check--done { color: var(--ok); }
.check__hint { display: block; color: var(--muted); font-size: 12px; }
.notice { background: var(--soft); border-radius: 6px; padding: 6px 8px; margin: 6px 0; }
.empty { color: var(--muted); margin: 6px 0; }
.badge { display: flex; align-items: center; gap: 6px; border-radius: 18px; padding: 4px 10px 4px 4px; font-weight: 700; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.badge__logo { display: inline-grid; place-items: center; width: 22px; height: 22px; border-radius: 50%; background: var(--accent-fg); color: var(--accent); }
.badge--needs-work { background: var(--error); border-color: var(--error); } .badge--almost { background: var(--warning); border-color: var(--warning); } .badge--ready { background: var(--ok); border-color: var(--ok); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/**
 * Tactful's look, shared by the panel (inside its shadow root), the popup and the options page:
 * colour variables for light and dark, and the shared components' classes.
 */
const LIGHT = `--bg: #ffffff; --fg: #1d2226; --muted: #56636b; --line: #d9dee2; --accent: #0a66c2; --accent-fg: #ffffff;
  --error: #b3261e; --warning: #8a5300; --info: #1f5f99; --ok: #1b6e3a; --soft: #f3f6f8;`;
const DARK = `--bg: #1d2226; --fg: #e9eef2; --muted: #a9b4bc; --line: #38434a; --accent: #71b7fb; --accent-fg: #0b1116;
  --error: #ff8a80; --warning: #ffcc80; --info: #90caf9; --ok: #81c995; --soft: #283238;`;

/** Variables for `selector` (":host" or ":root"), dark under `darkSelector`. */
export const themeVariables = (selector: string, darkSelector: string) =>
  `${selector} { ${LIGHT} } ${darkSelector} { ${DARK} }`;

/** Variables for the extension's own pages, following the system's colour scheme. */
export const PAGE_THEME = `:root { ${LIGHT} } @media (prefers-color-scheme: dark) { :root { ${DARK} } }`;

export const COMPONENT_CSS = `
* { box-sizing: border-box; }
button { font: inherit; cursor: pointer; border-radius: 14px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); padding: 2px 10px; }
button.secondary, button.icon { background: transparent; color: var(--accent); }
button.link { background: none; border: none; color: var(--muted); text-decoration: underline; padding: 2px 4px; }
button:focus-visible, summary:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
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
.check { display: flex; gap: 6px; padding: 2px 0; } .check--done { color: var(--ok); }
.check__hint { display: block; color: var(--muted); font-size: 12px; }
.notice { background: var(--soft); border-radius: 6px; padding: 6px 8px; margin: 6px 0; }
.language-note { color: var(--muted, #555); font-size: 12px; margin: 4px 0; }
.empty { color: var(--muted); margin: 6px 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

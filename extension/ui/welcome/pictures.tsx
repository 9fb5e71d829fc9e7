/**
 * The welcome page's three pictures: drawn here, small and ours (no LinkedIn artwork). Decorative:
 * each figure's caption says what it shows.
 */
const frame = { width: 240, height: 150, viewBox: '0 0 240 150', 'aria-hidden': 'true' as const, focusable: 'false' as const, class: 'picture' };

/** A message box with the coach beside it. */
export function CoachBesidePicture() {
  return (
    <svg {...frame}>
      <rect x="8" y="14" width="130" height="122" rx="8" class="pic-card" />
      <rect x="18" y="26" width="70" height="8" rx="4" class="pic-line" />
      <rect x="18" y="44" width="104" height="16" rx="8" class="pic-bubble" />
      <rect x="18" y="66" width="84" height="16" rx="8" class="pic-bubble" />
      <rect x="16" y="100" width="114" height="28" rx="6" class="pic-input" />
      <rect x="148" y="14" width="84" height="122" rx="8" class="pic-panel" />
      <circle cx="172" cy="40" r="14" class="pic-score" />
      <text x="172" y="45" text-anchor="middle" class="pic-score-text">82</text>
      <rect x="192" y="34" width="32" height="6" rx="3" class="pic-line" />
      <rect x="158" y="66" width="64" height="6" rx="3" class="pic-line" />
      <rect x="158" y="80" width="54" height="6" rx="3" class="pic-line" />
      <rect x="158" y="94" width="60" height="6" rx="3" class="pic-line" />
    </svg>
  );
}

/** A word underlined in the draft and its one-click fix. */
export function FixPicture() {
  return (
    <svg {...frame}>
      <rect x="8" y="14" width="224" height="122" rx="8" class="pic-card" />
      <rect x="22" y="34" width="50" height="8" rx="4" class="pic-line" />
      <rect x="78" y="34" width="40" height="8" rx="4" class="pic-line" />
      <rect x="124" y="34" width="46" height="8" rx="4" class="pic-line" />
      <path d="M124 47 q 4 -4 8 0 t 8 0 t 8 0 t 8 0 t 8 0 t 6 0" class="pic-squiggle" />
      <rect x="22" y="58" width="90" height="8" rx="4" class="pic-line" />
      <rect x="100" y="78" width="120" height="44" rx="6" class="pic-panel" />
      <rect x="110" y="88" width="80" height="6" rx="3" class="pic-line" />
      <rect x="110" y="102" width="64" height="14" rx="7" class="pic-button" />
      <text x="142" y="112" text-anchor="middle" class="pic-button-text">Fix</text>
    </svg>
  );
}

/** The personalization checklist and the score it adds up to. */
export function ChecklistPicture() {
  const rows = [30, 54, 78, 102];
  return (
    <svg {...frame}>
      <rect x="8" y="14" width="224" height="122" rx="8" class="pic-card" />
      {rows.map((y, i) => (
        <g key={y}>
          <circle cx="30" cy={y} r="7" class={i < 3 ? 'pic-done' : 'pic-todo'} />
          {i < 3 && <path d={`M26 ${y} l3 3 l5 -6`} class="pic-tick" />}
          <rect x="44" y={y - 4} width={[96, 80, 104, 70][i]} height="8" rx="4" class="pic-line" />
        </g>
      ))}
      <circle cx="190" cy="66" r="28" class="pic-ring" />
      <path d="M190 38 a28 28 0 1 1 -26.6 36.7" class="pic-ring-fill" />
      <text x="190" y="72" text-anchor="middle" class="pic-big-text">91</text>
    </svg>
  );
}

export const PICTURES_CSS = `
.picture { width: 100%; height: auto; display: block; }
.pic-card { fill: var(--bg); stroke: var(--line); }
.pic-panel { fill: var(--soft); stroke: var(--accent); }
.pic-line { fill: var(--line); }
.pic-bubble { fill: var(--soft); }
.pic-input { fill: var(--bg); stroke: var(--muted); }
.pic-score { fill: none; stroke: var(--ok); stroke-width: 3; }
.pic-score-text, .pic-big-text { fill: var(--fg); font: 700 12px system-ui, sans-serif; }
.pic-big-text { font-size: 16px; }
.pic-squiggle { fill: none; stroke: var(--warning); stroke-width: 2; }
.pic-button { fill: var(--accent); } .pic-button-text { fill: var(--accent-fg); font: 600 9px system-ui, sans-serif; }
.pic-done { fill: var(--ok); } .pic-todo { fill: none; stroke: var(--muted); }
.pic-tick { fill: none; stroke: var(--bg); stroke-width: 2; }
.pic-ring { fill: none; stroke: var(--line); stroke-width: 6; }
.pic-ring-fill { fill: none; stroke: var(--ok); stroke-width: 6; stroke-linecap: round; }
`;

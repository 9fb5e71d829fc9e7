import type { Report } from '@core/contracts/report.ts';

const VERDICT_LABEL: Record<Report['verdict'], string> = { ready: 'Ready to send', almost: 'Almost there', 'needs-work': 'Needs work' };

/** The score and verdict (DOM contract: data-testid="score" and "verdict"). */
export function ScoreBadge({ report }: { report: Report }) {
  return (
    <div class={`score score--${report.verdict}`}>
      <span class="score__number" data-testid="score" aria-label={`Score ${report.score} out of 100`}>
        {report.score}
      </span>
      <span class="score__verdict" data-testid="verdict" data-verdict={report.verdict}>
        {VERDICT_LABEL[report.verdict]}
      </span>
    </div>
  );
}

/** What the score is made of, as the engine reported it. */
export function ScoreFactors({ report }: { report: Report }) {
  return (
    <details class="factors">
      <summary>Why this score</summary>
      <ul>
        {report.factors.map((f) => (
          <li key={f.label}>
            <span>{f.label}</span>
            <span class={f.points < 0 ? 'factor--minus' : 'factor--plus'}>{f.points > 0 ? `+${f.points}` : f.points}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

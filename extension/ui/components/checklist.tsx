import type { ChecklistItem } from '@core/contracts/report.ts';

/** The personalization checklist (DOM contract: data-check-id, data-done). Hints show only when asked for. */
export function Checklist({ items, showHints }: { items: readonly ChecklistItem[]; showHints: boolean }) {
  const applicable = items.filter((i) => i.applicable);
  return (
    <section class="checklist" aria-label="Personalization checklist">
      <h3 class="group-title">
        Checklist <span class="count">{applicable.filter((i) => i.done).length}/{applicable.length}</span>
      </h3>
      <ul>
        {applicable.map((item) => (
          <li key={item.id} data-check-id={item.id} data-done={String(item.done)} class={item.done ? 'check check--done' : 'check'}>
            <span class="check__mark" aria-hidden="true">{item.done ? '✓' : '○'}</span>
            <span>
              {item.label}
              <span class="visually-hidden">{item.done ? ' (done)' : ' (to do)'}</span>
              {!item.done && showHints && item.hint && <span class="check__hint">{item.hint}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

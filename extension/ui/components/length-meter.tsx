import type { Report } from '@core/contracts/report.ts';

/** Length against the kind's goal, and the note's hard limit. */
export function LengthMeter({ length }: { length: Report['length'] }) {
  const over = length.measure > length.goal;
  const overLimit = length.limit !== undefined && length.characters > length.limit;
  return (
    <p class={`length${over || overLimit ? ' length--over' : ''}`} data-testid="length">
      {length.measure}/{length.goal} {length.unit}
      {length.limit !== undefined && ` · LinkedIn limit ${length.characters}/${length.limit}`}
    </p>
  );
}

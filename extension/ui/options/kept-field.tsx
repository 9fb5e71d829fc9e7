import { useState } from 'preact/hooks';

/** The attributes the options page gives its fields. */
interface FieldProps {
  min?: number;
  max?: number;
  step?: number;
  rows?: number;
  'data-testid'?: string;
  'data-length-goal'?: string;
}

/**
 * A number field or a text box that keeps what the user is typing while the stored value changes elsewhere
 * (the options page refreshes on every storage change). It commits on `change` (blur or Enter) with
 * the text and the stored value it started from, so a caller can send only what the user changed.
 */
export function KeptField({ value, onCommit, multiline, rows, ...rest }: FieldProps & { value: string; onCommit: (text: string, startedFrom: string) => void; multiline?: boolean }) {
  const [draft, setDraft] = useState<{ text: string; startedFrom: string } | null>(null);
  const handlers = {
    value: draft?.text ?? value,
    onInput: (e: Event) => setDraft({ text: (e.target as HTMLInputElement).value, startedFrom: draft?.startedFrom ?? value }),
    onChange: (e: Event) => {
      onCommit((e.target as HTMLInputElement).value, draft?.startedFrom ?? value);
      setDraft(null);
    },
    onBlur: () => setDraft(null),
  };
  return multiline ? <textarea rows={rows} {...rest} {...handlers} /> : <input type="number" {...rest} {...handlers} />;
}

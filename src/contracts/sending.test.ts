import { describe, expect, it } from 'vitest';
import { lint, MAX_CHECKED_CHARACTERS } from '../index.ts';
import { SentDraft } from './draft.ts';
import { boundForSending, MAX_SENT_CHARACTERS } from './sending.ts';

describe('boundForSending', () => {
  it('sends a draft within the limit as it is', () => {
    const draft = { text: 'a'.repeat(MAX_SENT_CHARACTERS), kind: 'inmail' as const, subject: 'Hello' };
    expect(boundForSending(draft)).toBe(draft);
  });

  it('cuts a longer text (and subject) to the limit, never through a surrogate pair, and keeps the true length', () => {
    const text = `${'a'.repeat(MAX_SENT_CHARACTERS - 1)}😀${'b'.repeat(50_000)}`;
    const sent = boundForSending({ text, kind: 'inmail', subject: 's'.repeat(MAX_SENT_CHARACTERS + 5) });
    expect(sent.text).toBe('a'.repeat(MAX_SENT_CHARACTERS - 1));
    expect(sent.subject).toHaveLength(MAX_SENT_CHARACTERS);
    expect(sent.totalCharacters).toBe(text.length);
    expect(SentDraft.safeParse(sent).success).toBe(true);
  });

  it('a paste far over the limit still gets a report saying how much of it was checked', () => {
    const text = 'Hi Alex, thanks for the notes on the roadmap. '.repeat(5000);
    const report = lint(boundForSending({ text }));
    expect(report.coverage.totalCharacters).toBe(text.length);
    expect(report.coverage.checkedCharacters).toBeLessThanOrEqual(MAX_CHECKED_CHARACTERS);
    expect(report.length.characters).toBe(text.length);
    expect(report.notices.join(' ')).toContain(`too long to coach fully: the first ${report.coverage.checkedCharacters.toLocaleString('en')} of ${text.length.toLocaleString('en')} characters`);
    expect(report.findings.map((f) => f.ruleId)).toContain('too-long');
  });
});

describe('SentDraft', () => {
  it('refuses a text or subject over the limit, which Draft (the library) accepts', () => {
    const long = 'a'.repeat(MAX_SENT_CHARACTERS + 1);
    expect(SentDraft.safeParse({ text: long }).success).toBe(false);
    expect(SentDraft.safeParse({ text: 'Hi', subject: long }).success).toBe(false);
    expect(lint({ text: long }).coverage.totalCharacters).toBe(long.length);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, lint, Report, type DraftInput } from '../../src/index.ts';

// Random and adversarial drafts: no throw, spans inside the text, fixes inside the text, same output twice.
const pieces = fc.constantFrom(
  'Hi ', 'Sarah', ',', ' ', '  ', '\n', '\n\n', 'ASAP', '!!', '??', 'u', 'ur', 'i', '[Name]', '{{company}}', '{', '}', '<b>', '</script>',
  '😀', '👩🏽‍💻', '\u200D', '\uFE0F', '\u0301', 'é', 'مرحبا', '\u202E', '.', '...', 'http://x.y/z', 'a@b.co', 'the the', 'Re:', 'XXX',
  'please please', 'you must', 'Send me your email.', 'Dear Ms. Patel', ':)', '\uD83D', '%NAME%', 'as promised', 'fellow', 'definately',
);
// Long runs of one character (punctuation, zero-width, combining marks): the shapes that make scanners
// and backtracking patterns quadratic. Mixed with ordinary pieces, so the runs land between words.
const RUN_CHARACTERS = ['!', '.', '?', '…', ',', ' ', '\t', '\n', '-', '[', '{', '%', '"', "'", '*', '@', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u0301', '\u0308', '\u20DD', '\uFE0F', '😀'];
const run = fc.tuple(fc.constantFrom(...RUN_CHARACTERS, 'a\u200B', 'e\u0301', 'a!', '? ', '{{'), fc.integer({ min: 2, max: 400 })).map(([unit, n]) => unit.repeat(n));
const runs = fc.array(fc.oneof(run, pieces), { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
const draftText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')), runs);
const draft = fc.record({
  text: draftText,
  kind: fc.constantFrom('message', 'note', 'inmail') as fc.Arbitrary<'message' | 'note' | 'inmail'>,
  subject: fc.option(fc.oneof(fc.string({ maxLength: 80 }), fc.constant('Re: Hi')), { nil: null }),
  recipient: fc.option(fc.record({ name: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('Jessica Lee', 'Zhang Wei', 'Zoë Müller', '<img src=x>')) }), { nil: undefined }),
  thread: fc.option(fc.oneof(fc.constant('unknown' as const), fc.record({ fromThem: fc.nat(5), unansweredFromMe: fc.nat(5) })), { nil: undefined }),
});

function checkDraft(d: DraftInput & { text: string; subject?: string | null }): void {
  const report = lint(d);
  expect(Report.safeParse(report).success).toBe(true);
  expect(report.notices.filter((n) => n.includes('failed on this draft'))).toEqual([]);
  for (const f of report.findings) {
    const source = f.field === 'subject' ? (d.subject ?? '') : d.text;
    if (f.start !== undefined) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end!).toBeLessThanOrEqual(source.length);
      expect(source.slice(f.start, f.end)).toBe(f.excerpt);
    }
    if (f.fix) {
      expect(f.fix.start).toBeGreaterThanOrEqual(0);
      expect(f.fix.end).toBeLessThanOrEqual(source.length);
    }
  }
  const fixes = report.findings.filter((f) => f.fix && f.field === 'body').map((f) => f.fix!);
  expect(typeof applyFixes(d.text, fixes)).toBe('string');
  expect(JSON.stringify(lint(d))).toBe(JSON.stringify(report));
}

// 2 000 cases in every test run; `npm run fuzz` runs 100 000 (FUZZ_RUNS), with another seed if FUZZ_SEED is set.
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

describe('property: the engine answers any draft', () => {
  it('never throws, keeps spans inside the text and is deterministic', { timeout: Math.max(30_000, RUNS * 5) }, () => {
    fc.assert(fc.property(draft, (d) => checkDraft(d)), { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261126) });
  });
});

import type { Finding, Report } from '@core/contracts/report.ts';
import type { ComposeBox } from '@/linkedin/platform-adapter.ts';
import type { TextModel } from '@/editing/text-model.ts';
import { dismissalKey } from '@/ui/dismissal.ts';
import { OneInFlight } from './one-in-flight.ts';

/** Rules about something *missing*: shown once the draft has substance or the writer pauses, not after the first "Hi". */
export const MISSING_RULES: ReadonlySet<string> = new Set(['no-context', 'no-hello']);
/** Words that count as "some substance". */
export const SUBSTANCE_WORDS = 12;
/** A pause this long also counts. */
export const PAUSE_MS = 2000;

/** What Tactful keeps about one composer while the page is open (never stored). */
export class CoachSession {
  /** Bumped per lint request: a reply for an older number is stale and dropped. */
  sequence = 0;
  report: Report | null = null;
  /** The text the report is about, and how to map its offsets to the editor. */
  model: TextModel | null = null;
  /** The InMail subject the report is about (read with `model`): fixes apply only while both still read so. */
  subject: string | undefined;
  /** At most one lint in flight for this composer; newer requests collapse into one follow-up. */
  readonly checks = new OneInFlight();
  recipient: string | undefined;
  lastInputAt = 0;
  error: string | null = null;
  timer: ReturnType<typeof setTimeout> | undefined;
  pauseTimer: ReturnType<typeof setTimeout> | undefined;
  /** Dismissed findings (see `dismissalKey`). */
  readonly dismissed = new Set<string>();

  constructor(public box: ComposeBox) {}

  /** The findings to show now. */
  visibleFindings(now: number): Finding[] {
    if (!this.report) return [];
    const showMissing = this.showMissing(now);
    return this.report.findings.filter((f) => !this.dismissed.has(dismissalKey(f)) && (showMissing || !MISSING_RULES.has(f.ruleId)));
  }

  showMissing(now: number): boolean {
    if (!this.report) return false;
    return this.report.stats.words >= SUBSTANCE_WORDS || now - this.lastInputAt >= PAUSE_MS;
  }
}

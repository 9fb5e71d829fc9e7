import type { Finding, Report } from '../contracts/report.ts';
import type { RuleMeta } from '../contracts/rule-catalog.ts';
import { LANGUAGE_NAMES } from '../languages/names.ts';

const ANSI = { red: 31, yellow: 33, blue: 34, green: 32, gray: 90, bold: 1 } as const;
type Paint = (color: keyof typeof ANSI, text: string) => string;
export const painter = (color: boolean): Paint => (c, text) => (color ? `\u001b[${ANSI[c]}m${text}\u001b[0m` : text);

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;
const VERDICT_COLOR = { ready: 'green', almost: 'yellow', 'needs-work': 'red' } as const;

/** The human format: one line per finding (rule, severity, excerpt, message, suggestion), then the score. */
export function stylish(label: string, report: Report, color: boolean): string {
  const paint = painter(color);
  const lines = [paint('bold', label)];
  const width = Math.max(0, ...report.findings.map((f) => f.ruleId.length));
  for (const f of report.findings) {
    const where = f.field === 'subject' ? 'subject ' : '';
    const excerpt = f.excerpt !== undefined ? `${where}“${oneLine(f.excerpt)}”  ` : '';
    lines.push(`  ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7))}  ${f.ruleId.padEnd(width)}  ${excerpt}${f.message}`);
    const advice = suggestionLine(f);
    if (advice) lines.push(`  ${' '.repeat(7)}  ${' '.repeat(width)}  ${paint('gray', advice)}`);
  }
  if (report.findings.length === 0) lines.push(`  ${paint('green', 'no findings')}`);
  const open = report.checklist.filter((c) => c.applicable && !c.done).map((c) => c.label.toLowerCase());
  if (open.length > 0) lines.push(`  ${paint('gray', `checklist to do: ${open.join('; ')}`)}`);
  for (const notice of report.notices) lines.push(`  ${paint('gray', notice)}`);
  // Which language was coached, when it is not English ("coached in Spanish"; "language it" when not coached).
  const language = report.language === 'en' ? '' : LANGUAGE_NAMES[report.language] ? ` · coached in ${LANGUAGE_NAMES[report.language]}` : ` · language ${report.language}`;
  lines.push(`  score ${paint(VERDICT_COLOR[report.verdict], `${report.score} (${report.verdict})`)} · ${report.stats.words} words · ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}${language}`);
  return `${lines.join('\n')}\n`;
}

function suggestionLine(f: Finding): string {
  const parts: string[] = [];
  if (f.fix) parts.push(f.fix.replacement === '' ? 'fix: remove it' : `fix: “${oneLine(f.fix.replacement)}”`);
  if (f.suggestion) parts.push(f.suggestion);
  return parts.join(' — ');
}

function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

export function rulesTable(rules: readonly RuleMeta[], color: boolean): string {
  const paint = painter(color);
  // The title first, for people; the id after it, for --disable and settings files.
  const titleWidth = Math.max(...rules.map((r) => r.title.length));
  const width = Math.max(...rules.map((r) => r.id.length));
  return `${rules
    .map((r) => `${paint('bold', r.title.padEnd(titleWidth))}  ${paint('gray', r.id.padEnd(width))}  ${paint(SEVERITY_COLOR[r.severity], r.severity.padEnd(7))}  ${r.category.padEnd(15)}  ${r.fixable ? 'fixable ' : '        '}  ${r.description}`)
    .join('\n')}\n`;
}

import { readFile } from 'node:fs/promises';
import * as z from '../contracts/zod.ts';
import { catalog } from '../catalog.ts';
import { Draft, type DraftInput } from '../contracts/draft.ts';
import type { Report } from '../contracts/report.ts';
import { parseSettings, type Settings } from '../contracts/settings.ts';
import { applyFixes } from '../engine/apply-fixes.ts';
import { lint } from '../engine/lint.ts';
import { rulesTable, stylish } from './format.ts';
import { parseCheckArgs, parseRulesArgs, UsageError, type CheckOptions } from './options.ts';


export interface Io {
  stdin: AsyncIterable<Buffer | string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

const HELP = `Usage:
  tactful check [FILE ...]        check drafts (no FILE or "-" reads stdin)
      --kind message|note|inmail  --subject TEXT  --recipient "Full Name"  --reply
      --sender "Full Name"  --account free|premium  --disable RULE[,RULE…]
      --config FILE  --preset gentle|balanced|strict  --lang auto|en|es|pt|fr|de  --fix  --format stylish|json
  tactful check --jsonl FILE|-    one JSON draft per line in, one report per line out
  tactful rules [--format json]   list every rule
Exit status: 0 no errors, 1 an error-severity finding, 2 bad usage or bad input.
`;

/** Runs the command line and returns the exit status. Never throws. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(parseCheckArgs(rest), io);
    if (command === 'rules') return listRules(parseRulesArgs(rest).format, io);
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`tactful: ${error.message}${error instanceof UsageError && !error.message.includes('(see') ? ' (see tactful --help)' : ''}\n`);
      return 2;
    }
    io.stderr(`tactful: internal error: ${(error as Error).message}\n`);
    return 2;
  }
}

class InputError extends Error {}

function listRules(format: 'stylish' | 'json', io: Io): number {
  const rules = catalog().map(({ id, title, severity, category, description, why, fixable }) => ({ id, title, severity, category, description, why, fixable }));
  io.stdout(format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : rulesTable(catalog(), io.color));
  return 0;
}

async function loadSettings(options: CheckOptions, io: Io): Promise<Settings> {
  let raw: Record<string, unknown> = {};
  if (options.config !== undefined) {
    let text: string;
    try {
      text = await readFile(options.config, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read config ${options.config}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    try {
      raw = JSON.parse(text);
    } catch {
      throw new InputError(`config ${options.config} is not valid JSON`);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError(`config ${options.config} is not a settings object`);
  }
  const { settings, notices } = parseSettings(raw);
  for (const notice of notices) io.stderr(`tactful: ${options.config}: ${notice}\n`);
  // --preset wins over the file's preset; the file's per-rule choices and --disable stay on top of it.
  if (options.preset) settings.preset = options.preset;
  // --lang picks the coaching language instead of detecting it (languages.md §2.2).
  if (options.lang) settings.coachingLanguage = options.lang;
  for (const id of options.disabled) settings.rules[id as keyof Settings['rules']] = { ...settings.rules[id as keyof Settings['rules']], enabled: false };
  return settings;
}

/** The draft fields that the flags set; a batch line's own fields win over them. */
function draftDefaults(options: CheckOptions): Omit<DraftInput, 'text'> {
  return {
    kind: options.kind ?? 'message',
    ...(options.subject !== undefined ? { subject: options.subject } : {}),
    ...(options.recipient ? { recipient: { name: options.recipient } } : {}),
    ...(options.reply ? { thread: { fromThem: 1, unansweredFromMe: 0 } } : {}),
    ...(options.sender ? { sender: { name: options.sender } } : {}),
    ...(options.account ? { account: options.account } : {}),
  };
}

async function readStdin(io: Io): Promise<string> {
  let text = '';
  for await (const chunk of io.stdin) text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  return text;
}

async function check(options: CheckOptions, io: Io): Promise<number> {
  const settings = await loadSettings(options, io);
  if (options.jsonl !== undefined) return batch(options, settings, io);
  const files = options.files.length > 0 ? options.files : ['-'];
  const reports: (Report & { id: string })[] = [];
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = file === '-' ? await readStdin(io) : await readFile(file, 'utf8');
    } catch (error) {
      io.stderr(`tactful: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      status = 2;
      continue;
    }
    const draft = { ...draftDefaults(options), text };
    const report = lint(draft, settings);
    if (options.fix) {
      const fixed = fixAll(draft, settings);
      io.stdout(fixed.text.endsWith('\n') || fixed.text === '' ? fixed.text : `${fixed.text}\n`);
      if (status !== 2 && fixed.report.findings.some((f) => f.severity === 'error')) status = 1;
      continue;
    }
    reports.push({ id: file, ...report });
    if (status !== 2 && report.findings.some((f) => f.severity === 'error')) status = 1;
  }
  if (!options.fix) {
    if (options.format === 'json') io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
    else for (const r of reports) io.stdout(stylish(r.id === '-' ? '<stdin>' : r.id, r, io.color));
  }
  return status;
}

/** Applies every mechanical fix, re-checking until nothing more can be fixed (overlapping fixes wait a round). */
export function fixAll(draft: DraftInput, settings: Settings): { text: string; report: Report } {
  let current = draft;
  let report = lint(current, settings);
  for (let round = 0; round < 5; round++) {
    const fixes = report.findings.filter((f) => f.fix && f.field !== 'subject').map((f) => f.fix!);
    if (fixes.length === 0) break;
    const text = applyFixes(current.text, fixes);
    if (text === current.text) break;
    current = { ...current, text };
    report = lint(current, settings);
  }
  return { text: current.text, report };
}

const BatchLine = z.extend(Draft, { id: z.optional(z.union([z.string(), z.number()])) });

async function batch(options: CheckOptions, settings: Settings, io: Io): Promise<number> {
  let input: string;
  try {
    input = options.jsonl === '-' ? await readStdin(io) : await readFile(options.jsonl!, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${options.jsonl}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let status = 0;
  const defaults = draftDefaults(options);
  input.split('\n').forEach((line, index) => {
    if (line.trim().length === 0) return;
    const lineNumber = index + 1;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      io.stdout(`${JSON.stringify({ id: null, line: lineNumber, error: `invalid JSON on line ${lineNumber}` })}\n`);
      io.stderr(`tactful: invalid JSON on line ${lineNumber}\n`);
      status = 2;
      return;
    }
    const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : null;
    const parsed = BatchLine.safeParse(raw && typeof raw === 'object' ? { ...defaults, ...raw } : raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const error = `line ${lineNumber}: ${issue.path.join('.') || 'draft'}: ${issue.message}`;
      io.stdout(`${JSON.stringify({ id: typeof id === 'string' || typeof id === 'number' ? id : null, line: lineNumber, error })}\n`);
      io.stderr(`tactful: ${error}\n`);
      status = 2;
      return;
    }
    const { id: draftId, ...draft } = parsed.data;
    const report = lint(draft, settings);
    io.stdout(`${JSON.stringify({ id: draftId ?? lineNumber, ...report })}\n`);
    if (status === 0 && report.findings.some((f) => f.severity === 'error')) status = 1;
  });
  return status;
}

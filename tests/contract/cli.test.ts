import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { Report } from '../../src/index.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/cli');
const fixture = (name: string) => join(FIXTURES, name);

async function tactful(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { stdin: Readable.from([stdin]), stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false });
  return { status, stdout, stderr };
}

describe('tactful check', () => {
  it('prints a stylish report and exits 1 when a finding is an error', async () => {
    const { status, stdout } = await tactful(['check', '--recipient', 'Jessica Lee', fixture('wrong-name.txt')]);
    expect(status).toBe(1);
    expect(stdout).toContain('wrong-name');
    expect(stdout).toContain('“Sarah”');
    expect(stdout).toContain('fix: “Jessica”');
    expect(stdout).toMatch(/score \d+ \(needs-work\)/);
  });

  it('exits 0 without errors, and reads stdin', async () => {
    const { status, stdout } = await tactful(['check', '--recipient', 'Elena Petrova'], 'Hi Elena, I watched your PyCon talk. Would you be open to a call? Thank you!');
    expect(status).toBe(0);
    expect(stdout).toContain('<stdin>');
  });

  it('prints the JSON report with the file path as id', async () => {
    const { status, stdout } = await tactful(['check', '--format', 'json', fixture('good.txt')]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.id).toBe(fixture('good.txt'));
    expect(Report.safeParse(report).success).toBe(true);
  });

  it('prints an array for several files', async () => {
    const { stdout } = await tactful(['check', '--format', 'json', fixture('good.txt'), fixture('wrong-name.txt')]);
    expect(JSON.parse(stdout)).toHaveLength(2);
  });

  it('applies every mechanical fix with --fix and never edits the file', async () => {
    const { stdout, status } = await tactful(['check', '--fix', '--recipient', 'Jessica Lee', fixture('wrong-name.txt')]);
    expect(stdout).toBe('Hi Jessica, could you send it when you have a moment?\n');
    expect(status).toBe(0);
  });

  it('maps flags to the draft: --subject implies an InMail, --reply an established thread', async () => {
    const inmail = JSON.parse((await tactful(['check', '--format', 'json', '--subject', 'Re: hello', '-'], 'Hi Kyle, a question about your talk?')).stdout);
    expect(inmail.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(['fake-reply-subject']));
    const reply = JSON.parse((await tactful(['check', '--format', 'json', '--reply'], 'As discussed, here is our pricing.')).stdout);
    expect(reply.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('false-familiarity');
    const note = JSON.parse((await tactful(['check', '--format', 'json', '--kind', 'note', '--account', 'premium'], 'a'.repeat(250))).stdout);
    expect(note.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('note-limit');
  });

  it('switches rules off with --disable and reads --config', async () => {
    const disabled = JSON.parse((await tactful(['check', '--format', 'json', '--disable', 'pushy,no-context'], 'Send it ASAP?')).stdout);
    expect(disabled.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('pushy');
    const configured = await tactful(['check', '--format', 'json', '--config', fixture('settings.json')], 'Just to circle back, send it ASAP?');
    const ids = JSON.parse(configured.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain('custom-phrase');
    expect(ids).not.toContain('pushy');
    expect(configured.status).toBe(1);
    expect(configured.stderr).toContain('a-rule-from-the-future');
  });

  it.each([
    [['check', '--disable', 'not-a-rule'], /unknown rule id "not-a-rule"/],
    [['check', '--kind', 'tweet'], /--kind must be one of: message, note, inmail/],
    [['check', '--kind', 'note', '--subject', 'Hi'], /--subject is only for InMails/],
    [['check', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['check', '--config', fixture('missing.json')], /cannot read config .*ENOENT/],
    [['check', '--config', fixture('batch.jsonl')], /is not valid JSON/],
    [['launch'], /unknown command "launch"/],
    [[], /missing command/],
  ])('answers bad usage %j with a one-line message and exit 2', async (args, message) => {
    const { status, stderr } = await tactful(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('goes on after an unreadable file and exits 2', async () => {
    const { status, stdout, stderr } = await tactful(['check', fixture('nope.txt'), fixture('good.txt')]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/cannot read .*nope\.txt: ENOENT/);
    expect(stdout).toContain('good.txt');
  });
});

describe('tactful check --jsonl', () => {
  it('processes every valid line and answers invalid ones with error lines', async () => {
    const { status, stdout } = await tactful(['check', '--jsonl', fixture('batch.jsonl')]);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', null, 'a3', 'a4', 6]);
    expect(lines[1]).toEqual({ id: null, line: 2, error: 'invalid JSON on line 2' });
    expect(lines[3]).toMatchObject({ id: 'a4', line: 4 });
    expect(lines[3].error).toMatch(/kind/);
    expect(Report.safeParse(lines[0]).success).toBe(true);
    expect(lines[2].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('wrong-name');
    expect(status).toBe(2);
  });

  it('reads stdin, uses the flags as defaults and lets a line’s fields win', async () => {
    const input = `${JSON.stringify({ id: 'x', text: 'a'.repeat(250) })}\n${JSON.stringify({ id: 'y', text: 'a'.repeat(250), account: 'free' })}\n`;
    const { stdout, status } = await tactful(['check', '--jsonl', '-', '--kind', 'note', '--account', 'premium'], input);
    const [x, y] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(x.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('note-limit');
    expect(y.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('note-limit');
    expect(status).toBe(1);
  });
});

describe('tactful rules', () => {
  it('lists every rule as JSON with the documented fields', async () => {
    const rules = JSON.parse((await tactful(['rules', '--format', 'json'])).stdout);
    expect(rules).toHaveLength(39);
    expect(Object.keys(rules[0]).sort()).toEqual(['category', 'description', 'fixable', 'id', 'severity', 'title', 'why']);
    expect(rules[0]).toMatchObject({ id: 'no-context', title: 'Missing context' });
  });

  it('shows each rule’s title first and its id beside it', async () => {
    const { stdout } = await tactful(['rules']);
    expect(stdout.split('\n')[0]).toMatch(/^Missing context\s+no-context\s+warning/);
  });
});

describe('tactful check --preset', () => {
  const draft = 'Hi Dana, I saw your talk on supply chains at Logistics Summit. Could we talk next week? 🙂';
  const ids = async (args: string[]) => JSON.parse((await tactful(['check', '--format', 'json', '--recipient', 'Dana Wu', ...args], draft)).stdout).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`);

  it('gentle turns the tone rules it does not keep off; strict raises info to warning', async () => {
    expect(await ids([])).toContain('emoji:warning');
    expect(await ids(['--preset', 'gentle'])).not.toContain('emoji:warning');
    const strict = JSON.parse((await tactful(['check', '--format', 'json', '--preset', 'strict'], 'hello there, can we talk about the role next week?')).stdout);
    expect(strict.findings.find((f: { ruleId: string }) => f.ruleId === 'capitalization')?.severity).toBe('warning');
  });

  it('wins over the config file’s preset while the file’s rule choices stay on top', async () => {
    const text = 'Hi Dana, send me the deck ASAP 🙂';
    const found = async (args: string[]) => JSON.parse((await tactful(['check', '--format', 'json', '--config', fixture('gentle.json'), ...args], text)).stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    const gentle = await found([]);
    expect(gentle).not.toContain('emoji'); // the file's preset
    expect(gentle).not.toContain('pushy'); // the file's own choice
    const strict = await found(['--preset', 'strict']);
    expect(strict).toContain('emoji');
    expect(strict).not.toContain('pushy');
    expect(await found(['--preset', 'strict', '--disable', 'emoji'])).not.toContain('emoji');
  });

  it('refuses an unknown preset', async () => {
    const { status, stderr } = await tactful(['check', '--preset', 'harsh']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--preset must be one of: gentle, balanced, strict/);
  });
});

describe('tactful check --lang', () => {
  it('says which language it coached, and --lang picks one instead of detecting it', async () => {
    const detected = await tactful(['check'], 'Hallo Frau Berger, ich habe Ihren Vortrag auf der re:publica gesehen. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?');
    expect(detected.stdout).toContain('coached in German');
    const forced = JSON.parse((await tactful(['check', '--format', 'json', '--lang', 'es'], 'Hola, ¿qué tal?')).stdout);
    expect(forced.language).toBe('es');
    const english = await tactful(['check'], 'Hi Dana, could we talk next week about your talk at Logistics Summit?');
    expect(english.stdout).not.toContain('coached in');
  });

  it('refuses a language it does not coach', async () => {
    const { status, stderr } = await tactful(['check', '--lang', 'it']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--lang must be one of: auto, en, es, pt, fr, de/);
  });
});

describe('the installed command', () => {
  it('runs through its bin script with no build step', async () => {
    const bin = join(import.meta.dirname, '../../src/cli/bin.mjs');
    const result = await promisify(execFile)(process.execPath, [bin, 'rules', '--format', 'json']);
    expect(JSON.parse(result.stdout)).toHaveLength(39);
    const failing = await promisify(execFile)(process.execPath, [bin, 'check', '--disable', 'nope']).catch((e) => e);
    expect(failing.code).toBe(2);
    expect(failing.stderr).toMatch(/^tactful: unknown rule id "nope"/);
  }, 30_000);
});

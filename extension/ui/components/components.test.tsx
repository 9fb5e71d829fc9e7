// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '@core/contracts/report.ts';
import { lint } from '@core/engine/lint.ts';
import { Checklist } from './checklist.tsx';
import { FindingItem } from './finding-item.tsx';
import { FindingList } from './finding-list.tsx';
import { RuleToggle } from './rule-toggle.tsx';
import { ScoreBadge } from './score-badge.tsx';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => (document.body.innerHTML = ''));

const report: Report = lint({ text: 'Hi Sarah, could u send it ASAP? <b>bold</b>', recipient: { name: 'Jessica Lee' } });
const pushy = report.findings.find((f) => f.ruleId === 'pushy')!;

describe('shared components keep the DOM contract', () => {
  it('ScoreBadge: data-testid score and verdict', () => {
    const el = root();
    render(<ScoreBadge report={report} />, el);
    expect(el.querySelector('[data-testid="score"]')!.textContent).toBe(String(report.score));
    expect(el.querySelector('[data-testid="verdict"]')!.getAttribute('data-verdict')).toBe(report.verdict);
  });

  it('FindingItem: data-rule-id, data-severity, and the fix and dismiss buttons call back', () => {
    const el = root();
    const onApplyFix = vi.fn();
    const onDismiss = vi.fn();
    render(<FindingItem finding={pushy} meta={undefined} actions={{ onApplyFix, onDismiss }} />, el);
    const item = el.querySelector('[data-rule-id="pushy"]')!;
    expect(item.getAttribute('data-severity')).toBe('warning');
    (item.querySelector('[data-action="apply-fix"]') as HTMLButtonElement).click();
    (item.querySelector('[data-action="dismiss"]') as HTMLButtonElement).click();
    expect(onApplyFix).toHaveBeenCalledWith(pushy);
    expect(onDismiss).toHaveBeenCalledWith(pushy);
  });

  it('renders text from drafts as text, never as HTML', () => {
    const el = root();
    const htmlish: Finding = { ruleId: 'custom-phrase', severity: 'info', message: '<img src=x onerror=alert(1)>', excerpt: '<script>x</script>' };
    render(<FindingList findings={[htmlish]} catalog={new Map()} actions={{}} />, el);
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('FindingList groups by severity, errors first', () => {
    const el = root();
    render(<FindingList findings={report.findings} catalog={new Map()} actions={{}} />, el);
    const severities = [...el.querySelectorAll('[data-severity]')].map((n) => n.getAttribute('data-severity'));
    expect(severities[0]).toBe('error');
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a!) - ['error', 'warning', 'info'].indexOf(b!)));
  });

  it('Checklist: data-check-id and data-done, hints only when asked', () => {
    const el = root();
    render(<Checklist items={report.checklist} showHints={false} />, el);
    expect(el.querySelectorAll('[data-check-id]').length).toBe(report.checklist.filter((c) => c.applicable).length);
    expect(el.querySelector('[data-check-id="greets-by-name"]')!.getAttribute('data-done')).toBe('false');
    expect(el.querySelector('.check__hint')).toBeNull();
    render(<Checklist items={report.checklist} showHints />, el);
    expect(el.querySelector('.check__hint')).not.toBeNull();
  });

  it('FindingItem: the why names the rule by its title, with its id as secondary text', () => {
    const el = root();
    const pushy = report.findings.find((f) => f.ruleId === 'pushy')!;
    const meta = { id: 'pushy', title: 'Pushy', severity: 'warning', category: 'tone', description: 'd', why: 'Pressure costs replies.', fixable: true, languageIndependent: false } as const;
    render(<FindingItem finding={pushy} meta={meta} actions={{}} />, el);
    expect(el.querySelector('.finding__why summary')!.textContent).toBe('Why: Pushy');
    expect(el.querySelector('.finding__why code')!.textContent).toBe('pushy');
  });

  it('RuleToggle: data-rule-toggle reports on/off and severity', () => {
    const el = root();
    const onChange = vi.fn();
    const meta = { id: 'pushy', title: 'Pushy', severity: 'warning', category: 'tone', description: 'd', why: 'w', fixable: true, languageIndependent: false } as const;
    render(<RuleToggle meta={meta} choice={{ enabled: true, severity: 'warning' }} onChange={onChange} />, el);
    const toggle = el.querySelector('[data-rule-toggle="pushy"]') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    // The title first, the id beside it.
    expect(el.querySelector('label')!.textContent).toBe('Pushypushy');
    toggle.click();
    expect(onChange).toHaveBeenCalledWith({ enabled: false, severity: 'warning' });
  });
});

import { Draft, type DraftInput } from '../contracts/draft.ts';
import type { Finding, Report } from '../contracts/report.ts';
import { CUSTOM_PHRASE_ID } from '../contracts/rule-id.ts';
import { parseSettings, type Settings } from '../contracts/settings.ts';
import { detectDraftLanguage, type Detection } from '../languages/detect.ts';
import { languageName, packOf } from '../languages/index.ts';
import { checkLocalized } from './localized-rule.ts';
import { findAll, literalPattern } from '../text/patterns.ts';
import { wordsOf } from '../text/words.ts';
import { rules as allRules } from '../rules/index.ts';
import { computeChecklist } from './checklist.ts';
import { createContext, type RuleContext } from './context.ts';
import type { Rule, RuleFinding } from './define-rule.ts';
import { computeScore } from './score.ts';
import { placeholders } from '../signals/placeholders.ts';
import { computeStats } from './stats.ts';
import { lengthGoalOf } from './length-goal.ts';
import { ruleChoice } from './presets.ts';

/** Drafts longer than this are checked up to here (at a sentence or word boundary); `coverage` says so. */
export const MAX_CHECKED_CHARACTERS = 20_000;

/**
 * Checks one draft: pure, synchronous and deterministic. `settings` may be any stored or imported
 * value; it is repaired field by field (see `parseSettings`). Throws only when `draft` is not a draft
 * at all (no `text` string); every string, however odd, gets a report.
 */
export function lint(input: DraftInput, settingsInput: unknown = undefined, ruleList: readonly Rule[] = allRules): Report {
  const parsed = Draft.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TypeError(`Invalid draft: ${issue ? `${issue.path.join('.') || 'draft'}: ${issue.message}` : 'not a draft'}`);
  }
  const draft = parsed.data;
  const { settings, notices } = parseSettings(settingsInput);
  const checkedText = boundedPrefix(draft.text);
  const detected: Detection =
    settings.coachingLanguage === 'auto'
      ? detectDraftLanguage(checkedText, { names: [draft.recipient?.name ?? '', draft.sender?.name ?? ''], ...(draft.languageHint ? { hint: draft.languageHint } : {}) })
      : { language: settings.coachingLanguage };
  const language = detected.language;
  const pack = packOf(language);
  const ctx = createContext({ draft, settings, checkedText, language, pack });

  const findings: Finding[] = [];
  for (const rule of ruleList) {
    // The preset first, then the user's own choice for this rule.
    const { enabled, severity } = ruleChoice(settings, rule.meta);
    if (!enabled) continue;
    let raws: ReturnType<Rule['check']>;
    try {
      raws = checkIn(rule, ctx);
    } catch {
      // A bug in one check must not cost the writer the whole report (the fuzz tests hunt these down).
      notices.push(`The ${rule.meta.id} check failed on this draft and was skipped.`);
      continue;
    }
    for (const raw of raws) findings.push(toFinding(ctx, rule.meta.id, severity, raw));
  }
  findings.push(...customPhraseFindings(ctx, settings));
  const kept = findings.filter((f) => !isIgnored(f, ctx.ignoredWords) && !insidePlaceholder(ctx, f)).sort(compareFindings);

  const coachedLanguage = language === 'en' || pack !== null;
  const checklist = computeChecklist(ctx, kept, coachedLanguage);
  const waiver = !coachedLanguage ? 'uncoached-language' : ctx.conversation !== 'cold' ? 'established-thread' : null;
  const { score, verdict, factors } = computeScore(kept, checklist, waiver);
  if (!coachedLanguage) notices.push('Coaching covers English, Spanish, Portuguese, French and German; this draft gets only the checks that work in any language.');
  if (detected.mixedWithEnglish) {
    notices.push(`This draft mixes ${languageName(language)} and English; it is coached as ${languageName(language)}.`);
  }
  if (checkedText.length < ctx.totalCharacters) {
    notices.push(`This draft is too long to coach fully: the first ${checkedText.length.toLocaleString('en')} of ${ctx.totalCharacters.toLocaleString('en')} characters were checked.`);
  }
  return {
    score,
    verdict,
    language,
    factors,
    coverage: { checkedCharacters: checkedText.length, totalCharacters: ctx.totalCharacters },
    findings: kept,
    checklist,
    stats: computeStats(draft.text, ctx.sentences()),
    length: lengthOf(ctx),
    notices,
  };
}

/**
 * One rule on one draft. English: the rule's own check. Another coached language: the rule's families
 * from that language's pack, and the rule's own check when it reads the pack itself (or needs no
 * words). Any other language: only the checks that work in any language.
 */
function checkIn(rule: Rule, ctx: RuleContext): RuleFinding[] {
  if (ctx.language === 'en') return rule.check(ctx);
  const entry = ctx.pack?.rules[rule.meta.id];
  const own = rule.meta.languageIndependent || (ctx.pack !== null && rule.multilingual) ? rule.check(ctx) : [];
  return entry ? [...own, ...checkLocalized(rule, entry, ctx)] : own;
}

function lengthOf(ctx: RuleContext): Report['length'] {
  const goal = lengthGoalOf(ctx);
  return {
    unit: goal.unit,
    measure: goal.measure,
    goal: goal.limit,
    ...(ctx.kind === 'note' ? { limit: ctx.noteLimit } : {}),
    characters: ctx.totalCharacters,
  };
}

function boundedPrefix(text: string): string {
  if (text.length <= MAX_CHECKED_CHARACTERS) return text;
  const head = text.slice(0, MAX_CHECKED_CHARACTERS);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (sentenceEnd > MAX_CHECKED_CHARACTERS * 0.8) return head.slice(0, sentenceEnd + 1);
  const space = head.search(/\s\S*$/);
  let end = space > MAX_CHECKED_CHARACTERS * 0.8 ? space : MAX_CHECKED_CHARACTERS;
  // Never cut a surrogate pair in half.
  if (/[\uD800-\uDBFF]/.test(head.charAt(end - 1))) end -= 1;
  return head.slice(0, end);
}

function toFinding(ctx: RuleContext, ruleId: Finding['ruleId'], severity: Finding['severity'], raw: RuleFinding): Finding {
  const finding: Finding = { ruleId, severity, message: raw.message };
  if (raw.start !== undefined && raw.end !== undefined) {
    const field = raw.field ?? 'body';
    const source = field === 'subject' ? (ctx.subject ?? '') : ctx.text;
    finding.field = field;
    finding.start = raw.start;
    finding.end = raw.end;
    finding.excerpt = source.slice(raw.start, raw.end);
  }
  if (raw.suggestion) finding.suggestion = raw.suggestion;
  if (raw.fix) finding.fix = { ...raw.fix };
  return finding;
}

function customPhraseFindings(ctx: RuleContext, settings: Settings): Finding[] {
  const out: Finding[] = [];
  for (const custom of settings.customPhrases) {
    for (const m of findAll(literalPattern(custom.phrase), ctx.matchText)) {
      out.push({
        ruleId: CUSTOM_PHRASE_ID,
        severity: custom.severity,
        message: custom.message,
        field: 'body',
        start: m.start,
        end: m.end,
        excerpt: ctx.text.slice(m.start, m.end),
      });
    }
  }
  return out;
}

/** A finding about a word the user never wants flagged (a name, jargon) is dropped. */
function isIgnored(f: Finding, ignored: ReadonlySet<string>): boolean {
  if (ignored.size === 0 || !f.excerpt || f.ruleId === CUSTOM_PHRASE_ID) return false;
  const words = wordsOf(f.excerpt.toLowerCase()).map((w) => w.text);
  return words.length > 0 && words.length <= 3 && words.some((w) => ignored.has(w));
}

function compareFindings(a: Finding, b: Finding): number {
  const fieldOrder = (f: Finding) => (f.field === 'subject' ? 0 : f.field === 'body' ? 1 : 2);
  return fieldOrder(a) - fieldOrder(b) || (a.start ?? -1) - (b.start ?? -1) || a.ruleId.localeCompare(b.ruleId) || (a.end ?? 0) - (b.end ?? 0) || a.message.localeCompare(b.message);
}

/** The words inside a placeholder ("[INSERT INSIGHTFUL THOUGHT HERE]") are `unfilled-placeholder`'s alone. */
function insidePlaceholder(ctx: RuleContext, finding: Finding): boolean {
  if (finding.ruleId === 'unfilled-placeholder' || finding.start === undefined || finding.field === 'subject') return false;
  const { start, end } = finding as { start: number; end: number };
  return placeholders(ctx).some((p) => p.start <= start && end <= p.end);
}

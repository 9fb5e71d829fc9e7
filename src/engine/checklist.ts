import type { ChecklistItem, Finding } from '../contracts/report.ts';
import type { ChecklistId } from '../contracts/rule-id.ts';
import {
  clearAsk, commonGround, introducesSelf, referencesTheirWork, statesReason, thanks,
} from '../signals/outreach.ts';
import { compareName } from '../signals/names.ts';
import type { RuleContext } from './context.ts';
import { lengthGoalOf } from './length-goal.ts';

interface ChecklistSpec {
  id: ChecklistId;
  label: string;
  hint: string;
  /** Items about a first approach do not apply once the other person has written. */
  firstApproach: boolean;
  done(ctx: RuleContext, findings: readonly Finding[]): boolean;
}

const CHECKLIST: readonly ChecklistSpec[] = [
  {
    id: 'greets-by-name',
    label: 'Greets them by name',
    hint: 'Open with their first name: “Hi Jessica,”.',
    firstApproach: false,
    done: (ctx, findings) => {
      if (findings.some((f) => f.ruleId === 'wrong-name')) return false;
      const greetingEnd = ctx.greeting()?.end ?? 0;
      if (findings.some((f) => f.ruleId === 'unfilled-placeholder' && (f.start ?? Infinity) <= greetingEnd + 2)) return false;
      const greetingNames = ctx.addressedNames().filter((n) => n.source !== 'closing');
      // "Hi {firstName}," in Recruiter: LinkedIn puts their first name there when sending.
      if (ctx.platform === 'recruiter' && /^\s*\{(?:firstName|fullName)\}/.test(ctx.text.slice(ctx.greeting()?.end ?? 0))) return true;
      if (greetingNames.length === 0) return false;
      if (ctx.recipientParts.length === 0) return true;
      return greetingNames.some((n) => compareName(n.text, ctx.recipientParts, ctx.pack?.names.shortForms, { hyphenatedGivenName: ctx.language === 'fr' || ctx.language === 'de' }).kind !== 'other');
    },
  },
  {
    id: 'introduces-self',
    label: 'Says who you are',
    hint: 'Add one line on who you are: your role, or where you work or study.',
    firstApproach: true,
    done: (ctx) => introducesSelf(ctx),
  },
  {
    id: 'states-reason',
    label: 'Says why them',
    hint: 'Say why you are writing to this person in particular.',
    firstApproach: true,
    done: (ctx) => statesReason(ctx),
  },
  {
    id: 'common-ground',
    label: 'Names common ground',
    hint: 'Mention what you share: a connection, school, employer, event, group or interest.',
    firstApproach: true,
    done: (ctx) => commonGround(ctx),
  },
  {
    id: 'references-them',
    label: 'Refers to their work',
    hint: 'Refer to something specific of theirs: a post, talk, article, project or their company.',
    firstApproach: true,
    done: (ctx) => referencesTheirWork(ctx),
  },
  {
    id: 'clear-ask',
    label: 'Makes one clear, easy ask',
    hint: 'End with one low-pressure request, e.g. “Would you be open to a 15-minute call?”.',
    firstApproach: false,
    done: (ctx, findings) => clearAsk(ctx) && !findings.some((f) => f.ruleId === 'demanding' || f.ruleId === 'pushy'),
  },
  {
    id: 'thanks',
    label: 'Thanks them',
    hint: 'Thank them for their time or for considering it.',
    firstApproach: false,
    done: (ctx) => thanks(ctx),
  },
  {
    id: 'concise',
    label: 'Stays concise',
    hint: 'Trim it to the essentials: who you are, why them, what you ask.',
    firstApproach: false,
    done: (ctx) => {
      const goal = lengthGoalOf(ctx);
      return goal.measure <= goal.limit;
    },
  },
];

/**
 * The checklist, shown in every case. In an established thread the first-approach items do not apply;
 * for a draft in a language that is not coached, none does (the checks read English).
 */
export function computeChecklist(ctx: RuleContext, findings: readonly Finding[], coachedLanguage = true): ChecklistItem[] {
  const established = ctx.conversation !== 'cold';
  return CHECKLIST.map((spec) => {
    const done = spec.done(ctx, findings);
    return {
      id: spec.id,
      label: spec.label,
      done,
      applicable: coachedLanguage && !(spec.firstApproach && established),
      hint: done ? '' : spec.hint,
    };
  });
}

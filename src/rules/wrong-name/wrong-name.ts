import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { compareName } from '../../signals/names.ts';
import { foldName, matchCase } from '../../text/normalize.ts';

// Forms of address that are not names: "Hello Ma'am", "Respected Sir".
const NOT_A_NAME = new Set(['sir', 'madam', "ma'am", 'ma’am', 'maam', 'mam', 'madame', 'sirs', 'team', 'all', 'everyone', 'folks']);

export default defineRule({
  meta: {
    id: 'wrong-name',
    title: 'Wrong name',
    severity: 'error',
    category: 'personalization',
    description: 'Flags addressing the recipient by someone else’s name or a misspelling of theirs.',
    why: 'Getting someone’s name wrong tells them the message was not written for them; take the time to craft a message for this person in particular.',
    fixable: true,
    languageIndependent: true,
  },
  check(ctx) {
    if (ctx.recipientParts.length === 0) return [];
    const sender = new Set(ctx.senderParts.map(foldName));
    const givenName = ctx.recipientParts[0]!;
    const out: RuleFinding[] = [];
    for (const used of ctx.addressedNames()) {
      if (sender.has(foldName(used.text)) || NOT_A_NAME.has(used.text.toLowerCase())) continue;
      const verdict = compareName(used.text, ctx.recipientParts);
      if (verdict.kind === 'match' || verdict.kind === 'short-form') continue;
      const correct = verdict.kind === 'misspelling' ? verdict.of : givenName;
      out.push({
        message:
          verdict.kind === 'misspelling'
            ? `“${used.text}” misspells their name: it is ${correct}.`
            : `“${used.text}” is not the recipient’s name (${ctx.recipient?.name?.trim()}).`,
        start: used.start,
        end: used.end,
        suggestion: `Address them as ${correct}.`,
        fix: { start: used.start, end: used.end, replacement: matchCase(used.text, correct) },
      });
    }
    return out;
  },
});

import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { compareName } from '../../signals/names.ts';
import { foldName, matchCase } from '../../text/normalize.ts';
import { MEN, WOMEN } from '../../text/lexicons/given-names.ts';
import type { RuleContext } from '../../engine/context.ts';

// Forms of address that are not names: "Hello Ma'am", "Respected Sir".
const FORMS_OF_ADDRESS = ['sir', 'madam', "ma'am", 'ma’am', 'maam', 'mam', 'madame', 'sirs', 'team', 'all', 'everyone', 'folks'];
// A template's role noun where the name belongs ("Hi Candidate,", "Dear Applicant"): a mass-mailing
// tell, not someone else's name, so it is never "the wrong person".
const ROLE_NOUNS = ['candidate', 'applicant', 'recipient', 'customer', 'client', 'prospect', 'member', 'user', 'professional', 'colleague', 'connection'];
// Honorifics written after the given name ("Dear Yusuf Bey", "Ayşe Hanım", "Imran Sahib"): respect, not another name.
const HONORIFICS_AFTER_NAME = ['bey', 'hanım', 'hanim', 'hanımefendi', 'efendi', 'sahib', 'saheb', 'sahab', 'san', 'sama', 'sensei'];
const NOT_A_NAME = new Set([...FORMS_OF_ADDRESS, ...ROLE_NOUNS, ...HONORIFICS_AFTER_NAME]);

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
      const verdict = compareName(used.text, ctx.recipientParts, ctx.pack?.names.shortForms, { hyphenatedGivenName: ctx.language === 'fr' || ctx.language === 'de' });
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
    const mismatch = titleGenderMismatch(ctx);
    if (mismatch) out.unshift(mismatch);
    return out;
  },
});

/**
 * "Sehr geehrter Herr Vogel" to Katrin Vogel, "Estimado Sr. López" to María López: the salutation's
 * title and adjectives are for the other gender. Only when the recipient's given name is unambiguous
 * (see `given-names.ts`); the fix swaps every agreeing word of the salutation at once.
 */
function titleGenderMismatch(ctx: RuleContext): RuleFinding | null {
  const pairs = ctx.pack?.names.genderedForms;
  const greeting = ctx.greeting();
  if (!pairs || !greeting?.title || ctx.recipientParts.length === 0) return null;
  const given = foldName(ctx.recipientParts[0]!);
  const readerIsWoman = WOMEN.has(given) ? true : MEN.has(given) ? false : null;
  if (readerIsWoman === null) return null;
  const span = { start: greeting.start, end: greeting.start + ctx.text.slice(greeting.start).indexOf(greeting.title) + greeting.title.length };
  const salutation = ctx.text.slice(span.start, span.end);
  // The title itself must be the other gender's ("Sr." to María); "Prezada Sr." to Ricardo is only a
  // salutation that disagrees with its title, which is `typo`'s.
  const titleStart = salutation.length - greeting.title.length;
  let wrong = false;
  const swapped = salutation.replace(/[\p{L}.]+/gu, (word, offset: number) => {
    for (const [masculine, feminine] of pairs) {
      const [from, to] = readerIsWoman ? [masculine, feminine] : [feminine, masculine];
      if (word.toLowerCase() === from.toLowerCase()) {
        if (offset >= titleStart) wrong = true;
        return /^\p{Lu}/u.test(word) ? to.charAt(0).toUpperCase() + to.slice(1) : to.charAt(0).toLowerCase() + to.slice(1);
      }
    }
    return word;
  });
  if (!wrong) return null;
  return {
    message: `“${salutation}” addresses a ${readerIsWoman ? 'man' : 'woman'}, but ${ctx.recipient?.name?.trim()} is ${readerIsWoman ? 'a woman' : 'a man'}.`,
    ...span,
    suggestion: `Write “${swapped}”.`,
    fix: { ...span, replacement: swapped },
  };
}

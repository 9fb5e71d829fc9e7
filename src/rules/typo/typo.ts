import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { MISSPELLINGS } from '../../text/lexicons/misspellings.ts';
import { matchCase } from '../../text/normalize.ts';
import { insideAny } from '../../text/spans.ts';
import type { Recipient } from '../../contracts/draft.ts';

/** Words written capitalized in the recipient's company or headline: their names ("Wellcome Trust"), never typos. */
function namesOfTheirs(recipient: Recipient | undefined): Set<string> {
  const fields = [recipient?.company, recipient?.headline].filter((field): field is string => typeof field === 'string');
  return new Set(fields.flatMap((field) => field.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []));
}

/** A capitalized word right after "at", "from", "joining"… or "the": an organisation's name ("the role at Wellcome",
 *  "the Wellcome grants office"), spelled as it likes. */
const ORGANISATION_BEFORE = /(?:\b(?:at|from|with|joining|joined|join|for|of|by)(?:\s+the)?\s+|\bthe\s+)$/iu;
function namesAnOrganisation(text: string, start: number): boolean {
  return /\p{Lu}/u.test(text[start] ?? '') && ORGANISATION_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

export default defineRule({
  meta: {
    id: 'typo',
    title: 'Typo',
    severity: 'warning',
    category: 'polish',
    description: 'Flags common misspellings of ordinary words (recieve, definately, seperate…) and offers the fix.',
    why: 'Proofread for typos and grammar: sloppy messages reflect poorly on you.',
    fixable: true,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const skipped = [...ctx.nonProse(), ...ctx.quoted()];
    const theirNames = namesOfTheirs(ctx.recipient);
    for (const word of ctx.words()) {
      const right = MISSPELLINGS.get(word.text.toLowerCase());
      if (!right || insideAny(skipped, word) || theirNames.has(word.text) || namesAnOrganisation(ctx.text, word.start)) continue;
      out.push({
        message: `“${word.text}” is misspelled: “${right}”.`,
        start: word.start,
        end: word.end,
        suggestion: `Write “${right}”.`,
        fix: { start: word.start, end: word.end, replacement: matchCase(word.text, right) },
      });
    }
    return out;
  },
});

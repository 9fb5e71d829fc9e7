import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import { compileFamilies, findFamilies, withoutOverlaps } from '../../engine/families.ts';
import { findAll, matches, phrasePattern } from '../../text/patterns.ts';
import { disclaimsSelling, families, fundraising, justConnected, lexicon, theyAskedForIt, writerIsTheBuyer } from './families.ts';
import { followsJobApplication } from '../../signals/outreach.ts';

const compiled = compileFamilies(families, lexicon);
const STRONG = new Set(families.filter((f) => f.strong).map((f) => f.name));
const JUST_CONNECTED = phrasePattern(justConnected);
const DISCLAIMS_SELLING = phrasePattern(disclaimsSelling);
const THEY_ASKED_FOR_IT = phrasePattern(theyAskedForIt);
const WRITER_IS_THE_BUYER = phrasePattern(writerIsTheBuyer);
// A founder raising money describes the company to an investor: what it does, its results and a call to talk are the
// investor's business, not a sale to them. Offers, promises to them, prices and trials stay pitches.
const RAISING = phrasePattern(fundraising);
const WHAT_A_FOUNDER_TELLS_AN_INVESTOR = new Set(['valueProposition', 'claimedResults', 'provenWithOthers', 'valueClaim', 'pitchAsk']);
// An outcome for the company's customers ("our platform lets vets order in one click"), not for the reader ("…lets you").
const ADDRESSES_THE_READER = /(?<![\p{L}])(?:you|your|yours|u|ur)(?![\p{L}])/iu;
const toldToAnInvestor = (m: { family: string; text: string }) =>
  WHAT_A_FOUNDER_TELLS_AN_INVESTOR.has(m.family) || (m.family === 'promisedOutcome' && !ADDRESSES_THE_READER.test(m.text));

export default defineRule({
  meta: {
    id: 'sales-pitch',
    title: 'Sales pitch',
    severity: 'warning',
    category: 'relationship',
    description: 'Flags unsolicited pitching in a cold conversation.',
    why: 'Avoid overt sales pitches or solicitations unless you have a clearly established business relationship.',
  },
  check(ctx) {
    // Once they have written back, pricing or a demo they asked for is business, not a pitch.
    if (ctx.conversation !== 'cold') return [];
    // A candidate who applied to their company tells what their team achieved: a CV line, not a pitch.
    if (followsJobApplication(ctx)) return [];
    // An answer to their own public request for a tool or a provider is welcome, not unsolicited.
    if (matches(THEY_ASKED_FOR_IT, ctx.matchText)) return [];
    // The writer buys from them (asks their price, a quote, a demo of their product): the reader is the seller.
    if (matches(WRITER_IS_THE_BUYER, ctx.matchText)) return [];
    const matched = findFamilies(ctx, compiled, findAll(DISCLAIMS_SELLING, ctx.matchText));
    const all = matched.length > 0 && matches(RAISING, ctx.matchText) ? matched.filter((m) => !toldToAnInvestor(m)) : matched;
    if (all.length === 0) return [];
    // Where a strong and a weak family cover the same words, the strong one names the finding.
    const strongFirst = [...all].sort((a, b) => Number(STRONG.has(b.family)) - Number(STRONG.has(a.family)));
    const found = withoutOverlaps(strongFirst).sort((a, b) => a.start - b.start);
    const strong = found.some((m) => STRONG.has(m.family));
    // A company describing itself is a pitch with a second sign, or right after they accepted the invitation.
    const pitch = strong || found.length >= 2 || matches(JUST_CONNECTED, ctx.matchText);
    if (!pitch) return [];
    return found.map((m): RuleFinding => ({
      message: `This ${m.means}: it reads as a sales pitch to someone who has not asked for one.`,
      start: m.start,
      end: m.end,
      suggestion: 'Start a conversation about their work first; offer your product only if they show interest.',
    }));
  },
});

import type { RuleContext } from '../engine/context.ts';
import { compileFamilies, findFamilies, type CompiledFamily, type FamilyMatch } from '../engine/families.ts';
import type { ChecklistCues, LanguagePack } from '../languages/types.ts';
import { escapeRegExp, matches, phrasePattern, type PhrasePattern } from '../text/patterns.ts';
import { contextFamilies, lexicon, pseudoContextFamilies } from './context-families.ts';
import { lazyPer } from '../engine/lazy.ts';

/**
 * Detectors for what makes outreach personal: a reason why this person (their work, a shared
 * connection, how you met, common ground), an introduction, an ask, thanks. Shared by `no-context`
 * and the checklist; each is computed once per draft through `ctx.memo`.
 */

const INTRODUCES_SELF = phrasePattern([
  `(?:I'm|I am|Im) (?:currently |now |also |just )?(?:a|an|the|part of|based in|based at|from|leading|working|building|running|studying|doing|heading|co-?founder|founder|co-?chairing|chairing|organi[sz]ing|one of)`,
  `my name is`,
  `(?:I|we) (?:work|lead|run|manage|teach|study|organi[sz]e|founded|co-?founded|head|own|co-?chair|recruit|build) (?!to\\b|you\\b)\\S+`,
  `(?:alum|alumna|alumnus|grad|graduate|student|engineer|designer|founder|recruiter|here) here`,
  `fellow \\S+ (?:\\S+ )?(?:alum|alumna|alumnus|grad|graduate|student)`,
  `this is \\p{Lu}\\p{L}+ (?:from|at|with)`,
  `as an? (?:\\S+ ){0,3}?(?:engineer|designer|student|manager|founder|recruiter|researcher|developer|analyst|marketer|writer|consultant|teacher|director|lead)`,
  `my (?:team|company|lab|startup|agency|group|class|firm) (?:at|is|in)`,
  // "here at Acme we…", "I serve as head of data at…"
  `here at \\S+`,
  `I (?:serve|work|act) as`,
]);

const STATES_REASON = phrasePattern([
  `(?:I'm|I am) (?:reaching out|writing|contacting you|getting in touch|messaging you) (?:because|since|as|to|about|after|regarding)`,
  // "I wanted to reach out because…", "I thought I'd write since…"
  `(?:I|I've) (?:(?:wanted|want|decided) to|thought I'd|thought I would) (?:reach out|write|get in touch|message you|contact you|drop you a (?:line|note)) (?:because|since|as|about|after|regarding)`,
  `(?:reaching out|writing) (?:to you )?because`,
  `(?:the )?reason (?:I'm|I am) (?:writing|reaching out)`,
  `(?:I'm|I am|I've been) (?:preparing|planning|trying|working|building|thinking|considering|weighing|scoping|hoping|looking)`,
  `(?:would|'d) (?:love|like|value|appreciate) (?:to hear|to learn|to ask|to understand|your (?:view|perspective|advice|take|thoughts|opinion))`,
  `because (?:you|your)`,
  `(?:since|as) you(?:'ve| have)? (?:\\S+ )?(?:worked|built|led|done|been|made|written|spoken)`,
]);

const CLEAR_ASK = phrasePattern([
  `(?:would|could|can|will|may|might|shall) (?:you|u|I|we)(?: \\S+){0,25}\\?`,
  `(?:would|'d|will) (?:love|like|be glad|be happy|be grateful|be keen|value|welcome|appreciate) (?:to )?(?:connect|chat|talk|hear|learn|ask|meet|keep in touch|stay in touch|compare notes|trade notes|get your|connecting|your|any|it)`,
  `(?:are|r) (?:you|u) (?:\\S+ )?(?:open|free|available|interested|up for|willing)`,
  `do you have (?:time|a few|\\d+|any)`,
  `is there (?:any )?(?:chance|way)`,
  `(?:any|some) (?:advice|pointers|tips|thoughts|suggestions)\\?`,
  `would (?:\\S+ ){1,6}?work(?: for you)?\\?`,
  `let's connect`,
  `(?:happy|glad) to connect`,
  `(?:did|does|do|how|what|which|when|where|who|whether)(?: \\S+){1,15}\\?`,
  `worth a (?:quick )?(?:look|chat|call)\\?`,
  `(?:i'd|I would) (?:be grateful|appreciate it) if`,
]);

const THANKS = phrasePattern(['thanks?', 'thank you', 'thx', 'appreciate(?:d)?', 'grateful', 'cheers', 'many thanks', 'merci', 'danke', 'gracias']);

/** Significant tokens of a company or school name ("Google DeepMind" → Google, DeepMind). */
const NAME_FILLER = new Set(
  'the of and for at a an inc inc. ltd ltd. llc gmbh ag sa plc co co. corp corporation company group studio studios labs lab cars research institute university universität college school academy technologies technology tech capital ventures partners education logistics creative threads health systems services solutions global international grupo groupe gruppe de la le el der des du von und'.split(' '),
);

function organisationPattern(name: string | undefined, personParts: readonly string[] = []): RegExp | null {
  if (!name) return null;
  // "Hello Mr. Fischer" to someone at Fischer Logistik greets them; it does not name their company.
  const person = new Set(personParts.map((p) => p.toLowerCase()));
  const tokens = name.split(/[\s,/]+/).filter((t) => t.length >= 2 && !NAME_FILLER.has(t.toLowerCase()) && !person.has(t.toLowerCase()));
  const alternatives = [...(tokens.length > 0 ? [name.trim()] : []), ...tokens, initialsOf(name)].filter((t) => t.length >= 2).map((t) => escapeRegExp(t).replace(/\s+/g, '\\s+'));
  if (alternatives.length === 0) return null;
  // Case-sensitive: "Pitch" the company, not "pitch" the word.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** "Tata Consultancy Services" → "TCS", "Amazon Web Services" → "AWS": companies go by their initials. */
function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Inc|Ltd|LLC|GmbH|AG|SA|PLC|Co|Corp)\.?$/.test(w));
  return words.length >= 2 ? words.map((w) => w.charAt(0)).join('') : '';
}

/**
 * Their company: the company field, else the employer a headline names after its last "at" word
 * ("Gerente de Planta en Grupo Bimbo" → Grupo Bimbo, "Engineer at Stripe | speaker" → Stripe). Only a
 * capitalized name counts, so "Consultant at large" or "Especialista en marketing" names no company.
 */
const HEADLINE_EMPLOYER = /(?:^|\s)(?:at|@|en|bei|chez|na|no|em|à|presso)\s+(\p{Lu}[^|,;·•()]*?)\s*(?:[|,;·•(]|$)/gu;
// The comma form, "Head of Science, Kingsmead Academy": two or more words written as names after the last comma (one
// word is as often a town: "Nurse, Leeds"; a market is written otherwise: "Head of Marketing, B2B SaaS").
const HEADLINE_EMPLOYER_AFTER_COMMA = /,\s*(\p{Lu}\p{Ll}[\p{Ll}&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}\p{Ll}[\p{Ll}&'’.-]*)+)\s*$/u;
export function companyOf(recipient: RuleContext['recipient']): string | undefined {
  if (recipient?.company) return recipient.company;
  const headline = recipient?.headline ?? '';
  const found = [...headline.matchAll(HEADLINE_EMPLOYER)].at(-1);
  return found?.[1]?.trim() || HEADLINE_EMPLOYER_AFTER_COMMA.exec(headline)?.[1] || undefined;
}

export function mentionsCompany(ctx: RuleContext): boolean {
  return ctx.memo('mentionsCompany', () => {
    const company = companyOf(ctx.recipient);
    const p = organisationPattern(company, ctx.recipientParts);
    return (p && company ? namesTheirCompany(p, ctx.matchText, company, ctx.pack === null) : false) || mentionsDomainOf(company, ctx.text) || mentionsKindOf(company, ctx.matchText);
  });
}

/**
 * Their organisation by the kind its name ends on, as an owner: "the choir's winter concert" to someone at Cape Town
 * Youth Choir, "the hospital's new wing" to someone at Aga Khan University Hospital (not "the choir" alone).
 */
function mentionsKindOf(name: string | undefined, text: string): boolean {
  const kind = name?.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (kind.length < 4 || !/^\p{L}+$/u.test(kind) || NAME_FILLER.has(kind)) return false;
  return new RegExp(`(?<![\\p{L}])the ${escapeRegExp(kind)}['’]s \\p{L}`, 'iu').test(text);
}

/** A role just before the name makes it a third person's employer ("connected to the CTO of Ocado"): no reason why them. */
const SOMEONE_ELSES_ROLE = /(?:CEO|CTO|CFO|COO|CMO|CIO|founder|co-?founder|head of \S+|director|VP|president|fundador[a]?|director[a]?|president[ae]|gerente|jefe|jefa|responsable)\s+(?:of|at|de|del|en)\s+(?:the\s+)?$/iu;
function namesTheirCompany(company: RegExp, text: string, name: string, english: boolean): boolean {
  const every = new RegExp(company.source, 'gu');
  for (const m of text.matchAll(every)) {
    if (SOMEONE_ELSES_ROLE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (english && m[0] !== name.trim() && namesAPlaceOrAnotherBody(text, m.index, m.index + m[0].length)) continue;
    return true;
  }
  return false;
}

/**
 * One word of their company's name may be a town the writer lives in or part of another body's name: "a nursing student in
 * Cluj-Napoca" to someone at Spitalul Clinic Județean Cluj, "at the Singapore Institute of Technology" to someone at
 * Singapore General Hospital. Such a word names no company of theirs (English words; the packs keep the plain match).
 */
const PLACE_BEFORE = /(?:^|\s)(?:in|from|near|around|based in)\s+$/iu;
const LONGER_NAME_AFTER = /^(?:-\p{L}|\s+(?:Institute|University|College|School|Hospital|Academy|Polytechnic)(?![\p{L}]))/u;
function namesAPlaceOrAnotherBody(text: string, start: number, end: number): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || LONGER_NAME_AFTER.test(text.slice(end, end + 16));
}

/** "your website greenleafdental.com" names Greenleaf Dental. */
function mentionsDomainOf(name: string | undefined, text: string): boolean {
  const squeezed = name?.toLowerCase().replace(/[^a-z0-9]/g, '') ?? '';
  if (squeezed.length < 4) return false;
  const domains = text.toLowerCase().match(/[a-z0-9-]{3,63}\.(?:com|co|net|org|io|ai|[a-z]{2})\b/g) ?? [];
  return domains.some((d) => d.split('.')[0]!.replace(/-/g, '') === squeezed);
}

/**
 * Something named after them or their family: "the Holloway Nursing Scholarship" to Margaret Holloway, "the Okafor Lab".
 * Their family name before a named institution (not "Mrs. Holloway", which only addresses them).
 */
const NAMED_AFTER_SOMEONE =
  '(?:\\s+\\p{Lu}[\\p{L}&-]*){0,3}\\s+(?:scholarships?|bursar(?:y|ies)|fellowships?|grants?|prizes?|awards?|funds?|foundation|trust|endowment|lectures?|lab|laborator(?:y|ies)|institute|cent(?:re|er)|chair|library|collection|gallery|method|programme|program)(?![\\p{L}])';
function mentionsSomethingNamedAfterThem(ctx: RuleContext): boolean {
  return ctx.memo('namedAfterThem', () => {
    const family = ctx.recipientParts.at(-1);
    if (!family || ctx.recipientParts.length < 2 || family.length < 3) return false;
    const p = new RegExp(`(?<!(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Dear|Hi|Hello)\\.?\\s+)(?<![\\p{L}\\p{N}])${escapeRegExp(family)}${NAMED_AFTER_SOMEONE}`, 'iu');
    return p.test(ctx.matchText);
  });
}

export function mentionsSchool(ctx: RuleContext): boolean {
  return ctx.memo('mentionsSchool', () => {
    const p = organisationPattern(ctx.recipient?.school);
    return p ? p.test(ctx.matchText) : false;
  });
}

function mentionsMutualConnection(ctx: RuleContext): boolean {
  const names = ctx.recipient?.mutualConnections ?? [];
  return names.some((n) => n.trim().length > 1 && ctx.matchText.toLowerCase().includes(n.trim().toLowerCase()));
}

const detect = (ctx: RuleContext, key: string, pattern: PhrasePattern) => ctx.memo(key, () => matches(pattern, ctx.matchText));

const CONTEXT = compileFamilies(contextFamilies, lexicon);
const PSEUDO_CONTEXT = compileFamilies(pseudoContextFamilies, lexicon);

interface LanguageCues {
  context: readonly CompiledFamily[];
  pseudo: readonly CompiledFamily[];
  checklist: Record<keyof ChecklistCues, PhrasePattern | null>;
}
/** Another language's context families and checklist cues, compiled the first time a draft in it is checked. */
const cuesOf = lazyPer((pack: LanguagePack): LanguageCues => {
  const pattern = (fragments: readonly string[]) => (fragments.length > 0 ? phrasePattern(fragments) : null);
  const c = pack.checklist;
  return {
    context: compileFamilies(pack.context.families, pack.context.lexicon),
    pseudo: compileFamilies(pack.context.pseudo ?? [], pack.context.lexicon),
    checklist: {
      introducesSelf: pattern(c.introducesSelf), statesReason: pattern(c.statesReason), commonGround: pattern(c.commonGround),
      referencesThem: pattern(c.referencesThem), clearAsk: pattern(c.clearAsk), thanks: pattern(c.thanks),
    },
  };
});

/** A checklist cue of the draft's language (false for English, whose cues are the patterns above). */
function packCue(ctx: RuleContext, key: keyof ChecklistCues): boolean {
  const pattern = ctx.pack ? cuesOf(ctx.pack).checklist[key] : null;
  return pattern !== null && detect(ctx, key, pattern);
}

/** A checklist cue in the draft's language: the pack's pattern, or the English one. */
const cue = (ctx: RuleContext, key: keyof ChecklistCues, english: PhrasePattern): boolean => (ctx.pack ? packCue(ctx, key) : detect(ctx, key, english));

/** Pseudo-context in the draft: "you viewed my profile", "we have many mutual connections"… */
export function pseudoContext(ctx: RuleContext): readonly FamilyMatch[] {
  const families = ctx.pack ? cuesOf(ctx.pack).pseudo : PSEUDO_CONTEXT;
  return ctx.memo('pseudoContext', () => Object.freeze(findFamilies(ctx, families)));
}

/** Real context in the draft, by family; what overlaps pseudo-context does not count. */
export function contextMatches(ctx: RuleContext): readonly FamilyMatch[] {
  const families = ctx.pack ? cuesOf(ctx.pack).context : CONTEXT;
  return ctx.memo('contextMatches', () => Object.freeze(findFamilies(ctx, families, pseudoContext(ctx))));
}

const hasFamily = (ctx: RuleContext, ...names: string[]) => contextMatches(ctx).some((m) => names.includes(m.family));

// Recruiter fills these with the candidate's own company or title when sending.
const RECRUITER_THEIR_FACTS = /\{(?:currentCompany|companyName|currentTitle|title)\}/;

export const referencesTheirWork = (ctx: RuleContext) =>
  hasFamily(ctx, 'theirWork', 'theirNews', 'companyWork', 'theirNamedPast') || packCue(ctx, 'referencesThem') || mentionsCompany(ctx) || mentionsSchool(ctx) || mentionsSomethingNamedAfterThem(ctx) || (ctx.platform === 'recruiter' && RECRUITER_THEIR_FACTS.test(ctx.text));
export const sharedConnection = (ctx: RuleContext) => hasFamily(ctx, 'namedReferral') || mentionsMutualConnection(ctx);
/** The writer is a candidate following up an application to their company (what "we" did is their CV, not a pitch). */
export const followsJobApplication = (ctx: RuleContext) => hasFamily(ctx, 'jobApplication');
export const howWeMet = (ctx: RuleContext) => hasFamily(ctx, 'howWeMet', 'namedEvent', 'namedPast');
export const commonGround = (ctx: RuleContext) =>
  hasFamily(ctx, 'commonGround', 'namedCommunity') || sharedConnection(ctx) || howWeMet(ctx) || mentionsSchool(ctx) || packCue(ctx, 'commonGround');
export const introducesSelf = (ctx: RuleContext) =>
  cue(ctx, 'introducesSelf', INTRODUCES_SELF) || mentionsOwnName(ctx);
export const clearAsk = (ctx: RuleContext) => cue(ctx, 'clearAsk', CLEAR_ASK);
export const thanks = (ctx: RuleContext) => cue(ctx, 'thanks', THANKS);

/** Any reason why this person: their work, a shared connection, how you met, common ground, an application, a tie as their customer, a dealing under way. */
export function hasPersonalContext(ctx: RuleContext): boolean {
  return referencesTheirWork(ctx) || commonGround(ctx) || hasFamily(ctx, 'jobApplication', 'invitation', 'customerTie', 'dealingUnderWay', 'dealingForNamedPerson', 'matterBetweenUs');
}

export function statesReason(ctx: RuleContext): boolean {
  return hasPersonalContext(ctx) && (cue(ctx, 'statesReason', STATES_REASON) || clearAsk(ctx));
}

function mentionsOwnName(ctx: RuleContext): boolean {
  if (ctx.senderParts.length === 0) return false;
  if (ctx.pack) return false;
  const p = new RegExp(`\\b(?:I'm|I am|this is|my name is) (?:${ctx.senderParts.map(escapeRegExp).join('|')})\\b`, 'iu');
  return p.test(ctx.matchText);
}

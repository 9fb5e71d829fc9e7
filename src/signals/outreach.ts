import type { RuleContext } from '../engine/context.ts';
import { escapeRegExp, matches, phrasePattern } from '../text/patterns.ts';

/**
 * Detectors for what makes outreach personal: a reason why this person (their work, a shared
 * connection, how you met, common ground), an introduction, an ask, thanks. Shared by `no-context`
 * and the checklist; each is computed once per draft through `ctx.memo`.
 */

// Things of theirs a message can refer to ("your PyCon talk", "your 2024 paper").
const WORK_NOUNS =
  'posts?|talks?|articles?|papers?|essays?|pieces?|write-?ups?|blog(?: posts?)?|threads?|interviews?|podcasts?|episodes?|' +
  'keynotes?|panels?|sessions?|webinars?|presentations?|books?|newsletters?|research|case stud(?:y|ies)|retrospectives?|' +
  'videos?|course|slides|reports?|plugins?|apps?|library|projects?|repo|repository|workshops?|stud(?:y|ies)|' +
  'thesis|lectures?|tweets?|publications?|job (?:posting|post|ad|listing)|postings?|listings?|vacanc(?:y|ies)|speech|rebrand|' +
  'campaigns?|framework|templates?|guides?|playbook|analysis|findings|dissertation|show|channel|documentary|' +
  'launch|announcement|story|demo|tool|open-source work|contributions?|AMA|op-ed|column|feature|keynote speech';
const SOFT_NOUNS = 'work|team|role|journey|career|move|transition|switch|experience|path|leadership|writing';
const GAP = "(?:[\\p{L}\\p{N}'&+\\-]+(?:\\.[\\p{L}\\p{N}]+)* ){0,4}?";

const THEIR_WORK = phrasePattern([
  // Not a request for something of theirs: "send me your comments", "share your portfolio".
  `(?<!(?:send|share|forward|provide|attach|give|submit|email|upload|update|with)(?: me| us)? )(?:your|ur|you're) ${GAP}(?:${WORK_NOUNS})`,
  `(?:your|ur) (?:[\\p{L}\\p{N}'&+\\-]+ ){0,2}?(?:${SOFT_NOUNS}) (?:on|at|as|into|from|with|in|building|leading|running)`,
  `(?:great|loved?|enjoyed|nice|excellent|fantastic|interesting|insightful|brilliant|inspiring|thoughtful|wonderful|amazing|fascinating|terrific|helpful|useful) (?:\\S+ ){0,2}?(?:post|article|talk|piece|keynote|panel|podcast|episode|paper|interview|thread|webinar|presentation|session|essay|write-?up|newsletter|video|book|portfolio|comment)`,
  // `(?<!\\S)`: the token is tried from its first character only (from every one, a long run of
  // punctuation would cost quadratic time).
  `(?:the |that |this )?(?<!\\S)\\S+ (?:you|u) (?:built|wrote|published|created|led|designed|founded|co-founded|gave|presented|launched|hosted|taught|authored|organized|organised|shared|posted|made|started|ran|developed|open-sourced|released)`,
  `(?:saw|see|noticed|notice|read|heard|learned|learnt) (?:on \\S+ (?:\\S+ )?)?(?:that )?(?:you|you've|you're|you'd|you were|you are)(?! haven't| have not| didn't| did not| never| ignored| still)`,
  `you (?:spoke|presented|talked|gave a talk|were on|wrote|published|led|built|hosted|moderated) (?:at|on|about|in|for|the)`,
  `congrat(?:ulation)?s on (?:the|your)`,
  `your time (?:at|with) \\p{Lu}`,
  `(?:follow|following|followed) your (?:work|journey|career|posts|writing|content|research|blog|newsletter)`,
  `(?:listened|listening) to (?:you|your)`,
  `(?:watched|attended|read|saw) (?:your|you)`,
]);

// Following up on a job application is a reason to write to this person.
const APPLICATION = phrasePattern([
  "(?:I|I've|I have) (?:already |just |recently )?applied (?:for|to) (?:the|your|a|an) (?:\\S+ ){0,6}?(?:role|position|job|opening|internship|posting)",
  '(?:job|requisition|req) (?:id|#|number)',
]);

const SHARED_CONNECTION = phrasePattern([
  `(?:\\p{Lu}\\p{L}+ ){1,2}(?:suggested|recommended|told me|mentioned|said) (?:that )?(?:I|we) (?:should |could |might )?(?:reach out|contact|connect|talk|speak|get in touch|write|message|ask)`,
  `(?:\\p{Lu}\\p{L}+ ){1,2}(?:suggested|recommended) (?:I|that I|we|reaching|contacting|I reach|you)`,
  `(?:introduced|referred) (?:me|us)`,
  // "Sam mentioned you're the person to ask", "she told me you…", "I'm Tom's colleague".
  `(?:\\p{Lu}\\p{L}+|he|she|they) (?:mentioned|said|told me|suggested|recommended) (?:that )?(?:you|you're|you are|your)`,
  `\\p{Lu}\\p{L}+'s (?:colleague|friend|teammate|classmate|manager|co-?founder|cofounder|former colleague|old colleague|mentor|mentee|sister|brother|partner)`,
  `(?:mutual|shared|common) (?:friends?|connections?|contacts?|colleagues?|acquaintances?)`,
  `our mutual`,
]);

const HOW_MET = phrasePattern([
  `(?:we|I|you and I) (?:briefly |finally |just |first )?(?:met|spoke|chatted|talked|sat next to each other|sat together|connected) (?:at|during|in|last|yesterday|on|after|briefly|over|through)`,
  `(?:great|nice|good|lovely|a pleasure|pleasure|wonderful|fun|so good|really nice) (?:meeting|chatting|talking|speaking|to meet|seeing|to see|catching up|running into) (?:with )?you (?:at|during|in|last|yesterday|on|after|today|this)`,
  `(?:thanks|thank you) (?:so much |again )?for (?:the|your|our) (?:\\S+ ){0,2}?(?:chat|talk|call|discussion|conversation|session|comment|answers|advice|notes|intro|introduction|questions|presentation|feedback|coffee|meeting|demo|tips)`,
  `(?:we|I) worked together`,
  `(?:you were|you've been|you have been) my (?:\\S+ )?(?:manager|colleague|mentor|teacher|professor|lead|boss|supervisor|classmate|teammate|coach|advisor|tutor|instructor|lecturer)`,
  `(?:our|those) (?:\\S+ ){0,3}?days`,
  `(?:it's|it has|it’s) been (?:a while|ages|too long|a long time)`,
  `long time no (?:see|talk|speak)`,
  `(?:we|I) (?:were|used to be) (?:colleagues|classmates|teammates|neighbors|neighbours)`,
  `since we (?:met|spoke|worked|talked)`,
]);

const COMMON_GROUND = phrasePattern([
  `fellow \\S+`,
  `(?:we're|we are|we were|we both|both of us|you and I are|you and I were) (?:both )?(?:in|members|part|connected|studied|worked|attended|went|grew|from|at|alumni|alums|on|volunteer|mentors)`,
  `we both`,
  `(?:the )?same (?:school|university|college|program|programme|bootcamp|company|team|group|city|hometown|switch|path|move|transition|background|field|class|cohort|course|major|degree|meetup|conference|community)`,
  `I (?:also|too) (?:studied|worked|went|grew|attended|started|came)`,
  `(?:I'm|I am) also (?:a|an|from|in|at|part)`,
  `as a fellow`,
]);

const INTRODUCES_SELF = phrasePattern([
  `(?:I'm|I am|Im) (?:currently |now |also |just )?(?:a|an|the|part of|based in|based at|from|leading|working|building|running|studying|doing|heading|co-?founder|founder|co-?chairing|chairing|organi[sz]ing|one of)`,
  `my name is`,
  `(?:I|we) (?:work|lead|run|manage|teach|study|organi[sz]e|founded|co-?founded|head|own|co-?chair|recruit|build) (?!to\\b|you\\b)\\S+`,
  `(?:alum|alumna|alumnus|grad|graduate|student|engineer|designer|founder|recruiter|here) here`,
  `fellow \\S+ (?:\\S+ )?(?:alum|alumna|alumnus|grad|graduate|student)`,
  `this is \\p{Lu}\\p{L}+ (?:from|at|with)`,
  `as an? (?:\\S+ ){0,3}?(?:engineer|designer|student|manager|founder|recruiter|researcher|developer|analyst|marketer|writer|consultant|teacher|director|lead)`,
  `my (?:team|company|lab|startup|agency|group|class|firm) (?:at|is|in)`,
]);

const STATES_REASON = phrasePattern([
  `(?:I'm|I am) (?:reaching out|writing|contacting you|getting in touch|messaging you) (?:because|since|as|to|about|after|regarding)`,
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
  'the of and for at a an inc inc. ltd ltd. llc gmbh ag sa plc co co. corp corporation company group studio studios labs lab cars research institute university universität college school academy technologies technology tech capital ventures partners education logistics creative threads health systems services solutions global international de la le el der des du von und'.split(' '),
);

function organisationPattern(name: string | undefined): RegExp | null {
  if (!name) return null;
  const tokens = name.split(/[\s,/]+/).filter((t) => t.length >= 2 && !NAME_FILLER.has(t.toLowerCase()));
  const alternatives = [name.trim(), ...tokens].filter((t) => t.length >= 2).map((t) => escapeRegExp(t).replace(/\s+/g, '\\s+'));
  if (alternatives.length === 0) return null;
  // Case-sensitive: "Pitch" the company, not "pitch" the word.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

export function mentionsCompany(ctx: RuleContext): boolean {
  return ctx.memo('mentionsCompany', () => {
    const p = organisationPattern(ctx.recipient?.company);
    return p ? p.test(ctx.matchText) : false;
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

const detect = (ctx: RuleContext, key: string, pattern: RegExp) => ctx.memo(key, () => matches(pattern, ctx.matchText));

// Recruiter fills these with the candidate's own company or title when sending.
const RECRUITER_THEIR_FACTS = /\{(?:currentCompany|companyName|currentTitle|title)\}/;

export const referencesTheirWork = (ctx: RuleContext) =>
  detect(ctx, 'theirWork', THEIR_WORK) || mentionsCompany(ctx) || mentionsSchool(ctx) || (ctx.platform === 'recruiter' && RECRUITER_THEIR_FACTS.test(ctx.text));
export const sharedConnection = (ctx: RuleContext) => detect(ctx, 'sharedConnection', SHARED_CONNECTION) || mentionsMutualConnection(ctx);
export const howWeMet = (ctx: RuleContext) => detect(ctx, 'howMet', HOW_MET);
export const commonGround = (ctx: RuleContext) =>
  detect(ctx, 'commonGround', COMMON_GROUND) || sharedConnection(ctx) || howWeMet(ctx) || mentionsSchool(ctx);
export const introducesSelf = (ctx: RuleContext) =>
  detect(ctx, 'introducesSelf', INTRODUCES_SELF) || mentionsOwnName(ctx);
export const clearAsk = (ctx: RuleContext) => detect(ctx, 'clearAsk', CLEAR_ASK);
export const thanks = (ctx: RuleContext) => detect(ctx, 'thanks', THANKS);

/** Any reason why this person: their work, a shared connection, how you met, common ground, an application. */
export function hasPersonalContext(ctx: RuleContext): boolean {
  return referencesTheirWork(ctx) || commonGround(ctx) || detect(ctx, 'application', APPLICATION);
}

export function statesReason(ctx: RuleContext): boolean {
  return hasPersonalContext(ctx) && (detect(ctx, 'statesReason', STATES_REASON) || clearAsk(ctx));
}

function mentionsOwnName(ctx: RuleContext): boolean {
  if (ctx.senderParts.length === 0) return false;
  const p = new RegExp(`\\b(?:I'm|I am|this is|my name is) (?:${ctx.senderParts.map(escapeRegExp).join('|')})\\b`, 'iu');
  return p.test(ctx.matchText);
}

import type { RuleContext } from '../engine/context.ts';
import type { LanguagePack } from '../languages/types.ts';
import { lazyPer } from '../engine/lazy.ts';
import { caseAwarePatterns, findAll, type PhrasePattern } from '../text/patterns.ts';
import { pseudoContext } from './outreach.ts';
import { ENDS_AS_QUESTION } from '../text/sentences.ts';
import { overlaps, type Span } from '../text/spans.ts';

/**
 * `no-context`'s second backstop: a statement of something the reader did, or that the writer and the
 * reader did together, told in the past — "you came to speak to our class last term", "we had
 * neighbouring desks at the coworking space", "vous avez présidé le jury", "wir standen zusammen am
 * Kaffeeautomaten". A reason without a proper name, which `specific-mention` cannot see. Questions ("did
 * you see my message?") and sentences holding pseudo-context ("you viewed my profile") are no such
 * statement; verbs of what anyone does on LinkedIn (viewed, accepted, connected, liked…) and of
 * receiving or ignoring my messages are left out, and so is what we pretend to have talked about.
 */

// English: "you" (or "we") and a verb in the past. A fragment with a capital letter is matched as written.
const ENGLISH: readonly string[] = [
  // What they did: "you came to speak", "you were my TA", "you had mentioned", "you reviewed my PR".
  // Not what anyone has: "the profile you built", "the team you lead".
  "(?<!(?:profile|career|network|brand|following|audience|business|company|team|success|life|reputation) (?:that )?)\\b(?:you|u)(?: (?:had|have|'ve|’ve|once|kindly|actually|really|also|both|all|just))? " +
    '(?!(?:been|viewed|visited|checked|looked|accepted|connected|liked|followed|passed|missed|ignored|received|opened|signed|downloaded|registered|applied|wanted|needed|deserved|need|seed|feed|speed|proceed|succeed|exceed|indeed)\\b)' +
    '(?:[a-z]{2,}ed|was|were|came|gave|spoke|said|told|took|taught|ran|led|wrote|met|made|sent|built|drove|sang|brought|held|showed|shared|left|lent|sold|bought|kept|drew|chose|caught|threw)\\b' +
    // "how you built it" points back at what was said before and names no deed of its own.
    "(?!(?<=\\b(?:how|what|why) (?:you|u) [a-z]+) (?:it|them|that|this)(?= *(?:[.,;:!?]|$| and | so | but )))",
  // What we did together: "we shared a table", "we were both on the night shift", "the scheme paired us".
  '(?<!(?:what|as|where|when|like) )\\bwe (?:had|shared|sat|met|spoke|talked|chatted|overlapped|swapped|exchanged|were (?:both|neighbours|seatmates|classmates|flatmates|roommates|teammates|colleagues|paired|matched))\\b',
  '\\bwe (?:both )?(?:worked|studied|volunteered|played|sang|trained|served|competed) (?:together|at the same|in the same|on the same|side by side)\\b',
  // The perfect tells it too: "we've exchanged a few comments under Aaron's posts", "we have met once, at…" (not "we've had", which is any news, nor a bare "we've met before").
  "(?<!(?:what|as|where|when|like) )\\bwe(?:'ve|’ve| have) (?:both |already |briefly |actually |once )?(?:shared|sat|met|spoken|talked|chatted|overlapped|swapped|exchanged|crossed paths)\\b(?! (?:before|somewhere|already|at some point)\\b)",
  // Where we stood to each other in a race, a match or a room: "we finished two seconds apart at the Valencia half",
  // "we played against each other at the chess open" (not "we came together to help clinics": our own team's deed).
  "\\bwe (?:both )?(?:finished|placed|raced|ran|rowed|swam|rode|cycled|competed|played|sat|stood|danced|sang|crossed the line) " +
    "(?:[a-z0-9'’-]+ ){0,4}?(?:apart|together|side by side|back to back|next to each other|against each other|head to head|neck and neck)\\b",
  '\\b(?:paired|matched) us\\b',
  // The writer told as the one who did something for or with them: "I'm the designer who sent you the audit last
  // year", "this is the intern who shadowed you". Not the one who only wrote or sent a request ("who messaged you").
  "\\b(?:I'm|I’m|I am|this is|it's|it’s) (?:the|your) (?:[a-z'’-]+ ){0,4}?(?:who|that) (?:once |kindly |briefly |also )?" +
    '(?!(?:emailed|messaged|contacted|called|invited|texted|mailed|reached|pinged|spammed|viewed|visited|followed|connected|liked|added|wrote|applied|asked)\\b)' +
    '(?:[a-z]{2,}ed|sent|gave|sat|met|ran|led|made|built|brought|held|showed|shared|taught|took|lent|drove|won|paid) ' +
    '(?!you (?:a |an |my |the |our )?(?:[a-z-]+ )?(?:connection|message|request|note|invite|invitation|inmail|e-?mail|dm|follow|text|reminder|ping)s?\\b)' +
    "(?:[a-z0-9'’-]+ ){0,3}?(?:you|your)\\b",
  // What their organisation did for us, told in the past: "your company matched staff donations to our appeal",
  // "your lab lent us the cores". Not being contacted or invited ("your company emailed me about a demo").
  "\\byour (?:[a-z'’-]+ )?(?:company|team|foundation|firm|lab|organi[sz]ation|agency|school|office|department|charity|trust|fund|studio|group|newsroom|hospital|clinic|unit|library|museum|council|bank|startup|business|shop|store|restaurant|church|club|union|association|ministry|programme|program|garage|farm|bakery|salon|caf[eé]|workshop|stall|practice|surgery|yard|mill|nursery|kitchen|crew|band|choir) " +
    '(?:(?:kindly|generously|once|also|recently|actually|quietly|very) )?' +
    '(?!(?:emailed|messaged|contacted|called|invited|texted|mailed|reached|pinged|spammed|sent|viewed|visited|checked|looked|accepted|connected|liked|followed|passed|missed|ignored|received|opened|signed|downloaded|registered|applied|wanted|needed|rejected|declined|asked)\\b)' +
    "(?:[a-z]{2,}ed|gave|took|ran|led|made|built|brought|held|showed|shared|won|paid|lent|taught|hosted|sold|kept|fed) " +
    // Up to five words of the same clause before us: not "expanded into new markets and I think our team…".
    "(?:(?!(?:and|but|so|which|that|while|i|we|you)\\b)[a-z0-9'’-]+ ){0,5}?(?:us|our|me|my)\\b",
  // What I did for them or for something of theirs, told in the past: "I stocked your hot sauce in our deli", "I'm the farrier
  // who shod your mare at the show", "I tutored your son for his Highers". Not looking, finding, writing or applying: anyone can
  // see a profile, send a message or apply ("I saw your post", "I sent you my CV", "I checked your website" stay no reason).
  "\\bI(?:'m| am) the (?:[a-z'’-]+ ){0,3}?who (?:(?:once|kindly|also) )?(?!(?:viewed|visited|checked|looked|noticed|saw|found|came|stumbled|googled|followed|liked|connected|accepted|sent|emailed|messaged|contacted|called|applied|wrote|asked|invited|reached|pinged|tried)\\b)(?:[a-z]{2,}ed|took|shod|fed|sold|lent|kept|made|built|gave|ran|led|held|drove|caught)\\b(?: [a-z0-9'’-]+){0,5}? (?:your|you)\\b",
  "(?<![a-z'’] )\\bI (?:(?:once|kindly|also|recently) )?(?:stocked|tutored|coached|photographed|shod|fitted|repaired|rewired|plumbed|serviced|catered|hosted|delivered|supplied|translated|edited|filmed|cut|coloured|colored|styled|treated|nursed|taught|trained|groomed|shoed|judged|marked|refereed|umpired) (?:[a-z0-9'’-]+ ){0,5}?your (?!(?:profile|page|website|site|post|message|email|inbox|feed|request|invitation)\\b)[a-z'’-]+",
  // Naming myself by an occasion we shared: "I'm the sound engineer from the Sunday set at the jazz weekend" (as "remember me from…").
  "\\bI(?:'m| am) the (?:[a-z'’-]+ ){0,3}?from the (?:[A-Za-z0-9'’-]+ ){0,4}?(?:set|show|fair|market|race|match|game|meeting|class|course|workshop|conference|event|night|evening|weekend|festival|tournament|session|trip|stall|talk|panel|gig|concert|fete|sale|auction|hackathon|meetup|retreat|camp|cruise|tour)\\b",
  // Round 22. A past tie told from my side: "I was your third officer on the Nordic Aurora", "I used to be one of your interns".
  "\\bI (?:was|used to be) (?:once |briefly )?(?:one of )?your (?!(?:connection|follower|contact|fan)s?\\b)(?:[a-z'’-]+ ){0,2}?[a-z'’-]+(?: (?:on|at|in|for|under|during|when)\\b|[,.;—–-])",
  // Our people who deal with theirs: "our drivers are the ones unloading at your dock 7", "my students were the ones who visited your lab".
  "\\b(?:our|my) (?:[a-z'’-]+ ){0,2}?(?:are|were) the ones (?:who |that )?(?:[a-z0-9'’-]+ ){1,5}?(?:your|you)\\b",
  // What we did with a thing of theirs: "we poured your 2020 Bonarda by the glass", "we ran your tabletop with two crews".
  "(?<![a-z'’] )\\b(?:i|we) (?:(?:once|also|recently|proudly) )?(?:poured|served|screened|staged|performed|played|ran|used|stocked|sold|sang|cooked|baked|brewed|showed) (?:[a-z0-9'’-]+ ){0,3}?your (?!(?:profile|page|website|site|post|message|email|inbox|feed|request|invitation|ad|advert|offer)s?\\b)[a-z0-9'’-]+",
  // A thing of theirs that we chose or that carries my work: "your novel was the one our book club picked",
  // "your group's burned-area product is the backbone of my second chapter".
  "\\b[Yy]our (?:[a-z0-9'’-]+ ){1,4}?(?:was|is) the one (?:that |which )?(?:[Ww]e|I|[Oo]ur|[Mm]y)\\b",
  "\\byour (?:[a-z0-9'’-]+ ){1,4}?(?:is|was|are|were|has been|have been|became) (?:the |a )?(?:backbone|basis|foundation|core|heart|starting point|spine|source|centrepiece|centerpiece) (?:of|for) (?:my|our)\\b",
  // A particular person who told me of them: "the owner of the produce stall next to us told me your pantry collects bread".
  "\\b(?:[Tt]he|[Mm]y|[Oo]ur) (?:[a-z0-9'’-]+ ){1,8}?(?:told|mentioned to) (?:me|us) (?:that )?(?:you|your)\\b",
  // Myself named by what I did at an occasion: "I'm the vocalist who sang Bhairav in the 6 a.m. slot".
  "\\bI(?:'m| am) the (?:[a-z'’-]+ ){0,3}?who (?:sang|played|spoke|ran|rode|swam|won|cooked|catered|shot|filmed|refereed|umpired|judged|presented|performed|exhibited|read|danced|drummed|DJ'd) (?:[A-Za-z0-9'’.-]+ ){0,4}?(?:at|in|on|during) the (?:[A-Za-z0-9'’.-]+ ){0,4}?(?:slot|set|show|final|heat|round|race|match|game|fair|market|festival|concert|gig|wedding|ceremony|service|session|panel|conference|night|evening|weekend|tournament|competition|recital)\\b",
  // Our children (or dogs) in the same place: "our daughters swim in the same lane at the club", "our boys play together on Saturdays".
  "\\bour (?:kids|children|daughters|sons|boys|girls|dogs|teenagers|twins) (?:[a-z'’-]+ ){0,6}?(?:the same|together|with each other)\\b",
];


const ENGLISH_PATTERNS = caseAwarePatterns(ENGLISH);
const patternsOf = lazyPer((pack: LanguagePack): PhrasePattern[] => caseAwarePatterns(pack.context.mention?.sharedMoment ?? []));

/** A statement of what the reader did, or of what you did together, told in the past; or null. */
export function sharedMoment(ctx: RuleContext): Span | null {
  return ctx.memo('sharedMoment', () => {
    const patterns = ctx.pack ? patternsOf(ctx.pack) : ENGLISH_PATTERNS;
    if (patterns.length === 0) return null;
    const pseudo = pseudoContext(ctx);
    const found = patterns.flatMap((p) => findAll(p, ctx.matchText));
    for (const m of found) {
      const sentence = ctx.sentences().find((s) => s.start <= m.start && m.end <= s.end);
      if (!sentence || ENDS_AS_QUESTION.test(sentence.text)) continue;
      if (pseudo.some((p) => overlaps(p, sentence))) continue;
      return { start: m.start, end: m.end };
    }
    return null;
  });
}

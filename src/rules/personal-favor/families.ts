import type { Family, Lexicon } from '../../engine/families.ts';

export const lexicon: Lexicon = {
  // How a request opens: "could you", "please", "would you mind", "I'd appreciate it if you could".
  askLead: ['(?:can|could|would|will) (?:you|u) (?:please |kindly |possibly |maybe )?', 'please (?:do )?', 'pls ', 'kindly ', 'would you mind ', 'if you could ', 'mind ', '(?:and|to|also) '],
  money: ['money', 'cash', 'funds', '[$€£₹¥]\\s?\\d', '\\d[\\d,.]* ?(?:dollars|euros|pounds|rupees|usd|eur|gbp|inr)'],
  paymentApp: ['paypal', 'gcash', 'venmo', 'western union', 'cash ?app', 'zelle', 'm-?pesa', 'revolut', 'upi', 'paytm', 'wise'],
  content: ['post', 'posts', 'video', 'article', 'page', 'launch', 'reel', 'channel', 'podcast', 'product hunt launch', 'company page', 'profile', 'newsletter', 'youtube channel', 'blog', 'app'],
  appraisal: ['recommendations?', 'testimonials?', 'reviews?', 'ratings?', 'shout-?out'],
  // A referee's word for a job or a school: asked of a stranger it is a favour; of someone you talk with, a normal step.
  reference: ['references?', 'reference letter', 'letter of recommendation', 'recommendation letter'],
  giveVerb: ['write', 'writing', 'give', 'giving', 'leave', 'leaving', 'post', 'posting', 'drop', 'dropping', 'provide', 'providing', 'do', 'add', 'adding',
    'put together', 'putting together', 'pen', 'draft', 'drafting', 'compose', 'composing'],
  appraisalSize: ['professional', 'brief', 'short', 'quick', 'small', 'little', 'glowing', 'honest', 'positive', 'good', 'linkedin', 'google', '5-star', 'five-star', '5 star', 'written', 'public'],
  // Someone named by what they do: "the person who runs…", "someone that handles…", "whoever leads…".
  // Their own offer taken up: "thanks for offering to write me a recommendation", "you said you'd be happy to be my reference".
  // Their offer or their yes, already given: "you kindly agreed to", "thanks for agreeing to", "for saying yes to".
  theirOffer: ["(?:you(?: kindly| generously)? (?:offered|volunteered|agreed|said yes|said you(?:'d|’d| would)(?: be (?:happy|glad|willing))?)|(?:for|by) (?:kindly |generously )?(?:offering|volunteering|agreeing|saying yes)|your (?:kind |generous )?offer) to "],
  someoneWho: ['(?:(?:the (?:person|people|one|folks)|someone|somebody|anyone|anybody) (?:who|that)|whoever)'],
  // The people who hire, named by what they do: "the hiring manager", "your recruitment team", "whoever does hiring", "HR".
  theirHiringPeople: ['(?:your |the |whoever (?:is |does |handles )?)?(?:[\\p{L}&-]+ ){0,2}?(?:hiring(?: manager| team| lead| partner)?|recruit\\S*|hr|talent(?: acquisition)?(?: team| partner)?|people team)\\b',
    '{someoneWho} (?:does|handles|runs|leads|manages|oversees|looks after|is in charge of|is responsible for) (?:the )?(?:hiring|recruit\\S*|hr)\\b'],
  // People a stranger is asked to pass you on to.
  theirPeople: ['your (?:\\S+ ){0,2}?(?:ceo|cto|cfo|coo|vp|founder|boss|manager|director|head|lead|team|colleagues?|contacts?|network|friends?|partner|investors?)', 'someone (?:more )?(?:appropriate|relevant|senior|suitable|who)', 'the (?:right|appropriate|relevant|correct|best) (?:person|people|team|contact|editor|manager|folks)',
    // Named by what they do: "the person who runs procurement", "whoever handles partnerships".
    '{someoneWho} (?:runs|heads|leads|handles|manages|owns|oversees|looks after|is in charge of|is responsible for|makes (?:the )?decisions (?:on|about))(?! (?:the )?(?:hiring|recruit\\S*|hr|talent|staffing|interns?|internships?|graduates?)\\b)',
    // "the partners at your fund", "your investors": people named by their seat, in the plural too; also at a firm by its
    // name ("the partners at Blackbird and Square Peg"), which is no article, pronoun or place word.
    '(?:the|your) (?:[\\p{L}-]+ ){0,2}?(?:lead|head|director|manager|founder|owner|buyer|partner|investor|editor|decision[- ]maker|ceo|cto|cfo|coo|vp)s?(?: of [\\p{L}-]+)?(?= (?:at|of|in|on) (?:your|{firmName})| *[?.!,]| *$)',
    // A name ("introduce me to Priya"): the families match case-blind, so "\\p{Lu}" alone would take any word ("point me to the docs",
    // "point me to anything you've published": an indefinite thing is no person).
    // Indefinite pronouns ("anyone", "somebody", "people") are no names, unless placed ("anyone in your marketing team",
    // "someone at Acme who…"): what they ask for is judged by what follows ("him", "her" and "them" stay: they point back
    // at a person just named).
    '(?!(?:the|a|an|my|our|this|that|these|those|some|any|its|their|his|more|other|all|each|every|it|what|where|how|anything|something|everything|whatever|whichever|resources|docs|information|info|details|links?|page|site|form|list)\\b)(?!(?:anyone|anybody|someone|somebody|everyone|everybody|people|others|folks)\\b(?! (?:in|on|at|from|within|over|who|that|working|responsible|handling|involved|running|leading)\\b))\\p{Lu}\\p{Ll}+'],
  // A firm by its name after "at"/"of": the families match case-blind, so common words that follow "at"/"of" are kept out.
  firmName: ['(?!(?:the|a|an|my|our|this|that|these|those|some|any|its|their|his|her|all|each|every|it|least|most|first|last|times?|night|work|home|school|once|large|general|particular|charge|least|length|lunch|events?|conferences?|companies|firms|funds|startups)\\b)\\p{Lu}[\\p{Ll}\\p{N}&.-]+'],
  // People who would want what the writer offers (a recruiter's role): "anyone you think would enjoy it".
  wouldWantIt: ['(?:anyone|anybody|someone|somebody|people|others|folks|friends|colleagues)(?: [\\p{L}\'’-]+){0,5}? (?:would|might|could|may) (?:really )?(?:enjoy|like|love|want|be (?:interested in|keen on|up for|a (?:good |great |strong )?fit for)) (?:it|this|that|the (?:role|job|position|opening|opportunity)|this (?:role|job|position|opening|opportunity))\\b'],
};

// Just before the verb: the writer as its subject ("we'd like to", "I'm happy to", "I will").
const WRITER_GIVES = "(?<!(?:^|[^\\p{L}'’])(?:i|we|i'd|we'd|i'll|we'll|i'm|we're|i've|we've|i am|we are)(?: (?:would|will|like|love|want|wish|plan|hope|going|to|also|really|be|happy|glad|just|always|gladly|can|could|shall|intend|planning|hoping)){0,4} )";

export const families: readonly Family[] = [
  {
    name: 'money',
    means: 'asks for money',
    patterns: [
      '(?:lend|loan|send|give|transfer|wire) me (?:some )?{money}',
      '(?:can|could|would) you (?:please )?(?:send|lend|give|transfer|wire) me \\S*\\d',
      '(?:need|needs|ask for|asking for|request|requesting) a (?:small |short-term )?loan', 'lend me', 'loan me',
      '(?:send|pay) (?:it|the money|me) (?:by|through|via|on|with) {paymentApp}',
      // The writer giving is no ask: "we'd like to make a donation in her name", "I'm happy to donate to your shelter".
      `${WRITER_GIVES}(?:make|making|consider) a (?:small )?donation`, `${WRITER_GIVES}donate (?:to|for|\\$|€|£)`, 'sponsor me', 'fund my',
      'chip in', '(?:could|can|would) you (?:please )?donate', 'donate (?:even |just |only )?(?:[$€£₹]\\s?)?\\d', 'contribute (?:to|towards) my', '(?:raising|collecting) (?:{money}|[$€£₹]?[\\d,.]+k?) (?:for|towards) my', 'gofundme', 'crowdfunding (?:campaign|page) for my',
      '(?:consider )?donat(?:e|ing) (?:to|for|towards) (?:my|our)', '(?:support|back|share) my (?:fundraiser|gofundme|crowdfunding|charity (?:run|walk|ride|challenge))',
      // An appeal in other words: "please consider donating $25 today", "Donate here:", "would your company be interested in
      // supporting our cause?" (thanks for a gift already given is no ask: "thanks for donating $25").
      'consider(?:ing)? donating', 'donate (?:here|now|today|online)(?![\\p{L}])',
      // A donation called a gift or pledge: "would you consider a gift of $250", "make a year-end gift to our shelter"
      // (a gift already given is thanked, not asked: "thank you for your gift of $50").
      "(?:consider|make|making|give|giving) (?:a|an) (?:[\\p{L}-]+ )?(?:gift|pledge|contribution) of (?:[$€£₹]\\s?)?\\d[\\d,.]*k?",
      '(?:consider|make|making) (?:a|an) (?:[\\p{L}-]+ )?(?:gift|pledge) (?:to|toward|towards|for) (?:our|my)(?![\\p{L}])',
      // Asked for as a noun, by its stakes: "any donation, even £5, would mean the world", "every gift counts".
      '(?:any|every|even an?|an?(?= (?:small|little|tiny|quick)))(?: (?:small|little|tiny|quick))? (?:donation|contribution|gift|pledge)s?(?:,[^,.!?\\n]{1,30},)? (?:at all )?(?:would|will|could|can|helps|counts|matters)(?:(?: really| also| truly)? (?:mean|help|make|go|count|matter))?(?![\\p{L}])',
      '(?:interested in|consider|considering|open to) (?:supporting|sponsoring|backing|funding) (?:our|my) (?:[\\p{L}-]+ )?(?:cause|charity|fundraiser|appeal|campaign|gala|nonprofit|mission)(?![\\p{L}])',
    ],
  },
  {
    name: 'votesAndLikes',
    means: 'asks for votes, likes, shares or follows',
    patterns: [
      'vote for (?:us|me|my|our)', 'need (?:your )?votes',
      // Asked for, not described: "could you share my post", not "your comment on my post".
      '{askLead}(?:check out and )?(?:like|share|repost|retweet|comment on|boost|upvote|follow|subscribe to|support) (?:and (?:share|like|follow|subscribe to|comment on) )?(?:my|our|the) (?:latest |new |recent )?{content}',
      'check out and (?:like|follow|share|subscribe to)', 'check (?:out )?my (?:page|channel|profile|account|shop|store) and (?:follow|like|subscribe|share)', 'like and (?:share|subscribe|follow)', 'give (?:my|our) (?:\\S+ )?(?:page|post|video|channel) a (?:like|follow|thumbs up)', 'give (?:my|our|it|this) (?:[\\p{L}-]+ ){0,2}?an? (?:quick )?(?:like|follow|thumbs up|share|upvote|repost|boost)',
      'shar(?:e|ing) (?:it|this|the post|(?:my|our) (?:[\\p{L}-]+ )?(?:post|video|article|page|launch)) with your (?:network|connections|followers|audience)', 'follow (?:my|our) (?:page|company page|account|channel|newsletter)',
      'hit (?:the )?(?:like|subscribe|follow) button',
      // Asked for as a noun: "An upvote would mean the world", "a quick share would help a lot".
      '(?:an?|your|any) (?:quick |little |small )?(?:upvotes?|likes?|share|follows?|votes?|reposts?|retweets?) (?:from you )?(?:(?:on|to|with) your (?:[\\p{L}-]+ )?(?:feed|page|profile|timeline|network|story|stories|followers|connections) )?(?:would|will|could) (?:(?:really|also|truly) )?(?:mean|help|make|go)',
      '(?:upvote|vote for) (?:us|me|my|our)(?= on (?:product hunt|hacker news|reddit)| *[?.!,]| *$)',
      // The ask said by its stakes: "voting closes Sunday and every click counts".
      'every (?:single )?(?:vote|click|like|share|upvote|follow|repost) (?:counts|matters|helps)',
    ],
    quiet: ['(?:share|follow) (?:my|our) (?:work|progress|journey|thinking)'],
  },
  {
    name: 'surveysAndPolls',
    means: 'asks them to fill in your survey or poll',
    patterns: [
      '{askLead}(?:fill (?:in|out)|complete|take|answer|respond to) (?:my|our|a|this|the) (?:[\\p{L}\\p{N}-]+ ){0,2}?(?:survey|questionnaire|poll)',
      // "I'm running a survey… Would you be able to fill it in?": the survey named before "it".
      '(?:fill|complete|take|answer) (?:it|this|them)(?: in| out)?(?<=(?:survey|questionnaire|poll)[^\\n]{0,160})',
    ],
  },
  {
    name: 'endorsements',
    means: 'asks to be endorsed',
    patterns: ['endors(?:e|ing) me', 'endorse my (?:[\\p{L}\\p{N}+#-]+ ){0,3}?(?:skills?|profile|expertise)', 'endorse me (?:for|on)', 'please return the fav(?:ou|o)r', 'endorsements? (?:for|from) (?:me|you)', 'endorse (?:each other|me back)'],
    // Thanked for, not asked for: "thank you for endorsing me for budgeting!".
    quiet: ['(?:thanks|thank you|thx|grateful|appreciate(?: you| it)?) (?:so much |a lot |very much )?(?:for )?(?:the )?endors(?:ing me|ements?)'],
  },
  {
    name: 'reviewsAndRecommendations',
    means: 'asks for a recommendation, review, rating or testimonial',
    patterns: [
      '{giveVerb} (?:me|us) (?:a |an )?(?:{appraisalSize} )*{appraisal}',
      '{giveVerb} (?:a |an )?(?:{appraisalSize} )*{appraisal} (?:of|for|on|about|to) (?:me|my|us|our)',
      '{askLead}(?:write|give|leave|post|drop|provide|add) (?:a |an )?(?:{appraisalSize} )+{appraisal}',
      // "Would you mind writing a quick Google review?", "could you put together a brief recommendation"
      // (followed by "of/about me", the pattern above names the span).
      '{askLead}(?:writing|giving|leaving|posting|dropping|providing|adding|put together|putting together|pen|draft|drafting|compose|composing) (?:a |an )?(?:{appraisalSize} )+{appraisal}(?! (?:of|for|on|about|to) (?:me|my|us|our)(?![\\p{L}]))',
      '(?:a |an )(?:{appraisalSize} )*(?:recommendation|testimonial|review|rating) of my (?:work|services|course|book|app)',
      // A testimonial sent over ("could you send me a quick testimonial?"); not "send me your review of the draft".
      '(?:send|share|email) (?:me|us) (?:a |an )?(?:{appraisalSize} )*testimonials?',
      'recommend me on linkedin', '{askLead}rate (?:me|us|my|our)',
      // A review on a platform, not feedback on a plan: "review our app on the Play Store".
      '{askLead}review (?:me|us|my|our) (?:app|page|shop|store|product|course|book|business|restaurant|salon|listing)(?= (?:on|at|in)\\b| *[?.!]| *$)',
      'vouch for (?:me|my work)',
      // A testimonial asked for as a letter, after showing others' ("would you write something similar for me?"), or on
      // their letterhead: "put it on your letterhead".
      '{askLead}(?:write|pen|draft|put together|provide) (?:me )?(?:something|one|a (?:short |brief |quick )?(?:letter|note)) (?:similar |like (?:that|this|these|them|theirs) )?(?:for|about) (?:me|us)(?![\\p{L}])',
      '(?:write|writ(?:ten|ing)|sign|put|print)(?: [^.!?\\n\\s]+){0,6}? on (?:your|your company\'s|your firm\'s|company) letterhead',
      '(?:write|writing|say|saying|leave|leaving|post|posting|drop|dropping) a (?:few|couple of) (?:kind )?(?:lines|words|sentences) (?:about|on) (?:(?:working|collaborating|my time|your time) with )?(?:me|us|(?:my|our) [\\p{L}-]+)',
      // Words for the profile: "a few lines … for the recommendations section of my profile".
      '(?:for|on|in) (?:the )?(?:recommendations?|testimonials?|reviews?|endorsements?) (?:section|tab|page|part) (?:of|on) (?:my|our) (?:linkedin )?(?:profile|website|site|page)', '(?:5|five)[- ]star (?:review|rating)',
      'review (?:on|at) (?:google|trustpilot|yelp|g2|capterra|clutch|the app store|the play store|amazon)',
    ],
    quiet: [
      '{theirOffer}(?:\\S+ ){0,3}?(?:{appraisal}|{reference})',
      '(?:your|any) recommendations? (?:on|for) (?:which|what|how|where|a good|books|courses|resources|tools)',
      // Given, not asked for: "I left you a 5-star review".
      '(?:left|gave|wrote|posted) (?:you|your \\S+) (?:a |an )?(?:\\S+ ){0,2}?(?:review|rating|recommendation|testimonial)',
      // Reported in the past tense: "I loved your podcast and left a five-star rating".
      "(?:left|gave|given|wrote|written|posted) (?:a |an )?(?:\\S+ ){0,2}?(?:review|rating|recommendation|testimonial)",
    ],
  },
  {
    name: 'referenceFromStranger',
    means: 'asks someone who does not know you to act as your reference',
    patterns: [
      '{giveVerb} (?:me|us) (?:a |an )?(?:{appraisalSize} )*{reference}',
      '{giveVerb} (?:a |an )?(?:{appraisalSize} )*{reference} (?:of|for|on|about|to) (?:me|my|us|our)',
      '{askLead}(?:write|give|provide) (?:a |an )?(?:{appraisalSize} )+{reference}',
      '(?:serve|act) as (?:a |my )?reference(?: for me)?', 'be (?:a |my )reference',
    ],
    quiet: ['{theirOffer}(?:\\S+ ){0,3}?(?:{reference}|{appraisal})'],
  },
  {
    name: 'introductionFromStranger',
    means: 'asks someone who does not know you to introduce you or pass you on',
    patterns: [
      '(?:introduce|introducing|intro|connect|put) me (?:in touch )?(?:to|with) {theirPeople}',
      // Their person's name or address asked for, to reach them past the reader: "send me the name of whoever runs procurement".
      '(?:send|give|tell|share|pass|get) me (?:the )?(?:names?|contact(?: details| info)?|details|e-?mail(?: address)?|(?:phone )?number|linkedin) (?:of|for) {theirPeople}',
      'make an? (?:warm )?intro(?:duction)? (?:to|for me)',
      // Not "refer me to a role": that is a job referral (`job-ask`).
      '(?:forward|pass|redirect|direct|point|steer) me (?:on )?to {theirPeople}',
      // "I'd appreciate a pointer to the right person".
      '(?:a )?(?:pointer|nudge|steer) (?:to|towards|in the direction of) {theirPeople}',
      '(?:introduce|connect) me(?: to| with)?(?= *[?.!]| to (?:him|her|them)\\b)',
      // The introduction asked for as a noun: "any chance you'd be open to an intro?", "could you make an introduction?",
      // "would you be willing to introduce us?" (not their offer, "an intro to our CTO", nor a meeting, "an intro call").
      "(?:you|u)(?:'d|’d| would| might| could)? (?:be )?(?:open|willing|able|up|comfortable|keen)(?: to| for)? (?:(?:make|making|do|doing|give|giving) )?(?:me |us )?(?:an? )?(?:quick |warm |brief |short |email |double[- ]opt[- ]in )?intro(?:duction)?(?![\\p{L}])(?! (?:call|chat|meeting|session|conversation|video|to (?:our|my|the team))\\b)",
      "(?:can|could|would|will) you (?:please )?(?:make|do|give) (?:me |us )?an? (?:quick |warm |brief |short |email )?intro(?:duction)?(?![\\p{L}])(?! (?:call|chat|meeting|session|conversation|video|to (?:our|my|the team))\\b)",
      '(?:any )?chance (?:of|for|at) an? (?:quick |warm |brief |short |email )?intro(?:duction)?(?![\\p{L}])(?! (?:call|chat|meeting|session|conversation|video|to (?:our|my))\\b)',
      '(?:introduce|introducing) us(?= *[?.!]| to (?:him|her|them)\\b)',
      '(?:forward|pass|send) (?:on |along )?(?:this|my (?:message|note|email|request|(?:contact )?details|contact|number|info)) (?:on |along )?to {theirPeople}',
      "who (?:would be|is|'d be|might be) (?:the )?(?:best|right) (?:person )?to (?:speak|talk|reach out) (?:to|with)",
      // To anyone of theirs: "pass my CV to your manager", "forward my CV to the hiring manager on your team".
      '(?:forward|pass|send|share) my (?:cv|resume|résumé|profile|details|portfolio|deck|pitch) (?:on |along )?to the (?:right|appropriate|relevant|best) (?:person|people|editor|manager|contact)',
      '(?:forward|pass|send|share) my (?:cv|resume|résumé|profile|details|portfolio|deck|pitch) (?:on |along )?to your (?:\\S+ ){0,2}?(?:ceo|cto|cfo|coo|vp|founder|boss|manager|director|head|colleagues?|contacts?|network|friends?|partner|investors?)',
      // "forward my CV to the hiring manager on your team": their person, named by where they sit.
      '(?:forward|pass|send|share|hand) my (?:cv|resume|résumé|profile|details|portfolio|deck|pitch) (?:on |along |over )?to the (?:[\\p{L}-]+ ){0,2}?(?:ceo|cto|cfo|coo|vp|founder|boss|manager|director|head|lead)(?= (?:at|of|in|on) your)',
      // To the people who hire (revision 2: "could you pass my CV to your manager" is passing you on, and a job ask too):
      // "pass my resume to the hiring manager", "forward my profile to the TCS recruitment team", "send my CV on to HR".
      // Asked of them ("could you…", "would you mind…", "please… and…"), not the writer's own step ("I'll send my CV to HR").
      '(?:(?:you|u|please|kindly|pls)(?: (?:please|kindly|possibly|maybe|mind|be able to|be willing to|consider|also|just|then|additionally))* (?:(?:\\S+ ){0,4}?(?:and|or) )?)(?:forward(?:ing)?|pass(?:ing)?|send(?:ing)?|shar(?:e|ing)|hand(?:ing)?|put(?:ting)?) my (?:cv|resume|résumé|profile|details|portfolio|application) (?:on |along |over |forward )?(?:to|in front of) {theirHiringPeople}',
      // Their contacts asked for as clients: "do you know anyone who's looking to buy or sell a home this year?",
      // "I'd really appreciate any referrals", "send any referrals my way" (a stranger asked to pass you on to people).
      "(?:know|know of) (?:anyone|someone|somebody|any (?:friends|people|colleagues|neighbou?rs)) (?:else )?(?:who|that)(?:'s| is| are| might be| may be| would be)? (?:looking|thinking|planning|in the market|wanting|hoping) (?:to |for |about |of )?(?:buy|sell|move|list|refinanc|remortgag|rent|insur|invest)\\p{L}*",
      '(?:appreciate|welcome|be grateful for|love) (?:any|a few|some) (?:[\\p{L}-]+ )?(?:referrals|introductions|intros)(?![\\p{L}])',
      '(?:send|pass|refer|point) (?:any |your )?(?:referrals|friends|clients|people|anyone|business) (?:[\\p{L}-]+ ){0,2}?(?:my way|our way|to me|to us)(?![\\p{L}])',
    ],
    quiet: [
      // A recruiter's pointer to people who would want the role on offer is no pass-me-on: "a pointer to anyone you think would enjoy it".
      '(?:a )?(?:pointer|nudge|steer|introductions?|referrals?) (?:to|towards|in the direction of) {wouldWantIt}',
      // Pointed to a page, not a person: "point me to your API docs".
      '(?:point|direct|forward|pass) me (?:on )?to (?:your|the) (?:[\\p{L}-]+ ){0,3}?(?:docs|documentation|api|page|site|website|resources?|guide|article|post|paper|repo|link|faq|form|policy)',
      // Thanked for, not asked for: "thank you for introducing me to Carmen last week" (not "thanks in advance for…").
      '(?:thanks|thank you|thx|grateful|appreciate(?: you| it)?) (?:so much |a lot |very much |again )?(?:for )?(?:introducing|connecting|putting|passing|forwarding|pointing) me (?:on |in touch )?(?:to|with)(?: {theirPeople})?',
    ],
  },
];

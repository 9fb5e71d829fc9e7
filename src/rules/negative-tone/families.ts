import type { Family, Lexicon } from '../../engine/families.ts';

/** Words the tone families are built from. */
export const lexicon: Lexicon = {
  // Verdicts on a situation or on them: "this is ridiculous", "that's a joke".
  verdict: [
    'ridiculous', 'absurd', 'unacceptable', 'a joke', 'a farce', 'bullshit', 'insane', 'outrageous', 'unbelievable', 'pathetic', 'shameful', 'disgraceful',
    'a disgrace', 'embarrassing', 'insulting', 'laughable', 'a scam', 'a waste of (?:my |everyone.s )?time', 'beyond me', 'crappy', 'lousy', 'shoddy', 'shady',
    'sleazy', 'appalling', 'disrespectful', 'unprofessional', 'rude', 'a mess', 'a shambles', 'not okay', 'not ok',
    'spam', 'inappropriate', 'tacky', 'tone-deaf', 'lazy', 'clueless', 'entitled',
  ],
  // How the writer feels about them: "I'm fed up", "frankly I'm livid".
  angry: ['pissed(?: off)?', 'fed up', 'sick (?:and tired )?of', 'tired of', 'done with', 'furious', 'livid', 'appalled', 'disgusted', 'fuming', 'beyond frustrated', 'so frustrated', 'done'],
  // The worst of its kind, said of them or what they did: "the laziest outreach I've ever received".
  worstOf: [
    'worst', 'laziest', 'rudest', 'sloppiest', 'dumbest', 'stupidest', 'creepiest', 'cheesiest', 'tackiest', 'least professional',
    'most (?:generic|unprofessional|disrespectful|insulting|tone-deaf|spammy|pathetic|ridiculous|absurd|annoying|arrogant|condescending|patroni[sz]ing|useless|clueless|chaotic|disorgani[sz]ed|frustrating|bizarre)',
  ],
  // Contact refused: "do not contact me again".
  contactVerb: ['contact', 'message', 'messaging', 'email', 'emailing', 'call', 'calling', 'text', 'texting', 'write to', 'writing to', 'spam', 'spamming', 'pitch', 'pitching', 'bother', 'bothering', 'send', 'sending', 'add', 'adding', 'tag', 'tagging'],
};

/**
 * Families of a negative tone, each with a weight: how much one occurrence says about the whole
 * message. One mild sign in a warm message stays under the threshold.
 */
export interface ToneFamily extends Family {
  weight: number;
}

// Laughing along is not laughing at them: "Haha yes, that coffee was terrible!", "hahaha exactly", "lol thanks!"
// (not "haha right", which is as often sarcastic).
const LAUGHING_ALONG =
  '(?:ha(?:ha)+h?|lol(?:ol)*|lmao)[,!.]* (?:yes|yeah|yep|yup|true|so true|totally|exactly|agreed|indeed|definitely|same|thanks|thank you|fair|fair enough|good one|love it|love that)';

export const families: readonly ToneFamily[] = [
  {
    name: 'complaint',
    means: 'complains or blames',
    weight: 2,
    patterns: [
      '(?:this|that|it|which) (?:is|was|\'s) (?:just |frankly |honestly |absolutely |completely |utterly |really |truly |totally |so |deeply )?{verdict}', 'unbelievable', 'you people',
      "(?:you|they|he|she|who) (?:clearly |obviously |never |didn't even |did not even |couldn't even |can't even )(?:didn't |did not |don't |never )?(?:read|bother|care|check|listen|look|answer|reply|respond|get (?:my|the|our) [\\p{L}-]+ right|spell)",
      "(?:can't|cannot|couldn't) even (?:spell|read|be bothered|get|manage)", 'waste of (?:my |our )?time', 'wasting my time',
      '(?:the )?(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) (?:[\\p{L}*-]+ ){0,2}?(?:time|role|message|email|request|reminder) (?:you|I|that|this)',
      // "This is the fourth identical message."
      '(?:the )?(?:third|fourth|fifth|sixth|seventh|\\d+(?:rd|th)) (?:identical |same |copy-?pasted |automated |generic )(?:[\\p{L}*-]+ )?(?:message|email|request|reminder|pitch|invite|invitation|inmail)s?',
      "clearly (?:doesn't|don't|didn't|does not|do not|did not) (?:get|understand|know|read|care)", '(?:I )?doubt (?:your|it|this|that) (?:[\\p{L}-]+ ){0,2}?(?:is|are|was|were) worth',
      'read my (?:[\\p{L}-]+ )?(?:profile|message|email|cv|resume)(?=[.!]| *$)', "(?:I've|I have) (?:now )?(?:chased|asked|reminded you|followed up|emailed|written|sent you|messaged)(?: to)?(?: you| this| about this)? (?:\\w+ )?(?:times|again and again|twice(?: now)?|messages|emails|reminders)",
      "why (?:haven't|have you not|didn't|won't|don't|hasn't) (?:you|anyone|anybody) (?:replied|responded|answered|gotten back|got back|bothered)", "(?:it's|it is|is) your job(?= to| as|,)",
      '(?:had you|if you had|if you\'d) (?:even |actually )?(?:looked|read|checked|bothered)', "(?:can't|cannot|couldn't) (?:even )?spare", "(?:I've|I have) earned",
      '(?:crappy|lousy|shoddy|terrible|awful|poor|shabby|disgraceful) way to treat', 'pyramid schemes?', 'plain and simple',
      '(?:nobody|no one) (?:has |had |even )?(?:showed|shown|bothered|checked|replied|responded|apologi[sz]ed|cares|called|answered|told)',
      'what (?:the )?(?:hell|heck|f\\S{0,6}) (?:is|was) (?:wrong|going on)', 'why on earth', 'how (?:hard|difficult) (?:is|can) it (?:be|to)', 'you promised',
      'exactly what I (?:warned|told) you', 'says (?:everything|a lot|it all) about', "(?:my|our) time (?:isn't|is not) worth", "don't (?:even )?bother",
      "(?:I'm|I am|frankly I'm|honestly I'm) (?:so |really |absolutely |completely )?{angry}", 'dressed up as', 'with a nicer font', 'grift',
      'read the room', 'let me get this straight', 'the least you (?:can|could) do', 'too important to', 'no respect', 'zero respect', 'how (?:rude|unprofessional)',
      '(?:a )?(?:crappy|lousy|shoddy|shady|sleazy|cheap|low) (?:move|trick|tactic)',
      // "I expected better", "my patience has run out", "don't insult people's intelligence", "wrapped in buzzwords".
      '(?:I|we) (?:expected|expect|deserved?) (?:much |a lot |far )?better', '(?:my|our) patience (?:has |is )?(?:run out|running out|wearing thin|gone)',
      "(?:don't|do not|stop) insult(?:ing)? (?:my|our|people's|anyone's|everyone's|your readers') intelligence", '(?:wrapped|dressed) (?:up )?in (?:buzzwords|jargon|corporate speak)',
      // A reply called a dismissal (the noun): "not a two-line brush-off", "a polite brushoff".
      '(?<![\\p{L}])brush-?off(?![\\p{L}])',
      '(?:take|get) the hint', "(?:it's|it is|this is) (?:getting|becoming) (?:embarrassing|ridiculous|absurd|old|tiresome)", 'form letter',
      "(?:can't|cannot|couldn't) (?:even )?be bothered",
      // A reply claimed as owed: "I deserve a response at the very least".
      '(?:I|we) (?:deserve|am owed|are owed|was owed|were owed) (?:a|an|some|the) (?:[\\p{L}-]+ )?(?:response|reply|answer|explanation|update|decision)',
      // Verdicts on anything ("the fake urgency is pathetic"), found rude, told before, why people hate…, mass messages, ghosting.
      '(?:is|was|are|were) (?:just |frankly |honestly |absolutely |completely |utterly |so |really |pretty |truly )?(?:pathetic|ridiculous|absurd|unacceptable|insulting|laughable|appalling|disgraceful|shameful|outrageous|staggering|astonishing)',
      '(?:find|found) (?:it|this|that|your [\\p{L}-]+) (?:pretty |really |very |quite |incredibly |extremely |rather |a bit |deeply )?{verdict}',
      "(?:I've|I have) (?:already )?told you (?:twice|before|already|three times|\\d+ times|more than once)",
      '(?:these|your|such) (?:automated|generic|copy-?paste|canned|templated|mass|spammy) (?:messages|emails|pitches|notes|invites)', 'ghosted (?:me|us|everyone)', 'arrogan(?:t|ce)',
      '(?:fake|false|manufactured) (?:urgency|scarcity|personali[sz]ation|familiarity|deadline)',
      // "respect people's time", "please do better", "I don't appreciate being added to a list I never signed up for".
      "(?:respect|value) (?:people's|other people's|my|our|candidates'|everyone's|applicants') time", '(?:please )?do better(?= *[.!]| *$)',
      "(?:I|we) (?:don't|do not) appreciate (?:being|you|your|this|that)",
      // "the laziest outreach I've ever received", "Worst hiring experience I've had".
      "{worstOf} (?:[\\p{L}-]+ ){0,3}?(?:I've|I have|I|we've|we have|anyone has) (?:ever )?(?:received|seen|read|had|gotten|got|experienced|been through|dealt with|come across|been sent)",
      // Let down again and again: "cancelled on me three times", "never apologised".
      '(?:cancel(?:l)?ed|rescheduled|ghosted|ignored|stood (?:me|us) up|let (?:me|us) down|lied to) (?:on )?(?:me |us )?(?:twice|three times|four times|\\d+ times|again|repeatedly|every time)',
      // Round 5: "nobody joined", "no email, no apology", "and yet you'd like…", "the job ad was fiction", "the spam you sent".
      "(?:nobody|no one) (?:even )?(?:joined|turned up|came|picked up|dialled in|dialed in)",
      '(?:no|without (?:an? |any )?|not even (?:an? |any )?)(?:apology|explanation|heads-?up|warning|notice)(?= *[,.;!]| and| or| whatsoever| at all)',
      'and yet (?:you|they|your|he|she)',
      '(?:is|was|are|were) (?:just |frankly |honestly |pure |complete |total )?(?:fiction|misleading|dishonest|a lie|lies|false advertising|a bait[- ]and[- ]switch)(?![\\p{L}])',
      '(?:the|this|your|that) spam (?:you|that|message|messages|email|emails)', '(?:automate|automating|automates) (?:the |your |more )?spam',
      // Round 19: a verdict on something of theirs: "Your invitation to connect is inappropriate", "your pitch was lazy".
      "(?<![\\p{L}])your (?:[\\p{L}-]+ ){1,3}?(?:is|was|are|were) (?:just |frankly |honestly |absolutely |completely |utterly |really |truly |totally |so |deeply |quite |very )?{verdict}(?![\\p{L}])",
      // Round 13: their treatment of people questioned, a wait told as a grievance.
      '(?:is this|is that|so this is|this is) how you (?:treat|talk to|speak to|handle|respond to|deal with|reward)', "(?:I'm|I am|we're|we are) still waiting(?! (?:on|for) (?:the|my|our) (?:bank|visa|results?|landlord|insurer|courier|delivery))",
      "(?:never|not once|didn't even|did not even) (?:apologi[sz]ed|said sorry|explained why|called (?:me )?back)", '(?:I|we) never (?:signed up|subscribed|opted in|agreed|asked)', 'not a single (?:word|line|reply)',
    ],
  },
  {
    name: 'contempt',
    means: 'is sarcastic or contemptuous',
    weight: 3,
    patterns: [
      'nice try', 'good luck with (?:that|this)(?=[.!?,]| *$)',
      // Round 5: "That's a bold ask from a total stranger", "What a deal.", "the 'remote' role is actually…", "any more 'opportunities'".
      "(?:that's|that is|what|quite|such) a (?:bold|cheeky|rich|brave|big) (?:ask|request|move|assumption)(?= *[.!,]| from| of you| *$)",
      '(?:what|such) a (?:deal|bargain|steal|generous offer)(?= *[.!]| *$)',
      "['\"‘“][\\p{L} -]{2,30}['\"’”] (?:[\\p{L}-]+ ){0,2}?(?:is|was|are|were) (?:actually|really|in fact|in reality)",
      // The match ends on the word: a letter right after the quote would fail the word boundary.
      "(?:any more|no more|more|these|those|such)(?= ['\"“‘][\\p{L} -]{2,30}['\"”’])",
      '(?:wow|oh|ah|well),? what a (?:surprise|shock|shocker|treat|twist)', '(?:oh|ah) yes,', "another ['\"“‘](?=[\\p{L} -]{2,30}['\"”’])",
      '(?:really|very|so|how) (?:original|creative|subtle|tempting|convincing|novel)(?=[.!,]| *$)',
      '(?:tempting|riveting|groundbreaking|shocking|colou?r me (?:shocked|surprised))(?<=(?:^|[.!?][ \\t]{1,3})[\\p{L} ]+)[.!](?= |$)', 'seriously(?:,? \\p{L}+)?\\?', 'and you know it', '(?:really|very|so) (?:classy|mature)(?=[.!,]| *$)', '(?:really|very|so) (?:professional|helpful|kind|nice) of you',
      "(?:oh|ah|wow),? (?:great|sure|cool|wonderful|lovely|brilliant|fantastic|perfect|right)(?=[,.!])", '(?:great|cool|sure|right),? (?:so|because)',
      '(?:thanks|thank you),? I guess', "(?:thanks|thank you) for the(?= *['\"])", 'impressive work(?=[.!]| *$)', 'imagine (?:[\\p{L}-]+ing)', 'what every [\\p{L}-]+ wants',
      '(?:thanks|thank you) (?:so much |a lot |very much )?for (?:ignoring|nothing|wasting|ghosting|never)', 'great job ignoring', 'nice of you to ignore',
      // Their competence doubted: "I doubt you're any good at marketing", "I have to question your competence".
      "I (?:seriously |really |honestly |have to |must )?(?:doubt|question) (?:that )?(?:you(?:'re| are) (?:any|very|much) good|your (?:competence|professionalism|judg(?:e)?ment|skills|abilit(?:y|ies)))",
      '(?:hard|big) pass', 'are you (?:serious|kidding(?: me)?|joking)\\?', "what part of (?:['\"“‘]?no['\"”’]?) (?:didn't|don't|do|did) you", 'thanks,? but no thanks', 'how much clearer (?:I )?(?:can|could) (?:I )?be',
      '(?:exactly|precisely) why (?:people|everyone|nobody|no one|candidates|we) (?:hate|hates|ignore|ignores|distrust|avoid)', '(?:unreal|incredible|unbelievable|classic)\\.(?= |$)', 'yeah,? no', 'lol,? no', '(?:pass|nope|no)(?<=(?:^|[.!?][ \\t]{1,3})[\\p{L}]+)[.!](?= |$)', 'wow\\.',
    ],
  },
  {
    name: 'hostility',
    means: 'is hostile to them',
    weight: 3,
    patterns: [
      "(?:I'll|I will|I'm going to|I am going to) (?:be )?(?:sharing|share|post|posting|writing|write|leaving|leave|putting|put) (?:[^.!?\\n]{0,40}?)(?:glassdoor|reddit|trustpilot|the press)",
      "(?:I'll|I will|I'm going to|I am going to) (?:be )?(?:post|posting|write|writing|talk|talking|tweet|tweeting) about (?:it|this|you|your [\\p{L}-]+|my experience) (?:publicly|online|everywhere)",
      // Round 13: told to go away in any wording ("go f*** yourself", "go to hell"), and refusing to do their job for them.
      '(?:go|get) (?:to hell|jump in a lake|f[u*]{1,3}c?k yourself|f\\*{2,4} yourself|screw yourself)', '(?:ain\'t|not|never) (?:gonna|going to) do (?:your|ur) job(?: for (?:you|u))?',
      'spare me', 'how dare you', "(?:don't|do not) waste my time", "(?:you have|you've got|you got) (?:some|a lot of) nerve", "(?:don't|do not) pretend (?:we|you|that|to)", 'get lost', 'shut up', 'leave me alone', 'back off', 'who do you think you are', 'shame on you', 'you should be ashamed',
    ],
  },
  {
    // Firm on its own ("Please don't contact me again."); negative with another sign.
    name: 'refusal',
    means: 'refuses contact',
    weight: 2,
    patterns: [
      "(?:do not|don't|never) (?:ever )?{contactVerb} me", "(?:do not|don't) ever {contactVerb}(?![\\p{L}])", 'stop {contactVerb}(?: me)?', 'stop\\. messaging\\.', 'take me off your (?:list|database)', 'delete my (?:details|data|number)',
      '(?:blocking|blocked|reporting|reported) (?:you|it|this|your)', 'never will be(?= *[.!]| *$)', '(?<=^|[.!?]\\s{1,3})stop(?= *[.!])', 'who gave you my', 'I never agreed to', "I(?:'ve| have)? (?:already )?said no", 'or I(?:\'m| am|\'ll| will) (?:taking|take|going to take) (?:this|you|it) to',
      "or I(?:'ll| will) (?:escalate|take (?:legal )?action|report|sue|go to|call my lawyer)",
      // Round 5: "I'll pass.", "I won't be rescheduling", "I've said so".
      "(?:I'll|I will|I think I'll|I'm going to) (?:have to )?pass(?= *[.!]| *$)",
      "(?:I|we) (?:won't|will not|shan't) be (?:rescheduling|coming back|using (?:you|your)|working with you|doing business|recommending (?:you|your)|applying|renewing|buying|responding)",
      "(?:I've|I have) (?:already )?(?:said so|said as much|made (?:that|this|it|myself) clear)(?= *[.!]| *$| before| already| twice)", 'relax(?=[,!])', 'calm down', 'take it easy', 'chill(?= out|[,!])',
    ],
  },
  {
    name: 'mockingLaughter',
    means: 'laughs at them',
    weight: 2,
    patterns: ['bw?a(?:ha)+h?', 'ha(?:ha){2,}h?', 'lmao', 'rofl', 'wtf', 'smh', 'pfft'],
    quiet: [LAUGHING_ALONG],
  },
  {
    name: 'angryWords',
    means: 'swears',
    weight: 1,
    patterns: ['crap(?:py)?', 'damn(?: it)?', 'sh[i*]t(?:ty)?', 'bullsh[i*]t', 'f[u*]{1,3}c?k(?:ing)?', 'f\\*{2,4}', 'pissed', 'screw (?:this|that|you)'],
  },
  {
    name: 'casualLaughter',
    means: 'laughs',
    weight: 1,
    patterns: ['haha', 'ha!', 'lol(?:ol)*', 'yikes'],
    quiet: [LAUGHING_ALONG],
  },
];

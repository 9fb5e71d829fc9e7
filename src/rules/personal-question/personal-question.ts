import { phraseRule } from '../../engine/phrase-rule.ts';

export default phraseRule({
  meta: {
    id: 'personal-question',
    title: 'Personal question',
    severity: 'warning',
    category: 'relationship',
    description: 'Flags overly personal questions: age, relationships, religion, politics, health, family plans, home, earnings.',
    why: 'Avoid assumptions and do not ask overly personal questions: messages should relate to professional matters, not personal ones.',
  },
  groups: [
    {
      phrases: [
        // age
        'how old (?:are|were|r) (?:you|u)',
        // The same question embedded ("can I ask how old you are"), not the reassurance "no matter how old you are".
        '(?<!matter )(?:how old|what age) (?:you|u) (?:are|were)\\b', '(?:what|which) age (?:are|were|r) (?:you|u)', 'at what age (?:did|do|were) (?:you|u)', "what(?:'s| is) your age", '(?:what year|when) were you born', 'your age\\?', 'if you don.t mind me asking your age',
        // relationships
        // Not the idioms: "single-handedly", "married to Kubernetes", "engaged with the community", "taken care of".
        'are (?:you|u) (?:single(?!-)|married(?! to (?!(?:him|her|them|someone|anyone)\\b))|taken(?= *[?.!,])|seeing anyone|dating(?= *[?.!,]| (?:anyone|someone))|in a relationship|engaged(?= *[?.!,]| to (?:him|her|them|someone|be married))|divorced)',
        'do you have a (?:boyfriend|girlfriend|husband|wife|partner(?= *[?.!]| at home)|spouse)', 'is your (?:husband|wife|boyfriend|girlfriend)',
        'is there a (?:mr|mrs|special someone|boyfriend|girlfriend|husband|wife)', 'are you seeing someone',
        // religion and politics
        "what(?:'s| is) your religion", 'what religion (?:are|do) you', '(?:are|do) you (?:believe in god|practi[cs]e (?:a|any) religion)', 'are you religious(?! about)',
        // With an article and a degree of observance: "are you a practising Muslim", "are you an observant Jew".
        'are (?:you|u) (?:an? )?(?:(?:practi[cs]ing|devout|observant|religious) )?(?:christian|muslim|jew(?:ish)?|hindu|catholic|protestant|atheist|buddhist|sikh|mormon)(?![\\p{L}-]| (?:name|school|charity|community|group|holiday|festival|calendar|market|customers?|clients?|founders?|leaders?|audience|schools?|parish(?:es)?|hospitals?|charit(?:y|ies)|owned|run)s?\\b)',
        'which (?:church|mosque|temple|synagogue)', 'do you (?:pray|go to church)',
        // How they vote, in any tense and verb: "which party did you back in the election", "who got your vote".
        // A candidate or a side only with an election named (not "which candidate did you pick for the role").
        `(?:which|what) (?:political )?party (?:do|did|will|would|are|were) (?:you|u) (?:vote|voting|back|backing|support|supporting|favou?r|lean towards?)`,
        `(?:who|which (?:candidate|side)) (?:did|will|do|would|are|were) (?:you|u) (?:vote for|voting for|back|backing|support|supporting)(?:(?= *\\?)|(?= (?:in|at|during) (?:the |this |next |last |last year's |[\\p{L}\\d']+ ){0,3}(?:elections?|ballot|primar(?:y|ies)|referendum|polls|race)))`,
        'who (?:did|will|do) you vote for', 'who are you voting for', 'who (?:got|gets|will get) your vote',
        `how (?:did|do|will) (?:you|u) vote(?= *\\?| (?:in|on) (?:the )?(?:[\\p{L}\\d']+ ){0,2}?(?:elections?|referendum|ballot|primar(?:y|ies)|brexit))`,
        "what(?:'s| are) your (?:political (?:views|leanings)|politics)", "what(?:'s| are) your views(?= *\\?| on (?:politics|religion|abortion|immigration|the election|brexit|gun control|god))", 'are you (?:a )?(?:democrat|republican|liberal|conservative|leftist|tory)',
        // health and family plans
        '(?:was|is) (?:that|it|this) (?:for|due to|because of) (?:health|medical) reasons', // Not "are you sick of manual invoicing?", "are you expecting a big turnout?".
        'are you (?:sick(?! of| and tired)|ill|pregnant|expecting(?= *[?.!]| (?:a baby|twins|again)))',
        'do you have (?:a |any )?(?:health|medical) (?:issues?|problems?|conditions?)',
        // Their body and their pregnancy: "struggling with your weight since the pregnancy", "hard to lose the weight since you had your baby".
        '(?:struggl(?:e|ed|ing)|battl(?:e|ed|ing)|trouble|hard|difficult|tough|happy) (?:with |to lose |losing |to shift )(?:your|the) (?:baby |post-?partum |pregnancy )?weight',
        'since (?:the|your) pregnancy', 'since you had (?:your|the|a) (?:baby|kids?|child)', "what(?:'s| is) wrong with you",
        '(?:are you|do you|you) plan(?:ning)? (?:to have|on having|for) (?:kids|children|a baby|a family)',
        // Any verb of intending with any preposition: "are you thinking of starting a family", "considering having kids".
        // Not a family firm: "are you thinking of starting a family business".
        "(?:are|were) (?:you|u) (?:and your (?:husband|wife|partner|spouse|boyfriend|girlfriend) )?(?:planning|thinking|hoping|going|considering|looking|intending|trying)(?: (?:to|on|about|of))? (?:have|having|start|starting) (?:kids|children|a baby|a family(?![\\p{L}'’-]| (?:business|firm|company|office|foundation|trust|practice|restaurant|farm|shop|brand|holiday|trip)\\b))",
        "(?:any )?plans (?:to|for|of) (?:have |having |start |starting )?(?:kids|children|a baby|a family(?![\\p{L}'’-]| (?:business|firm|company|office|foundation|trust|practice|restaurant|farm|shop|brand|holiday|trip)\\b))(?= *[?]| (?:soon|yet)\\b| in the (?:near |next |coming )?(?:future|years?|months?)\\b)",
        '(?:any|planning(?: on)?|thinking about) (?:kids|children|babies) (?:soon|yet|in the (?:near )?future)', // Not kids' things: "do you have kids' book recommendations?", "any children's menu tips?".
        "do you (?:want|have|plan to have) (?:any )?(?:kids|children)(?![\\p{L}'’]| (?:books?|toys?|clothes|menus?|meals?|shows?|films?|movies?|games?|apps?|activities|camps?|parties|party|recommendations?|stuff)\\b)", 'are you (?:a )?(?:mother|father|mom|dad|parent)\\?',
        // where they live
        'where do (?:you|u) live', 'do (?:you|u) live in', 'where(?:abouts)? is your (?:house|home|apartment|flat)',
        // earnings
        'how much do (?:you|they|u) (?:actually |really |typically |usually )?(?:make|earn|get paid|take home)',
        // Their pay asked as their seat's, at their firm: "how much do partners at Deloitte actually take home" (not juniors'
        // pay asked as career research: "what do graduate analysts earn at your firm").
        'how much do (?:the )?(?:partners|directors|vps|executives|execs|founders|ceos|cfos|ctos|principals|md?s|managing directors|senior partners|consultants at your level|people at your level|people in your (?:role|position|seat)) (?:at [\\p{L}&.-]+(?: [\\p{L}&.-]+)? |there )?(?:actually |really |typically |usually )?(?:make|earn|get paid|take home|pull in)',
        // Asked indirectly: "can I ask how much you make as a recruiter", "what you earn at Meta".
        '(?:how much|what) (?:you|u) (?:earn|take home|get paid)(?= (?:as|at|in|per|a (?:year|month|week)|an hour|there|now|these days)\\b| *[?.!,]| *$)',
        // "make" also means producing: "what you make at the bakery" is their work.
        'how much (?:you|u) make', 'what (?:you|u) make(?= (?:as an?|per|a (?:year|month|week)|an hour)\\b)', 'what do (?:you|u) (?:earn|take home)(?! of)',
        'what do (?:you|u) make(?= *\\?| (?:a|per|an) (?:year|month|hour|week)| now| these days| there| at (?!(?:your|the|our) (?:[\\p{L}-]+ ){0,2}?(?:factory|plant|workshop|bakery|studio|site|lab|shop)\\b)\\S+)',
        'what your (?:total |base |current |annual )?(?:comp|compensation|salary|pay|income|package|ctc)(?: \\w+){0,3} (?:looks? like|is)',
        "what(?:'s| is) your (?:total |base |annual )(?:comp|compensation|salary|pay|income|package)", 'how much do (?:they|we|your \\S+) pay (?:you|u)',
        "what(?:'s| is) your (?:current )?(?:salary|income|ctc|compensation|pay|package)",
        'your (?:current|present|last|expected) (?:salary|ctc|compensation|pay|package|income)(?! expectations?\\b)',
        // Asked in a list without "your": "share your updated CV along with current CTC, expected CTC and notice period".
        // Not their own ("my current salary") nor the role's ("the current salary band").
        '(?:share|send|provide|mention|confirm|tell (?:me|us)|let (?:me|us) know)\\b[^.?!\\n]{0,60}?(?<!\\b(?:my|our|your|the|this|that|its|their) )(?:current|present|last drawn|existing) (?:ctc|salary|compensation|pay|package|income)(?! (?:range|band|bracket|scale|structure|expectation)s?\\b)', 'how much (?:is your salary|money do you make)',
      ],
      message: (excerpt) => `“${excerpt}” is too personal for a professional message.`,
      suggestion: 'Keep to professional topics: their work, their role, what they enjoy about it.',
    },
  ],
});

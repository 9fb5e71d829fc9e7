import type { Family, Lexicon } from '../../engine/families.ts';

export const lexicon: Lexicon = {
  youCould: ['(?:can|could|would|will) (?:you|u) (?:please |kindly |possibly |maybe )?', '(?:you|u) (?:could|can|would|might) (?:please )?', 'please ', 'pls ', 'kindly ', '(?:or|and|also) '],
  job: ['job', 'internship', 'role', 'position', 'opening', 'work', 'chance', 'placement', 'interview', 'opp?[ou]rt[ua]nity', 'post', 'vacancy', 'spot', 'seat', 'apprenticeship', 'traineeship'],
  jobPlural: ['openings?', 'positions?', 'roles?', 'vacanc(?:y|ies)', 'opp?[ou]rt[ua]nit(?:y|ies)', 'jobs?', 'internships?', 'apprenticeships?', 'placements?', 'spots?'],
  cv: ['resume', 'résumé', 'cv', 'c\\.v\\.', 'portfolio', 'application', 'profile', 'details'],
  hiringPeople: [
    '(?:the|your) (?:\\S+ )?(?:hiring|recruit[\\p{L}-]*|HR|talent|people team|team lead)', '(?:the|your) (?:\\S+ )?recruiters?', 'HR',
    'the (?:right|relevant|appropriate) (?:person|people|editor|manager|team|contact)',
    '(?:whoever|whomever|the person who|someone who) (?:handles|does|is in charge of|looks after|runs|manages|deals with|takes care of) (?:the )?(?:hiring|recruit\\S*|HR|interns|internships|graduates|staffing)',
    // Anyone where they work: "pass my CV on to anyone at your place", "to someone in your team".
    '(?:anyone|anybody|someone|somebody|people|whoever) (?:at|in|on|from) (?:your|ur) (?:place|company|firm|team|office|org|organi[sz]ation|end|side|work|department|shop|agency)',
  ],
  // Someone to hire: "room for an intern", "needs a growth marketer".
  hire: ['interns?', 'juniors?', 'trainees?', 'apprentices?', 'new grads?', 'graduates?', '[\\p{L}-]+(?:er|or|ist|ian|ant|ent)s?'],
  programme: ['programme', 'program', 'scheme', 'cohort', 'batch', 'intake', 'team', 'department'],
  // People a workplace hires, named by role (not any word ending in -er: "river", "sediment").
  roleNoun: [
    'interns?', 'juniors?', 'trainees?', 'apprentices?', 'graduates?', 'grads?', 'assistants?', 'associates?', 'animators?', 'designers?', 'developers?',
    'engineers?', 'analysts?', 'writers?', 'editors?', 'nurses?', 'teachers?', 'researchers?', 'volunteers?', 'staff', 'people', 'hands', 'students?',
    'freshers?', 'marketers?', 'accountants?', 'drivers?', 'chefs?', 'cooks?', 'technicians?', 'coordinators?', 'specialists?', 'consultants?',
    'scientists?', 'programmers?', 'testers?', 'electricians?', 'plumbers?', 'carpenters?', 'welders?', 'mechanics?', 'new hires?', 'someone', 'anyone', 'help',
  ],
  // Where someone could be hired.
  workplace: ['team', 'company', 'department', 'firm', 'org', 'organi[sz]ation', 'startup', 'lab', 'studio', 'agency', 'practice', 'clinic', 'shop', 'restaurant', 'school', 'office', 'group', 'warehouse', 'store'],
  // The writer as the one to hire: "room for someone like me".
  meAsCandidate: ['someone like me', 'me', 'someone with my (?:background|skills|experience|profile)', 'a profile like mine'],
  // A job by name, without "chance" or "work" (which also mean other things): "an internship opportunity at Sony".
  jobNoun: ['job', 'internship', 'role', 'position', 'placement', 'traineeship', 'apprenticeship', 'vacancy', 'opening', '(?:job|internship|work|employment|career) opportunity', 'opportunity'],
  // Misspelt as careful writers still do ("oportunity", "oppurtunity"): `typo` names the spelling, this rule the ask.
  // A job seeker's availability: "I can start right away".
  startWhen: ['right away', 'immediately', 'straight away', 'tomorrow', 'next week', 'asap', 'on monday', 'whenever you need'],
};

export const families: readonly Family[] = [
  {
    name: 'askForJob',
    means: 'asks them for a job outright',
    patterns: [
      '{youCould}(?:give|offer|get|find|arrange) me (?:a|an|any|some) (?:\\S+ )?{job}',
      '(?:give|offer) me (?:a|an|any) (?:\\S+ )?(?:job|internship|role|position)',
      // "You should / ought to hire me" is `entitled`'s claim, not an ask.
      '(?:please |pls )?(?:please )?(?<!(?:should|ought to|better|must) )hire me',
      '(?:send|tell|show) me (?:about |of )?any {jobPlural}', '(?:know of|aware of|heard of) any {jobPlural}',
      '(?:seeking|looking for|want|need|writing to you for|applying for|asking for) (?:an? |any )?(?:suitable |good |decent )?(?:job|work|internship|role|position|post|vacancy|opp?[ou]rtunit\\S*)(?: \\S+){0,2}? in your (?:esteemed |reputed |reputable |prestigious |great )?(?:company|organi[sz]ation|team|firm|department)',
      // "I need a job", also with the subject dropped at a sentence's start: "NEED A JOB URGENTLY".
      '(?:I (?:really |urgently |badly )?|(?<=(?:^|[.!?\\n])\\s{0,3}))need (?:an? )?(?:new )?(?:job|work|internship)', '(?:I will|I\'ll|I can|I would|I\'d) (?:happily )?(?:take|accept|do) any (?:role|job|position|work|shifts?|contract|gig|hours)',
      '(?:let me know|tell me) if (?:you\'re|you are|your (?:company|team) is) hiring',
      '(?:any|are there any) (?:\\S+ ){0,2}?{jobPlural} (?:for me|on your team|in your team|at your company|in your company|for someone like me)',
      // Openings at their named workplace for the writer's kind of role: "Any openings at Safaricom for a junior data analyst?"
      "(?:any|are there any|is there any) (?:[\\p{L}-]+ ){0,2}?{jobPlural} (?:at|with|in|on) (?:your (?:[\\p{L}-]+ )?{workplace}|\\p{Lu}[\\p{L}&'-]*) for (?:me|someone like me|an? (?:[\\p{L}-]+ ){0,3}?{roleNoun})(?= *\\?)",
      '(?:chance|possible) (?:that )?there (?:are|is) (?:any )?{jobPlural} (?:\\S+ ){0,3}?for me',
      '(?:are|r) (?:you|u)(?: guys)? (?:\\S+ )?hiring', '(?:you|u) (?:gonna|going to) be hiring',
      // The auxiliary dropped, as in texting, at a clause's start and asked: "u hiring designers?", "You guys still hiring?"
      // Also right after a greeting: "hey u hiring?", "Hi Joe, you guys hiring this spring?".
      '(?<=(?:^|[.!?,;:\\n]|\\s[-–—])\\s{0,3}|^\\s{0,3}(?:hey|hi|hiya|hello|yo)\\s{1,3})(?:you|u)(?: guys| all)? (?:still |currently |even )?hiring(?=[^.!?\\n]{0,40}\\?)',
      'looking for (?:a job|work|an internship) (?:\\S+ ){0,4}?(?:can|could) you',
      // "Is there any way you could get me in?", "get my foot in the door at…"
      '(?:way|chance) (?:you could|you can|to) get me (?:in|hired|on board|an interview)', 'get me (?:in|hired|on board)(?= *[?.!,]| at| there)',
      "looking for (?:an? )?(?:job|work|internship)(?: [^.?!\\n]{0,60})?[.,;!]? (?:(?:please|pls|kindly) help me|(?:can|could|would) you help)",
      '(?:is|are) (?:your|the) (?:[\\p{L}-]+ ){0,2}?(?:team|company|department|firm|org|startup) hiring',
      'help me (?:get|land|find|secure) (?:an? )?(?:job|interview|internship|role|position|foot in the door)',
      '(?:do|does) (?:you|your (?:team|company)) have any {jobPlural}', 'my (?:resume|cv) for any',
      // The same asked indirectly or in passing: "would like to know if you have any internships for summer", "got any
      // apprenticeships going?", "call me when you have an opening", "does anyone at your company need an apprentice electrician?".
      '(?:know|ask|wondering|wonder|see) (?:if|whether) (?:you|your (?:[\\p{L}-]+ )?{workplace}) (?:have|has|might have|currently have|would have) any (?:[\\p{L}-]+ ){0,2}?{jobPlural}(?= *[?.!,]| *$| for (?:me|summer|the summer|this|next|20\\d\\d))',
      'got any (?:[\\p{L}-]+ )?{jobPlural} going',
      '(?:call|contact|ping|email|text|message|tell) me (?:when|if|once|as soon as|whenever) (?:you|your (?:[\\p{L}-]+ )?{workplace}) (?:have|has|get|gets) (?:an? |any )?(?:[\\p{L}-]+ )?(?:opening|vacancy|position|role|job|internship|spot)(?= *[?.!,]| *$| for me)',
      '(?:does|do|would|might) (?:anyone|anybody|someone) (?:at|in|on) your (?:[\\p{L}-]+ )?{workplace} (?:need|want|have use for) (?:an? |another )?(?:[\\p{L}-]+ ){0,2}?(?!(?:help|someone|anyone|people|hands|staff|volunteers?)(?![\\p{L}])){roleNoun}(?= *[?.!,]| *$)',
      // Work asked for by a freelancer or job seeker: "Do you have any work for me?", "got any projects for me?".
      '(?:(?:do|does|would|could|might) (?:you|your (?:[\\p{L}-]+ ){0,2}?{workplace}) )?(?:have|has|got) (?:any|some) (?:[\\p{L}-]+ )?(?:work|projects?|gigs?|assignments?|shifts?|jobs?|tasks?) for me(?= *[?.!,]| *$)',
      // "hiring for any remote roles?", "a foot in at your company".
      'hiring (?:for )?any (?:[\\p{L}-]+ ){0,2}?{jobPlural}(?= *\\?)', '(?:a|my) foot in(?: the door)?(?= (?:at|with|into|there)\\b| *[.?!,])',
      // A hope for a place on their team, in any words.
      '(?:any chance|wondering if|curious if) (?:that )?(?:your|the) (?:[\\p{L}-]+ ){0,2}?(?:team|company|department|firm|org|startup|lab) (?:is|are|might be) (?:hiring|growing|taking on)',
      '(?:is|are) (?:your|the) (?:[\\p{L}-]+ ){0,2}?(?:team|company|department|firm|org|startup|lab) (?:growing|expanding|taking on)(?: [^.?!\\n]{0,30})?\\?',
      "(?:is there|there's|is there any) (?:any )?(?:room|space|a place|a spot) (?:on|in|at|for me (?:on|in|at)) your (?:[\\p{L}-]+ ){0,2}?(?:team|company|lab|department)",
      '(?:you|you guys|your (?:[\\p{L}-]+ )?(?:team|company|lab)) (?:have|got|has) (?:any )?(?:room|space|a place|an opening|a spot) for (?:an? |another |one more )?(?:[\\p{L}-]+ )?{roleNoun}',
      // "If your team has room for someone like me", "whether you might have an opportunity for a junior QA tester".
      '(?:you|your (?:[\\p{L}-]+ ){0,2}?{workplace}) (?:might |may |would |could |ever )?(?:has|have|had|got) (?:any )?(?:room|space|a place|a spot|an opening|capacity|something) for {meAsCandidate}(?![\\p{L}])',
      '(?:you|your (?:[\\p{L}-]+ ){0,2}?{workplace}) (?:might |may |would |could )?(?:has|have|had|got) (?:an?|any) (?:[\\p{L}-]+ ){0,2}?(?:opening|vacancy|opp?[ou]rtunit\\S*|position|role|spot|place|internship|job) for (?:{meAsCandidate}(?![\\p{L}])|an? (?:[\\p{L}-]+ ){0,3}{roleNoun})',
      // An opening measured against the writer: "let me know if you have any openings that match my profile", "any roles that
      // would suit my background" (a recruiter's "roles that match your skills" is about the reader, not the writer).
      '(?:you|your (?:[\\p{L}-]+ ){0,2}?{workplace}) (?:might |may |would |could )?(?:has|have|had|got) (?:an?|any) (?:[\\p{L}-]+ ){0,2}?{jobPlural} (?:that|which) (?:would |might |could |may )?(?:match|fit|suit)(?:es|s)? (?:my|me)(?![\\p{L}])',
      // "I'd be grateful for an internship opportunity at Sony", "I'd love a role at your studio".
      '(?:grateful for|thankful for|hoping for|hope for|appreciate|love|welcome) (?:an?|any) (?:[\\p{L}-]+ )?{jobNoun} (?:at|with|in|on) (?:your|\\p{Lu}[\\p{L}&\'-]*)',
      // "tell me if I'm a fit for your openings" (a posted role named is advice: "whether I look like a fit for the role").
      "(?:if|whether) (?:I'm|I am|I'd be|I would be|I could be|I might be) (?:a )?(?:good |great |strong |right )?fit for (?:any of )?your (?:[\\p{L}-]+ )?(?:openings|roles|positions|vacancies|opportunities|team)",
      // The recruiter's pet hate: "could you review my profile for any open positions at Tesla?" (their own roles
      // matched to me, with nothing applied for).
      '(?:review|look (?:at|over)|check|go (?:through|over)|consider) my (?:{cv}) for (?:any )?(?:open |available |current |suitable )?{jobPlural}(?![\\p{L}])',
      '(?:would|will|I\'d|I\'ll) take any (?:[\\p{L}-]+ )?(?:role|job|position|work|shifts?|contract|gig|hours)', 'throw my hat in the ring', 'get my foot in the door',
      "(?:let me know|tell me) if there(?:'s| is) (?:a )?(?:fit|place|spot|role|opening|position|anything) (?:for me )?(?:anywhere|on|in|at|with)",
      '(?:welcome|grateful for|open to|consider me for) any (?:[\\p{L}-]+ )?(?:opportunit(?:y|ies)|opening|role|position|vacancy) (?:within|at|in|on|with) (?:your|\\p{Lu}[\\p{L}&\'-]*)',
      '(?:any|even a) (?:[\\p{L}-]+ )?(?:role|position|job|internship) (?:at|with|in) (?:[\\p{L}&-]+ ){1,2}?would be (?:great|amazing|a dream|perfect|fine|wonderful)',
      '(?:know|hear) of (?:anyone|anybody|any (?:team|company|companies)) (?:who(?:\'s| is| are) )?hiring', 'open to referrals',
      // "I'd jump at any chance to work on your team", "Is there any way in?".
      // "Do you have anything for someone like me?", "if there is any vacancy in your organisation", "your studio takes on juniors".
      '(?:do you have|is there|have you got|got|would you have) (?:anything|something|a place|a spot|room|an opening|any openings?) for (?:someone like me|me|an? (?:[\\p{L}-]+ ){0,3}?like me)',
      '(?:if|whether) (?:there is|there\'s|there are|you have) any (?:[\\p{L}-]+ )?(?:vacanc(?:y|ies)|openings?|positions?|jobs?|roles?) (?:in|at|on|with) (?:your(?! (?:schedule|calendar|diary|agenda|timeline|plan)\\b)|the (?:[\\p{L}-]+ )?{workplace})',
      '(?:your|the) (?:[\\p{L}-]+ ){0,2}?{workplace} (?:takes on|(?:is )?taking on|would take on|hires|(?:is )?hiring|recruits|(?:is )?recruiting|accepts|(?:is )?looking for|needs|could use) (?:an? |any |more )?(?:[\\p{L}-]+ ){0,2}?{roleNoun}(?=[^.?!\\n]{0,40}\\?)',
      "(?:I'd|I would|I'll|I will) (?:happily )?take (?:anything|any job|any role|any position|whatever)(?= (?:in|on|at|with) (?:your|\\p{Lu}))",
      // "Is there any chance of a job for me at Intercom?"
      '(?:any )?chance (?:of|for) (?:a|an|any) (?:[\\p{L}-]+ )?(?:job|role|position|internship|placement|opening|vacancy|traineeship|apprenticeship) (?:for me|(?:at|with|in|on) (?:your|\\p{Lu}[\\p{L}&\'-]*))',
      // Not a thing already there: "I'd love the chance to work on it with you" (the project they described).
      '(?:jump at|grab|love|welcome|kill for) (?:any|the|a) (?:chance|opportunity) to (?:work|join|intern|start) (?:on|in|at|for|with|under) (?:your|(?!(?:it|this|that|these|those|them|you|him|her|us|something|anything)(?![\\p{L}]))\\p{Lu}[\\p{L}&\'-]*)', '(?:is there )?(?:any|a) way (?:in|I (?:could|can|might) (?:join|get in|get on|work (?:for|with|on))(?: (?:you|you guys|your team|the team|them))?)(?= *[?.!,])',
      // The same question with the writer as subject: "How could I get in?", "how can I get my foot in?".
      'how (?:could|can|might|do|would) I (?:get in|get on board|get hired|get on (?:your|the) team|join (?:your|the) team)(?= *[?.!,]| (?:there|at|with)\\b)',
      // "Please let me know if your organisation has any vacancies."
      '(?:if|whether) (?:your|the) (?:[\\p{L}-]+ ){0,2}?{workplace} (?:has|have|might have|currently has|would have) any (?:[\\p{L}-]+ )?(?:vacanc(?:y|ies)|openings?|positions?|jobs?|internships?)',
    ],
    // Asking for someone else: "Are you hiring? I know a great engineer who'd love to hear about it."
    quiet: [
      "(?:(?:are|r) )?(?:you|u)(?: guys| all)? (?:\\S+ )?hiring\\?? (?:(?:I|we) (?:know|have|can recommend)|(?:asking )?for a (?:friend|colleague|former colleague|mentee|student))",
      // "hire me" told about someone else, not asked of the reader: "nobody is ever going to hire me", "no company will hire me".
      "(?:nobody|no one|no-one|noone|no company|no employer|no firm|none of them|they|employers|companies|recruiters) (?:[\\p{L}']+ ){0,4}?hire me",
    ],
  },
  {
    name: 'considerMe',
    means: 'asks to be considered for a role without having applied',
    patterns: [
      "(?:I'd|I would) (?:love|like|be (?:glad|happy|grateful|honou?red)) to be considered",
      '(?:consider|considering) (?:me|my profile|my resume|my cv|my application|my candidacy) for (?:the|a|an|any|your) (?:\\S+ ){0,4}?(?:{job}|{programme})',
      '(?:please |pls |plz |kindly |do )consider (?:me|my (?:profile|cv|resume|candidacy))', 'keep me in mind', '(?:think|thought) of me(?= *[.!,;]| *$| for| if| when)', 'put (?:my name|me) forward',
      '(?:I\'d|I would) (?:be )?(?:so |really |very |truly )(?:glad|happy|grateful|honou?red|thrilled) to be considered',
      '(?:that )?I (?:could|might|can) be considered for',
      // "if anything opens up", "if a junior position ever comes up", "if there's ever a spot on your team".
      "(?:if|when|whenever|should) (?:anything|something) (?:ever )?(?:opens up|comes up|becomes available)(?= *[,.;!]| (?:on|in|at|there|with (?:your|the) (?:[\\p{L}-]+ )?team)\\b)",
      "(?:if|when|whenever|should) (?:an? (?:[\\p{L}-]+ ){0,3}?(?:role|position|spot|opening|vacancy|job)|there(?:'s| is) ever (?:a|an) (?:[\\p{L}-]+ ){0,3}?(?:role|position|spot|opening|vacancy|job)) (?:ever )?(?:opens? up|comes? up|becomes? available|opens|on|in|at)",
      'if you (?:ever )?(?:hear|know) of (?:anything|something|an opening|a role|a position)',
      // "if any internships come up at Deloitte", "I could be referred into".
      '(?:if|when|whenever|should) any (?:[\\p{L}-]+ ){0,2}?(?:internships|roles|positions|openings|jobs|vacancies|spots) (?:ever )?(?:come up|open up|become available|open)(?= (?:at|with) | (?:on|in) your (?:[\\p{L}-]+ )?(?:team|company|department|group|org|firm|lab)| *[.!?,]| *$)', '(?:I|me) (?:could|can|might) (?:be|get) referred',
      // "in case there's a fit on your engineering team", "would love to be on your radar".
      "(?:in case|if|whether|should) there(?:'s| is| are)? (?:ever )?(?:a )?(?:fit|place|spot|role|opening|position|room) (?:for me )?(?:on|in) your (?:[\\p{L}-]+ ){0,2}?(?:team|company|department|lab|group|org|firm)",
      '(?:love|like|want|hope|keen|eager|happy|glad) to (?:be|stay) on your radar', 'keep me on your radar',
      // A job seeker's availability: "I can start right away", "could start next week".
      "(?:I|I'm|I am) (?:can |could |am able to |available to |ready to |free to )?start (?:work(?:ing)? )?{startWhen}",
      "(?<=and )(?:can|could) start (?:work(?:ing)? )?{startWhen}",
      "(?:happy|willing|glad|ready) to (?:start|work|intern|join) (?:[\\p{L}-]+ )?(?:unpaid|for free|as a volunteer|without pay)",
      "(?:I'd|I would|I'll|I will|I could) (?:even |happily |gladly )?(?:do it|work|start|intern|join) (?:[\\p{L}-]+ )?(?:unpaid|for free|without pay)",
      '(?:recommend|suggest|put forward|nominate) me for (?:the|a|an|any|this) (?:\\S+ ){0,3}?{job}',
      // The same with the person to recommend to between: "recommend me to your partners for any openings".
      "(?:recommend|refer|put forward|nominate) me to (?:[\\p{L}&'’-]+ ){1,4}?for (?:the|a|an|any|this|some) (?:\\S+ ){0,3}?{jobPlural}",
      'if (?:your|the) (?:team|company) (?:needs|is looking for) (?:an?|someone)',
      '(?:put|putting|add|adding|include|including|keep|keeping) me (?:on|in|to) (?:the|your) (?:\\S+ )?(?:shortlist|interview list|pipeline|talent pool|candidate pool|talent (?:pipeline|network|community|database)|books)',
      "(?:let's|let us|can we|could we|shall we) (?:set up|schedule|arrange|book) (?:an|my|the) interview",
      "(?:\\S{1,40}'s|your) (?:\\S{1,40} )?team (?:clearly |really |definitely )?needs someone like me",
    ],
  },
  {
    name: 'referralAsk',
    means: 'asks them to refer you or pass your CV to hiring',
    patterns: [
      '{youCould}refer me', "(?:give|write|get|offer|send) me (?:a|an|your) (?:[\\p{L}-]+ )?referral(?! (?:code|link to (?:the|your) (?:app|shop)))", // Not offered to them or for someone else: "I'm happy to put in a good word for you".
      "put in a (?:good|kind) word(?! (?:for|about) (?!(?:me|my|myself|us|our)\\b)\\p{L})", '(?:mention|put forward|pass on|pass|drop|give|forward|send) (?:on |along )?my name (?:on |along |forward )?(?:to|with) {hiringPeople}', '(?:comfortable|willing|able|open to) (?:referring|to refer) me',
      '(?:forward|pass|send|share|give|hand|slip|get|put) my {cv} (?:on |along |in front of |over )?(?:to )?{hiringPeople}',
      // Their own boss as the one who hires: "could you pass my CV to your manager?" (only with the CV: "forward it to your
      // manager" also sends on invitations and decks).
      '(?:forward|pass|send|give|hand|slip|get|put) my {cv} (?:on |along |in front of |over )?(?:to )?(?:your|ur) (?:line |direct |own )?(?:manager|boss|supervisor)',
      '(?:recommend|recommending|refer|referring) me to {hiringPeople}',
      '(?:forward|pass|send|share) (?:it|this|them) (?:on )?to {hiringPeople}',
    ],
    // A third person to pass the CV on, not the reader: "I'd like him to pass my resume on to the hiring manager" asks
    // for an introduction to him (`personal-favor`'s), not for their referral.
    // Their own word reported back to them: "You told me you'd recommend me to the hiring manager", "you offered to refer me".
    quiet: [
      "(?:him|her|them|he|she|they) (?:to |can |could |would |will |might )?(?:forward|pass|send|share|give|hand|slip|get|put) my {cv}(?: [^.?!\\n]{0,40})?",
      "(?:you|he|she|they) (?:said|told me|promised|mentioned|offered|agreed|kindly offered)(?: that)?(?: (?:you|he|she|they)(?:'d|'ll| would| will| could))?(?: to)? (?:happily |gladly |kindly |also )?(?:recommend|refer|forward|pass|put|send|mention|share)[^.?!,;\\n]{0,50}",
    ],
  },
  {
    // Only with a job search said ("I want to work at Google. How can you help me?"), as a CV alone.
    name: 'vagueHelpAsk',
    means: 'asks them to help you into a job without having applied',
    patterns: ['(?:how )?(?:can|could|would) you help me(?: get (?:there|in|hired|started))?(?= *\\?)', 'what (?:can|could) you do to help me(?: get (?:there|in|hired|started))?(?= *\\?)', 'what would it take(?= *\\?)', '(?:any|what) (?:advice|tips) on (?:getting|how to get) (?:in|hired)(?= there| at| *\\?)'],
  },
  {
    // Only with a job search said ("I'm between jobs. Could we talk about openings at your firm?"):
    // alone, the same question can be a founder's or a student's curiosity.
    name: 'openingsQuestion',
    means: 'asks about openings for you at their workplace without having applied',
    patterns: [
      "(?:talk|chat|speak|hear|learn|ask you|know) (?:more )?(?:about|regarding|of) (?:any )?(?:open |current |upcoming |future )?(?:[\\p{L}-]+ )?(?:openings|roles|positions|vacancies|opportunities|jobs) (?:at|in|on|with|within) (?:your|\\p{Lu}[\\p{L}&'-]*)",
      '(?:does|do|would|could|might|will) (?:your|the) (?:[\\p{L}-]+ ){0,2}?{workplace} (?:ever )?(?:need|use|want|take on|hire|have room for) (?:an? |any |more |extra |another )?(?:[\\p{L}-]+ ){0,2}?(?:{roleNoun}|{hire})(?= *\\?)',
      // "If your team at Zalando needs hands", "if the studio ever needs an animator".
      "if (?:your|the) (?:[\\p{L}-]+ )?{workplace}(?: (?:at|in) [\\p{L}&'-]+)? (?:ever )?(?:needs|is looking for|could use|wants) (?:an? |more |extra |another |some )?(?:[\\p{L}-]+ ){0,2}?(?:{roleNoun}|{hire})(?![\\p{L}])",

    ],
  },
  {
    name: 'cvWithoutApplying',
    means: 'sends your CV as a job ask without having applied',
    patterns: [
      "(?:I've|I have|I) (?:also )?(?:attached|enclosed|included|uploaded) my (?:updated |latest )?(?:resume|résumé|cv)", '(?:please )?find (?:attached )?my (?:updated |latest )?(?:resume|résumé|cv)(?: attached)?',
      "(?:here is|here's|attaching|sharing|sending you) my (?:updated |latest )?(?:resume|résumé|cv)",
      '(?:I can|I could|happy to|glad to) (?:send|share) (?:you )?my (?:resume|résumé|cv)',
      '(?:my )?(?:resume|résumé|cv) (?:is )?attached', '(?:resume|résumé|cv|portfolio) is (?:on|in) my (?:profile|featured section)',
    ],
    // A CV for a named role is an application.
    quiet: ['(?:resume|résumé|cv) (?:for|regarding) (?:the|your)'],
  },
];

/** A recruiter or agency writing: their questions about hiring are business, not a job ask. */
export const writerRecruits = ["(?:I'm|I am|we're|we are) (?:a |an |the )?(?:[\\p{L}-]+ )?(?:recruiter|recruiting|staffing|talent acquisition|headhunter|headhunting|hiring manager)"];

/** Saying you are looking for work: a CV sent with it is a job ask. */
export const seekingWork = [
  'job[- ]?hunting', 'job searching',
  // A job there as a dream: "landing a job at Canva is my dream", "working on your team would be a dream".
  "(?:landing|getting|finding|working|a (?:job|role|position|place)|to work) (?:a (?:job|role|position|internship) )?(?:on|in|at|with|for) (?:your|\\p{Lu}[\\p{L}&'-]*)(?: (?:[\\p{L}-]+ ){0,2}?(?:team|company|lab|studio))? (?:is|would be) (?:a|my) dream",
  // An opening named as what caught the eye, with a CV: "the [job title] opening caught my eye".
  '(?:role|position|opening|vacancy|posting) (?:really )?(?:caught|has caught) my (?:eye|attention)', 'between jobs', 'looking to move (?:from|into|in-house|to)', 'interested in the (?:[\\p{L}\\[\\]-]+ ){1,4}?(?:role|position|opening|vacancy)',
  '(?:love|like) to (?:join|be part of|work (?:for|at|with)) (?:your|the|what)',
  "(?:interested in|keen on) (?:working (?:with|at|for|in)|joining) [\\p{L}&'-]+", '(?:want|dream|hope|hoping|wish) to (?:work|intern) (?:at|for|with|in)',
  '(?:looking for|seeking|searching for|in search of) (?:an? |my )?(?:new |next |first |full-time |part-time )?(?:job|work|role|position|internship|opportunit(?:y|ies)|opening)s?', 'open to (?:new )?(?:roles|opportunities|work)',
  // Out of work, or wanting a kind of job by name: "interested in business administration positions with Fairview".
  '(?:out of|without) (?:a )?(?:work|job)', "(?:I've been|I was|I got|I am|I'm) (?:recently )?(?:laid off|made redundant|unemployed)",
  '(?:interested in|keen on|applying for) (?:an? |any )?(?:[\\p{L}\\[\\]-]+ ){0,4}?(?:roles|positions|openings|vacancies|jobs|internships|opportunities) (?:at|with|in|on)'];

/** Saying you have not applied yet undoes a job ID: "I'll apply as soon as I have the referral link". */
export const notYetApplied = ["(?:I'll|I will|I'm going to|I am going to) apply", 'before (?:I )?apply(?:ing)?', "(?:haven't|have not|not yet|yet to)(?: \\S+)? appl(?:y|ied)"];

/** The text says they applied ("I applied for the data analyst role", "I've submitted an application for…", "job ID"): asks are then fine. */
export const alreadyApplied = [
  "(?:I|I've|I have|I've already|I have already|already) (?:already |also |just |recently |formally )?(?:applied|submitted (?:my|an) (?:\\S+ )?application|sent (?:in )?my application|put in (?:an|my) application)(?: online)? (?:for|to|through|via|on|at|last|yesterday|this|a)(?! (?:more|over|dozens|hundreds|many|several|other|lots|\\d))",
  "(?:I|I've|I have) (?:already |also )?applied(?= *[.,;!]| and| but)",
  'my application (?:for|to) the', 'job id',
  // An interview had or booked is an application under way: "thank you again for this morning's interview", "since our interview".
  "(?:thanks?|thank you)(?: again| so much| very much)? for (?:the |our |my |your time (?:in|at|during) (?:the|our) |(?:this|yesterday) (?:morning|afternoon)'s |today's |yesterday's |(?:last )?(?:monday|tuesday|wednesday|thursday|friday)'s )?(?:[\\p{L}-]+ )?interview(?![\\p{L}])",
  "(?:after|since|following|in|during) (?:our|my) (?:[\\p{L}-]+ )?interview(?![\\p{L}])", "(?:I|I've|I have) (?:just |recently )?interviewed (?:with|for|at)", 'requisition', 'req(?:uisition)? (?:id|#|no)', 'application (?:id|number|#|reference)',
];

/**
 * The candidate is someone else: "a friend of mine, Aroha, would be a great fit", "asking for a former colleague".
 * Then an ask without "me" ("Are there any openings on your team?") is on their behalf, not a job ask.
 */
export const forSomeoneElse = [
  "(?:a|my|our) (?:good |close |old |former )?(?:friend|colleague|ex-colleague|teammate|mentee|student|classmate|cousin|sister|brother|daughter|son|partner|wife|husband)(?: of mine)?(?:,? [\\p{L}'-]+(?: [\\p{L}'-]+)?,)? (?:would be|could be|might be|is|sounds like) (?:an? )?(?:really |very |perfect |great |good |strong |brilliant |ideal )?(?:fit|match|candidate)",
  '(?:asking|enquiring|inquiring) (?:for|on behalf of) (?:a|my|our) (?:friend|colleague|former colleague|ex-colleague|mentee|student|classmate|cousin|sister|brother|daughter|son|partner)',
];

import type { Family, Lexicon } from '../../engine/families.ts';

export const lexicon: Lexicon = {
  youCould: ['(?:can|could|would|will) (?:you|u) (?:please |kindly |possibly |maybe )?', '(?:you|u) (?:could|can|would|might) (?:please )?', 'please ', 'pls ', 'kindly ', '(?:or|and|also) '],
  job: ['job', 'internship', 'role', 'position', 'opening', 'work', 'chance', 'placement', 'interview', 'opportunity', 'post', 'vacancy', 'spot', 'seat', 'apprenticeship', 'traineeship'],
  jobPlural: ['openings?', 'positions?', 'roles?', 'vacanc(?:y|ies)', 'opportunit(?:y|ies)', 'jobs?', 'internships?', 'spots?'],
  cv: ['resume', 'résumé', 'cv', 'c\\.v\\.', 'portfolio', 'application', 'profile', 'details'],
  hiringPeople: ['(?:the|your) (?:\\S+ )?(?:hiring|recruit\\S*|HR|talent|people team|team lead)', '(?:the|your) (?:\\S+ )?recruiters?', 'HR'],
  programme: ['programme', 'program', 'scheme', 'cohort', 'batch', 'intake', 'team', 'department'],
};

export const families: readonly Family[] = [
  {
    name: 'askForJob',
    means: 'asks them for a job outright',
    patterns: [
      '{youCould}(?:give|offer|get|find|arrange) me (?:a|an|any|some) (?:\\S+ )?{job}',
      '(?:give|offer) me (?:a|an|any) (?:\\S+ )?(?:job|internship|role|position)',
      '(?:please |pls )?(?:please )?(?<!should )hire me',
      '(?:send|tell|show) me (?:about |of )?any {jobPlural}', '(?:know of|aware of|heard of) any {jobPlural}',
      '(?:seeking|looking for|want|need|writing to you for) (?:an? )?(?:job|work|internship|role|position|opp?[ou]rtunit\\S*)(?: \\S+){0,2}? in your (?:esteemed )?(?:company|organi[sz]ation|team|firm|department)',
      'I need (?:an? )?(?:job|work|internship)', '(?:I will|I\'ll|I can) take any (?:role|job|position|work)',
      '(?:let me know|tell me) if (?:you\'re|you are|your (?:company|team) is) hiring',
      '(?:any|are there any) (?:\\S+ ){0,2}?{jobPlural} (?:for me|on your team|in your team|at your company|in your company|for someone like me)',
      '(?:chance|possible) (?:that )?there (?:are|is) (?:any )?{jobPlural} (?:\\S+ ){0,3}?for me',
      '(?:are|r) (?:you|u)(?: guys)? (?:\\S+ )?hiring', '(?:you|u) (?:gonna|going to) be hiring',
      'looking for (?:a job|work|an internship) (?:\\S+ ){0,4}?(?:can|could) you',
      // "Is there any way you could get me in?", "get my foot in the door at…"
      '(?:way|chance) (?:you could|you can|to) get me (?:in|hired|on board|an interview)', 'get me (?:in|hired|on board)(?= *[?.!,]| at| there)',
      "looking for (?:an? )?(?:job|work|internship)(?: [^.?!\\n]{0,60})?[.,;!]? (?:(?:please|pls|kindly) help me|(?:can|could|would) you help)",
      '(?:is|are) (?:your|the) (?:[\\p{L}-]+ ){0,2}?(?:team|company|department|firm|org|startup) hiring',
      'help me (?:get|land|find|secure) (?:an? )?(?:job|interview|internship|role|position|foot in the door)',
      '(?:do|does) (?:you|your (?:team|company)) have any {jobPlural}', 'my (?:resume|cv) for any',
    ],
  },
  {
    name: 'considerMe',
    means: 'asks to be considered for a role without having applied',
    patterns: [
      "(?:I'd|I would) (?:love|like|be (?:glad|happy|grateful|honou?red)) to be considered",
      '(?:consider|considering) (?:me|my profile|my resume|my cv|my application|my candidacy) for (?:the|a|an|any|your) (?:\\S+ ){0,4}?(?:{job}|{programme})',
      '(?:please |kindly |do )consider me', 'keep me in mind for',
      '(?:recommend|suggest|put forward|nominate) me for (?:the|a|an|any|this) (?:\\S+ ){0,3}?{job}',
      'if (?:your|the) (?:team|company) (?:needs|is looking for) (?:an?|someone)',
      '(?:put|add) me (?:on|in|to) (?:the|your) (?:\\S+ )?(?:shortlist|interview list|pipeline|talent pool)',
      "(?:let's|let us|can we|could we|shall we) (?:set up|schedule|arrange|book) (?:an|my|the) interview",
      "(?:\\S+'s|your) (?:\\S+ )?team (?:clearly |really |definitely )?needs someone like me",
    ],
  },
  {
    name: 'referralAsk',
    means: 'asks them to refer you or pass your CV to hiring',
    patterns: [
      '{youCould}refer me', 'put in a (?:good|kind) word', '(?:comfortable|willing|able|open to) (?:referring|to refer) me',
      '(?:forward|pass|send|share|give|hand) my {cv} (?:on )?to {hiringPeople}',
      '(?:forward|pass|send|share) (?:it|this|them) (?:on )?to {hiringPeople}',
    ],
  },
  {
    name: 'cvWithoutApplying',
    means: 'sends your CV as a job ask without having applied',
    patterns: [
      "(?:I've|I have) attached my (?:updated |latest )?(?:resume|résumé|cv)", '(?:please )?find (?:attached )?my (?:updated |latest )?(?:resume|résumé|cv)(?: attached)?',
      "(?:here is|here's|attaching|sharing|sending you) my (?:updated |latest )?(?:resume|résumé|cv)",
      '(?:I can|I could|happy to|glad to) (?:send|share) (?:you )?my (?:resume|résumé|cv)',
    ],
    // A CV for a named role is an application.
    quiet: ['(?:resume|résumé|cv) (?:for|regarding) (?:the|your)'],
  },
];

/** A recruiter or agency writing: their questions about hiring are business, not a job ask. */
export const writerRecruits = ["(?:I'm|I am|we're|we are) (?:a |an |the )?(?:[\\p{L}-]+ )?(?:recruiter|recruiting|staffing|talent acquisition|headhunter|headhunting|hiring manager)"];

/** Saying you are looking for work: a CV sent with it is a job ask. */
export const seekingWork = ['(?:looking for|seeking|searching for|in search of) (?:an? |new |my next )?(?:job|work|role|position|internship|opportunit(?:y|ies)|opening)s?', 'open to (?:new )?(?:roles|opportunities|work)'];

/** Saying you have not applied yet undoes a job ID: "I'll apply as soon as I have the referral link". */
export const notYetApplied = ["(?:I'll|I will|I'm going to|I am going to) apply", 'before (?:I )?apply(?:ing)?', "(?:haven't|have not|not yet|yet to)(?: \\S+)? appl(?:y|ied)"];

/** The text says they applied ("I applied for the data analyst role", "I've submitted an application for…", "job ID"): asks are then fine. */
export const alreadyApplied = [
  "(?:I|I've|I have|I've already|I have already|already) (?:already |also |just |recently |formally )?(?:applied|submitted (?:my|an) (?:\\S+ )?application|sent (?:in )?my application|put in (?:an|my) application)(?: online)? (?:for|to|through|via|on|at|last|yesterday|this|a)(?! (?:more|over|dozens|hundreds|many|several|other|lots|\\d))",
  "(?:I|I've|I have) (?:already |also )?applied(?= *[.,;!]| and| but)",
  'my application (?:for|to) the', 'job id', 'requisition', 'req(?:uisition)? (?:id|#|no)', 'application (?:id|number|#|reference)',
];

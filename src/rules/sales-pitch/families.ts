import type { Family, Lexicon } from '../../engine/families.ts';

/** Words the sales-pitch families are built from, by the part they play in a pitch. */
export const lexicon: Lexicon = {
  // Who sells: the writer or the writer's product.
  weSubject: ["we", "we've", "we have", "we're", "we are", "I", "I've", "I have", "I'm", "our (?:[\\p{L}\\p{N}-]+ ){0,3}?{offering}", "my (?:[\\p{L}\\p{N}-]+ ){0,3}?{offering}"],
  offering: [
    'platform', 'solution', 'product', 'tool', 'software', 'services?', 'agency', 'app', 'firm', 'startup', 'company', 'team',
    'assistant', 'cartons?', 'system', 'technology', 'offering', 'sensors?', 'dashboard', 'engine', 'api', 'suite', 'program', 'programme', 'course', 'network',
    'consultancy', 'studio', 'practice', 'collective', 'marketplace', 'partners', 'experts', 'specialists', 'recruiters', 'engineers', 'developers', 'designers',
    'staff', 'people', 'model', 'method', 'framework', 'process', 'bots?', 'copilot', 'extension', 'plugin', 'integration', 'kit',
    'planner', 'scheduler', 'tracker', 'checker', 'builder', 'generator', 'optimi[sz]er',
  ],
  // A product or agency sold (not "our team" or "our company": people describe their employer too).
  commercialOffering: [
    'platform', 'solution', 'product', 'tool', 'software', 'services?', 'agency', 'app', 'assistant', 'technology', 'offering', 'dashboard', 'engine', 'api',
    'suite', 'consultancy', 'studio', 'marketplace', 'bots?', 'copilot', 'extension', 'plugin', 'integration', 'system', 'sensors?',
    'planner', 'scheduler', 'tracker', 'checker', 'builder', 'generator', 'optimi[sz]er', 'service',
  ],
  // What it does for them.
  helpVerb: [
    'help', 'helps', 'helped', 'helping', 'can help', 'will help', 'could help', 'enable', 'enables', 'enabled', 'enabling', 'allow', 'allows', 'allowed', 'lets', 'let',
    'empower', 'empowers', 'empowered', 'empowering', 'support', 'supports', 'supported', 'assist', 'assists', 'assisted', 'equip', 'equips', 'coach', 'coaches',
    'make it easy for', 'makes it easy for', 'make it easier for', 'makes it easier for', 'teach', 'teaches', 'train', 'trains',
  ],
  // The business results a pitch promises.
  outcomeVerb: [
    'cut', 'cuts', 'reduce', 'reduces', 'lower', 'lowers', 'save', 'saves', 'saved', 'boost', 'boosts', 'grow', 'grows', 'double', 'triple', 'increase',
    'increases', '10x', '2x', '3x', 'skyrocket', 'scale', 'lift', 'lifts', 'improve', 'improves', 'streamline', 'streamlines', 'automate', 'automates',
    'generate', 'generates', 'generated', 'book', 'close', 'win', 'get', 'fill', 'hire', 'land', 'drive', 'maximi[sz]e', 'optimi[sz]e', 'eliminate', 'fix', 'fixed',
    'halve', 'slash', 'trim', 'trims', 'trimmed', 'shave', 'speed up', 'tripled', 'doubled', 'increased', 'reduced', 'boosted', 'grew', 'lifted', 'achieve', 'acheive', 'attract', 'convert', 'recover',
    'slashes', 'slashed', 'halved', 'cutting', 'reducing', 'lowering', 'lowered', 'saving', 'boosting', 'growing', 'doubling', 'tripling', 'increasing', 'raise', 'raises', 'raised',
    'accelerate', 'accelerates', 'accelerated', 'shorten', 'shortens', 'shortened', 'minimi[sz]e', 'minimi[sz]es', 'prevent', 'prevents', 'stop', 'stops', 'avoid', 'avoids',
    'shrink', 'shrinks', 'free up', 'frees up', 'freed up', 'freeing up', 'recoup', 'reclaim', 'unlock', 'unlocks', 'capture', 'captures', 'retain', 'retains',
    // Not "keep" as "go on doing": "our members keep asking for it", "we keep running into this".
    'keep(?! (?:on )?\\p{L}+ing(?!\\p{L}))', 'ship', 'launch', 'pass', 'sell', 'turn', 'turns', 'reach', 'hit', 'beat',
    'outrank', 'outsell', 'collect', 'collects', 'recruit', 'onboard', 'earn', 'earns', 'make', 'makes', 'produce', 'produces', 'publish', 'close', 'closes', 'closed', 'won',
    'claw back', 'claws back', 'clawed back', 'win back', 'wins back', 'recovers', 'recovered', 'add', 'adds', 'added',
  ],
  businessResult: [
    'leads', 'revenue', 'sales', 'pipeline', 'conversions?', 'traffic', 'roi', 'output', 'growth', 'bookings', 'profits?', 'margins?', 'costs?',
    'spend', 'churn', 'retention', 'meetings', 'customers', 'clients', 'sign-?ups', 'ctr', 'returns', 'roas', 'ranking', 'rankings', 'followers',
    'engagement', 'cash ?flow', 'bottom line', 'close rates?', 'response rates?', 'reply rates?', 'open rates?', 'no-shows', 'spoilage',
    'turnover', 'overhead', 'downtime', 'inventory', 'repeat purchases', 'hiring time', 'time-to-hire', 'content output', 'ad spend',
    'commissions?', 'fees', 'turnaround', 'expenses', 'bills?', 'waste', 'errors', 'admin', 'paperwork', 'tickets', 'wait times?', 'response times?', 'sales cycles?',
    'donations', 'donors', 'reviews', 'applicants', 'candidates', 'hires', 'deals', 'orders', 'basket size', 'aov', 'ltv', 'cac', 'cpa', 'cpl', 'cpc', 'visibility', 'reach',
    'impressions', 'subscribers', 'signups', 'demos', 'calls', 'appointments', 'patients', 'students', 'enrol?ments', 'occupancy', 'utili[sz]ation', 'yield', 'uptime',
    'audits?', 'compliance', 'risk', 'fraud', 'chargebacks', 'returns', 'refunds', 'payroll', 'taxes', 'tax bill', 'invoices', 'receivables', 'collections', 'payments',
  ],
  // A measure attached to a promise: "by 30%", "in half", "10 hours a week".
  measure: [
    'by (?:up to |over |about |around |more than )?[$€£₹]?\\d[\\d,.]*\\+? ?(?:%|percent|x|k|m)?', 'in half', '\\d+ ?(?:%|x)',
    '(?:about |over |up to )?\\d+\\+? hours (?:a|per|every) (?:week|month|day)', 'in (?:under )?\\d+ (?:days|weeks|months)',
    '\\d+x (?:faster|more|better|cheaper|the)', 'from [\\p{L}\\p{N} ]{1,20} to [\\p{L}\\p{N}]+ (?:hours|days|minutes)',
    'by (?:about |roughly |nearly |almost |over |more than )?(?:a |one[- ])?(?:third|quarter|half|fifth)', 'by (?:two|three|four|five|ten)[- ]?(?:fold|times)', '(?:two|three|four|five|ten)[- ]?fold',
    'from (?:days|weeks|months|hours) (?:down )?to (?:minutes|hours|days|seconds|weeks)',
    // "around 12 billable hours per associate each week".
    '(?:about |around |roughly |over |up to )?\\d+\\+? (?:[\\p{L}-]+ )?hours (?:a|per|every|each) (?:[\\p{L}-]+ (?:a|per|every|each) )?(?:week|month|day|year|[\\p{L}-]+)', 'in (?:days|weeks|minutes|hours),? not (?:weeks|months|days|hours|years)',
  ],
  // A promised delivery time: "within 21 days", "in under a week".
  deadline: ['within (?:\\d+|a few|two|three|four|six) (?:days|weeks|months)', 'in (?:under |less than )?(?:a|one|two|three|\\d+) (?:days?|weeks?|months?)'],
  // Before a result verb: the writer is not "I" ("I reduced churn by 20%" is a CV line, not a pitch).
  // Checked behind the verb, with bounded spaces: a lookbehind first in a pattern runs at every position.
  notMine: ["(?<!(?:^|[^\\p{L}'])I\\s{1,3}(?:[\\p{L}-]+\\s{1,3})?[\\p{L}-]+)"],
  // A company quoting what it does for its customers.
  weResult: ["(?:we|we've|we have|our (?:[\\p{L}-]+ ){0,3}?{offering}|our [\\p{L}-]+) (?:can |will |has |have |already |typically |usually |consistently )*{outcomeVerb}"],
  // What a video or recording shows when it is a keepsake, not a demo: people or an occasion ("a short video of the kids",
  // "a recording from the graduation"). A product walkthrough is "a video of our dashboard" and stays a pitch.
  memento: [
    "(?:the |our |my |your |that |this )?(?:[\\p{L}\\p{N}'-]+ ){0,2}?(?:kids|children|students|pupils|class|choir|band|players|girls|boys|team|families|volunteers|ceremony|graduation|concert|performance|recital|match|game|race|wedding|party|celebration|opening|unveiling|visit|festival|batizado|service|parade|show)(?![\\p{L}])",
  ],
  // Who offers a service: the writer or the writer's business.
  seller: ['I', 'we', '(?:our|my) (?:[\\p{L}\\p{N}-]+ ){0,2}?{offering}'],
  // People who sell a service to individuals or small businesses (not recruiters: they offer roles).
  provider: [
    'bookkeeper', 'accountant', 'designer', 'web designer', 'developer', 'consultant', 'coach', 'copywriter', 'ghostwriter', 'photographer',
    'marketer', 'financial advisor', 'financial adviser', 'fractional cfo', 'fractional cmo', 'virtual assistant', 'va', 'seo specialist',
    'seo expert', 'freelancer', 'mortgage broker', 'insurance agent', 'wealth manager', 'videographer', 'editor', 'tax preparer',
  ],
  // What services people sell in cold messages.
  service: [
    '(?:web |graphic |logo |ux |ui |brand |product |interior )?design', 'bookkeeping', 'accounting', 'tax (?:filing|preparation)', 'payroll', 'seo',
    'copywriting', '(?:digital |social media |content |email |performance )?marketing', 'lead generation', 'consulting', 'coaching',
    '(?:web |app |software |website |mobile app )?development', 'video editing', 'editing', 'recruiting', 'recruitment', 'staffing',
    'outsourcing', 'virtual assistan(?:ce|ts?)', 'it support', 'translation', 'photography', 'branding', 'ghostwriting', 'ppc', 'advertising',
    'cleaning', 'training', 'data entry', 'automation', '(?:outsourced |fractional )[\\p{L}-]+', 'hr', 'legal (?:services|support)', 'compliance', 'cyber ?security',
    'penetration testing', 'pen[- ]?testing', 'catering', 'fulfil?ment', 'printing', 'packaging', 'insurance', 'financing', 'leasing', 'devops', 'qa', 'testing',
    'analytics', 'pr', 'public relations', 'event planning', 'hosting', 'maintenance', 'influencer marketing', 'paid (?:ads|social|search)', 'ads management',
    'link building', 'content (?:writing|creation|production)', 'video production', 'web hosting', 'cloud migration', 'managed it', 'it services', 'tax (?:advice|planning)',
  ],
  // Who the pitch is aimed at ("companies like yours").
  audience: [
    'companies', 'businesses', 'brands', 'teams', 'leaders', 'marketers', 'founders', 'owners', 'retailers', 'startups', 'agencies', 'firms',
    'professionals', 'recruiters', 'people', 'organi[sz]ations', 'stores', 'shops', 'clinics', 'practices', 'executives', 'managers',
    'clients', 'customers', 'smes', 'hospitals', 'restaurants', 'brokers', 'schools', 'carriers', 'banks', 'hotels', 'insurers', 'coaches',
    'consultants', 'creators', 'fintechs', 'retailers', 'manufacturers', 'distributors', 'lenders', 'landlords', 'sellers', 'merchants', 'dealers',
    'contact cent(?:re|er)s', 'law firms', 'accountants', 'dentists', 'physicians', 'therapists', 'realtors', 'agents', 'operators', 'shippers',
    'nonprofits', 'non-profits', 'charities', 'ngos', 'universities', 'colleges', 'councils', 'municipalities', 'publishers', 'studios', 'creators', 'artists', 'authors',
    'podcasters', 'influencers', 'farms', 'farmers', 'growers', 'wineries', 'breweries', 'gyms', 'salons', 'spas', 'vets', 'pharmacies', 'labs', 'factories', 'warehouses',
    'fleets', 'airlines', 'scale-?ups', 'enterprises', 'smbs', 'freelancers', 'solopreneurs', 'entrepreneurs', 'investors', 'vcs', 'funds', 'developers', 'engineers',
    'designers', 'cfos', 'ctos', 'ceos', 'cmos', 'cios', 'vps', 'hiring managers', 'property managers', 'builders', 'contractors', 'architects', 'venues', 'insurers',
    'carriers', 'e-?commerce brands', 'dtc brands', 'saas (?:companies|teams|founders|brands)', 'tech companies', 'practitioners', 'clinicians', 'providers', 'plants',
    'mills', 'fintechs', 'healthtechs', 'manufacturers', 'wholesalers', 'suppliers', 'vendors', 'roasters', 'exporters', 'importers', 'franchises', 'franchisees', 'cafés?', 'cafes', 'bakeries', '(?:housing )?associations', 'offices', 'talent leaders', 'controllers', 'finance teams', 'households', 'homeowners',
  ],
  // Something a buyer is invited to look at or try.
  trialWord: ['demo', 'walkthrough', 'walk-through', 'trial', 'pilot', 'audit', 'consultation', 'assessment', 'quote', 'proposal', 'one-pager', 'deck', 'brochure', 'case study', 'sample'],
};

/**
 * Families of an unsolicited pitch. `strong` families are a pitch on their own; the others only
 * with a second sign (a company that "helps businesses accept payments" is describing itself).
 */
export interface PitchFamily extends Family {
  strong: boolean;
}

// The writer as their user, showing how the writer's team uses their product ("walk you through how our clinic network
// uses it", "show you how we use your API"): the product shown is theirs, not ours. Not "how our customers use it".
const writerUsesTheirProduct =
  '(?:walk you through|show you|tell you|share) (?:how|what) (?:we|our (?!customers|clients|users|members)(?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+) (?:use|uses|used|are using|set up|run|configured) (?:it|them|your)(?![\\p{L}])';

export const families: readonly PitchFamily[] = [
  {
    name: 'valueProposition',
    means: 'says what your product does for people like them',
    strong: false,
    patterns: [
      // "We've helped logistics firms cut…", "Our platform lets teams automate…": the span ends before the result verb.
      // (The lookahead holds the space: a match must end on a word.)
      '{weSubject} (?:already |successfully |recently |now |has |have )*{helpVerb} (?:[\\p{L}\\p{N}&+-]+ ){0,3}?[\\p{L}\\p{N}&+-]+(?= (?:to )?{outcomeVerb}\\b)',
      '{weSubject} (?:help|helped|have helped|work with|partner with|serve) (?:[\\p{L}\\p{N}&-]+ ){0,3}?{audience}',
      '(?:we|I) speciali[sz]e in', '(?:our|my) (?:[\\p{L}-]+ ){0,2}?(?:firm|agency|company|practice|studio|consultancy|business|shop|clinic) speciali[sz]es in', '(?:our|my) (?:[\\p{L}-]+ ){0,3}?{offering} {helpVerb}',
      'our (?:[\\p{L}-]+ ){0,2}?(?:agency|firm|startup|company) (?:places|builds|delivers|provides|offers|runs|handles)',
      // "We're a small studio that builds…", "I've built an assistant that answers…", "I run a bookkeeping practice".
      "(?:we|I)(?:'re| are|'m| am) an? (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:agency|studio|consultancy|firm|startup|company|platform|shop|collective|practice|provider|vendor|partner|freelancer) (?:that|which|who) (?:[\\p{L}-]+s|help|work with|speciali[sz]e)",
      "(?:we've|we have|I've|I have|we|I) (?:just |recently )?(?:built|launched|created|developed|designed) (?:an? |the )?(?:[\\p{L}\\p{N}-]+ ){0,3}?{offering} (?:that|which|to|for)",
      '(?:I|we) (?:run|own|have) an? (?:[\\p{L}-]+ ){0,2}?{service} (?:practice|agency|firm|studio|business|company|shop|consultancy)',
      "(?:we|I|we've|I've) (?:just )?(?:built|launched|created|developed|made) [\\p{L}\\p{N}]+,? (?:which|that)", "(?:we're|we are) (?:the team|the people|the company) behind",
      // "Most finance teams we work with…", "…until they switched to Ledgerly", "We fix that."
      '{audience} (?:we|I) (?:work|partner) with', '(?:until|after|since|once|when) (?:they|teams|clients|customers|companies) (?:switched|moved|migrated|came over) to',
      // The customer as the subject: "mid-sized law firms work with us to…", "logistics companies hand us their audits".
      '{audience} (?:in [\\p{L}-]+ (?:and [\\p{L}-]+ )?)?(?:work|partner|team up) with us', '{audience} (?:[\\p{L}-]+ ){0,4}?(?:hand|give|send|outsource|entrust) us (?:with )?their',
      // "we've uncovered gaps at three companies similar to yours".
      '(?:at|for|with) (?:\\d+|two|three|four|five|several|many|dozens of|hundreds of) (?:[\\p{L}-]+ )?(?:firms|companies|businesses|teams|brands|clinics|schools|practices|stores|agencies) (?:similar to|like) yours',
      '(?:we|I|our [\\p{L}-]+) (?:can |will |could |help )?(?:fix|fixes|solve|solves|handle|handles|sort|sorts|eliminate|eliminates|automate|automates) (?:that|this|exactly that|it|both|all of (?:that|this)|the problem)(?: for (?:you|a living|clients|companies like yours))?(?= *[.!;,]| *$)',
      '(?:I|we) [\\p{L}]+ (?:[\\p{L}-]+ ){0,2}?(?:this|that|it|these|those|[\\p{L}-]+s) for a living',
      // "our compliance autopilot handles most of it".
      '(?:our|my) (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+ (?:can |will |could )?(?:handles?|does|automates?|takes care of|covers) (?:most|all|the rest|much|\\d+ ?%) of (?:it|that|this|them|the (?:[\\p{L}-]+ )?work)',
      // A turnaround promised: "usually in under a week".
      '(?:usually|typically|normally|often|all) (?:with)?in (?:under |less than )?(?:a|one|two|three|\\d+) (?:days?|weeks?|hours?)(?= *[.!,;]| *$)',
      "(?:I|we) (?:design|build|write|create|make|produce|shoot|edit|develop) (?:[\\p{L}-]+ ){0,3}?(?:that|which) (?:actually |really )?(?:{outcomeVerb}|raise|sell|convert|rank|get|win)",
      "(?:we're|we are) an? (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:agency|studio|consultancy|collective|firm)(?= (?:and|from|in|based|that|who|,))",
      "(?:we've|we have|I've|I have) (?:just )?(?:done|finished|completed|delivered|built) (?:it |this |that |\\d+ (?:[\\p{L}-]+ )?)?for \\p{L}[\\p{L}\\p{N}&.-]*",
      // "we built Calmly, a daily check-in app for startup teams", "I'd love to create custom artwork for your next cover".
      "(?:we|I|we've|I've) (?:just )?(?:built|launched|created|developed|made) \\p{L}[\\p{L}\\p{N}]*,? an? (?:[\\p{L}\\p{N}-]+ ){0,4}?{offering} (?:for|that|which)",
      "(?:I'd|I would|we'd|we would) love to (?:create|design|build|shoot|edit|redesign|produce|illustrate|manage|handle|take care of|photograph|film) (?:[\\p{L}-]+ ){0,3}?for your",
      // "we've designed a simple way for gyms to fill classes", "We install enterprise mesh networks".
      "(?:we've|we have|I've|I have|we|I) (?:just )?(?:designed|built|created|developed|found|come up with|figured out) (?:a |an )?(?:[\\p{L}-]+ ){0,2}?(?:way|method|system|process|approach) (?:for|to|that)",
      '(?:we|I) (?:install|supply|fit|repair|sell|distribute|manufacture|import|resell|lease|rent out)(?! (?:it|this|that|them|myself|ourselves)\\b)',
      // "We've found gaps at three similar firms this month".
      '(?:at|for|with) (?:\\d+|two|three|four|five|several|many|dozens of|hundreds of) (?:other |similar )+(?:firms|companies|businesses|teams|brands|clinics|schools|practices|stores|agencies)',
      // A freelancer's readiness to take work on: "I am ready to work on specialised texts" (weak: with a second sign, or
      // right after they accepted, it is an offer of services).
      "(?:I'm|I am|we're|we are) (?:ready|available|happy|glad|keen|able) to (?:work on|take on|handle|start on) (?:new |your |any |more )?(?:[\\p{L}-]+ ){0,2}?(?:projects|texts|tasks|orders|assignments|translations|jobs|briefs|clients)(?![\\p{L}])",
    ],
    // An employer named in passing: "I'm a PM at Stripe, where we help businesses…".
    quiet: ['(?:help|helps|helped) (?:me|us) (?:to )?\\S+', 'helps? you (?:to )?(?:decide|choose|understand|think)', '(?:where|at which) (?:we|I)',
      // A line of one's CV: "at my last job I helped the sales team…".
      'I (?:helped|enabled|supported|assisted|empowered)'],
  },
  {
    name: 'aimedAtThem',
    means: 'aims your product at them or their company',
    strong: true,
    patterns: [
      // "companies like yours"; "leaders like you" only where something is offered to them ("Managers like you are why…" is not a pitch).
      '(?:people|staff|\\p{L}[\\p{L}-]{0,40}s) like yours',
      '(?:help|helps|helped|helping|for|serve|serving|support|supporting|work with) (?:[\\p{L}-]+ ){0,2}?{audience} like you',
      '(?:see|show you|learn) how (?:I|we) (?:can|could) help',
      "(?:I'd|I would) love to be on your (?:vendor )?(?:list|radar|roster)",
      "(?:we|I|our [\\p{L}-]+) (?:can|could|would|'d|will) (?:definitely |really )?help (?:you|your (?:team|company|business|brand|store|firm)|\\p{Lu}[\\p{L}&-]*'s)(?! (?:with (?:anything|that)|out)\\b)",
      "(?:I'd|I would) love to show you (?:how|what) (?:we|our|I)",
      // "teams your size", "the kind of team we love working with", "we'd love to help you ship faster".
      '(?:{audience}|teams|companies) (?:of )?your size', 'the (?:kind|type|sort) of (?:[\\p{L}-]+ )?(?:team|company|business|brand|firm|client|customer)s? (?:that )?(?:we|I) (?:love )?(?:work|working|partner|partnering) with',
      "(?:love|like|happy|glad) to help (?:you|your (?:team|company|business|brand|store|firm|practice)) {outcomeVerb}",
      '(?:are you|you) looking for (?:an? )?(?:reliable |good |trusted |affordable |experienced |new )?{provider}',
      '(?:a great|the perfect|a perfect|an ideal) fit for (?:our|my) (?:solution|product|platform|service|services|offering|tool)',
    ],
    quiet: ['anything (?:else )?(?:I|we) can (?:do|help)', '(?:how|what) can (?:I|we) help', 'help you with(?: anything| that| this)?(?= *[?.!]|$)', 'help you (?:out|decide|think)',
      // "Companies like yours" as the subject of a question about how they work, asked to learn, not to sell: "a call
      // about how small studios like yours bring on students", "curious what firms like yours look for".
      '(?:about|ask(?: you)?|asking(?: you)?|curious|wondering|wonder|questions? on|understand) (?:how|what|whether|why|when|where) (?:[\\p{L}-]+ ){0,2}?(?:people|staff|\\p{L}[\\p{L}-]{0,40}s) like yours'],
  },
  {
    name: 'offersServices',
    means: 'offers your services to someone who did not ask',
    strong: true,
    patterns: [
      '(?:I|we) (?:offer|provide|deliver|do) (?:professional |affordable |expert |high-quality |top-notch |full-service )?{service}',
      '{seller} (?:offers?|provides?|delivers?|speciali[sz]es in) (?:[\\p{L}-]+ ){0,2}?{service}(?= (?:for|to|in|across)\\b| *[,.;!]| *$)',
      "(?:take|takes|get|gets|taking) (?:[\\p{L}-]+ ){0,3}?off (?:your|their|an?|the|[\\p{L}]+'s) (?:[\\p{L}'-]+ )?(?:plates?|hands)",
      '(?:we|I) speciali[sz]e in (?:[\\p{L}-]+ ){1,4}?for (?:[\\p{L}-]+ ){0,2}?{audience}', '(?:we|I) (?:deliver|ship) (?:[\\p{L}-]+ ){0,2}?to {audience}',
      '(?:I|we) (?:offer|provide) (?:[\\p{L}-]+ ){0,2}?(?:services|solutions|packages)',
      '(?:my|our) (?:[\\p{L}-]+ ){0,2}?services',
      'take your (?:[\\p{L}-]+ ){0,2}?to the next level',
      "(?:I'm|I am) a (?:freelance|certified|professional|experienced) (?:[\\p{L}-]+ ){0,2}?(?:offering|available for|who helps)",
      'available for (?:freelance|new) (?:projects|clients|work)', 
      // A freelancer's offer to take on their work: "happy to collaborate with you on any upcoming projects",
      // "I can send you my CV and rates" (rates beside a CV are a price list).
      '(?:happy|glad|delighted|pleased|keen|ready|available|eager) to (?:collaborate|cooperate|work|partner) (?:with you )?on (?:(?:any|all|your|future|upcoming|new|some|of your) )+(?:[\\p{L}-]+ )?(?:projects|assignments|campaigns|jobs|briefs)',
      '(?:send|share|attach|forward) (?:you )?(?:over )?my (?:cv|resume|résumé|portfolio|samples)(?:,| and) (?:my )?(?:rates|prices|fees|rate card|price list)',
      '(?:we|I) speciali[sz]e in (?:helping|working with|serving)',
      // A freelancer's own offer: "I help coaches land 10 new clients", "I'm a bookkeeper for restaurants".
      "I (?:help|work with) (?:[\\p{L}\\p{N}-]+ ){0,2}?{audience}(?: (?:and|&) (?:[\\p{L}-]+ ){0,1}?{audience})? (?:to )?(?:{outcomeVerb}|\\d+x|get|land|build|find|plan|make)",
      "(?:I'm|I am) an? (?:[\\p{L}-]+ ){0,2}?{provider} (?:for|helping|who helps|working with|serving)",
      "{seller} (?:can|could|will|'ll) (?:bring|get|have|fix|redesign|rank|make|build|deliver|expand|boost|grow|manage|handle|run|take care of|take over|look after|design|write|create|produce|set up|migrate|automate|audit|clean|edit|shoot|place|fill|staff|source|onboard|optimi[sz]e|moderni[sz]e|revamp|refresh|translate|outsource|scale) (?:all (?:of )?|the whole of )?your",
      '(?:I|we) can (?:fix|redesign|rebuild|do) (?:it|them|that|everything)(?= (?:in|for|at|with|by)\\b)',
      // The same offer in the passive: "your books can be reconciled by month end with my help".
      'your (?:[\\p{L}-]+ ){1,3}?(?:can|could|will) be [\\p{L}]+ed (?:[\\p{L}\\p{N}-]+ ){0,6}?(?:with (?:my|our) help|by (?:me|us))(?![\\p{L}])',
      '(?:I|we|{offering} (?:that|which|who)) (?:ghostwrites?|designs?|redesigns?|builds?|rebuilds?|does|do|makes?|shoots?|edits?|writes?|manages?|runs?|creates?|produces?|develops?|automates?|handles?|translates?|generates?|audits?|repairs?|installs?|sources?|maintains?) (?:[\\p{L}\\p{N}-]+ ){0,3}?for (?:[\\p{L}-]+ ){0,2}?{audience}',
      // A promised delivery: "our recruiters can place senior engineers within 21 days".
      "(?:we|our (?:[\\p{L}-]+ ){0,2}?{offering}) (?:can|could|will|'ll) (?:{outcomeVerb}|place|deliver|build|set up|launch) (?:[\\p{L}\\p{N}&-]+ ){0,5}?{deadline}",
      'introduce (?:our|my) (?:company|firm|agency|services|product|solution|platform)',
      // The offer to show what the product does: "let me share how my coaching program transforms executives", "show you how our tool cuts…".
      '(?:show|share with|share|tell|walk) (?:you )?(?:through )?how (?:my|our) (?:[\\p{L}\\p{N}-]+ ){0,3}?{offering} (?:can |will |could |would )?(?!(?:works|does|is|looks|runs)(?![\\p{L}]))[\\p{L}]+s(?![\\p{L}])',
      // A ranking promised: "we can get u to #1 on Google", "I'll put your site on page one of Google".
      "(?:we|I|our (?:[\\p{L}\\p{N}-]+ ){0,2}?{offering})(?: can| could| will|'ll| will be able to| can easily) (?:get|take|put|bring) (?:you |u |your (?:[\\p{L}-]+ ){0,2}?)(?:to |on |onto )?(?:#1|number one|no\\.? ?1|page one|the first page|the top)(?: (?:on|of|in) google)?",
      'propose a (?:strategic )?(?:alliance|partnership) between',
      '(?:submit|send) (?:you )?(?:a|our) proposal',
      // Not a place on their team: "do you need an extra pair of hands on your marketing team?" is a job ask.
      '(?:if you )?(?:ever )?need (?:extra hands|an extra pair of hands)(?! (?:on|in|at) your (?:[\\p{L}-]+ ){0,2}?team)',
    ],
    quiet: [
      writerUsesTheirProduct,
      'services (?:team|group|division|practice|department|industry|sector)',
      '(?:get|have|hear|take|make) your (?:advice|views?|thoughts|opinion|feedback|take|input|perspective|insights?|help|attention|time|guidance|permission|blessing|back|acquaintance|day)',
    ],
  },
  {
    name: 'promisedOutcome',
    means: 'promises them a business result',
    strong: true,
    patterns: [
      '{outcomeVerb}(?<!(?:you|they|he|she|I|we)\\s{1,3}(?:[\\p{L}-]+\\s{1,3})?[\\p{L}-]+) (?:your|you) (?:[\\p{L}-]+ ){0,2}?{businessResult}',
      "(?:we|I) (?:can|could|will|'ll) {outcomeVerb} (?:them|it|that|those|your [\\p{L}-]+) (?:\\S+ )?{measure}",
      'save (?:you|your (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:hours|time|money|days|admin|effort|headaches|hassle|paperwork)',
      "get (?:that|the|this) time back",
      // "can add 10k followers to your brand's Instagram", "gives each associate back 12 hours a week".
      '(?:add|bring|deliver|drive|send) (?:you )?(?:\\d[\\d,.]*k?\\+?|more|extra|hundreds of|thousands of) (?:new |more |extra |qualified |real )?{businessResult} (?:to|for|into) your',
      '(?:give|gives|giving) (?:each |every |your )?(?:[\\p{L}-]+ ){1,2}?back (?:about |around |up to |over |roughly )?\\d+',
      "(?:I|we)(?:'ll| will| can| could) {outcomeVerb} (?:you|your (?:[\\p{L}-]+ )?(?:team|company|business|store|shop|clinic|firm|practice)) (?:\\d[\\d,]*\\+? |more |extra )(?:[\\p{L}-]+ ){0,2}?{businessResult}",
      "or you don't pay", "no (?:results|leads|sales),? no (?:fee|pay|charge)", 'money[- ]back guarantee',
      '(?:how|see how) (?:we|our [\\p{L}-]+) {outcomeVerb} (?:[\\p{L}\\p{N}&-]+ ){0,3}?{measure}',
      // A case study offered to a stranger: "I'd like to share how we automated PAYE filings for…".
      '(?:share|show you|explain|tell you) how (?:we|our [\\p{L}-]+) (?:[\\p{L}-]+ed|{outcomeVerb}) (?:[\\p{L}\\p{N}&-]+ ){0,5}?for',
      "(?:we|I) can {outcomeVerb} (?:[\\p{L}\\p{N}&-]+ ){0,3}?{measure}",
      '{audience} see (?:a |an )?\\d+ ?% (?:better|more|fewer|higher|lower|faster|increase|lift|drop)',
      '(?:our|my) (?:clients|customers|users|members) (?:typically |usually |often |on average |consistently )?(?:see|get|achieve|save|report|average|{outcomeVerb})',
      // The product as the subject: "our software lets clinics automate intake" ("our team helps…" describes a team).
      '(?:our|my) (?:[\\p{L}-]+ ){0,3}?{commercialOffering} (?:already |now |also )?(?:lets|allows|enables|helps|empowers|makes it easy for|makes it easier for|gives|saves) (?:[\\p{L}\\p{N}&-]+ ){0,3}?(?:{audience}|you|your)',
      'our (?:[\\p{L}-]+ ){0,3}?{offering} (?:[\\p{L}\\p{N}-]+ ){0,5}?\\d+(?:x|%) (?:faster|more|better|cheaper|higher|lower|fewer|less)',
      // The product doing a measured result, with no buyer named: "our platform cuts lead-scoring time by 40%".
      '(?:our|my) (?:[\\p{L}-]+ ){0,3}?{commercialOffering} (?:can |will |typically |usually |consistently |already )*{outcomeVerb} (?:[\\p{L}\\p{N}&-]+ ){1,4}?{measure}',
      '{outcomeVerb} (?:[\\p{L}\\p{N}&%-]+ ){0,8}?with our (?:[\\p{L}-]+ ){0,2}?{offering}',
      '(?:give|giving|gives) (?:you|your (?:[\\p{L}-]+ ){0,2}?) back', '(?:if I|if we) could show you (?:a way|how)',
      '(?:our|my) (?:[\\p{L}-]+ ){0,2}?{offering} (?:[\\p{L}-]+s) (?:that|it|this|them) (?:up )?{deadline}',
      // "We save finance teams 10 hours a month", "We've cut spoilage by 22% for three clients": results sold to buyers.
      '{weResult} (?:[\\p{L}\\p{N}&-]+ ){0,3}?{audience} (?:[\\p{L}\\p{N}&-]+ ){0,3}?{measure}',
      '{weResult} (?:[\\p{L}\\p{N}&-]+ ){0,3}?{measure} for (?:[\\p{L}\\p{N}&-]+ ){0,3}?{audience}',
      // "our studio turns dull decks into ones that get meetings", "at half the cost of local hires".
      '(?:we|our (?:[\\p{L}-]+ ){0,2}?{offering}) (?:turn|turns|transform|transforms|convert|converts) (?:[\\p{L}\\p{N}&-]+ ){0,4}?into',
      '(?:at|for) (?:half|a third|a quarter|a fraction|half or less|less than half) (?:of )?(?:the|what) (?:cost|price|you(?:\'re| are)? pay(?:ing)?)',
      // "at a fraction of agency rates"; "a pharmacy chain used our loyalty app to lift repeat visits".
      '(?:at|for) a fraction of (?:the )?(?:[\\p{L}-]+ ){0,2}?(?:costs?|prices?|rates?|fees?)',
      '(?:used|uses|using|with|via|through|on) our (?:[\\p{L}-]+ ){0,2}?{offering} to {outcomeVerb}',
      // "Our reminder service gets that under 4%", "what if your SDRs could book twice as many meetings".
      '(?:our|my) (?:[\\p{L}-]+ ){0,2}?{offering} (?:gets|brings|takes|pushes|drives|cuts|knocks) (?:that|it|this|them|those|the number|the rate) (?:down |up )?(?:to )?(?:under|below|to|above|over|past) [$€£]?\\d',
      // "our procurement tool would slash your approval times in half".
      '{outcomeVerb}(?<=(?:our|my) (?:[\\p{L}-]+ ){0,3}?{commercialOffering} (?:would|could|will|can|should) (?:easily |probably |likely |definitely |quickly )?[\\p{L}]+(?: up)?) (?:your|you)',
      // "we cut carrier invoice errors by 38% for a 3PL about your size".
      '{weResult} (?:[\\p{L}\\p{N}&-]+ ){0,4}?{measure} for (?:an?|one|another|a similar) [\\p{L}\\p{N}&-]+',
      "what if your (?:[\\p{L}-]+ ){0,2}?(?:team|teams|reps|SDRs|BDRs|sales team|staff|agents|recruiters|marketers|engineers|clinic|store|shop) could (?:[\\p{L}-]+ ){0,2}?(?:twice|double|triple|half|\\d+ ?(?:%|x)|more|faster)",
    ],
    // A courtesy that fronts the writer's own sentence ("To save you time, here is…", "Just to save you a search, the form is…",
    // "To save your people time, I've put the cash flow in a folder") promises no result of a product.
    quiet: ['(?:^|(?<=[.!?:;]\\s{1,3})|(?<=\\n))(?:[Jj]ust |[Aa]nd )?[Tt]o save (?:you|your (?:[\\p{L}-]+ )?[\\p{L}-]+) (?:some |a bit of |a little )?(?:time|the trouble|a search|the search|digging|a step|a trip|a journey),'],
  },
  {
    name: 'claimedResults',
    means: 'claims results you got for others',
    strong: false,
    patterns: [
      // Not your own results as an employee: "I cut forecast error by 20%".
      '{outcomeVerb}{notMine} (?:their |its )?(?:[\\p{L}-]+ ){0,2}?{businessResult} (?:\\S+ ){0,2}?{measure}',
      '(?:boost|grow|double|triple|increase|10x|skyrocket|scale|lift) (?:their|its) (?:[\\p{L}-]+ ){0,2}?{businessResult}',
      // Any quantity cut or grown: "cut loan processing time by 40%".
      '{outcomeVerb}{notMine} (?:[\\p{L}\\p{N}-]+ ){1,3}?{measure}',
      "(?:we've|we have|I've|I have) (?:worked|partnered) with (?:[\\p{L}-]+ )?(?:{audience}) (?:like|such as|including)",
      '(?:save|saves|saved|cut|cuts|reduce|reduces|reduced|lower|lowers){notMine} (?:\\S+ ){0,2}?(?:\\d+\\+? hours|\\d+ ?%|costs|churn)',
      '(?:save|saves|saved|cut|cuts) (?:[\\p{L}-]+ ){0,2}?(?:teams?|companies|clients|customers|owners) (?:about |over |up to )?\\d+\\+? hours',
      '(?:it|that|this) in (?:a|one|\\d+) (?:day|week|month)(?<=(?:{outcomeVerb})\\s{1,3}(?:it|that|this)\\s{1,3}in\\s{1,3}[\\p{L}\\p{N}]+\\s{1,3}[\\p{L}]+)',
      '(?:cutting|reducing|lowering|slashing|trimming|boosting|growing|increasing|doubling|tripling) (?:your |their )?(?:[\\p{L}-]+ ){0,2}?{businessResult}',
      // "we've put 200+ dental clinics on autopilot", "40 founders funded so far", "generated over $40M in revenue".
      "(?:we've|we have|we|I've|I have) (?:already |now )?[\\p{L}]+(?:ed|ut|un|ot|elped) (?:over |more than |nearly |almost |about )?\\d[\\d,]*\\+? (?:[\\p{L}-]+ ){0,2}?{audience}",
      '\\d[\\d,]*\\+? (?:[\\p{L}-]+ )?{audience} (?:funded|hired|placed|launched|served|helped|onboarded|signed)(?= so far| this year| last year| to date| *[.!,])',
      '{outcomeVerb}{notMine} (?:over |more than |nearly |almost |about )?[$€£₹]\\d[\\d,.]*\\+? ?[kmb]? (?:in |of )?(?:[\\p{L}-]+ )?{businessResult}',
      "(?:that's|that is|it's|which is) our (?:average|typical result|track record|benchmark)",
      // "we usually claw back 2-4% of what they spend", "our platform lifts retail conversion by 35%".
      '{weResult} (?:up to |about |around |roughly |over |an average of )?\\d+(?:[.,]\\d+)?(?: ?[-–] ?\\d+(?:[.,]\\d+)?)? ?% of',
      '{weResult} (?:[\\p{L}-]+ ){0,2}?{businessResult} {measure}',
      // "We've rolled out our app at 70 logistics companies", "sick days fell by about a fifth", "the checklist our customers use to…".
      "(?:we've|we have|we) (?:already |now )?(?:rolled out|deployed|installed|implemented|set up|launched|introduced) (?:(?:our|the|it|this|them) )?(?:[\\p{L}-]+ ){0,2}?(?:at|in|for|with|across|to) (?:over |more than |nearly |almost |about )?\\d[\\d,]*\\+? (?:[\\p{L}-]+ ){0,2}?{audience}",
      '(?:fell|dropped|rose|jumped|climbed|went (?:up|down)|came down|shrank|decreased|grew) by (?:about |around |roughly |nearly |almost |over |more than )?(?:\\d[\\d.,]*\\s?%|a (?:third|quarter|half|fifth)|half)',
      '(?:our|my) (?:customers|clients|users|members) (?:use|used|rely on|swear by) (?:it |this |them )?to',
    ],
    // The topic of something of theirs, not a result of ours: "your talk at the NRA Show on cutting food waste".
    quiet: ['(?:talk|post|article|session|piece|paper|panel|workshop|webinar|keynote|presentation|write-?up|thread|podcast|episode|study|book|chapter|newsletter|column) (?:[^.!?\\n]{0,40} )?(?:on|about|around|regarding) (?:cutting|reducing|lowering|slashing|trimming|boosting|growing|increasing|doubling|tripling|saving) (?:[\\p{L}\\p{N}&-]+ ){0,3}[\\p{L}\\p{N}&-]+'],
  },
  {
    name: 'callToBuy',
    means: 'asks them to buy, try or see your product',
    strong: true,
    patterns: [
      "(?:book|schedule|set up|arrange|get|give you|show you|hop on|jump on|for|open to|do) (?:a |an |our )?(?:quick |short |free |live |personali[sz]ed |\\d+[- ]min(?:ute)? )?(?:demo|walkthrough|walk-through)",
      'demo (?:next|this|on) \\S+', '(?:demo|walkthrough|walk-through|tour) of (?:our|my)', 'walk you through (?:our|my)',
      'send (?:over|you) (?:a|our|my) (?:proposal|quote|price list|rate card)', '\\d+[- ]?min(?:ute)?s? (?:\\S+ ){0,3}?(?:demo|walkthrough|walk-through)',
      '\\d+ minutes to (?:show|walk) you (?:through )?(?:how|what) (?:we|our|I|my)',
      // "grab 15 minutes on your calendar to show you how?".
      // Not "walk you through it": founders walk investors through their round.
      '\\d+ (?:minutes|mins?) (?:[\\p{L}-]+ ){0,4}?to show you(?: (?:how|what|around))?(?= *[?.!,]| *$)',
      '(?:send|share|show) (?:you |over )?(?:a few |some |our |my )?(?:before-and-afters?|before and afters?|samples of (?:our|my) work|testimonials|client results)', 'show you (?:how|what) (?:we|our|my|I)',
      'walk you through (?:how|what) (?:we|our)', '\\d+[- ]?min(?:ute)? (?:look|demo|walkthrough|tour)',
      "show you (?:the|our) (?:new )?(?:[\\p{L}-]+ )?(?:dashboard|platform|product|tool|demo|app|sensors?|solution)",
      '(?:the|our|a) (?:[\\p{L}-]+ )?(?:brochure|price list|rate card|media kit|sales deck)', 'price list',
      '(?:for|at) (?:a |just |only )?(?:flat |fixed |one-off |one-time |total |single )?[$€£₹]\\d[\\d,.]*(?: flat)?', // A price, not a salary: "at $14/hour per engineer", not "paying $45/hour".
      // A unit price: "at $14/hour per engineer", "only $75 a ticket", "from £20 per seat".
      '(?:at|for|only|just|from) [$€£₹]\\d[\\d,.]*(?:/| per | an | a )(?:hour|month|day|night|week|room|visit|session|class|lesson|load|pallet|mile|acre|kg|unit|engineer|head|ticket|seat|person|attendee|user|licen[cs]e)',
      '(?:very )?(?:affordable|competitive|discounted|special) (?:cost|costs|price|prices|pricing|rates?|assessment|package)',
      '(?:registration|early[- ]bird) (?:fee|discount|pricing|price|rate)', '(?:fee|fees) (?:only )?(?:on|upon) (?:hire|placement)', 'no fees? until you hire',
      'affiliate (?:deal|program|programme|partnership)', 'revenue share', 'sponsored (?:post|placement|issue)',
      '(?:offer|offering) (?:you |\\p{Lu}[\\p{L}-]* ){0,2}?an? (?:free|discounted|complimentary)',
      'free (?:[\\p{L}\\p{N}-]+ )?(?:trial|audit|consultation|assessment|pilot|strategy (?:call|session)|demo|quote|video|report|sample|review|analysis|evaluation|valuation|check-?up)',
      // Their sign-up done for them: "Want me to set up your free profile?" (not "I'm on a free account").
      '(?:set up|setup|create|open|activate|claim|start) (?:your|you an?|you up with an?) (?:own )?free (?:account|profile|membership|listing|plan|trial|page)',
      // Our work on what they own, at no charge: "I'd be happy to review your business policy for free".
      '(?:review|audit|check|assess|analy[sz]e|look over|go over|evaluate|quote|value) your (?:[\\p{L}\\p{N}-]+ ){0,3}?for free',
      // Counted freebies: "3 free brand audits" (not "your point on free trials").
      '(?:\\d+|two|three|four|five|ten|a few) free (?:[\\p{L}-]+ )?(?:trials|audits|consultations|assessments|pilots|strategy (?:calls|sessions)|demos|quotes|reports|samples)', 'try (?:it|us|our [\\p{L}-]+) (?:for )?free',
      '(?:free|risk-free) for \\d+ days', '\\d+ ?% off', '(?:\\d+ ?%|percent) discount', 'discount(?:ed)? (?:on|for|code|pricing)',
      // Not "my deck": founders send decks to investors.
      '(?:send|share|attach|attached|attaching|sending|sharing) (?:you |over )?(?:our|my) (?:pricing|price list|rates|rate card|proposal|brochure)',
      '(?:our|my) (?:pricing|price list|rate card|packages start)', 'send over (?:our )?pricing', '(?:agency|placement|setup|our) fee',
      '(?:pilot|piloting|trial|trialling|trialing|test|testing|try|trying|see|check out) our (?:[\\p{L}\\p{N}-]+ ){0,2}?{offering}',
      '(?:one-pager|deck|brochure|case study|overview|proposal) (?:on|about|of) our',
      'hop on a (?:quick )?call about your (?:[\\p{L}-]+ ){0,2}?{businessResult}',
      'sign up (?:today|now|here|for free)', 'limited[- ]time offer', 'special offer',
      '(?:the|our|this|my) (?:[\\p{L}-]+ )?offer (?:is )?(?:still )?(?:open|valid|stands|expires|ends)',
      '(?:send|share|show) (?:you )?(?:a |an |our |the )?(?:short |quick |brief |relevant |\\d+-(?:page|slide|minute) )?(?:case stud(?:y|ies)|one-pager|overview|loom|video|breakdown) (?:on|of|about|showing) (?:how )?(?:we|our)',
      'how we did (?:this|it|that|the same) for', 'at no (?:cost|charge)', 'free of charge',
      // The seller's terms, tied to what is sold: "a no-obligation assessment", "no obligation to buy" (not "there is no
      // obligation of any kind" reassuring someone asked for a loan, an interview or their letters).
      'no[- ]obligation(?= (?:[\\p{L}-]+ )?(?:quotes?|trials?|assessments?|audits?|consultations?|demos?|calls?|chats?|reviews?|offers?|estimates?|valuations?|proposals?|pilots?|samples?|to (?:buy|purchase|sign|commit|subscribe|continue|order))(?![\\p{L}]))|no[- ]obligation(?= *[,.!]? *(?:just|simply)\\b)',
      '(?:a |one )?(?:flat|fixed|low|simple) (?:monthly |weekly |annual |yearly |one-off |one-time )?(?:fee|rate|price)(?! (?:of|for) (?:the|this) (?:event|ticket))',
      'limited (?:number of )?(?:pilot |beta |free |founding )?(?:spots|slots|places|seats)', '(?:pilot|beta|founding[- ]customer|founding[- ]member|early[- ]adopter) (?:spots|slots|places)', 'at a (?:big|huge|steep|deep|special|\\d+ ?%) discount',
      '(?:want|get|like|give you|offer you|grab) (?:free )?early access', "(?:love|like|happy|glad|want) to (?:be|become) your (?:go-to |new |next |trusted |preferred |dedicated |local )?(?:[\\p{L}-]+ )?(?:{provider}|partner|supplier|vendor|agency|provider)",
      "(?:we|I|we've|I've) (?:just )?(?:put together|wrote|written|have|made|prepared|published) (?:a |an )?(?:short |quick |new )?case study", '(?:send|share) (?:over |you )?(?:a|an|our) (?:\\d+-minute |quick |short )?(?:video|loom|walkthrough|recording)(?! (?:of|from) {memento})',
      '(?:show|walk) you (?:in|through it in) \\d+ ?min', '(?:want|like|care) to see (?:some )?(?:samples|examples of our work|our work|our portfolio)',
      '(?:set|setting) you up with (?:a |an )?(?:\\d+-day |\\d+-week |two-week |one-month )?(?:free|trial|discount)',
      '\\d+-day (?:free )?trial', 'free access (?:for|to)', '(?:give|offer|set) (?:you|your (?:[\\p{L}-]+ )?team) (?:free|complimentary|early|discounted) (?:access|trial|seats|licen[cs]es?|month|accounts?)',
      "(?:my|our) (?:day |hourly |project )?(?:rates|fees|prices) (?:are|start|begin)",
      '(?:put together|made|recorded|prepared|filmed) (?:a |an )?(?:short |quick |new |brief |\\d+-minute )?(?:case study|video|loom|one-pager|breakdown|walkthrough|deck|report|guide) (?:showing|on|about|that shows|explaining) how', 'free (?:month|week|trial month)', '(?:first|next) \\d+ (?:days|weeks|months) (?:are |is )?free',
      '(?:first|one) (?:[\\p{L}-]+ )?(?:is |will be )?on us', '(?:packages?|plans?|pricing|prices|rates|fees) (?:start|starts|starting) (?:at|from)',
      '(?:at|for|from) \\d[\\d,.]* (?:usd|eur|gbp|dollars|euros|pounds) (?:an|a|per) (?:hour|month|day|week)', '(?:sponsorship |media |partnership )?prospectus',
      '(?:intro|introduction) to our (?:[\\p{L}-]+ ){0,2}?{offering}',
      // What it costs and on what terms: "a small production fee of $350", "pay-per-meeting, no retainer", "samples are free".
      "(?:there's|there is|it's|it is|with|for|at|plus) (?:just |only )?(?:an? )?(?:[\\p{L}-]+ ){0,2}?fee of (?:only |just )?[$€£₹]?\\d+(?:[,.]\\d+)*", 'costs? (?:only |just )[$€£₹]?\\d+(?:[,.]\\d+)*',
      // The same price said by the seller: "we charge a modest $350 production fee", "I charge £40 an hour".
      '(?:we|I) (?:only |just )?charge (?:you )?(?:just |only |a |an )?(?:[\\p{L}-]+ )?[$€£₹]\\d+(?:[,.]\\d+)*', '(?:an?|our|my) (?:small|modest|nominal|tiny|low|flat|one-off|one-time|monthly|annual|yearly) [$€£₹]\\d[\\d,.]*k? (?:[\\p{L}-]+ )?fee',
      "(?:we'll|we will|I'll|I will|we can|I can|to) demo (?:how|what) (?:our|we|my|I)",
      '(?:send|share|show) (?:you |over )?(?:a few |some |a couple of )?(?:samples|examples of (?:our|my) work)(?= *\\?)',
      'pay[- ]per[- ](?:meeting|lead|click|result|appointment|call|hire|booking|sale)', 'no (?:retainer|set-?up fees?|upfront (?:costs?|fees?|payment)|lock-?in|long-term contract)s?(?![\\p{L}])',
      'you only pay (?:for|when|if|on)',
      '(?:samples?|the (?:trial|demo|audit|consultation|first (?:month|order|bag|box|session|week|lesson))|set-?up|onboarding|delivery|shipping|installation) (?:is|are) (?:completely |totally |always |also )?(?:free|on us|complimentary)(?![\\p{L}])',
      // (Not "quote" as citing: "I'd like to quote the line you wrote on my report", "love to quote you in the article".)
      "(?:love|happy|glad|like) to (?:quote(?! (?:you|him|her|them|it|from|what|your (?:words|line|remark|comment|post|tweet|book|article|paper)|(?:the|a|one|that|this|some|those|these) (?:[\\p{L}-]+ )?(?:line|lines|words|sentence|passage|phrase|remark|comment|quote|paragraph|verse|saying)s?(?![\\p{L}])))|bid|send (?:you )?(?:a|our) quote|give you a quote|put together a quote)", '(?:free|custom|quick) (?:quote|estimate)', 'quote for your',
    ],
    quiet: ['(?:a |the |your )?demo you (?:asked|requested|mentioned)',
      writerUsesTheirProduct,
      // Their price, not ours: "pricing your Notion templates at €9", "you sell the prints for £40", "you charge $15 a class".
      '(?:pric(?:e|ed|ing)|sell(?:s|ing)?|sold|list(?:ed|ing)?) (?:your|their) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:at|for) [$€£₹]\\d[\\d,.]*',
      '(?:you|they) (?:[\\p{L}-]+ )?(?:charge|sell (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:at|for)|price (?:[\\p{L}\\p{N}-]+ ){0,3}?at) (?:just |only )?[$€£₹]\\d[\\d,.]*',
      // Something they asked for, held for them free: "the extra seats you asked Rania about, at no charge until the tasting".
      '(?:you|your [\\p{L}-]+) (?:asked|enquired|inquired|requested|wanted)(?: (?:for|about))? [^.!?\\n]{0,50}?(?:at no (?:cost|charge)|free of charge)',
      // Their offer taken up, not ours held open: "if the offer still stands", "is that offer still open?".
      '(?:if|whether|hope|assuming|in case|is|does) (?:the|that|this|your) (?:[\\p{L}-]+ )?offer (?:is )?(?:still )?(?:open|valid|stands?)', '(?:show|give|send) (?:me|us) (?:a |the |your )?(?:[\\p{L}-]+ )?demo(?: next \\S+)?',
      // Asking for theirs: "could you point me to the sponsorship prospectus?", "your media kit".
      '(?:send|share|point|forward|give) (?:me|us) (?:to )?(?:the|your) (?:[\\p{L}-]+ )?(?:prospectus|brochure|price list|rate card|media kit|pricing)',
      'your (?:[\\p{L}-]+ )?(?:prospectus|brochure|price list|rate card|media kit)'],
  },
  {
    name: 'valueClaim',
    means: 'says what your company does for people like them',
    strong: true,
    patterns: [
      // A sentence that opens with what "we" do for a kind of customer: "We work with e-commerce brands to recover…".
      "(?:we|we've|we have|we've been|we're)(?<=(?:^|[.!?:;,\\n—–-])[ \\t]{0,3}(?:(?:but|and|so|basically|essentially|today|now)[ \\t]{1,3})?[\\p{L}'\\s]{2,16}) (?:[\\p{L}]+ly )?(?:help|helped|helping|work with|worked with|working with|partner with|partnered with|enable|empower|support) (?:[\\p{L}\\p{N}&-]+ ){0,3}?{audience}(?= (?:to )?{outcomeVerb}\\b)",
      "(?:we|we've|we have|we've been|we have been|we're|we are) (?:[\\p{L}]+ly )?(?:getting|get|got|giving|give|saving|save) (?:[\\p{L}\\p{N}&-]+ ){0,3}?{audience} (?:[\\p{L}-]+ ){0,3}?(?:better|more|cheaper|faster|lower|higher|fewer|less)",
    ],
    quiet: ['at [\\p{L}\\p{N}&.-]+,? (?:we|we\'ve)'],
  },
  {
    name: 'provenWithOthers',
    means: 'tells them who already buys from you',
    strong: true,
    patterns: [
      // Ours, not a CV line ("a dashboard used by 40+ store managers").
      '(?:(?:our|we|we\'re) (?:[\\p{L}-]+ ){0,3}?)?(?:trusted|used|loved|chosen|relied on)(?<=(?:^|[.!?:\\n]|(?<![\\p{L}])(?:our|we|we\'re)(?![\\p{L}\']))[ \\t]{0,3}(?:[\\p{L}-]+[ \\t]{1,3}){0,3}[\\p{L}]+) by (?:over |more than |nearly |almost )?(?:\\d[\\d,]*\\+?|hundreds of|thousands of|dozens of) (?:[\\p{L}-]+ ){0,2}?{audience}',
      '(?:\\d[\\d,]*\\+?|hundreds of|thousands of|dozens of) (?:[\\p{L}-]+ ){0,2}?{audience} (?:already )?(?:use|trust|rely on|love|run on|switched to) (?:us|our)',
      // Anchored on the rarer words, the kind of customer checked behind them (a long alternation first is slow).
      '(?:using|who use|that use|who switched to) our {offering}(?<=(?:{audience})\\s{1,3}(?:using|who use|that use|who switched to)\\s{1,3}our\\s{1,3}[\\p{L}]+)',
      '(?:use|rely on|trust|choose|hire) us (?:to|for)(?<=(?:{audience})\\s{1,3}(?:use|rely on|trust|choose|hire)\\s{1,3}us\\s{1,3}(?:to|for))',
      "(?:we've|we have|we|our (?:[\\p{L}-]+ ){0,2}?{offering} (?:has|have)) (?:already )?(?:worked|partnered) with (?:[\\p{L}-]+ )?{audience} (?:like|such as|including)",
      // "plenty of ops leaders lean on our platform", "teams swear by our tool".
      '(?:lean|leans|rely|relies|count|counts|depend|depends) on our (?:[\\p{L}-]+ ){0,2}?{commercialOffering}', '(?:swear|swears) by our',
      '(?:are|were) (?:(?:happy|long-time|existing|current) )?(?:clients|customers) of (?:ours|mine)',
    ],
  },
  {
    name: 'buyingQuestion',
    means: 'asks whether they would buy what you sell',
    strong: true,
    patterns: [
      "(?:reaching out|writing|contacting you|getting in touch|messaging you) (?:to you )?(?:because|since|as) (?:we|our|my) (?:[\\p{L}-]+ ){0,3}?(?:help|helps|helped|work with|speciali[sz]e|build|provide|offer)",
      '(?:do|does) (?:you|your (?:team|company|firm|business)) (?:currently )?(?:have|use|work with) (?:an? |any )(?:[\\p{L}-]+ ){0,2}?(?:vendor|provider|supplier|agency|contractor|partner|solution) (?:for|in place|to|already)',
      "right person to (?:talk to|speak (?:to|with)|contact|ask|reach) (?:about|regarding|re) (?:your |the )?(?:company's |team's )?(?:[\\p{L}-]+ ){0,2}?(?:software|tools?|tooling|stack|vendors?|providers?|procurement|purchasing|spend|budget|infrastructure|security|benefits|insurance|payroll|advertising)",
      "right person to (?:talk to|speak (?:to|with)|contact|ask|reach) (?:about|regarding|re) (?:upgrading|replacing|switching|improving|reducing|cutting|outsourcing|renewing) (?:your|the)",
      '(?:our|my) (?:[\\p{L}-]+ ){0,2}?{offering} (?:is|could be|would be|might be) a (?:good |great |strong |perfect )?fit',
      '(?:see|explore) (?:if|whether) (?:we|our [\\p{L}-]+) (?:could|can|might) (?:help|be a fit|support|be useful)',
      '(?:open to|considered|thought about|thinking about|interested in|looking (?:at|into)) (?:outsourcing|switching|upgrading|replacing|automating|moving) your',
      // The agent's question about a sale of theirs: "Are you thinking of selling your home in the next 6 months?".
      "(?:are you|have you been|were you|you) (?:thinking|considering|planning|looking) (?:of |about |to )?(?:sell(?:ing)?|buy(?:ing)?|list(?:ing)?|refinanc(?:e|ing)|remortgag(?:e|ing)|rent(?:ing)? out) (?:your|a|the) (?:[\\p{L}-]+ )?(?:home|house|property|condo|flat|apartment|place|business|practice|company)",
      // Buyers or sellers the agent already has for them: "I have buyers looking in your area".
      "(?:I|we)(?: have got|'ve got| have|'ve) (?:(?:several|a few|many|multiple|qualified|motivated|cash) )*(?:buyers|tenants|investors) (?:looking|searching|waiting|interested)",
    ],
  },
  {
    name: 'followUpOnPitch',
    means: 'follows up on an offer they did not answer',
    strong: true,
    patterns: [
      '(?:following up|circling back|bumping|checking in|coming back|resurfacing)(?: this)? (?:on|about|re|regarding) (?:my|our) (?:[\\p{L}-]+ ){0,3}?(?:note|message|email|offer|proposal|demo|invite|invitation) (?:about|on|re|regarding) (?:our|my)',
      '(?:following up|circling back|bumping|checking in|coming back)(?: this)? (?:on|about|re|regarding) (?:our|my|the) (?:[\\p{L}-]+ ){0,2}?(?:{commercialOffering}|proposal|offer|quote|demo|trial|pilot|audit|pricing)',
      '(?:still )?(?:interested in|keen on|open to) (?:a |the |our )?(?:free )?(?:demo|trial|audit|pilot|quote|proposal)',
      '(?:saw|see|read|get|got|received) my (?:last |earlier |previous )?(?:note|message|email|inmail) (?:about|on|re|regarding) (?:our|my)',
    ],
  },
  {
    name: 'pitchAsk',
    means: 'asks for a sales conversation',
    strong: false,
    patterns: [
      // The problem hook and the offer to show: "is your team still doing expense reports in spreadsheets? There's a better way."
      "(?:are you|is your (?:[\\p{L}-]+ )?(?:team|company|business|firm|practice|clinic|store|shop)) still (?:[\\p{L}-]+ing|stuck with)",
      // The manual work a product replaces, asked about: "…supplier statements by hand every month?".
      '(?:by hand|manually|in (?:excel|spreadsheets?|google sheets)|on (?:spreadsheets?|paper)|with (?:spreadsheets?|sticky notes|pen and paper))(?=[^.!?\\n]{0,40}\\?)',
      // "Worth 15 minutes next week?", "quick idea for Brightwell", "the same playbook would work for you", "happy to show you how it works".
      'worth (?:a |\\d+ )?(?:quick |short |few )?(?:minutes?|mins?)(?: of your time)?', '(?:quick|small|simple) (?:idea|thought|suggestion|win) for',
      '(?:the )?same (?:playbook|approach|system|process|strategy|setup|results?) (?:would|could|will|can|might) work for (?:you|your)',
      'show you how (?:it|this|that|everything) works', "(?:I'd|I would) love \\d+ (?:minutes|mins?)",
      // "Most [industry] leaders I talk to struggle with…": the problem a seller says buyers have.
      '(?:most|many|a lot of|plenty of) (?:\\S+ ){0,3}?(?:I|we) (?:talk|speak|work) (?:to|with) (?:are |keep |tend to )?(?:struggl\\S*|complain\\S*|los(?:e|ing)|wrestl\\S*|battl\\S*|tell me)',
      "(?:there's|there is) a (?:better|faster|easier|cheaper|smarter|simpler) way", "(?:could|can|may) I show you(?= *[?.!]| how| what)", "(?:I'd|I would) love to show you(?= *[?.!]| how| what)",
      '(?:who|which team) (?:handles|looks after|manages|is in charge of|owns|runs|oversees|is responsible for) (?:[\\p{L}-]+ ){0,3}?(?:at|for|in) your (?:company|team|firm|business|organi[sz]ation|practice|school)',
      'worth a (?:quick |short |brief )?(?:look|chat|call|conversation|try)', '(?:would|does|could) it make sense (?:for us )?to [\\p{L}]+',
      '(?:open|interested) (?:to|in) (?:explor(?:e|ing)|learn(?:ing)?|see(?:ing)?|hear(?:ing)?|find(?:ing)? out) (?:more|how|whether|if|what)',
      '(?:is|are) (?:this|that|it|[\\p{L}-]+) (?:something|a priority|on your radar)', "let me know if (?:you'd|you would|you're|you are) (?:like to (?:learn|hear|see) more|interested)",
      '(?:ever )?becomes? (?:a )?(?:priority|focus)', 'close (?:your|the) file', 'you know where to find (?:me|us)', '(?<![\\p{L}] )interested\\?', '(?<![\\p{L}] )(?:need|want|fancy) (?:one|it|some|a hand|one of these|a copy)\\?', 'fancy (?:seeing|a (?:look|chat|call|demo))',
      'shall we (?:talk|chat|set up|book|hop on|jump on|find a time)',
      // "who on your team owns employee benefits?", "would you like a sample box?".
      'who (?:on|in|at) your (?:team|company|side|end|org|organi[sz]ation|firm) (?:handles|owns|manages|looks after|runs|is responsible for|is in charge of|takes care of|oversees|buys)',
      '(?:like|want|fancy) (?:a |some )?(?:free )?(?:samples?|trial|demo)(?: (?:box|pack|kit|bag|pair|bottle|account))?(?= *\\?)',
      "who (?:handles|manages|looks after|owns|runs|oversees|is responsible for|takes care of) (?:your|the) (?:company's |team's |firm's )?(?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+(?= *\\?)",
      // "who's in charge of IT security over there?".
      "who(?:'s| is) (?:in charge of|responsible for|handling|running) (?:[\\p{L}-]+ ){1,3}?(?:over there|on your (?:side|end|team)|at your (?:company|end|firm|place))(?= *\\?)",
      'what would (?:an extra|another|\\d+ (?:more|extra)|(?:double|twice) the) (?:[\\p{L}\\p{N}-]+ ){0,4}?do for (?:your|you)', 'open to a (?:quick |short |brief |\\d+[- ]min(?:ute)? )?(?:chat|call|conversation|intro)(?: call)?(?= *\\?)',
    ],
  },
  {
    name: 'incomeOffer',
    means: 'offers an income or business opportunity',
    strong: true,
    patterns: [
      '(?:extra|secondary|second|passive|additional|side|residual|part-time) income', 'be your own boss', 'fire your boss', '(?:grow|boost|increase|supplement|top up|diversify) your (?:monthly )?(?:income|earnings)',
      '(?:work|working) from home (?:opportunity|business|and earn)', '(?:business|income|investment|earning) opportunity',
      'financial freedom', 'earn (?:up to )?[$€£₹]?\\d[\\d,]*k? (?:a|per|every) (?:day|week|month)', 'earn (?:money|cash) (?:from|at) home',
      'join my team', 'ground floor', 'side (?:hustle|gig|business) (?:opportunity|that|from)', 'looking for a side hustle',
      '(?:new )?(?:streams?|sources?) of income', '(?:make|making|earn|earning) (?:an )?(?:extra|additional) [$€£₹]?\\d+',
      '(?:business|work|working|income|money|coach others|coaching others) from (?:home|your phone|my phone|my kitchen table|your couch)',
      '(?:coach|coaching|mentor|mentoring|train|training) (?:other )?(?:people|others|women|mums|moms|ladies) from (?:my |your )?(?:home|phone|couch|kitchen table)',
      '(?:earn|earns|earned|earning|make|makes|made|making) (?:more|extra|money|cash|good money)? ?(?:[\\p{L}-]+ ){0,3}?from (?:home|your phone|my phone)',
      '(?:a|my) (?:little |small )?business from home', '(?:lets|let|allows|allow) me (?:to )?work from home',
      'be (?:their|our) own boss(?:es)?', 'tired of the 9[- ]?(?:to[- ]?)?5', 'replac(?:e|ed|ing) (?:my|your) (?:full-time )?(?:salary|income)',
      '(?:online )?business(?:es)? around (?:school|the school run|the kids|your kids|(?:my|your) family)',
      'freedom business(?:es)?',
      // Returns promised on money put in: "earning 8-12% weekly", "minimum entry is only $500".
      '(?:earn|earning|earns|make|making|returns? of|returning|yield(?:ing)?) (?:up to |about |around |over )?\\d+(?:[.,]\\d+)?(?: ?[-–] ?\\d+(?:[.,]\\d+)?)? ?% (?:weekly|monthly|daily|a (?:week|month|day)|per (?:week|month|day)|every (?:week|month|day))',
      'minimum (?:entry|investment|deposit|buy-?in|stake|capital) (?:is |of )?(?:only |just )?[$€£₹]?\\d+(?:[,.]\\d+)*', 'guaranteed (?:returns|profits?|income|payouts?)',
      // The recruit described by the traits a downline wants: "looking for entrepreneurial people to partner with us part-time",
      // "I'm building a team of ambitious ladies" (not a role: recruiters name the job, not the temperament).
      '(?:looking for|seeking|building a team of|growing a team of|recruiting) (?:a few |\\d+ |some |(?:two|three|four|five)(?: or (?:three|four|five|six))? |more )?(?:driven|motivated|self-motivated|ambitious|hungry|like-minded|entrepreneurial|entrepreneurially[- ]minded|coachable) (?:people|individuals|women|mums|moms|ladies|go-getters|minds)',
      // Leaving the job is the promise: "earn enough to quit their 9-5", "fire your day job".
      '(?:quit|leave|ditch|escape|fire) (?:their|your|my|the) (?:9[- ]?(?:to[- ]?)?5|day jobs?)',
      // A stake made small: "I can show you how to start with only $500", "get started with as little as £250".
      '(?:start|starting|begin|beginning|get started|getting started|invest|investing) (?:[\\p{L}-]+ ){0,2}?with (?:only |just |as little as )[$€£₹]\\d+(?:[,.]\\d+)*k?',
      // A sum multiplied is the promise: "grow $500 into $10,000 in 2 weeks", "turned £200 into £3k".
      '(?:grow|grew|growing|turn|turned|turning|flip|flipped|flipping|multiply|multiplied|make|made|making) (?:your |my |a |just )?[$€£₹]\\d[\\d,.]*k? into (?:over |about |around )?[$€£₹]?\\d[\\d,.]*k?',
      // A business to buy into, asked about: "have you ever thought about owning a franchise?".
      '(?:thought (?:about|of)|considered|consider(?:ing)?|interested in|open to) (?:owning|buying|opening|running|investing in) (?:a |an |your own )(?:[\\p{L}-]+ )?(?:franchise|home business|online business|side business)',
    ],
    quiet: ["['‘\"“][^'’\"”\\n]{0,60}(?:be your own boss|income)[^'’\"”\\n]{0,60}['’\"”]",
      // The writer's own job search: "I am looking for opportunity in data entry work from home" wants a job, offers none.
      '(?:looking for|seeking|searching for|in search of|need|want) (?:an? |any |some )?(?:[\\p{L}-]+ )?(?:job|work|opportunit(?:y|ies)|role|position|vacanc(?:y|ies))s?[^.!?\\n]{0,40}?(?:work|working) from home',
      // The writer's own working day, said as a fact: "I work from home, so any weekday works for access".
      '(?:I|we) (?:usually |mostly |now |often |currently |still )?(?:work|\'m working|am working|are working) from home(?=[,.;]| so | on | most | these | today)'],
  },
];

/** "Thanks for connecting! We help…": a description of your company right after they accepted is a pitch. */
export const justConnected = ['(?:thanks|thank you|thx) (?:so much |very much |a lot |again )?for (?:connecting|the connection|accepting|adding me)', '(?:appreciate|appreciated) (?:you )?(?:accepting|connecting|the connect(?:ion)?|adding me)', '(?:glad|great|happy|nice|delighted|pleased|thrilled|lovely) (?:that )?(?:to be |we(?:\'re| are) )?connected', // Not a wish: "Would be great to connect", "it'd be great to connect".
  "(?<!(?:would|will|could|might|[\\p{L}]['’]d) be )great to connect"];

/** "I'm not trying to sell you anything": the words about selling are not the pitch; what follows is judged. */
// They asked in public for what the writer sells: "saw your post asking for something lighter than Jira", "you asked in the
// group for CRM recommendations". An answer to their own request is welcome, not unsolicited.
export const theyAskedForIt = [
  // What they asked for in person, sent as promised: "as promised at the Rotary lunch, here's our brochure", "you asked me to send our rates".
  "as (?:promised|requested|agreed) (?:at|after|during|over|on) (?:the |our |yesterday's |today's |this morning's |last (?:week|night)'s |\\p{L}+day's )?(?:[\\p{L}\\p{N}'&-]+ ){0,3}?(?:lunch|dinner|breakfast|coffee|call|meeting|event|meetup|conference|expo|fair|show|summit|booth|stand|stall|session|workshop|panel|chat|visit|tour|demo day)(?![\\p{L}])",
  "you asked (?:me |us )?(?:to send|for) (?:over )?(?:our|the|a|my|some)(?![\\p{L}])",
  "(?:your|ur) (?:[\\p{L}-]+ )?(?:post|question|thread|comment|tweet|request)s? (?:asking|looking|hunting|searching) (?:for|about|if|whether)",
  "you (?:asked|posted|were asking|were looking|posted asking)(?: [\\p{L}-]+){0,5}? for (?:(?:an? |any |good )?[\\p{L}\\p{N}-]+ ){0,2}?(?:recommendations?|suggestions?|recs|ideas|tips|alternatives?|options|something|(?:tool|app|platform|vendor|agency|provider|freelancer|developer|dev|designer|consultant|illustrator)s?)(?![\\p{L}])",
];

/**
 * The writer is the buyer and the reader the seller: "could you send us a quote for 300 beds", "we'd like to order",
 * "what it costs for a single cellar door", a founder asking a peer "how did you decide on your price points?".
 * Prices, quotes and demos asked of them are the reader's business, not a pitch to them.
 */
export const writerIsTheBuyer = [
  '(?:could|can|would|will) you (?:please )?(?:send|give|email|share|quote)(?: (?:me|us))? (?:a |an |the |your )?(?:[\\p{L}-]+ )?(?:quot(?:e|ation)|price ?list|prices|pricing|proposal|renewal offer)(?![\\p{L}])',
  "(?:we|I|and)(?:'d| would) (?:really )?(?:like|love) to (?:buy|order|purchase|carry|stock|renew|see a demo of your)(?![\\p{L}])",
  "(?:we|I)(?:'d| would) like a demo of your",
  '(?:what|how much) (?:it|they|this|that|your [\\p{L}-]+) costs?(?![\\p{L}])(?! (?:you|your)(?![\\p{L}]))',
  'how did you (?:decide on|decide|set|choose|pick|arrive at|settle on|land on|come up with) (?:your|the) (?:[\\p{L}-]+ )?(?:prices?|pricing|price points|tiers|rates)(?![\\p{L}])',
];

/** The writer is raising money: "we're raising a $2M seed", "our pre-seed round", "we've opened our Series A". */
export const fundraising = [
  "(?:we're|we are|I'm|I am|we've been|currently) (?:now |just |currently )?(?:raising|fundraising)(?! (?:money|funds|awareness|prices|our prices|the bar|a family|kids|capital for you))",
  "(?:our|a|the) (?:\\$?\\d+(?:\\.\\d+)? ?(?:k|m|million|mn) |€\\d+(?:\\.\\d+)? ?(?:k|m|million|mn) |£\\d+(?:\\.\\d+)? ?(?:k|m|million|mn) )?(?:pre-?seed|seed|series [a-d]|angel|bridge|funding) (?:round|raise|extension)",
];

export const disclaimsSelling = ["(?:I'm|I am) not (?:trying to |here to |going to )?(?:sell|selling|pitch|pitching)(?: you)?(?: anything)?", "(?:I|I don't|I do not) (?:don't |do not )?want to sell you anything", 'not a (?:sales )?pitch'];

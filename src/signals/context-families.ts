import type { Family, Lexicon } from '../engine/families.ts';

/**
 * What gives a cold message a reason why this person, as families of meaning, and the pseudo-context
 * that sounds like a reason but would fit anyone. Used by `no-context`, `false-familiarity` and the
 * checklist (through `outreach.ts`).
 */
export const lexicon: Lexicon = {
  // Things of theirs a message can refer to ("your PyCon talk", "your 2024 paper").
  workNoun: [
    'posts?', 'talks?', 'articles?', 'papers?', 'essays?', 'pieces?', 'write-?ups?', 'blog(?: posts?)?', 'threads?', 'interviews?', 'podcasts?',
    'episodes?', 'keynotes?', 'panels?', 'sessions?', 'webinars?', 'presentations?', 'book', 'books(?= (?:on|about))', 'newsletters?', 'research', 'case stud(?:y|ies)',
    'retrospectives?', 'videos?', 'course', 'slides', 'reports?', 'plugins?', 'apps?', 'library', 'projects?', 'repo', 'repository', 'workshops?',
    'stud(?:y|ies)', 'thesis', 'lectures?', 'tweets?', 'publications?', 'job (?:posting|post|ad|listing)', 'postings?', 'listings?', 'vacanc(?:y|ies)',
    'speech', 'rebrand', 'campaigns?', 'framework', 'templates?', 'guides?', 'playbook', 'analysis', 'findings', 'dissertation', 'show', 'channel',
    'documentary', 'launch', 'announcement', 'demo', 'tool', 'open-source work', 'contributions?', 'AMA', 'op-ed', 'column', 'feature',
    'keynote speech', 'comments?', 'portfolio', 'reel', 'showreel', 'benchmarks?', 'chambers',
    // The creative trades' works: "your blocking demonstrations at the Luton Hat Festival", "your score for Ararat".
    'demonstrations?', 'performances?', 'recitals?', 'screenings?', 'choreography', 'illustrations?', 'linocuts?', 'etchings?',
    'paintings?', 'sculptures?', 'soundtracks?', 'short films?', 'films?(?= (?:on|about|at|for|in))', 'productions?(?= (?:of|at|in))',
    'scores?(?= (?:for|to))', 'arrangements?(?= (?:of|for))', 'covers?(?= (?:for|of) )', 'recordings?(?= (?:of|at|with))',
    'readings?(?= (?:at|of|from))', 'lookbooks?', 'swatch(?:es|books?)', '(?:colou?r|size) charts?',
    // Analyses, explainers and teaching material under other names.
    'teardowns?', 'breakdowns?', 'explainers?', 'deep[- ]dives?', 'cheat ?sheets?', 'checklists?', 'data ?sets?', 'seminars?', 'masterclass(?:es)?',
    'tutorials?', 'walkthroughs?', 'handbook', 'recaps?', 'roundups?', 'abstracts?', 'Q&A', 'infographics?', 'visuali[sz]ations?', 'maps?',
    // Code, quotes, booths and pitches of theirs: "your PR to pandas", "your quote in the Wired piece", "your booth at Web Summit".
    'PRs?', 'pull requests?', 'commits?', 'patch(?:es)?', 'quotes?', 'preprints?', 'pitch(?:es)?(?= (?:at|on|during|for))', 'booths?', 'stalls?', 'fireside(?: chat)?',
    // Code of theirs under its ecosystem's names: "your crate tower-ratelimit", "your Kaggle notebook", "your VS Code extension".
    // Fixes of theirs, named with what they fixed: "your fix for the pool leak", "your hotfix to the queue" (not "we can fix your…").
    'fix(?:es)?(?= (?:for|to|of|in|on))', '(?:bug|hot)-?fix(?:es)?', 'workarounds?(?= (?:for|to|in|on|of))', 'changelogs?', 'release notes',
    // Ruby's gems and Terraform's or Node's modules: "your pgvector gem for Ruby", "your Terraform modules for multi-region Postgres".
    'gems?(?= (?:for|on|in) (?:Ruby|Rails|RubyGems))', '(?:Ruby|Rails) gems?', 'modules?(?= (?:for|on|in) )', 'libraries',
    'crates?', 'notebooks?', 'SDKs?', 'CLI', 'gists?', 'dotfiles', 'extensions?(?= (?:for|to|on|in|is|was|has|saved|made|helped))', 'packages?(?= (?:on|for) (?:npm|PyPI|CRAN|NuGet|Hex|crates\\.io))',
    'explanations?', 'newsletters?', '(?:cook|text|work|guide|hand|picture|photo|play|note|sketch|e-?)books?', 'albums?', 'murals?', 'menus?', 'exhibitions?', 'letters?(?= (?:on|about|from|since|every|each|to))', 'series', 'substack', 'models?(?= (?:on|of|for|you))', 'toolkit', 'memo',
    // Conference and research formats: "your poster on simulation training at the RCN Congress", "your lightning talk", "your white paper".
    'posters?', 'lightning talks?', 'white ?papers?', 'grand rounds', 'exhibits?', 'installations?', 'residenc(?:y|ies)(?= (?:at|in|on))',
    // Trials a team or a public body runs: "your city's bike lane pilot", "your clinic's pilot of video visits".
    'pilots?(?= (?:on|of|in|for|with|at))', 'trials?(?= (?:on|of|in|with|at))',
    // What they said in public, on record: "your testimony at the council meeting", "your submission to the inquiry".
    'testimony', 'submissions?(?= (?:to|on|at|for|before))', 'remarks(?= (?:at|on|to|during|in|before|about))',
    'statements?(?= (?:at|to|on|before|during|in|about))', 'evidence(?= (?:to|at|before))',
    // Instruments of theirs others reuse: "your burnout questionnaire", "your patient-safety survey".
    'questionnaires?', 'surveys?', 'rubrics?', 'protocols?', 'scales?(?= (?:for|of|on|in))',
    // What they cooked up or shot: "your sourdough recipe", "your photos of the flooded culverts" (not "your photos" alone).
    'recipes?', '(?:photos?|photographs?|pictures?|footage)(?= (?:of|from) (?!you(?:rself)?\\b))',
    // Writing of theirs named by its genre and subject: "your self-published history of the Manningham mills", "your
    // chapter on simulation debriefing", "your biography of Brunel" (not "your history" or "your chapter" alone).
    '(?:histor(?:y|ies)|chapters?|biograph(?:y|ies)|memoirs?|monographs?|textbooks?|catalogues?|catalogs?|antholog(?:y|ies)|translations?|editions?|obituar(?:y|ies)|review)(?= (?:of|on|about|in) )',
    // The same genres dated by the year they came out: "your 2018 monograph", "your 2021 textbook" ("your history" alone stays vague).
    '(?<=(?:your|ur) (?:19|20)\\d\\d )(?:histor(?:y|ies)|chapters?|biograph(?:y|ies)|memoirs?|monographs?|textbooks?|catalogues?|catalogs?|antholog(?:y|ies)|translations?|editions?|reviews?)',
  ],
  // Their work in general: specific only with what it is about ("your work on…", "your move to…").
  softNoun: [
    'work', 'team', 'role', 'journey', 'career', 'move', 'transition', 'switch', 'path', 'leadership', 'writing', 'research', 'tenure', 'story',
    // What they give their time to: "your mentoring with Girls Who Code Munich", "your volunteering at the food bank".
    'mentoring', 'mentorship', 'volunteering', 'volunteer work', 'advocacy', 'coaching', 'fundraising', 'organi[sz]ing', 'campaigning', 'activism',
  ],
  // What they know: specific only with where or doing what ("your experience scaling Kafka at Uber", not "your experience in sales").
  skillNoun: ['experience', 'background', 'expertise'],
  // A word of the gap between "your" and the noun: names, years, "re:Invent", a placeholder "[topic]".
  // Not a clause's words: "your SDRs could book…", "your lab looking for a research assistant".
  // A name may end in "!" ("your try! Swift talk", "Yahoo! Japan").
  gapWord: [
    "(?!(?:could|can|will|would|should|might|may|must|is|are|was|were|has|have|had|do|does|did|to|and|or|but|that|which|who|for|with|of|in|on|at|from|by|looking|seeking|needs?|wants?|a|an|the|still|doing|using|making|getting|having|being|running|just|also|really|always|never|ever|not)(?![\\p{L}\\p{N}'&+\\-]))[\\p{L}\\p{N}'&+\\-]+(?:[.:][\\p{L}\\p{N}]+)*!?",
    '\\[[^\\]\\n]{1,40}\\]',
  ],
  // What a firm does for its customers, the verb of "your firm files our accounts", "your team keeps bringing us boxes".
  serviceVerb: [
    'files?', 'filed', 'filing', 'does', 'did', 'doing', 'supplies', 'supplied', 'supplying', 'delivers?', 'delivered', 'delivering',
    'brings?', 'brought', 'bringing', 'cleans?', 'cleaned', 'cleaning', 'services', 'serviced', 'servicing', 'insures?', 'insured',
    'audits?', 'audited', 'prints?', 'printed', 'printing', 'tunes?', 'tuned', 'tuning', 'repairs?', 'repaired', 'repairing',
    'fix(?:es)?', 'fixed', 'fixing', 'maintains?', 'maintained', 'maintaining', 'handles?', 'handled', 'handling', 'looks? after', 'looked after',
    'looking after', 'stocks?', 'stocked', 'treats?', 'treated', 'treating', 'caters?', 'catered', 'catering', 'mows?', 'mowed', 'checks?', 'checked',
  ],
  // Where a firm sells or makes what a customer bought from it: "our paddles from your workshop".
  makerPlace: ['workshop', 'stall', 'mill', 'yard', 'nursery', 'kitchen', 'forge', 'dairy', 'orchard', 'vineyard', 'butcher\'?s?', 'deli', 'market'],
  // Shared premises of neighbouring firms: "your drivers share the loading bay with ours", "we share the skip on Fridays".
  sharedPlace: ['bay', 'loading bay', 'yard', 'depot', 'skip', 'bins?', 'van', 'hall', 'car park', 'parking', 'lobby', 'entrance', 'driveway', 'kitchen', 'counter', 'premises'],
  // A dealing already under way between the reader and the writer's office: "your booking", "your renewal", "your permit".
  dealingNoun: [
    'bookings?', 'reservations?', 'appointments?', 'subscriptions?', 'memberships?', 'renewals?', 'accounts?', 'applications?', 'requests?',
    'registrations?', 'enrol?lments?', 'entr(?:y|ies)', 'orders?', 'parcels?', 'packages?', 'deliver(?:y|ies)', 'shipments?', 'bills?', 'invoices?',
    'statements?', 'permits?', 'licen[cs]es?', 'lockers?', 'cards?', 'tickets?', 'sittings?', 'exams?', 'claims?', 'polic(?:y|ies)', 'leases?',
    'tenanc(?:y|ies)', 'deposits?', 'payments?', 'refunds?', 'direct debits?', 'sets?', 'slots?', 'gigs?', 'resits?', 'plots?', 'berths?',
    // Professional dealings: "your buyer's offer came in", "your referral letter arrived", "whose pension was with your scheme".
    'offers?', 'letters?', 'referrals?', 'pensions?', 'mortgages?', 'loans?', 'savings', 'instructions?',
  ],
  // A matter two professionals work on from their sides: "the Kestrel Freight arbitration", "the Carver Street lease renewal".
  matterNoun: [
    'arbitration', 'matter', 'dispute', 'claim', 'case', 'litigation', 'proceedings', 'transaction', 'deal', 'purchase', 'sale', 'acquisition',
    'merger', 'refinancing', 'financing', 'project finance', 'lease', 'renewal', 'tender', 'bid', 'closing', 'audit', 'probate', 'restructuring',
    'study', 'trial', 'scheme', 'project', 'development', 'appeal', 'inquiry', 'administration', 'receivership', 'IPO', 'issue', 'buyout', 'joint venture',
  ],
  // Roles a professional plays on a matter for one side: "I act for the landlord", "we're counsel to the lenders".
  sideRole: [
    'act', 'acts', 'acted', 'acting', 'represent', 'represents', 'represented', 'representing', 'advise', 'advises', 'advised', 'advising',
    "counsel", 'solicitors?', 'lawyers?', 'attorneys?', 'advisers?', 'advisors?', 'auditors?', 'agents?', 'receivers?', 'administrators?',
    'brokers?', 'lenders?', 'underwriters?', 'engineers?', 'surveyors?', 'valuers?', 'sponsors?', 'monitors?',
  ],
  // What happens to such a dealing in an office: "has been approved", "lapsed in March", "is ready at reception".
  dealingStatus: [
    'approved', 'confirmed', 'reinstated', 'moved', 'rescheduled', 'cancell?ed', 'renewed', 'renews', 'lapsed', 'bounced', 'failed', 'ready',
    'due', 'held', 'delayed', 'received', 'processed', 'accepted', 'arrived', 'expired', 'expires', 'declined', 'refunded', 'overdue',
    'outstanding', 'missing', 'incomplete', 'went in', 'came in', 'came out', 'reached us', 'appears', 'shows', 'needs', 'clashes',
  ],
  // Saying you met or spoke before.
  conversationNoun: ['chat', 'conversation', 'talk', 'meeting', 'call', 'discussion', 'coffee', 'lunch', 'exchange', 'session', 'catch-up', 'intro'],
  eventNoun: ['meetup', 'conference', 'summit', 'event', 'fair', 'hackathon', 'workshop', 'panel', 'dinner', 'offsite', 'bootcamp', 'class', 'course', 'webinar', 'session', 'expo', 'festival', 'programme', 'program', 'cohort', 'team'],
  // Tools and platforms a reader uses, which are nothing of theirs ("your Salesforce costs", "your team's reporting in Excel").
  toolName: ['Wi-?Fi', 'WiFi', 'Excel', 'Gmail', 'Outlook', 'Slack', 'Zoom', 'Teams', 'Salesforce', 'HubSpot', 'Google', 'Microsoft', 'Android', 'iPhone', 'Mac', 'Windows', 'AWS', 'Azure', 'Shopify', 'WordPress', 'Instagram', 'Facebook', 'TikTok', 'YouTube', 'X', 'Twitter', 'LinkedIn', 'Jira', 'Notion', 'SAP', 'Oracle', 'QuickBooks', 'Xero', 'Sheets'],
  // What a reader pays for or runs on a tool, after its name: "your Snowflake costs", "your HubSpot seats" (nothing of theirs).
  usageNoun: [
    'costs?', 'bills?', 'spend', 'instance', 'setup', 'account', 'stack', 'subscription', 'contract', 'renewal', 'licen[cs]es?', 'data', 'migration',
    'integration', 'usage', 'seats', 'plan', 'pricing', 'invoices?', 'workflows?', 'pipeline', 'dashboards?', 'ads', 'campaigns', 'queries', 'jobs',
    'clusters?', 'warehouse', 'credits', 'fees', 'tier', 'budget', 'reports', 'exports?', 'storage', 'hosting', 'deployment', 'tickets',
  ],
  // A group people join, named after its name: "the Superpath Slack", "the Colorado Product community".
  communityNoun: ['slack', 'discord', 'group', 'community', 'club', 'chapter', 'society', 'association', 'forum', 'cohort', 'circle', 'guild', 'network', 'members?', 'alumni', 'alums?'],
  // A word of a category anyone could belong to ("a founder too", "someone who gets things done"): not where or with whom
  // ("a PM at Stripe") and not what you share ("a fellow Michigan alum").
  categoryWord: ["(?!(?:at|with|for|from|on|by|under|fellow|alum|alumna|alumnus|alumni|grad|graduate|member|part)(?![\\p{L}]))[\\p{L}-]+"],
  // Topics so broad that sharing an interest in them says nothing of this person.
  broadTopic: [
    'sustainability', 'innovation', 'leadership', 'tech', 'technology', 'growth', 'business', 'marketing', 'sales', 'ai', 'success', 'learning',
    'people', 'excellence', 'entrepreneurship', 'startups', 'networking', 'personal development', 'self-improvement', 'continuous learning',
    'making a difference', 'helping others', 'digital transformation', 'data', 'finance', 'fintech', 'healthcare', 'education', 'the future of work',
    'collaboration', 'teamwork', 'creativity', 'strategy', 'change', 'impact', 'design', 'coding', 'travel', 'fitness', 'new ideas', 'progress',
  ],
  // Where such a topic ends: punctuation, "and", or the end.
  topicEnd: ['(?= *(?:[.!,;?:—–]|-(?= )|and(?![\\p{L}])|$))'],
  // Who can own a piece of work: "your studio", "your fund", "your clinic".
  orgNoun: [
    'company', 'team', 'firm', 'lab', 'startup', 'org', 'organi[sz]ation', 'department', 'agency', 'studio', 'school', 'charity', 'group',
    'fund', 'clinic', 'practice', 'brewery', 'bakery', 'restaurant', 'caf[eé]', 'shop', 'store', 'hospital', 'band', 'museum', 'gallery',
    'foundation', 'nonprofit', 'council', 'club', 'newsroom', 'magazine', 'label', 'farm', 'winery', 'co-?op', 'union', 'hotel', 'institute',
    'university', 'college', 'cent(?:re|er)', 'chapter', 'crew', 'office', 'publisher', 'theat(?:re|er)', 'orchestra', 'choir', 'school board', 'unit',
    'association', 'society', 'collective', 'cooperative', 'trust', 'committee', 'board', 'parish', 'network', 'guild', 'league', 'ministry', 'newspaper',
    // Round 23: who runs things where many writers work (Nairobi, Lagos, Karachi, Manila): "the workshop your NGO ran", "your mill".
    'ngo', 'bank', 'factory', 'mill', 'terminal', 'sacco', 'plant',
    // A hospital's units: "your ward's falls audit".
    'ward',
    // Uniformed and diplomatic units: "your brigade's numbers", "your battalion's exercise", "your embassy's visa team".
    'brigade', 'station', 'battalion', 'regiment', 'squadron', 'precinct', 'embassy', 'consulate',
    // Public bodies: "the bike lane pilot your city ran", "your county's open-data portal".
    'city', 'town', 'county', 'municipality', 'borough', 'district',
  ],
  // Something done, made or put out (the verb of "the mural your studio painted", "the reports your fund publishes"):
  // any regular past tense except the ones that say nothing of theirs (viewed, accepted, needed…).
  deedVerb: [
    "(?!(?:viewed|visited|checked|accepted|received|ignored|missed|needed|wanted|liked|followed|connected|endorsed|opened|clicked|requested|asked|deserved|expected|used|tried|faced|seemed|looked|called|added|loved|enjoyed|appreciated|noticed|wasted|struggled|overpaid|suffered|lacked|worried|feared|hated|dreaded|spent|paid|signed up|logged|mentioned|searched|scrolled|reached)(?![\\p{L}]))[\\p{L}-]{2,}ed",
    'built', 'wrote', 'ran', 'led', 'made', 'gave', 'drew', 'did', 'won', 'taught', 'held', 'shot', 'grew', 'began', 'brought', 'spoke', 'sang', 'rebuilt',
    'set up', 'put out', 'put together', 'put on', 'put in', 'put up', 'sold', 'laid', 'hung', 'co-wrote', 'oversaw', 'undertook', 'fought', 'dug', 'sewed', 'sewn', 'spun', 'brewed', 'cut',
    'publish(?:es)?', 'runs?', 'hosts?', 'maintains?', 'writes?', 'organi[sz]es?', 'leads?', 'teach(?:es)?', 'edits?', 'curates?', 'produces?',
    'builds?', 'designs?', 'moderates?', 'co-hosts?', 'sponsors?', 'puts? out', 'releases?', 'paints?', 'brews?', 'bakes?', 'records?', 'films?',
  ],
  // Doing now: "the rebuild that your firm is leading".
  doingVerb: [
    'leading', 'building', 'running', 'developing', 'designing', 'organi[sz]ing', 'hosting', 'writing', 'producing', 'funding', 'piloting', 'testing',
    'launching', 'rolling out', 'restoring', 'renovating', 'planning', 'constructing', 'rebuilding', 'curating', 'editing', 'teaching', 'coaching',
    'researching', 'studying', 'working on', 'publishing', 'painting', 'filming', 'recording', 'opening', 'championing', 'spearheading', 'overseeing',
    'backing', 'sponsoring', 'digging', 'mapping', 'translating', 'brewing', 'rebranding', 'redesigning',
  ],
  // A title before a referrer's name: "my professor, Dr. Kim Soto, suggested…", "Coach Daniel told me…".
  personTitle: [
    '(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev|Fr)\\.? ', '(?:Professor|Doctor|Coach|Dean|Judge|Captain|Pastor|Father|Sister|Nurse|Chef|Officer|Councillor|Councilor|Senator) ',
  ],
  // Who a named person was to them: "Théo was your flatmate in Lyon".
  relationNoun: [
    'flatmate', 'roommate', 'housemate', 'colleague', 'coworker', 'co-worker', 'classmate', 'teammate', 'student', 'intern', 'manager', 'boss',
    'neighbou?r', 'mentor', 'mentee', 'tutor', 'teacher', 'professor', 'coach', 'supervisor', 'co-?founder', 'cofounder', 'partner', 'client',
    'friend', 'lab ?mate', 'bandmate', 'deskmate', 'report', 'direct report', 'sister', 'brother', 'cousin', 'lecturer', 'trainee', 'apprentice', 'buddy',
  ],
  // Things that fit any reader and are nothing of theirs: "the time you spent", "the work you do".
  genericThing: [
    'work', 'job', 'things?', 'stuff', 'everything', 'all', 'what', 'impact', 'difference', 'value', 'effort', 'energy', 'time', 'hours', 'money',
    'results?', 'leads', 'revenue', 'success', 'growth', 'goals?', 'challenges?', 'problems?', 'pain', 'messages?', 'emails?', 'notes?', 'invit(?:ation|e)s?',
    'requests?', 'inmails?', 'notifications?', 'profile', 'connection', 'content', 'posts', 'updates', 'budget', 'deals', 'customers', 'clients',
    // What everyone has: "the team you lead", "the company you've built", "the life you live".
    'team', 'company', 'business', 'organi[sz]ation', 'org', 'people', 'department', 'brand', 'network', 'role', 'career', 'life', 'culture', 'name',
  ],
  // What two people can share side by side: "we shared a table at the fair", "we had neighbouring desks".
  sideBySideNoun: [
    'table', 'desk', 'bench', 'booth', 'stand', 'stall', 'stage', 'panel', 'row', 'cab', 'taxi', 'ride', 'car', 'lift', 'tent', 'office',
    'room', 'flat', 'house', 'lab', 'kitchen', 'cubicle', 'locker', 'plot', 'pitch', 'seat', 'bunk', 'dorm', 'corridor', 'shift', 'rota',
  ],
  // What "we <did> at the same …" may not end on: a field or a situation anyone shares ("we work in the same industry",
  // "we face the same problems", "we're in the same boat").
  sameAnything: [
    'industry', 'field', 'space', 'sector', 'line', 'network', 'boat', 'page', 'things?', 'way', 'time', 'problems?', 'challenges?', 'issues?',
    'goals?', 'values', 'market', 'niche', 'area', 'platform', 'app', 'world', 'country', 'planet', 'position', 'situation', 'stage of',
  ],
  // A category anyone could share, after "fellow": "as a fellow professional" (not "a fellow Michigan alum").
  fellowCategory: [
    'professionals?', 'humans?', 'entrepreneurs?', 'founders?', 'leaders?', 'marketers?', 'recruiters?', 'creatives?', 'networkers?',
    'business (?:owners?|people|leaders?)', 'linkedin (?:users?|members?)', 'members? of (?:this|the linkedin) (?:platform|network|community)',
    'go-getters?', 'executives?', 'consultants?', 'salespe(?:ople|rson)', 'sellers?', 'innovators?', 'hustlers?', 'achievers?', 'visionaries',
    // A profession or its body is an industry anyone in it shares: "fellow member of the Bar here", "as a fellow lawyer".
    'members? of the (?:bar|profession|trade|industry|legal profession)', '(?:lawyers?|barristers?|solicitors?|attorneys?)(?! (?:from|at|in|of|on|with|who|alums?|grads?)(?![\\p{L}]))',
  ],
  praise: [
    'great', 'loved?', 'enjoyed', 'nice', 'excellent', 'fantastic', 'interesting', 'insightful', 'brilliant', 'inspiring', 'thoughtful',
    'wonderful', 'amazing', 'fascinating', 'terrific', 'helpful', 'useful', 'impressed by', 'admire', 'admired',
  ],
};

export const contextFamilies: readonly Family[] = [
  {
    name: 'theirWork',
    means: 'refers to something of theirs',
    patterns: [
      // Not a request for something of theirs: "send me your comments", "share your portfolio".
      '(?<!(?:send|share|forward|provide|attach|give|submit|email|upload|update|with)(?: me| us)? )(?:(?:your|ur) (?:{gapWord} ){0,4}?|you\'re (?:{gapWord} )?){workNoun}',
      // "your family law practice", not "for your practice".
      '(?:your|ur) (?:{gapWord} ){1,3}?practice',
      // "your work on…", "your move to Stripe": but "your work at [Company]" names nothing.
      "(?:your|ur) (?:[\\p{L}\\p{N}'&+\\-]+ ){0,2}?{softNoun} (?:on|at|as|into|from|with|in|building|leading|running|scaling|designing|managing|teaching|to)(?! *[\\[{<%])(?! (?:this|the|your|our) (?:field|industry|space|sector|area)\\b)",
      "(?:your|ur) (?:[\\p{L}\\p{N}'&+\\-]+ ){0,2}?{skillNoun} (?:at|with|building|leading|running|scaling|designing|managing|teaching)(?! *[\\[{<%])",
      // A field, then where: "your background in clinical trials data at IQVIA" (not "…in sales at a fast-growing company").
      "(?:your|ur) (?:[\\p{L}\\p{N}'&+\\-]+ ){0,2}?{skillNoun} in (?:[\\p{L}\\p{N}&/-]+ ){1,4}?(?:at|with|for) (?!(?:a|an|the|your|our|my|this|that|various|different|many|several|some|top|leading|large|small|big|major|other|companies|firms|organi[sz]ations|startups|scale-?ups|agencies|brands|clients|enterprises?|corporates?|tech|this|these|those)(?![\\p{L}]))(?! *[\\[{<%])[\\p{L}\\p{N}&.'-]+",
      // A template's slot for a specific detail of theirs: "your experience at [COMPANY] in [INSERT SKILL]".
      "(?:your|ur) (?:[\\p{L}\\p{N}'&+\\-]+ ){0,2}?(?:{softNoun}|{skillNoun}) (?:[\\p{L}\\[\\]-]+ ){1,4}?\\[[^\\]\\n]{0,20}(?:skill|specific|detail|topic|research|project|achievement|accomplishment|area)[^\\]\\n]{0,20}\\]",
      // Something of theirs that appeared where the writer saw it: "your brigade's numbers on e-scooter collisions were in the
      // prefecture's monthly bulletin", "your letter was read out at last week's committee".
      "(?:your|Your) [^.!?\\n]{1,60}? (?:was|were|got|has been|have been) (?:(?:published|cited|quoted|featured|shown|presented|circulated|mentioned|reported|printed|reproduced|read out|discussed|tabled) )?(?:in|at|on|by|during) (?:the|this|last|yesterday's|this week's|last week's|our) (?:[\\p{L}\\p{N}'’&-]+ ){0,3}?(?:bulletin|newsletter|report|journal|magazine|gazette|digest|briefing|meeting|review|conference|summit|hearing|committee|board|session|sitting|press|paper|broadcast|programme|program)(?![\\p{L}])",
      // "a long-time user of your app", "a subscriber to your Substack".
      '(?:customer|user|subscriber|reader|listener|viewer|follower|student|member|fan|regular|guest|patient|client) (?:of|to|at) (?:your|yours)',
      // A work of theirs named by its quoted title: "your studio's 'Teacup Tides'", "your band's “Blue Hour”".
      "(?:your|ur) (?:{gapWord} ){0,3}?['‘\"“][^'’\"”\\n]{2,60}['’\"”]",
      // Something held in their keeping, as a source records it: "the catalogue lists a 1925 vase as being in your collection".
      "(?:is|are|was|were|being|now|still|held|kept|remains?|sits?|lives?) in your (?:[\\p{L}-]+ )?(?:collection|archives?|keeping|possession|holdings|library|estate)(?![\\p{L}])",
      // Our paperwork names them in our undertaking: "the call sheet has you down as our 2nd AC", "you're credited as the editor",
      // "Liam (our apprentice) has you down as his site supervisor"
      // (not "LinkedIn lists you as a mutual connection").
      "(?:has|have|had|lists?|listed|shows?|showed|puts?|put|names?|named|credits?|credited|pencils?|pencilled|penciled) (?:you|your name) (?:down |in )?as (?:our|my|the|his|her|their) (?!(?:[\\p{L}-]+ )?(?:connections?|contacts?|members?|prospects?|leads?)(?![\\p{L}]))[\\p{L}\\p{N}]+",
      "(?:you're|you are|you were) (?:down|listed|booked|credited|pencilled in|penciled in|confirmed|cast) as (?:our|my|the) (?!(?:[\\p{L}-]+ )?(?:connections?|contacts?|members?|prospects?|leads?)(?![\\p{L}]))[\\p{L}\\p{N}]+",
      // We run on their open-source work: "our build pipeline uses your open-source texture packer".
      "(?:use|uses|used|using|run|runs|ran|rely on|relies on|relied on|depend on|depends on|depended on|build on|builds on|built on|forked) your (?:[\\p{L}-]+ )?(?:open-source|open source)(?![\\p{L}])",
      // A trade's use of their product in our work: "we specified your brick-slip system for a care home", "we've fitted your
      // valves on three jobs" (not "your products" or "your services", which fit any seller).
      "(?:we |I |we've |I've |our (?:[\\p{L}&-]+ ){1,3}?)(?:have |had |always |often |also )?(?:specified|installed|fitted|commissioned|licensed|prescribed|spec'd|specced) your (?!(?:[\\p{L}-]+ )?(?:products?|services?|solutions?|offerings?|offers?|packages?)(?![\\p{L}]))[\\p{L}\\p{N}'&-]+",
      // Bought something of theirs, named by what it is: "I bought three of your solar lanterns", "ordered your ceramic mugs"
      // (not a wish to buy, nor "your products" or "your services", which fit any seller).
      "(?:bought|ordered|purchased|pre-?ordered|(?:have|'ve) (?:bought|ordered|purchased)|(?:been|started|still|keep|kept|now|always) (?:buying|ordering|stocking|serving|selling|reselling)|(?:always |still |proudly |happily )?(?:stock|stocks|stocked|resell|resells|resold)) (?:(?:a|one|two|three|four|five|six|a few|a couple|several|some|both|all|\\d+) (?:of )?)?your (?!(?:[\\p{L}-]+ )?(?:products?|services?|solutions?|offerings?|offers?|packages?|time|attention)(?![\\p{L}]))[\\p{L}\\p{N}'&-]+",
      // Something of theirs made public, named by what it is: "your team's open-source outbreak dashboard", "your lab's public
      // flood map" (made public, it is their work, not a tool they pay for: "your dashboards" alone stays nothing).
      "(?:your|ur) (?:{gapWord} ){0,3}?(?:open-source|open source|public|published|publicly available|freely available|open-data|open data) (?:[\\p{L}-]+ ){0,2}?(?:dashboards?|trackers?|databases?|maps?|APIs?|models?|portals?|index|registry|registries|calculators?|explorers?|platforms?|sites?|websites?|repos?|archives?|queues?|librar(?:y|ies)|packages?|crates?|frameworks?|SDKs?|CLIs?|plugins?|extensions?|modules?|engines?|parsers?|schedulers?|servers?|toolkits?|projects?)(?![\\p{L}])",
      // What their team put out: "the sediment models your lab released", "the four-day week your company rolled out".
      // The same with where it is between: "your farm near Ashburton moved to once-a-day milking", "your clinic in Soweto piloted…".
      '(?:your|ur) (?:[\\p{L}-]+ )?{orgNoun} (?:near|in|outside|at|on|by) (?:[\\p{L}\\p{N}\'&-]+ ){1,2}?(?:just |recently |finally )?(?:moved to|switched to|converted to|released|put out|published|shipped|rolled out|launched|built|introduced|ran|organi[sz]ed|hosted|piloted|trial?led|won|opened|started)(?![\\p{L}])',
      '(?:your|ur) (?:{orgNoun}|project) (?:just |recently |finally )?(?:released|put out|published|shipped|rolled out|launched|built|open-sourced|announced|introduced|ran|organi[sz]ed|hosted|piloted|wrote|gave|presented|shared|posted|did|made|won|demoed|showed|showcased|moved to|switched to|converted to|trial?led|donated|funded|sponsored|endowed|gifted|paid for|restored|renovated|planted)',
      // What they achieved, presupposed by a question: "how long did it take your bakery to get the organic certification?".
      "(?:(?:did|has|had) it (?:take|taken|cost)|it took|it cost|it has taken|it's taken) your (?:[\\p{L}-]+ )?{orgNoun} (?:[\\p{L}-]+ )?to (?:get|obtain|earn|win|achieve|receive|secure|pass|reach|complete|build|open|launch|switch|move|certify|register|export|raise|hire|train)(?![\\p{L}])",
      // A source that names them or their organisation: "your company's history appears in the state archives", "your name came up in…".
      "(?:your|ur) (?:name|{orgNoun}(?:(?:'s|’s) (?:[\\p{L}-]+ )?(?:name|history|story|founding|record|records|work|role|project|logo))?) (?:appears|appeared|is mentioned|was mentioned|is listed|was listed|is cited|was cited|features|featured|comes up|came up|turns up|turned up) (?:in|on|at|throughout|all over)(?![\\p{L}])(?! (?:my |a |an |the |our )?(?:[\\p{L}-]+ )?(?:search|searches|feed|results|suggestions|recommendations|people you may know|network|connections?|relation|regard|reference|inbox)(?![\\p{L}]))",
      // We are their customers: "your physio clinic is the one most of us go to", "your bakery is where the whole office buys its bread".
      "(?:your|ur) (?:[\\p{L}-]+ )?{orgNoun} is (?:the one|the place|where|who) (?:[\\p{L}'’-]+ ){0,6}?(?:go to|goes to|use|uses|visit|visits|shop at|shops at|buy from|buys from|order from|orders from|see|sees|trust|trusts|recommend|recommends|buy|buys|get|gets)(?![\\p{L}])",
      // Something of ours they rent or book: "the village hall your pilates class rents on Tuesdays", "the berth your boat had".
      "(?:the|that|this|our|my) (?:[\\p{L}\\p{N}'&-]+ ){1,3}?(?:that |which )?your (?:[\\p{L}-]+ ){0,2}?(?:{orgNoun}|{eventNoun}|group|kids|children|son|daughter|dog|horse|boat|family|band|choir|troupe) (?:rents|rented|hires|hired|books|booked|leases|leased|borrows|borrowed|stores|stored|parks|parked|moors|moored|keeps|kept|stables|stabled|had|has|attends|attended|meets in|met in|rehearses in|rehearsed in|trains in|trained in|practi[sc]es in|plays in|played in)(?![\\p{L}])",
      // A defect found in their work: "I found a typo in the README of your country-codes package", "a broken link on your site".
      "(?:found|spotted|noticed|hit|ran into|came across|caught|there's|there is) (?:a|an|one|two|three|some|the|what looks like an?) (?:small |tiny |minor |possible |little )?(?:typo|bug|mistake|error|broken link|dead link|glitch|crash|inconsistency|misprint|regression|memory leak|race condition)s? (?:in|on|with|inside) (?:the [\\p{L}-]+ (?:of|for|in|on) )?(?:your|ur)(?![\\p{L}])",
      // Bought or took something they sell or teach: "I bought the accounting course you sell for sole traders".
      "(?:bought|ordered|purchased|took|enrolled in|signed up for|subscribed to|completed|finished|did) (?:the|a|an|one of the|two of the|both of the) (?:[\\p{L}\\p{N}'&-]+ ){1,4}?(?:that |which )?you (?:sell|sold|make|made|bake|baked|brew|brewed|publish|published|teach|taught|offer|offered|run|ran|host|hosted|created|wrote|designed|knit|knitted|sew|sewed|print|printed)(?![\\p{L}])",
      // A thing of theirs at a place, mentioned by others: "three people mentioned your little library box outside the café".
      "(?:mentioned|praised|recommended|talked about|raved about|told me about|pointed out|showed me) your (?!(?:[\\p{L}-]+ )?(?:services?|products?|company|work|team|business|profile|page|posts?|offers?|solutions?|thoughts|feedback|input|views?|opinion|take|advice|help|time)(?![\\p{L}]))(?:[\\p{L}'’-]+ ){1,3}?(?:outside|at|in|on|near|behind|by|beside|opposite) (?:the|our)(?![\\p{L}])",
      // Their question, asked somewhere before I write: "your question on pricing experiments comes at 41:10", "re your query about the allowance".
      "(?:your|ur) (?:recent |last |earlier |great |good )?(?:question|query|enquiry|inquiry) (?:on|about|regarding|re|to|for|in|at|under)(?![\\p{L}])",
      // Any deed of their team with what and where: "your firm fitted the EV chargers at Ballincollig GAA" (the family is
      // matched case-blind, so the place is told from the words that are no place: "at home", "for free", "for clients").
      '(?:your|ur) (?:{orgNoun}) (?:just |recently |finally |also )?(?:{deedVerb}) (?:the|a|an|those|these|our|my|two|three|four|\\d+) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:at|in|on|for) (?:the )?(?!(?:a|an|my|our|your|his|her|their|its|home|work|least|all|once|time|us|me|you|them|it|this|that|these|those|free|cost|scale|speed|years?|months?|weeks?|clients?|customers?|companies|businesses|brands|teams|people)(?![\\p{L}]))[\\p{L}\\p{N}]+',
      // What their organisation does, as the writer read or heard it: "I read that your cooperative already runs POS
      // points in the Ilorin markets", "I learnt from a colleague that your foundation funds…" (not "your team is hiring").
      "(?:saw|seen|read|heard|hear|learned|learnt|noticed|understand|(?:am|was|I'm) told) (?:(?:from|by|through|via) (?:[\\p{L}\\p{N}'’-]+ ){1,4}?)?(?:that )?(?:your|ur) (?:[\\p{L}-]+ )?{orgNoun} (?:already |now |also |still |currently )?(?:runs|operates|manages|serves|supplies|distributes|trains|publishes|hosts|organi[sz]es|builds|makes|exports|imports|grows|teaches|funds|sponsors|mentors|screens|treats|recycles|repairs|installs|delivers|(?:has|had) (?:already )?(?:been running|run|built|set up|opened|launched|started|trained|installed))(?![\\p{L}])",
      // "your answer on the testing forum", "your reply in the Rust Discord".
      '(?:your|ur) (?:[\\p{L}-]+ )?(?:answers?|repl(?:y|ies)|responses?) (?:on|in|under) (?:the |a |that |this )?(?:[\\p{L}\\p{N}&:.-]+ ){0,4}?(?:forum|thread|subreddit|group|community|discord|slack|stack ?overflow|issue|discussion|post)',
      // What they said to the writer, in a thread or a Q&A: "your answer to my question at the end of the webinar",
      // "your reply to my comment on the pricing thread" (not "your reply to my message": a cold bump pretends one).
      "(?:your|ur) (?:[\\p{L}-]+ )?(?:answers?|repl(?:y|ies)|responses?|comments?|feedback|reaction|remarks?|advice|tips?) (?:to|on|under|about) (?:my|our) (?:[\\p{L}-]+ )?(?:questions?|posts?|comments?|threads?|articles?|talk|pitch|demo|project|repo|pull request|PR|issue|review|poster|presentation|thesis|paper|portfolio|problem|idea)",
      // Their question or remark at an event: "your question at the end of the keynote".
      "(?:your|ur) (?:[\\p{L}-]+ )?(?:question|remark|point|comment|story|joke|shout-?out|toast|speech|intervention) (?:at|during|after|in) (?:the|last|yesterday's|this|that|our|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)(?! (?:comments|inbox|feed)\\b)",
      // Praise of their question at a named event: "great question in the AWS Summit Q&A about cost tagging".
      "(?:[Gg]reat|[Gg]ood|[Bb]rilliant|[Ss]harp|[Ee]xcellent|[Ii]nteresting|[Tt]houghtful|[Ff]antastic|[Ss]mart) (?:question|point|comment|remark|answer|take) (?:(?:about|on) (?:[\\p{L}\\p{N}'-]+ ){1,4}?)?(?:in|at|during|after) (?:the )?(?:\\p{Lu}[\\p{L}\\p{N}&'.-]* ){1,4}(?:[\\p{Ll}-]+ )?(?:Q&A|Q\\+A|session|panel|keynote|talk|webinar|AMA|workshop|meetup|summit|conference|roundtable|town hall|fireside|seminar|lecture|forum|debate|briefing|hearing|assembly|AGM|breakfast|lunch|dinner|masterclass)(?![\\p{L}])",
      // The same, said from the other side: "great question from you at the ONA session", "the point from you during the panel".
      "(?:question|remark|point|comment|story|answer|shout-?out|toast|intervention)s? from you (?:at|during|after|in) (?:the|last|yesterday's|this|that|our|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)(?! (?:comments|inbox|feed)\\b)",
      // Their own public request, reported from where they posted it: "the meetup page says you're still looking for a host
      // venue", "your flyer said you need drivers" (a call they made is an invitation; not a profile or headline, which fit anyone).
      "(?:your|the|their|that|this) (?:(?!(?:linkedin|profile)(?![\\p{L}]))[\\p{L}-]+ ){0,2}?(?:post|page|listing|ad|advert|advertisement|announcement|newsletter|notice|flyer|poster|website|site|thread|call|appeal|call-?out|bulletin) (?:says|said|mentions|mentioned|notes|noted|asks|asked|states|stated|reads) (?:that )?you(?:'re| are| were|'d)? (?:still |also |currently |now |urgently )?(?:looking for|seeking|after|need|needed|want|wanted|searching for|asking for|hoping to find|could use)(?![\\p{L}])",
      // Their call named by what it asks for: "your appeal for drivers", "replying to your ad for a weekend sous-chef" (not a
      // "request for a quote", a "call for quotes" or a "search for talent": a seller can pretend those).
      "(?:your|ur) (?:[\\p{L}-]+ ){0,2}?(?:call|appeal|call-?out|ad|advert|advertisement|posting|listing|notice) for (?:a |an |the |more |new |two |three |some )?(?!(?:quotes?|quotations?|demos?|bids?)(?![\\p{L}]))[\\p{L}-]{3,}",
      // "saw your name on the speaker list for DevOpsDays".
      '(?:saw|seen|see|seeing|spotted|noticed|found|finding) your name (?:on|in|among|all over) (?:the )?(?:[\\p{L}\\p{N}&-]+ ){0,3}?(?:list|line-?up|agenda|programme|program|schedule|credits|paper|report|roster|shortlist|winners|speakers|authors|blame|commits?|commit log|history|changelog|codebase|docs|documentation|archives?|minutes|records|acknowledge?ments|footnotes|citations|references|bibliography|readme|wiki|patents?)(?![\\p{L}])',
      // Heard or watched them: "caught you on the Changelog podcast", "hearing you and Lenny argue about pricing".
      '(?:hearing|heard|hear|watching|seeing|caught|catching) you (?:and [\\p{L}-]+ )?(?:on|at|talk|talking|speak|speaking|argue|arguing|discuss|discussing|debate|debating|present|presenting|explain|explaining|interviewed|in conversation|live)',
      // "you were the closing speaker at Madrid Retail Week".
      "(?:you were|you're|you are) (?:the |a |an |one of the )?(?:[\\p{L}-]+ ){0,2}?(?:speakers?|panell?ists?|hosts?|judges?|moderators?|guests?|keynote|mentors?|organi[sz]ers?|instructors?|winners?|finalists?|facilitators?|coach) (?:at|on|for|of|in)",
      '{praise} (?!to )(?:[\\p{L}\\p{N}\'-]+ ){0,2}?(?:post|article|talk|piece|keynote|panel|podcast|episode|paper|interview|thread|webinar|presentation|session|essay|write-?up|newsletter|video|book|portfolio|comment)',
      // A question word is no thing made: "how you made the jump", "when you started" ask about their path and name nothing.
      '(?:the |that |this )?(?!(?:{genericThing}|how|when|what|why|where|whether|which|who)(?![\\p{L}]))\\S{1,40} (?:you|u) (?:built|wrote|published|created|led|designed|founded|co-founded|gave|presented|launched|hosted|taught|authored|organized|organised|shared|posted|made|started|ran|developed|open-sourced|released|drew|put out|rolled out|curated|edited|produced|recorded|filmed|answered|drafted|compiled|run|teach|host|organi[sz]e|edit|moderate|curate|maintain|produce|co-host|present|opened|set up|restored|renovated)' +
        // The thing made is what comes before "you built"; "how you built it" points back and names nothing.
        "(?! (?:it|them|that|this|yours)(?= *(?:[.,;:!?]|$| and | so | but )))",
      // A piece about them or their organisation, read or watched: "I read the post about your team cutting cloud spend",
      // "saw the FT interview with you" (not a piece about their industry or role, which fits anyone).
      "(?:read|reading|saw|seen|watched|heard|enjoyed|loved|caught|spotted|noticed|came across) (?:the|a|that|this|an) (?:[\\p{L}\\p{N}&-]+ ){0,2}?{workNoun} (?:about|on|featuring|profiling|with) (?:you(?![\\p{L}'’])|your (?:[\\p{L}-]+ )?{orgNoun}(?![\\p{L}]))",
      // "the recording of your fireside chat", "I came to your open studio day", "the festival programme lists you as a mentor".
      '(?:recording|replay|transcript|slides|notes|video|write-?up|summary|clip|highlights) (?:of|from) your',
      '(?:photos|pictures|pics|footage|coverage) (?:from|of) your (?:[\\p{L}-]+ )?(?:{orgNoun}|{eventNoun}|launch|party|opening|show|talk|keynote|exhibition|festival|tour)',
      '(?:came|went|been) to your (?:[\\p{L}-]+ ){0,3}?(?:{eventNoun}|day|open house|exhibition|show|launch|party|gallery|studio|tour|talk|lecture|seminar|screening|reading|gig|concert|clinic|drop-in|office hours|open day|surgery|stall|stand|booth|shop|store|restaurant|caf[eé]|bar|bakery|market|lesson|retreat|residency)',
      '(?:lists|listed|names|named|features|featured|credits|credited) you as',
      "(?:the |that |those |these )\\S+ (?:you're|you are|you've been) (?:building|piloting|running|leading|launching|rolling out|testing|developing|organi[sz]ing|hosting|writing)",
      "(?:saw|see|noticed|notice|read|heard|learned|learnt|reading|hearing) (?:on \\S+ (?:\\S+ )?)?(?:that )?(?:you|you've|you're|you'd|you were|you are|ur|u r|u)(?!['\\p{L}])(?! (?:now |currently )?(?:work|are|were|lead|run|joined)(?: (?:at|for|with|in))? *[\\[{<%])(?! haven't| have not| didn't| did not| never| ignored| still| (?:are |were )?(?:also )?(?:hiring|growing|expanding|scaling|busy)(?= *(?:[.!,;?]|and |so |$))| (?:recently |just )?(?:viewed|visited|checked out|looked at|stopped by|looked me up)| (?:are |were )?connected (?:to|with)| (?:are |were |been |have been )?(?:also )?(?:(?:on|in|using|active on) linkedin|(?:an? )?(?:early |longtime |long-time )?linkedin (?:members?|users?))| (?:are )?(?:in|from) the same)",
      'you (?:spoke|presented|talked|gave a talk|were on|wrote|published|led|built|hosted|moderated) (?:at|on|about|in|for|the)',
      "where you (?:and [\\p{L}-]+ )?(?:talked|spoke|discussed|wrote|argued|explained|described|shared)", '(?:episode|issue|chapter|part) \\d+ of',
      '(?:that was|what) an? (?:\\S+ ){0,3}?(?:keynote|talk|post|article|panel|episode|piece|presentation|session)',
      '(?:follow|following|followed) your (?:work|posts|writing|research|blog|newsletter|podcast|show|channel)',
      // "following your journey from the accelerator", not "following your journey for a while" (fits anyone).
      '(?:follow|following|followed) your (?:journey|career|content) (?:from|at|since|into|to|with|as|on|through)',
      '(?:listened|listening) to (?:you|your)',
      // "I read in El País this morning that…", "where I believe you helped set up the rota".
      '(?:read|saw|heard|noticed|learned|learnt) (?:in|on) (?:[\\p{L}\\p{N}\'-]+ ){1,4}?that',
      'you (?:helped|helped to) (?:set up|build|launch|start|create|design|run|found|organi[sz]e|shape|write)',
      // "saw you're hiring" is not "saw you": the contraction is the pattern above's, with its exclusions.
      '(?:watched|attended|read|saw) (?:your|you)(?![\\p{L}\'’])(?! (?:linkedin )?(?:profile|background|experience|page|connection|request|invitation|name))',
      // Used, kept or was moved by something of theirs: "I bookmarked your guide", "I was struck by your comments in the FT".
      "(?:loved|enjoyed|liked|bookmarked|printed|re-?read|devoured|(?:been|started|still|keep|kept|now|love|loved|enjoy|enjoyed) using|(?:been|started|now) (?:running|deploying|relying on|building on)(?= your (?!own(?![\\p{L}])))|sat in on|tuned (?:in )?(?:to|into)|subscribed to|joined|registered for|quoted|cited|shared|forwarded|used|tried|studied|finished|completed|came across|stumbled (?:on|upon|across)|was (?:struck|inspired|moved|impressed|fascinated|intrigued|touched) by|(?:keep|kept) (?:coming back|returning|referring) to) your(?! (?:linkedin )?(?:profile|background|experience|page|connection|request|invitation|name|details|email|number|contact|resume|résumé|cv|time|help|patience|reply|response|message|energy|smile|photos?|pictures?|pic|vibe|enthusiasm|attitude|look|looks|eyes|hair|outfit|company|business|brand|services?|products?|website|site|career|journey|achievements|success|skills|network|feed)\\b)",
      // What they do with a particular thing: "I love what you're doing with the textile cooperative there" (not "what you're
      // doing" alone, nor with the community, the industry or your business).
      "what you(?:'re| are|'ve been| have been) (?:doing|building|creating|working on) (?:with|at|for|in|on) (?:the|that|this) (?!(?:{genericThing}|{sameAnything}|community|ecosystem|environment|future|youth|next generation)(?![\\p{L}]))[\\p{L}\\p{N}&'-]+",
      // What they signed up to be: "you signed up as a mentor last term", "you volunteered to be a judge at the science fair".
      "you(?:'ve| have)? (?:kindly |recently |already )?(?:signed up|volunteered|registered|enrolled|put your name (?:down|forward)|offered) (?:as|to be|to serve as) (?:a |an |one of (?:our|the) )?(?:mentors?|volunteers?|judges?|speakers?|hosts?|buddies|buddy|coach(?:es)?|tutors?|reviewers?|panell?ists?|advisers?|advisors?|ambassadors?|stewards?|marshals?)(?![\\p{L}])",
      // What they backed or did for others: "you backed two climate startups", "you invested early in Monzo".
      "you(?:'ve| have)? (?:recently |just |also |early |once )?(?:backed|invested (?:early )?in|funded|seeded|co-led|incubated|mentored|advised|acquired|sponsored|judged|edited|translated|photographed|illustrated|narrated|coached)",
      // Talk of them: "your name came up twice", "told me you're the person to ask about pricing" (not "came up in
      // connection with <a topic>", which says neither who nor where: a stranger's way of saying nothing).
      "(?:your|ur) (?:[\\p{L}'-]+ ){0,2}?(?:name|company|team|work|product|app|research|book|tool|robots?|research|studio|shop|store|business|bakery|caf[eé]|restaurant|salon|farm|clinic|practice|stall|workshop|garage|firm|agency|gallery|brewery|nursery|band|choir|club|charity) (?:came up|keeps coming up|kept coming up|was mentioned|was recommended)(?! (?:in|on|when|while) (?:my |a |the )?(?:feed|search|searching|linkedin|suggestions|recommendations))(?! (?:in connection with|in relation to|in regards? to|with regards? to|regarding|concerning|in the context of|as (?:someone|a|an|one) ))",
      "(?:told me|said|mentioned|insisted|assured me|swears|swore|reckons|thinks|thought|claims|promised me) (?:that )?you(?:'re| are| were) the (?:[\\p{L}-]+ )?(?:person|one|expert|go-to|people)",
      // News of theirs named on its own: "your recent promotion to VP caught my eye".
      'your (?:recent |new |big |well-deserved )?(?:promotion|appointment|book deal|funding round|seed round|series [a-h] round|ipo|award win|award)',
      // Named in the press: "the Guardian quoted you on four-day weeks".
      '(?:quoted|interviewed|featured|profiled|cited|mentioned|named|highlighted) you (?:on|in|about|as|for|this|last|yesterday|today)',
      "(?<!forward to |to )seeing you (?:take|join|move|step|get|win|become|named|promoted|on|at|in|speak|present|talk)",
      // What their company did: "your company's recent expansion into the Baltics", "your firm's move into employment law".
      "(?:your|ur) (?:[\\p{L}-]+ )?{orgNoun}'s (?:recent |new |latest |big |first |upcoming )?(?:[\\p{L}-]+ ){0,2}?(?:bid|plant|site|factory|warehouse|branch|opening|tender|project|exhibition|festival|screenings?|anniversary|rebuild|restoration|renovation|mural|album|tour|menu|season|expansion|launch|acquisition|rebrand|pivot|merger|ipo|funding|raise|round|redesign|rollout|migration|move|partnership|announcement|report|campaign|app|product|feature|study|research|programme|program|initiative|results|win|award|work|approach|podcast|blog|newsletter|paper|pledge|policy|audit|protocol|guidelines?|pathway|checklist|poster|trial|pilot|submissions?|entr(?:y|ies)|nominations?|manuscripts?|books?|shortlisting)",
      // A thing they or their organisation made, as a relative clause: "the pull request you reviewed for me",
      // "the mural your studio painted", "the reports your fund publishes" (not "the time you spent", "the profile you viewed").
      "(?:the|that|this|those|these|a|an) (?!(?:{genericThing})(?![\\p{L}]))(?:(?!(?:how|when|what|why|whether)(?![\\p{L}]))[\\p{L}\\p{N}'&+-]+ ){0,4}?(?:that |which )?(?:you|your (?:[\\p{L}-]+ ){0,2}?{orgNoun}) (?:recently |just |once |personally |all |also |so )?{deedVerb}(?![\\p{L}'])",
      // Doing now: "the crane rebuild that your engineering firm is leading".
      "(?:that|which) (?:you|your (?:[\\p{L}-]+ ){0,2}?{orgNoun}) (?:is|are|'re|was|were|has been|have been|'s been|'ve been) (?:currently |now |still )?{doingVerb}",
      // Who they are by what they did: "as the person who set up our first sponsorship deal".
      "(?:as|you(?:'re| are| were)) the (?:[\\p{L}-]+ )?(?:person|one|woman|man|guy|people|team|folks?|engineer|designer|founder|expert|lead|author|organi[sz]er) (?:who|that) (?:[\\p{L}-]+ )?{deedVerb}(?![\\p{L}'])",
      // "your name is all over the old minutes", "your name was on the grant".
      "(?:your|ur) name (?:is|was|appears|keeps appearing|kept appearing|shows up|is still) (?:all over|on|in|throughout|at the top of|next to) (?:the|our|my|a|an|this|that|every|their) (?!(?:feed|search|searches|suggestions|recommendations|linkedin|list of people)(?![\\p{L}]))[\\p{L}\\p{N}-]+",
      // The press on them: "the Boston Globe piece on your clinic's screenings" (not "an article about your industry").
      "(?:article|piece|story|feature|interview|write-?up|report|segment|coverage|documentary|episode|profile piece) (?:on|about|of|featuring|covering) (?:you(?![\\p{L}'])|your (?!(?:industry|field|space|sector|company|business|brand|profile|role|career|needs|team|niche|market|area|work|services|products)(?![\\p{L}])))",
      // Read or heard of them somewhere named: "loved reading about your coffee roastery in the Financial Times" (not "…on LinkedIn",
      // "…on your website", nor a field: "reading about your industry in the news").
      "(?:read|reading|heard|hearing|learned|learning|learnt) (?:all )?about (?:you(?![\\p{L}'])|your (?!(?:industry|field|space|sector|niche|market|area|needs)(?![\\p{L}]))(?:[\\p{L}\\p{N}'&-]+ ){0,3}?[\\p{L}\\p{N}'&-]+) (?:in|on) (?:the |this |last |yesterday's |today's |this week's |a |an )?(?!(?:linkedin|feed|website|site|profile|page|internet|web|google|social media|your|my)(?![\\p{L}]))[\\p{L}\\p{N}&'-]+",
      // A copy of their work in hand: "a secondhand copy of your cookbook", "episode 12 of your show".
      "(?:copy|copies|edition|print|reprint|chapter|episode|recording|signed copy) of your(?! (?:cv|résumé|resume|id|passport|details|invoice|contract)(?![\\p{L}]))",
      // Made or grown by their instructions: "I've made your brown butter and sage scroll recipe three times", "knitted your sock pattern".
      "(?:made|cooked|baked|brewed|knitted|knit|sewn|sewed|built|planted|grew|tried|followed|used|taught) your (?:[\\p{L}'-]+ ){0,6}?(?:recipes?|patterns?|lesson plans?|instructions|method)(?![\\p{L}])",
      // What they said, acted on: "took your advice and cut it to one page".
      "(?:took|followed|acted on|applied|put) your (?:[\\p{L}-]+ )?(?:advice|tips?|suggestions?|recommendations?|framework|method|approach)",
      // The way they did something: "the way your agency handled the wayfinding" (not "the way you think").
      "the way (?:you|your (?:[\\p{L}-]+ ){0,2}?{orgNoun}) (?:[\\p{L}]+ly )?{deedVerb}(?![\\p{L}']) (?:the|a|an|your|their|its|that|this|those|[\\p{L}-]+ (?:of|for|at|in))",
      // Their role, said to them: "as head of engineering at a company that ships firmware…, you've…".
      "as (?:the |a |an )?(?:[\\p{L}-]+ ){0,3}?(?:head|director|vp|lead|manager|founder|co-?founder|ceo|cto|cfo|coo|partner|editor|curator|chair|president|dean|professor|owner|organi[sz]er|host) (?:of|at|for) (?:[\\p{L}\\p{N}&'-]+,? ){1,12}?you(?:'ve|'re| have| are|'d| must| probably| likely)",
    ],
  },
  {
    name: 'theirNews',
    means: 'congratulates them on news of theirs',
    patterns: [
      "congrat(?:ulation)?s (?:again )?(?:to you )?(?:and (?:the|your) (?:[\\p{L}-]+ ){0,2}?)?on (?:the|your|joining|starting|landing|being|becoming|making|closing|raising|launching|\\p{Lu}[\\p{L}&.-]*'s)",
      "(?:welcome|well done|kudos) (?:to \\p{Lu}\\S*|on (?:the|your))",
      // "well done to you and the whole Voltcraft crew", "hats off to you and your team".
      '(?:congrat(?:ulation)?s|well done|kudos|hats off|bravo|cheers) to you and (?:the|your)',
      // Any occasion named: "congrats on ten years at Unilever", "well-deserved promotion".
      'congrat(?:ulation)?s (?:again )?(?:to you )?(?:on|for) \\S+', 'well[- ]deserved (?:promotion|award|recognition|win|honou?r|title|appointment|move|role|prize|nomination|new role)',
      // "saw the news about your acquisition", "read the announcement that you're joining…".
      '(?:saw|seen|read|heard|seeing|reading|hearing) (?:the |your |some )?(?:great |big |exciting |recent )?(?:news|announcement|update|press release) (?:about|of|that|on|from) (?:your|you)',
      '(?:on|about|of|hear about|heard about|read about|saw) your (?:recent |new |big )?(?:acquisition|funding|raise|funding round|seed round|series [a-h]|promotion|new role|new job|ipo|expansion|anniversary|award|book deal|appointment|graduation|exit)',
    ],
  },
  {
    name: 'companyWork',
    means: 'names their company’s specific work',
    caseSensitive: true,
    patterns: [
      // "what Stripe is doing in cross-border payments", "I saw IKEA is expanding click-and-collect".
      '[Ww]hat \\p{Lu}[\\p{L}\\p{N}&.-]{0,40}(?: \\p{Lu}[\\p{L}\\p{N}&.-]{0,40})? (?:is|are|has been|have been) (?:doing|building|shipping|working on)',
      "(?:[Ss]aw|[Ss]ee|[Nn]oticed|[Rr]ead|[Hh]eard|[Ll]earned) (?:that )?\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}(?: \\p{Lu}[\\p{L}\\p{N}&.-]{0,40})?(?:'s| is| are| has| have| just| recently)(?! (?:also )?(?:on|in) (?:LinkedIn|the same))",
      // A named thing of theirs: "your Kirkgate flea market", "your Bloom Academy course".
      '[Yy]our (?:[\\p{Ll}-]+ )?(?!(?:{toolName}|Company|Business|Team|Organi[sz]ation|Profile|Page|Firm|Website|Brand|Industry|Field|Excellency|Highness|Honou?r|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|January|February|March|April|May|June|July|August|September|October|November|December)\\b)\\p{Lu}\\p{Ll}[\\p{L}\\p{N}&\'-]*(?!(?: [\\p{L}-]+){0,2} (?:{usageNoun})\\b)',
      // Their organisation's something, with a named place or thing: "your company's new plant in Leeds", "your brewery's
      // anniversary party in Asheville" (not "your company's growth in Q3", "your team's reporting in Excel").
      "[Yy]our (?:[\\p{Ll}-]+ )?{orgNoun}'s (?!(?:growth|revenue|sales|leads|pipeline|costs?|needs|bottom|website|site|ads|social|marketing|profile|page|goals|success|hiring|customers|clients|brand|online|digital|cloud|data|security|productivity|efficiency|operations|performance|visibility|reach|presence|budget|spend|workflows?|processes|reporting|payroll|accounts|books|tech|software|systems?)(?![\\p{L}]))(?:[\\p{Ll}\\p{N}-]+ ){0,6}?(?!(?:I|I'm|I've|I'd|I'll|{toolName})(?![\\p{L}]))\\p{Lu}\\p{Ll}[\\p{L}\\p{N}&'-]*",
      // Their people at work, seen at a named place: "I noticed your crew breaking ground on Geer Road", "saw your trucks at the Port of Tema".
      "(?:[Ss]aw|[Ss]potted|[Nn]oticed|[Ww]atched|[Pp]assed) your (?:crews?|team|trucks?|vans?|rigs?|site|booth|stand|stall) (?:[\\p{Ll}-]+ ){0,3}?(?:on|at|in|near|outside|along|off|by) (?:the )?\\p{Lu}[\\p{L}\\p{N}&'-]*",
      // "the way Monzo explains overdraft fees", "a happy customer of Tidewater Kayaks".
      '[Tt]he way \\p{Lu}[\\p{L}\\p{N}&.-]{0,40}(?: \\p{Lu}[\\p{L}\\p{N}&.-]{0,40})? (?:[\\p{Ll}]+ly )?\\p{Ll}+(?:s|ed)(?![\\p{L}])',
      // The same with "how … its/their": "I've followed how Kuda built its savings features", "how Grab handles their driver payouts".
      '[Hh]ow (?!(?:LinkedIn|Google|I|We|You|They|He|She|It)(?![\\p{L}]))\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}(?: \\p{Lu}[\\p{L}\\p{N}&.-]{0,40})? (?:[\\p{Ll}]+ly )?(?:\\p{Ll}+(?:s|ed)|built|grew|ran|made|took|won|rebuilt|went about) (?:out |up |about )?(?:its|their) \\p{Ll}[\\p{L}-]*',
      '(?:customer|user|subscriber|reader|listener|client|member|backer|fan) (?:of|at) (?!LinkedIn\\b)\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}',
      // Not a pronoun's "'s": "It's a flexible work from home opportunity", "That's the work I love".
      "(?!(?:It|That|This|There|Here|What|Who|Where|When|How|He|She|Let|Today|Now|Everyone|Someone|Anyone|Nobody|Everything|Something|Nothing)'s)\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}'s (?:[\\p{Ll}-]+ ){0,2}?(?:work|approach|launch|expansion|move|push|rollout|announcement|acquisition|IPO|Series [A-H]|funding|round|pilot|program|programme|initiative|roadmap|strategy|feature|features|mode|app|product|redesign|rebrand|campaign|report|tool|docs|blog|podcast|newsletter|design system|checkout|onboarding|stores?|factory|plant|office|results|pledge|policy|partnership|deal|merger|release|update|study|paper|research|dataset|course|library|SDK|engine|ads?|billboards?|culture|mission|thesis|portfolio|investments?|fund|bets?|focus)",
      // Wanting to work at their named organisation: "I'm interested in business administration positions with Fairview
      // Health", "I'm very interested in the analyst role at Block" (the writer's interest: not a recruiter's "a role at Monzo").
      "(?:[Ii]'m|[Ii] am|[Ii]'ve been|[Ii] have been|[Ii]'d be|[Ii] would be) (?:very |really |particularly |especially |so |genuinely |most )?(?:interested in|excited about|keen on|drawn to) (?:the |a |an |any |open |future )?(?:[\\p{L}{}_-]+ ){0,4}?(?:positions?|roles?|openings?|opportunities|internships?|jobs?|vacanc(?:y|ies)) (?:at|with) (?!LinkedIn\\b)\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}",
      // Booking a named artist or actor through the reader, their agent: "we'd like to book Mira Solen for a sunset slot"
      // (not a seller booking a firm for a demo: "love to book Acme Corp for a demo").
      "(?:like|love|hoping|want|wanted|keen|delighted|pleased|glad) to (?:book|confirm|programme|program|cast|hire|commission|offer) (?!(?:A|An|The|You|Your|Our|My|Some|One)(?![\\p{L}]))\\p{Lu}\\p{Ll}+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2} (?:for|as|to)(?![\\p{L}])(?! (?:a |an |the |our |my )?(?:[\\p{L}-]+ )?(?:demo|call|chat|meeting|trial|consultation|audit|walkthrough|presentation)s?(?![\\p{L}]))",
      // A job of ours at their named place on a named date: "I'm shooting the Kemp–Osei wedding at Aynhoe Park on 6 June",
      // "we're bringing 'The Lighthouse Keeper's Wife' to the Lyric studio for the week of 9 March" (a crew's or a touring
      // company's own work there; not a seller's roadshow, which is no trade verb here).
      "(?:I'm|I am|[Ww]e're|[Ww]e are) (?:shooting|photographing|filming|catering|styling|lighting|stage-managing|bringing|touring|recording) [^.!?\\n]{1,60}? (?:at|to|in) (?:the )?\\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,2} (?:on|from|for the week of|for|between) (?:the )?\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])",
      // News of a named company: "Zepto just opened its first dark store in Pune" (not "We launched…").
      "(?!(?:I|We|They|You|He|She|It|This|That|Our|My|Your|Their|Everyone|Someone|Nobody|Somebody|Who|What|Which|Hi|Hello|Hey|Dear|Congrats|Congratulations|Thanks|Companies|Teams|Clients|Customers)\\b)\\p{Lu}[\\p{L}\\p{N}&.-]{0,40}(?: \\p{Lu}[\\p{L}\\p{N}&.-]{0,40})? (?:just |recently |finally )?(?:opened|launched|released|shipped|announced|acquired|raised|unveiled|expanded|rolled out|introduced|went live|crossed|closed) (?:its|their|a|an|the|\\d)",
    ],
  },
  {
    name: 'namedReferral',
    means: 'names who sent you or who you share',
    caseSensitive: true,
    patterns: [
      '(?:\\p{Lu}\\p{L}+ ){1,2}(?:suggested|recommended|told me|mentioned|said) (?:that )?(?:I|we) (?:should |could |might )?(?:reach out|contact|connect|talk|speak|get in touch|write|message|ask)',
      '(?:\\p{Lu}\\p{L}+ ){1,2}(?:suggested|recommended) (?:I|that I|we|reaching|contacting|I reach|you)',
      // "our CFO Ana Diaz asked me to connect with you", "Jo wanted me to introduce myself".
      // A comma after the name when its role comes first: "Our head chef, Rui Sousa, asked me to contact you".
      '(?!(?:LinkedIn|Linkedin|Google|Indeed|Someone|Somebody|Everyone|They|He|She)\\b)(?:\\p{Lu}\\p{L}+ ){0,1}\\p{Lu}\\p{L}+,? (?:kindly |has |had )?(?:asked|told|wanted|encouraged|urged|invited) (?:me|us) to (?:reach out|contact|connect|get in touch|write|message|introduce (?:myself|ourselves)|say hello|drop you a (?:line|note)|follow up|speak|talk|check in|call|pick up)(?![\\p{L}])',
      // The same verbs as careful people misspell them: "Ahmed Karim reccomended I reach out", "Jo sugested I write".
      '(?:\\p{Lu}\\p{L}+ ){1,2}(?:sug{1,2}est{1,2}ed|rec{1,2}om{1,2}(?:e|a)nd{1,2}ed|recomended|refered) (?:that )?(?:I|we|you|reaching|contacting)(?![\\p{L}])',
      '(?:[Ii]ntroduced|[Rr]eferred) (?:me|us)',
      // "You were recommended by Dr. Patel", "Maria passed along your name", "found you through the alumni directory".
      '(?:recommended|referred|introduced|suggested) (?:to me )?by \\p{Lu}[\\p{L}.]*',
      // An office hands the name to a team as often as to one person: "the commissioner's office gave us your name".
      '(?:passed along|passed on|passed (?:me|us)|gave (?:me|us)|shared|sent (?:me|us)) your (?:name|details|contact|number|email|profile)',
      // What they wrote, passed on to the one who can answer: "the HR team forwarded me your query about the night-shift allowance".
      "(?:forwarded|passed|sent|handed|routed|referred|escalated|gave) (?:me|us|on to me|on to us|over to me|to me|to us) your (?:[\\p{L}-]+ )?(?:query|question|email|e-mail|message|request|complaint|enquiry|inquiry|note|letter|feedback|comments?|CV|résumé|resume|application|case|file|invoice|order|claim|ticket|proposal|submission|pitch|idea)(?![\\p{L}])",
      '[Ff]ound you (?:through|via|in|on) (?:the |our |a )?(?!LinkedIn\\b|Google\\b|(?:a |the )?search\\b)(?:\\p{Lu}[\\p{L}\']*|[\\p{Ll}-]+ (?:alumni|community|directory|group|forum|slack|newsletter|podcast|list))',
      "(?:\\p{Lu}\\p{L}+|[Hh]e|[Ss]he|[Tt]hey) (?:mentioned|said|told me|suggested|recommended) (?:that )?(?:you|you're|you are|your)",
      // Several of the writer's own people vouch for them: "three of my clients have now told me your firm is the best in Abuja".
      "(?:[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Aa] few|[Mm]any|[Ss]ome|[Mm]ost|[Aa]ll) (?:of )?(?:my|our) (?:clients|customers|patients|members|colleagues|students|friends|suppliers|partners|tenants|readers) (?:have |had )?(?:now |all |independently |separately )?(?:told me|mentioned|said|recommended|suggested|named|pointed me to) (?:that )?(?:you|your)(?![\\p{L}])",
      '(?:\\p{Lu}\\p{L}+ ){1,2}(?:pointed|sent|directed|referred) me (?:your way|to you|in your direction)',
      // The same referral told from their side: "Geoff Lucas referred you to me", "Ana passed you on to us".
      '(?!(?:LinkedIn|Linkedin|Google|Indeed)\\b)(?:\\p{Lu}\\p{L}+ ){1,2}(?:referred|introduced|pointed|sent|passed|directed) you (?:on |along |over )?(?:to me|to us|my way|our way|in my direction)',
      "\\p{Lu}\\p{L}+'s (?:colleague|friend|teammate|classmate|manager|co-?founder|cofounder|former colleague|old colleague|mentor|mentee|sister|brother|partner)",
      // A mutual connection counts when named: "our mutual friend Ana", "Ana Ruiz, a mutual connection".
      '(?:[Mm]utual|[Ss]hared|[Cc]ommon) (?:friends?|connections?|contacts?|colleagues?|acquaintances?),? \\p{Lu}\\p{Ll}+',
      '\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?,? (?:is )?(?:a|our) (?:mutual|shared|common) (?:friend|connection|contact|colleague)',
      // A named person, then who they are, then what they said: "Julia Chen from our climbing gym said you'd…",
      // "Priya Nair from my evening course suggested I talk to you", "Siobhán Kelly on my master's course thought you…".
      "(?!(?:Hi|Hello|Hey|Dear)\\b)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?,? (?:(?:from|at|in|of|on|who) |[(])(?:[\\p{L}\\p{N},.)&'’-]+ ){0,5}?(?:said|says|told me|mentioned|suggested|recommended|thought|thinks|reckons) (?:that )?(?:you|you'd|you're|you are|your|I should|I contact|I reach|I talk|I speak|I ask|I write|I get in touch|I message|we should|we'd)",
      // "Olusegun Bello from my cohort speaks very highly of you", "Rohan Mehta, said you'd be the one to ask".
      "(?!(?:Hi|Hello|Hey|Dear)\\b)\\p{Lu}\\p{Ll}+ (?:[\\p{L},.)-]+ ){0,6}?(?:speaks|spoke|has spoken|speak) (?:so |very |really |incredibly )?highly of you",
      // Not the greeting: "Hi Olga, thought you'd want to know…".
      "(?<!(?:Hi|Hello|Hey|Dear|Morning|Thanks) )(?!(?:Hi|Hello|Hey|Dear)\\b)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?, (?:said|says|told me|mentioned|suggested) (?:that )?(?:you|you'd|you're|you are|your|I should|we should|I (?:reach|contact|write|get in touch|connect|speak|talk)\\b)",
      "(?:got|have|had|was given|received) your (?:name|details|contact(?: details)?|number|email(?: address)?) (?:from|through|via) \\p{Lu}[\\p{L}.'-]*",
      '[Oo]ur mutual (?:friend|connection|contact|colleague),? \\p{Lu}[\\p{L}.\'-]*',
      // "my colleague Inés Vidal worked with you at Glovo", "Kojo put us in touch", "on Lena Vogt's advice".
      "[Mm]y (?:[\\p{Ll}-]+ ){0,2}?(?:colleague|friend|manager|boss|mentor|professor|teacher|coach|classmate|cousin|sister|brother|neighbou?r|teammate|co-?founder|cofounder|advisor|adviser|partner|wife|husband|director|lecturer|supervisor),? (?:{personTitle})?\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2},? (?:who |also |has |had )?(?:worked|studied|played|served|trained|volunteered|met|knows|knew|recommended|mentioned|suggested|insisted|told me|said|says|speaks|thinks|thought|swears|swore|reckons|was|is|used to)",
      "(?!(?:Hi|Hello|Hey|Dear)\\b)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? (?:worked|studied|served|trained|interned|volunteered|played) (?:with|alongside|under) you",
      // A named person the two share: "Tyler Bouchard finished his apprenticeship with me before joining you", "Ama now works for you".
      "(?!(?:Hi|Hello|Hey|Dear)\\b)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? (?:[\\p{Ll}'-]+ ){0,8}?(?:before|after|since|when|until) (?:joining|(?:he|she|they) joined|(?:he|she|they) went to work (?:for|with)) (?:you|your (?:team|crew|firm|company|practice|shop|lab|studio|staff|ward|clinic|school))(?![\\p{L}])",
      "(?!(?:Hi|Hello|Hey|Dear)\\b)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? (?:now |currently )?(?:works|is working|has been working|apprentices|trains) (?:with|alongside|under|for) you(?![\\p{L}])",
      // "my cousin Théo was your flatmate in Lyon", "Ana Ruiz used to be your intern".
      "(?!(?:Hi|Hello|Hey|Dear)\\b)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? (?:was|is|used to be|has been|had been) (?:your|one of your) (?:old |former |first |favou?rite |best |new )?{relationNoun}",
      "(?!(?:Hi|Hello|Hey|Dear)\\b)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? (?:put us in touch|introduced us|connected us|looped (?:me|us) in|cc'd (?:me|us|you))",
      // An introduction a named person offered or promised: "my manager at Kerry, Declan Byrne, offered to introduce us".
      "(?!(?:Hi|Hello|Hey|Dear|LinkedIn|Linkedin)\\b)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?,? (?:kindly |has |had )?(?:offered|agreed|promised|volunteered) to (?:introduce (?:us|me|you)|put us in touch|connect us)(?![\\p{L}])",
      "(?:[Oo]n|[Aa]t) \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?'s (?:advice|suggestion|recommendation|urging|request|prompting|nudge)",
      // A named predecessor handed them over: "I'm taking over the Stockholm account from Erik", "Erik handed your file over to me".
      "(?:[Tt]aking over|[Tt]ook over|[Ii]nherited|[Pp]icking up|[Pp]icked up) (?:your |the )?(?:[\\p{L}-]+ ){0,3}?(?:account|portfolio|territory|caseload|case|file|patch|region|clients?|relationship) from \\p{Lu}\\p{Ll}+",
      "\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? (?:has )?(?:handed|passed) (?:your|the) (?:[\\p{L}-]+ ){0,2}?(?:account|file|case|portfolio|relationship) (?:over )?to me",
      // Standing in for a named colleague who deals with them: "I'm covering for Aisha on the vendor onboarding while she's on leave".
      "(?:[Cc]overing|[Tt]aking over|[Rr]unning|[Mm]inding) (?:{personTitle})?\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?(?:'s|’s) (?:list|patients|desk|caseload|shifts?|classes|class|round|route|accounts|clients|practice|clinic|surgery|ward|beat|column|patch)(?![\\p{L}])",
      "(?:[Cc]overing|[Ss]tanding in|[Ff]illing in|[Ss]tepping in|[Dd]eputi[sz]ing|[Hh]olding the fort) for \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? (?:on|while|during|until|with|in|this|for)(?![\\p{L}])",
      // A named person of theirs: "your student, Marta Rossi, is spending the term with us", "your intern Jonas told me…".
      "(?:your|Your) (?:{relationNoun}|patient|employee|engineer|doctor|nurse|tenant|player|son|daughter|pupil|assistant|colleague),? (?:{personTitle})?\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?(?![\\p{L}])",
      // A group or a role that told me about them: "the Da Nang meetup organisers said you'd be hosting", "the club secretary told me you…".
      "(?:organi[sz]ers|organi[sz]ing committee|committee|parish|school|council|hospital|clinic|practice|surgery|church|club|library|museum|charity|trust|union|college|university|diocese|federation|league|association|society|agency|ministry|embassy|consulate|secretary|chair|chairperson|coach|principal|head|head teacher|headteacher|curator|editor|programme team|program team|front desk|reception|landlord|host|hosts|press office|careers office|careers service|alumni office|helpdesk|help desk|HR team|HR|office|department) (?:had |has |have |kindly )?(?:said|told me|mentioned|let me know|tells me|says|told us|suggested|recommended|advised|pointed me to|referred me to|sent me to|gave me your name|passed me your name) (?:that )?(?:you|your|I|we)(?![\\p{L}])",
      // Thanks for something they did at a named occasion: "thanks for holding the door for me at the Cardiff job fair yesterday".
      "(?:[Tt]hanks|[Tt]hank you|[Gg]rateful) (?:so much |again |very much )?for (?!(?:connecting|accepting|adding|following|reading|considering|taking the time|your time)(?![\\p{L}]))[\\p{L}]+ing (?:[^.!?\\n]{0,60}? )?(?:at|during|after|outside|in) (?:the|our|last|yesterday's|this morning's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:[\\p{L}\\p{N}'&-]+ ){0,4}?(?:{eventNoun}|fair|expo|show|market|station|airport|reception|meeting|game|match|concert|service|gala|launch|party|talk|lecture|keynote|meetup|open day|AGM|assembly|ceremony|race|run|marathon|tournament|relay|walk|ride|swim|triathlon|regatta|rally|parade|fete|fundraiser|auction|bake sale|clean-?up|parkrun|sportive)(?![\\p{L}])",
      // Thanks for what they gave to a cause of ours: "thank you for your firm's kit donation after our appeal", "thanks for the
      // bakery's sponsorship of the under-9s" (a gift is a deed of theirs; not a bare "thanks for your support").
      "(?:[Tt]hanks|[Tt]hank you|[Gg]rateful) (?:so much |again |very much )?(?:to you )?for (?:your|the|that|those) (?:[\\p{L}\\p{N}'’&-]+ ){0,3}?(?:donations?|gifts?|sponsorship|pledge|bequest|grant|contribution (?:to|towards) (?:our|the|my))(?![\\p{L}])",
      // What our records hold of their taking part: "our records show the parish youth club ran as a team of twenty last year".
      "(?:[Oo]ur|[Mm]y|[Tt]he) (?:records|files|register|database|entry lists?|results|logs|books) (?:show|shows|say|says|tell (?:me|us)|indicate)(?: that)? (?:you|your|the) (?:[^.!?\\n]{0,60}? )?(?:ran|took part|entered|joined|attended|registered|volunteered|competed|played|raced|walked|swam|signed up|came|finished|raised|sang|performed)(?![\\p{L}])",
      // Thanks for what they offered or did for me: "thanks for the offer to review my business plan at the startup clinic".
      "(?:[Tt]hanks|[Tt]hank you|[Gg]rateful) (?:so much |again |very much )?for (?:the|your) (?:kind |generous )?(?:offer|invitation|invite|introduction|intro|referral|tip|pointer|shout-?out|mention) (?:to|at|on|in|during|of|for|about)(?![\\p{L}])",
      // The same handover told by the role: "I'm taking over from Julia as your account lead", "replacing Tom as your contact".
      "(?:[Tt]aking over|[Tt]ook over|[Ss]tepping in|[Ss]tepped in|[Rr]eplacing|[Rr]eplaced|[Ss]ucceeding|[Ss]ucceeded|[Cc]overing|[Cc]overed)(?: (?:from|for))? \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? as your (?:new |interim )?(?:[\\p{L}-]+ ){0,2}?(?:lead|manager|contact|partner|rep|representative|consultant|adviser|advisor|planner|buyer|auditor|engineer|coordinator|officer|point of contact)(?![\\p{L}])",
    ],
  },
  {
    name: 'howWeMet',
    means: 'says how you met or spoke before',
    patterns: [
      // A matter of theirs already on my desk: "your invoices for September are sitting with me", "I've received your claim form".
      "your (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:invoices?|orders?|claims?|tickets?|bookings?|reservations?|shipments?|deliver(?:y|ies)|quotes?|quotations?|purchase orders?|POs|paperwork|submissions?|refunds?|returns?|forms?|case|file|application|appeal|complaint|enquiry|inquiry|request|parcel|package|samples?|documents?|contract) (?:(?:for|from|of|dated|number|no\\.) [\\p{L}\\p{N} .#-]{1,30}? )?(?:is|are|has|have|was|were) (?:been )?(?:now )?(?:sitting|waiting|pending|stuck|on hold|with me|on my desk|in my queue|assigned to me|passed to me|forwarded to me|landed with me|come to me|reached me)(?![\\p{L}])",
      "(?:I|I've|I have|we|we've|we have) (?:just )?(?:received|got|processed|approved|reviewed|picked up|been assigned|been handed|been passed) your (?:[\\p{L}\\p{N}-]+ ){0,2}?(?:invoices?|orders?|claims?|tickets?|bookings?|reservations?|shipments?|quotes?|purchase orders?|paperwork|submissions?|refunds?|returns?|forms?|case|file|application|appeal|complaint|enquiry|inquiry|parcel|package|samples?|documents?|contract|CV|résumé|resume|portfolio)(?![\\p{L}])",
      // The state of a matter of theirs, or of their team's paperwork: "your organisation's application is missing the safeguarding
      // policy", "the deadline for your team's overtime sheets is the 25th".
      // Named by what it is for ("your application has been approved" alone is how scams begin).
      "your (?:[\\p{L}\\p{N}'’-]+ ){1,3}?(?:application|submission|claim|file|form|return|bid|entry|proposal|nomination|tender|dossier|visa|permit|licen[cs]e|renewal) (?:is|was|has been|were|are) (?:still |now )?(?:missing|incomplete|approved|rejected|received|shortlisted|accepted|successful|pending|due|late|overdue|flagged|selected|on hold|in|complete|under review|with us|with me)(?![\\p{L}])",
      "your (?:[\\p{L}'’-]+ ){0,2}?(?:timesheets?|time sheets?|overtime sheets?|expense claims?|expenses|leave requests?|holiday requests?|payslips?|rota|appraisals?|reviews|shift swaps?|training records?|certificates?)(?![\\p{L}])",
      // Their thing kept at our place: "your boat has been on our guest mooring since September", "your van is parked in our yard".
      "your (?:[\\p{L}-]+ ){0,2}?(?:boat|yacht|car|van|bike|bicycle|truck|lorry|trailer|caravan|camper|vehicle|container|pallets?|parcel|package|equipment|kit|tools|stuff|things|belongings|luggage|bags?|coat|umbrella|glasses|keys|wallet|phone|laptop|charger|dog|horse|cat|pony) (?:has been|have been|had been|is|are|was|were) (?:(?:still|now|left|parked|moored|sitting|stored|kept|tied up|stabled) ){0,2}(?:on|in|at|outside|behind|by|with) (?:our|my|the)(?![\\p{L}])",
      // Their people came to us: "your firm's pro bono team offered to take two appeals", "your church group signed up for the Saturday shift".
      "your (?:[\\p{L}'’-]+ ){0,3}?(?:{orgNoun}|group|crew|students|pupils|staff|volunteers|members|people|class|parish) (?:has |have |had |kindly |generously )?(?:offered|signed up|volunteered|agreed|booked|registered|enrolled|applied|pledged|committed|asked|requested|reserved|entered) (?:to|for|with|a|an|the|two|three|\\d+)(?![\\p{L}])",
      // What they run from a place of ours: "your patient group runs the Thursday walking club from our car park".
      "your (?:[\\p{L}'’-]+ ){0,3}?(?:{orgNoun}|group|crew|class|students|members|volunteers) (?:runs|ran|holds|held|hosts|hosted|meets|met|uses|used|rents|rented|parks|parked|trains|trained|rehearses|rehearsed|stores|stored) (?:[\\p{L}\\p{N}'’-]+ ){0,5}?(?:from|at|in|on|outside|behind|next to) our(?![\\p{L}])",
      // With an adverb or two on either side: "we only met once at the WiE lunch", "we finally properly met at…".
      '(?:we|I|you and I) (?:(?:only|briefly|finally|just|first|once|properly|actually|already|recently|last) ){0,2}(?:met|spoke|chatted|talked|sat next to each other|sat together|connected|were seated together|sat side by side) (?:(?:once|briefly|twice|only|recently|properly) )?(?:at|during|in|last|yesterday|on|after|briefly|over|through)',
      // "we swapped business cards at…", "we sat on the same judging panel", "I'm the intern who asked about pricing".
      '(?:we|I) (?:swapped|exchanged|traded) (?:business )?(?:cards|numbers|details|emails|contacts)',
      // Thanks for what they did at something both attended: "thank you for hosting the Careers in Climate panel", "thanks for
      // attending our meeting on the 3rd", "thanks for chairing Tuesday's session" (not "thanks for accepting my request").
      "(?:thanks|thank you|grateful) (?:so much |again |very much )?(?:to you )?for (?:hosting|organi[sz]ing|running|chairing|moderating|leading|giving|presenting|attending|joining|coming to|speaking at|judging|facilitating|showing me round|showing us round) (?:the|your|our|my|last|yesterday's|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:[\\p{L}\\p{N}'&-]+ ){0,5}?(?:{eventNoun}|meeting|talk|tour|visit|lecture|seminar|keynote|q&a|breakfast|lunch|reception|screening|open day|clinic|hearing|briefing|consultation|town hall|assembly|training|forum|roundtable|round-table|debate|launch|demo|masterclass)(?![\\p{L}])",
      // Thanks for time or help they gave, said with where or when: "huge thanks for giving up your Saturday at the foodbank",
      // "thank you for volunteering at our clean-up on Sunday", "thanks for pitching in with the stall yesterday".
      "(?:thanks|thank you|grateful) (?:so much |again |very much )?(?:to you )?for (?:giving up (?:your|so much of your) (?:[\\p{L}-]+ )?(?:time|morning|afternoon|arvo|evening|day|weekend|saturday|sunday|night|lunch ?(?:time|break)?)|volunteering|helping (?:out|us)|pitching in|mucking in|chipping in|lending (?:us )?a hand|(?:all )?your (?:help|hard work))(?= (?:at|with|on|during|yesterday|last|this|today|over)(?![\\p{L}]))",
      // Their yes to me, thanked: "thanks again for agreeing to be my referee", "thank you for kindly saying yes to mentoring
      // me" (an exchange there was; not "thanks for agreeing to connect", which any accepted invitation gives).
      "(?:thanks|thank you|grateful) (?:so much |again |very much )?(?:to you )?for (?:kindly |generously )?(?:agreeing|saying yes|offering|volunteering) to (?!(?:connect|connecting|accept|accepting|add|adding|follow|following|link|linking)(?![\\p{L}]))[\\p{L}]+",
      // Thanks again for something they sent or gave the writer: "thanks again for the photos", "thank you again for the
      // introduction to Amaka" ("again": thanked before, so an exchange there was; not for connecting or accepting).
      "(?:thanks|thank you) (?:so much )?again for (?:the|your|all the|sending|sharing|taking|having) (?!(?:[\\p{L}-]+ )?(?:connection|connect|connecting|accept|accepting|add|adding|follow|following|invite|invitation)(?![\\p{L}]))[\\p{L}-]+",
      // A question that shows they know what the reader does: "do you still run the Saturday 5k at Parque da Cidade?",
      // "are you still organising the Leith beer festival?" (not "are you still open to roles?").
      // A seat they hold, asked after: "do you still sit on the EDA stability committee?", "are you still serving on the school board?".
      "(?:do|are|did) you still (?:sit|sitting|serve|serving|chair|chairing) on (?:the |that |your )(?:[\\p{L}\\p{N}'-]+ ){0,4}?(?:committee|board|panel|council|jury|commission|task ?force|working group|steering group|subcommittee)(?![\\p{L}])",
      "(?:do|are|did) you still (?:run|running|organi[sz]e|organi[sz]ing|host|hosting|coach|coaching|lead|leading|teach|teaching|volunteer|volunteering|brew|brewing|bake|baking|make|making|sing|singing|play|playing|curate|curating|edit|editing|chair|chairing|manage|managing|judge|judging) (?:the |that |your |those |a )(?:[\\p{L}\\p{N}'-]+ ){0,3}?(?:at|in|on|for|with) (?:the )?\\p{Lu}[\\p{L}\\p{N}'-]*",
      // Thanks for a session of theirs said with what or where it was: "thanks for the great workshop on negotiation at
      // the Cairo HR summit" (not a bare "thanks for the session").
      "(?<!(?:would be|'d be|will be|I'd be|I'll be) )(?:thanks|thank you|grateful) (?:so much |again |very much )?(?:to you )?for (?:the|your|that|yesterday's|last week's|this morning's) (?:[\\p{L}/&+-]+ ){0,2}?(?:talk|workshop|session|keynote|lecture|seminar|masterclass|webinar|panel|presentation|class|training|tour|demo|q&a|ama|walkthrough|tutorial|lesson|crash course|explanation|tips?|pointers?|advice|lift|ride|recommendation)(?= (?:on|about|at|during|with|in(?! advance)|yesterday|last|this morning|this week)(?![\\p{L}]))",
      // A past they share with the writer, told as a pleasure: "it was a pleasure tutoring Amaka this spring", "it was great
      // working with you on the audit" (not "…working with companies like yours").
      "(?:it was|it's been|it has been) (?:a (?:real |great |true |genuine )?(?:pleasure|privilege|joy|delight)|great|lovely|wonderful|fun|so nice|such a pleasure) (?:working|tutoring|teaching|coaching|mentoring|collaborating|partnering|volunteering|studying|serving|training|teaming up|sitting|playing)(?! (?:with )?(?:companies|teams|people|brands|businesses|firms|leaders|founders|professionals|clients) like)",
      // They came to us: "thanks for buying our analytics course", "thank you for registering for my webinar" (not "for joining
      // my network").
      "(?:thanks|thank you|grateful) (?:so much |again |very much )?for (?:buying|purchasing|ordering|subscribing to|signing up for|registering for|downloading|enrolling in|booking|joining|taking) (?:our|my) (?!(?:[\\p{L}-]+ )?(?:network|connections?|linkedin|page|profile)(?![\\p{L}]))[\\p{L}\\p{N}-]+",
      // "lovely to finally meet in person", "we've met a couple of times at…", "you may recall our exchange".
      '(?:meet|meeting|met) (?:you )?in person', "(?:we've|we have|we had|you and I have|you and I've) (?:already |briefly |actually |both |now )?(?:met|spoken|chatted|talked|crossed paths|worked together)(?= (?:at|in|during|through|on|a couple|a few|several|twice|once|briefly|last|over|when|via))",
      '(?:you may|you might|you probably|you will|you\'ll) (?:not )?(?:recall|remember)', '(?:in|under) the comments (?:on|under|of|to)',
      '(?:at|on) your (?:table|stand|booth|breakout|tour)', 'we were introduced (?:at|by|through|via|last|during|over)',
      "(?:I was|I'm|I am) one of the (?:[\\p{L}-]+ ){0,3}?(?:at|in|on|from|who|for) (?:your|the)",
      "(?:I was|I'm|I am|we were|we're|we are) (?:one|some|two|three|a few|a couple) of the (?:[\\p{L}-]+ ){1,3}?(?:who|that) (?:[\\p{L}-]+ ){1,3}?(?:your|you)(?![\\p{L}'])",
      // "I was on the receiving end of your team's support".
      "(?:I|we) (?:was|were|have been|'ve been) on the receiving end of your",
      "(?:we|you and I) (?:were |both |also )?(?:sat|seated|served|were|worked|spoke|studied|presented) (?:together )?(?:on|at|in) the same (?:[\\p{L}-]+ ){0,2}?(?:panel|jury|table|flight|train|course|team|board|committee|cohort|project|stage|bench|row|class|floor|programme|program|trip)",
      "(?:I'm|I am|I was) the (?:[\\p{L}-]+ ){0,3}?(?:who|that) (?:asked|sat|spoke|came|stopped|won|presented|pitched|helped|interviewed)",
      // Who the writer was at an event both attended: "I was the other Nigerian at the HKS info session", "I was the one in the red
      // scarf at your book launch" (told in the past: "I'm the new PM in the growth team" is no meeting).
      "I was the (?:[\\p{L}-]+ ){1,4}?(?:at|in|during|from) (?:the|your|last|this|yesterday's|last week's|[\\p{Lu}][\\p{L}'’-]+) (?:[\\p{L}\\p{N}'’&-]+ ){0,4}?(?:meetup|conference|summit|event|fair|hackathon|workshop|panel|dinner|expo|festival|webinar|session|talk|lecture|keynote|open day|tour|breakfast|lunch|party|launch|screening|reception|gala|retreat|offsite|class|seminar|q&a|booth|stand)(?![\\p{L}])",
      'you (?:judged|mentored|coached|interviewed|taught|hosted|moderated|chaired|supervised|examined) (?:me|us|our|my)',
      // They came to the writer's class or group: "you came to speak to our second-year class", "you dropped in to run our workshop".
      "you (?:came|come|dropped|stopped|popped|visited|were invited)(?: (?:in|by|along|over|back))? to (?:speak|talk|present|teach|lecture|run|lead|judge|visit|host|demo|give a talk) (?:to |at |with |for |in )?(?:me|us|our|my)(?![\\p{L}'])",
      // Something the two shared side by side: "we shared a table at the careers fair", "we split a cab from the airport",
      // "we had neighbouring desks at the coworking space".
      "(?:we|you and I) (?:shared|split|had|took|grabbed|were at|were in|sat at|sat in|worked at|worked in) (?:a|an|the|one|our) (?:same )?(?:[\\p{L}-]+ )?(?:{sideBySideNoun})(?![\\p{L}])",
      "(?:we|you and I) (?:had|shared|were at|were in|sat at|sat in|worked at|worked in|used|got) (?:[\\p{L}-]+ )?(?:neighbou?ring|adjacent|next-door|side-by-side|back-to-back|facing|opposite) (?:{sideBySideNoun})s?(?![\\p{L}])",
      // Where our places stood to theirs: "our stand was opposite yours at the Spring Fair", "our offices are across the
      // hall", "we exhibited two halls apart at Salone" (not "our offices are across the street from the station").
      "our (?:[\\p{L}-]+ )?(?:{sideBySideNoun}|shop|unit|studio|warehouse|store|premises)s? (?:was|were|is|are|sat|sits|stood|stands)(?: (?:right|just|directly|literally))? (?:opposite|next to|next door to|beside|across from|facing|alongside|across the (?:hall|corridor|landing|aisle|yard|courtyard) from) (?:yours|your|you)(?![\\p{L}])",
      "our (?:[\\p{L}-]+ )?(?:{sideBySideNoun}|shop|unit|studio|warehouse|store|premises)s? (?:are|is|were|was)(?: (?:right|just|directly|literally))? (?:across the (?:hall|corridor|landing|aisle|yard|courtyard)|next door|(?:one|two|three|a few) (?:doors|floors|units|stands|stalls|booths) (?:down|up|along|away))(?! from (?!you|yours)(?![\\p{L}]))",
      // Premises shared with theirs: "your drivers share the loading bay with ours", "we share the skip on Fridays".
      "(?:share|shares|shared|sharing|split|splits) (?:a|the|one) (?:[\\p{L}-]+ ){0,2}?(?:{sharedPlace}|{sideBySideNoun}) with (?:ours|us|me|mine|our|my)(?![\\p{L}])",
      "we (?:both )?(?:share|shared|split) (?:a|the|one) (?:[\\p{L}-]+ ){0,2}?(?:{sharedPlace})(?![\\p{L}])",
      // A neighbour who says where they are from the reader with nothing after: "I'm the new manager at the Centra two doors down."
      "(?:one|two|three|four|a few|a couple of) (?:doors|units|stalls|shops) (?:down|up|along|away)(?= *(?:[.,;!—]|$))",
      "we (?:[\\p{L}-]+ ){0,2}?(?:one|two|three|four|five|a few|a couple of|\\d+) (?:halls|stands|booths|stalls|rows|desks|doors|floors|tables|seats|pitches|aisles|tents|units) apart(?![\\p{L}])",
      // Work handed between the two on a shared shift: "handing over to each other on the Saturday rota", "covering for each other on nights".
      "(?:to|with|for|from) each other (?:on|in|at|during|across) (?:the|a|our) (?:[\\p{L}\\p{N}'-]+ ){0,4}?(?:{sideBySideNoun})s?(?![\\p{L}])",
      // Who the writer was to them: "I'm one of your former students", "I was your intern in 2019".
      "(?:I'm|I am|I was|I used to be) (?:one of )?your (?:former |old |first |ex-|last |new )?(?:{relationNoun}|students?|interns?|patients?|mentees?|trainees?|apprentices?|tenants?|volunteers?|tutees?|reports?|hires?)(?![\\p{L}])",
      // What they did for the writer or about the writer's work: "thanks for having me on your show", "you left a review of our café".
      "(?:thanks|thank you) (?:so much |again )?for (?:having me|(?:introducing|connecting|putting) (?:me|us) (?:in touch )?(?:to|with)|referring (?:me|us) to|featuring (?:me|us|my|our)|sharing (?:my|our)|mentioning (?:me|us|my|our)|quoting (?:me|us|my|our)|reposting (?:my|our)|including (?:me|us|my|our)|the shout-?out)",
      // Their answer to the writer's own question: "thanks for answering my question in the AMA", "for taking our questions".
      "(?:thanks|thank you) (?:so much |again |very much )?for (?:answering|replying to|responding to|taking|fielding|tackling) (?:my|our) (?:[\\p{L}-]+ )?(?:questions?|query|queries)(?![\\p{L}])",
      "you (?:left|wrote|posted|gave) (?:a |an |us |me )?(?:[\\p{L}-]+ )?(?:review|comment|note|testimonial|rating|shout-?out) (?:on|for|of|about|under) (?:our|my|me|us)(?![\\p{L}'])",
      // A programme or a host put them together: "the mentoring programme paired us up", "we were matched as buddies".
      "(?:paired|matched|teamed|grouped|partnered|buddied|twinned|seated|placed|put) (?:us|you and me|you and I|me with you|you with me)(?: up| together| as| with each other| in| on| for| at|[.,!;]|$)",
      "(?:we|you and I) (?:were|got|have been|'ve been|are) (?:paired|matched|teamed|grouped|partnered|buddied|twinned|assigned|seated|placed|put)(?: up)? (?:together|as|with each other|on|for|in|at|next to each other|side by side)",
      // Something they did with or for the writer: "you reviewed my PR", "when you spoke to our MBA class" (not "you came to my profile").
      "you (?:reviewed|approved|merged|answered|graded|marked|commented on|replied to|responded to|fixed|hired|trained|helped|served|treated|spoke to|talked to|presented to|lectured|visited|came to|gave|ran|led|welcomed|showed|toured) (?:me|us|our|my)(?![\\p{L}'])(?! (?:linkedin )?(?:profile|page|inbox|dms?|messages?|posts?|connection)(?![\\p{L}]))",
      // Any other deed of theirs or their organisation's for the writer: "your bakery catered our office party", "you judged
      // our hackathon", "your firm audited us last year" (not "you messaged me", "if your team built our site", "you viewed my profile").
      "(?<!(?:if|whether|could|would|can|will) )(?:you|your (?:[\\p{L}'-]+ ){0,2}?{orgNoun}) (?!(?:messaged|contacted|emailed|pinged|texted|spammed|blocked|reported|flagged|declined|rejected|removed|tagged|invited|added)(?![\\p{L}]))(?:{deedVerb}) (?:me|us|our|my)(?![\\p{L}'])(?! (?:linkedin )?(?:profile|page|inbox|dms?|messages?|connection|website|site|emails?|invit(?:e|ation)s?|requests?)(?![\\p{L}]))",
      // Their firm serving us, as a customer tells it: "your accountancy firm files our accounts", "your removals team keep
      // bringing us boxes" (not "your team could fix your…": a seller's offer is about the reader, not us).
      "(?<!(?:if|whether|could|would|can|will) )your (?:[\\p{L}'-]+ ){0,2}?(?:{orgNoun}|{makerPlace}) (?:still |also |always |kindly |has |have |had |'s |'ve )?(?:keeps? |kept |been )?(?:{serviceVerb}) (?:for )?(?:us|our|my|me)(?![\\p{L}'])(?! (?:linkedin )?(?:profile|page|inbox|dms?|messages?|connection|website|site|emails?|invit(?:e|ation)s?|requests?)(?![\\p{L}]))",
      // What we bought or use from their firm: "we bought our paddles from your workshop in 2021", "the diet sheet from your clinic".
      "(?:bought|ordered|purchased|hired|rented|sourced|got|get|buy|order|source|hire|rent|follow|use|used|using) (?:our|my|the|a|an|some|all our|\\d+) (?:[\\p{L}-]+ ){0,3}?(?:from|by|of) your (?:[\\p{L}-]+ ){0,2}?(?:{orgNoun}|{makerPlace})(?![\\p{L}])",
      // A match or final you both played: "your school's robotics team beat ours", "we lost to you in the semi-final".
      "(?:you|your (?:[\\p{L}'-]+ ){0,3}?)(?:(?:beat|defeated|knocked out|edged out|outscored|played against|competed against|lost to|drew with) (?:us|ours|our|my|me)|knocked (?:us|me) out)(?![\\p{L}'])",
      "(?:we|I|our (?:[\\p{L}'-]+ ){0,3}?)(?:lost to|played against|competed against|faced|drew with|(?:were|was) (?:the )?runners?-up to) (?:you|yours|your)(?![\\p{L}'])",
      // Not "circling back on what we talked about": that pretends a conversation (`false-familiarity`).
      '(?<!what )we (?:talked|spoke|chatted) about',
      '(?:great|nice|good|lovely|a pleasure|pleasure|wonderful|fun|so good|really nice) (?:meeting|chatting|talking|speaking|to meet|seeing|to see|catching up|running into) (?:with )?you (?:at|during|in|last|yesterday|on|after|today|this|about)',
      // Round 31: the pleasure told as a verb: "Enjoyed meeting you at the ACCA chapter night", "I really liked chatting with
      // you after the keynote" (not "I would have loved meeting you at…", which did not happen).
      "(?<!(?:would|could|'d|’d) (?:have |'ve |’ve )?(?:really |so )?)(?:enjoyed|loved|liked|appreciated|valued) (?:meeting|chatting (?:with|to)|talking (?:with|to)|speaking (?:with|to)|catching up with|running into|bumping into) you (?:at|during|in|last|yesterday|on|after|today|this)(?![\\p{L}])",
      // "we were both stuck in the same coffee queue at SaaStr", "we ended up talking churn".
      'we (?:were|both were|have both been|\'ve both been) (?:both )?(?:[\\p{L}-]+ ){0,6}?(?:at|in) (?:the )?[\\p{L}\\p{N}-]+', '(?:ended up|got) (?:talking|chatting)',
      '(?:thanks|thank you) (?:so much |again )?for (?:the|your|our) (?:\\S+ ){0,3}?(?:chat|talk|call|discussion|conversation|session|comment|answers|advice|notes|intro|introduction|questions|presentation|feedback|coffee|meeting|demo|tips|interview)',
      // "Thank you for your time." closing a cold note thanks for time not yet given: it counts when a when or where follows.
      '(?:thanks|thank you) (?:so much |again )?for (?:interviewing me|speaking with me|talking with me|meeting with me|meeting me|chatting with me|your time(?= (?:yesterday|today|this|last|on|at|earlier|during|in)(?![\\p{L}]))|stopping by|visiting|choosing)',
      '(?:great|nice|good|lovely|a pleasure|wonderful|fun) (?:meeting|chatting|talking|speaking|to chat|to talk|to meet|to speak) (?:with you )?(?:at|during)',
      // Where or when at the event comes first: "great chatting by the coffee urn at DevOpsDays", "lovely meeting you
      // yesterday at the expo", "good talking over lunch during the offsite".
      "(?:great|nice|good|lovely|a pleasure|wonderful|fun) (?:meeting|chatting|talking|speaking|to chat|to talk|to meet|to speak) (?:with )?(?:you )?(?:(?:yesterday|today|this morning|last night|last week|on \\p{Lu}\\p{Ll}+day) )?(?:(?:by|near|beside|next to|outside|in|over|at|after|before|on|during) (?:the |a |an |your |our )?(?:[\\p{L}-]+ ){0,3}?)?(?:at|during)",
      'you (?:stopped|came) by (?:our|my) (?:stand|booth|table|stall)',
      'as (?:promised|discussed|mentioned|agreed) (?:at|during) (?:the )?\\S+',
      // "our chat at Web Summit", "following up from our conversation at the AWS Summit".
      '(?:our|the) (?:\\S+ ){0,2}?{conversationNoun} (?:at|during) (?:the )?\\S+',
      '(?:you (?:may |might )?)?remember me (?:from|at) (?:our|the|your) (?:\\S+ ){0,4}?(?:{eventNoun}|days)',
      'remember me from \\p{Lu}[\\p{L}\\p{N}&.\'-]*',
      '(?:we|I) worked together',
      // A note's "met you at…" with the "I" dropped ("met you at the Shopify Unite afterparty"; not "never met you").
      "(?<!(?:never|not|n't|yet to have|without having) )met you (?:at|during|on|in|through|via|briefly|last|yesterday|earlier|once|back)(?![\\p{L}])",
      // What they said or did on the writer's own thing: "thanks for the upvote and kind words on my Show HN".
      "(?:thanks|thank you) (?:so much |again )?for (?:the|your) (?:[\\p{L}-]+ ){0,4}?(?:kind words|words|comments?|feedback|upvotes?|shout-?out|reply|replies|answers?|note|review|critique|suggestions?) (?:on|about|under|for|in|to) (?:my|our)(?![\\p{L}'])",
      // Thanks for a word they put in for the writer: "thanks for the endorsement for budgeting", "thank you for endorsing me",
      // "thanks for the kind recommendation", "thanks for vouching for me" (not "thanks in advance for the recommendation").
      "(?:thanks|thank you|grateful) (?:so much |again |very much )?(?:to you )?for (?:the|your|those|that) (?:[\\p{L}-]+ ){0,2}?(?:endorsements?|recommendation|reference|referral|testimonial)(?![\\p{L}])",
      "(?:thanks|thank you|grateful) (?:so much |again |very much )?(?:to you )?for (?:endorsing|recommending|vouching for|referring|writing me|writing a recommendation for) me(?![\\p{L}])",
      // Worked at one place at the same time: "we worked at Ocado at the same time (I was in warehouse ops)".
      "(?:we|you and I) (?:both )?(?:worked|studied|interned|trained|volunteered|served|were) (?:at|in|for) (?:[\\p{L}\\p{N}&.'-]+ ){1,4}?(?:at the same time|around the same time|together|in the same (?:years?|period|era))(?![\\p{L}])",
      // "if you enjoyed working with us on the festival campaign", "when I collaborated with you on the audit".
      "(?:enjoyed|loved|liked|appreciated|remember|miss) (?:working|collaborating|partnering) (?:with|alongside) (?:us|me|you)(?![\\p{L}'])",
      "(?:we|I) (?:worked|collaborated|partnered|teamed up|volunteered|served|trained|interned|studied) (?:with|alongside|under) you (?:on|at|in|for|during|back|when|years|a few)",
      // A matching service put you together: "we matched on Lunchclub last week", "we got matched through the alumni app".
      "(?:we|you and I) (?:matched|got matched|were matched) (?:on|via|through|in|at) (?!linkedin(?![\\p{L}]))(?:the )?[\\p{L}\\p{N}&'-]+ (?:[\\p{L}\\p{N}&'-]+ ){0,2}?(?:last|this|yesterday|earlier|a few|two|three|back|in \\p{Lu}|but|and|app|programme|program|scheme|platform|session)(?![\\p{L}])",
      // Someone the writer knows did: "our Head of Design, Lucia, worked with you at IDEO".
      "(?<!(?:we|I|never|not|n't) )(?:worked|collaborated|partnered|studied|trained|interned|served) (?:with|alongside|under) you (?:at|on|in|for|during|back)(?![\\p{L}])",
      // Someone the writer knows spent time in their team: "one of our seniors, Kezia, interned with your lab last summer",
      // "two of my students did placements at your clinic" (not "we'd love to work with your team", "never worked with your firm").
      "(?<!(?:never|not|n't|wants? to|hoping to|love to|like to) )(?:interned|worked|studied|trained|volunteered|did (?:an? |her |his |their )?(?:internships?|placements?|residenc(?:y|ies)|rotations?|co-?ops?|work experience)|spent (?:a|the|last|two|three) (?:summers?|terms?|semesters?|months?|weeks?)) (?:with|at|in|on) your (?:[\\p{L}-]+ )?{orgNoun}(?![\\p{L}])", '(?:we|our paths) crossed(?: paths)?', '(?:ran|bumped|bumping|running) into (?:each other|you)',
      "(?:you were|you've been|you have been|you used to be|you once were) (?:my|our) (?:\\S+ ){0,2}?(?:{relationNoun}|lead|advisor|adviser|instructor|assistant|TA|examiner|interviewer|trainer|counsell?or|doctor|nurse|therapist|physio|editor|reviewer|landlord|captain|host|examiner|marker|invigilator|guide)(?![\\p{L}])",
      '(?:our|those) (?:\\S+ ){0,3}?days',
      "(?:it's|it has) been (?:a while|ages|too long|a long time)",
      'long time no (?:see|talk|speak)',
      '(?:we|I) (?:were|used to be) (?:colleagues|classmates|teammates|neighbors|neighbours|on the same team)',
      'since we (?:met|spoke|worked|talked)',
    ],
  },
  {
    name: 'commonGround',
    means: 'names what you share',
    patterns: [
      // Not a template slot: "a fellow [University] alum" names nothing shared.
      'fellow (?![\\[{<%])\\S+',
      // "Waterloo co-op alum here, two years behind you", "we overlapped at Standard Bank".
      '(?:a |one |two |three |four |five |\\d+ )?(?:years?|classes?|cohorts?|terms?) (?:behind|ahead of|after|before) you',
      'we overlapped (?:at|in|on|for|during|briefly)',
      "(?:we'll|we will|we're|we are|we'd) both (?:be )?(?:speaking|presenting|attending|judging|exhibiting|mentoring|volunteering|on the (?:panel|jury|programme|program))",
      'we both (?:commented|replied|posted|wrote|spoke|presented|attended|contributed|volunteered|signed)',
      // Neighbours: "two doors down from your clinic", "across the street from your bakery", "next door to your studio".
      // Mine next to theirs: "the allotment plot next to yours", "my stall is opposite yours", "the desk behind yours".
      "(?:plot|allotment|stand|booth|stall|desk|office|shop|unit|pitch|table|seat|bed|locker|room|house|flat|apartment|bay|berth|mooring|studio|workshop|cabin|tent|garden) (?:is |was |sits |sat )?(?:right |just |directly )?(?:next to|beside|opposite|across from|behind|in front of|above|below) yours(?![\\p{L}])",
      // A past tie between our family or firm and theirs: "my grandfather's dairy supplied your family's sweet shop for thirty years".
      "(?:my|our) (?:[\\p{L}'’-]+ ){0,6}?(?:supplied|served|worked (?:with|for|alongside)|knew|taught|coached|trained|delivered to|sold to|bought from|banked with|insured|represented|treated|cared for) your (?:family|father|mother|dad|mum|mom|parents|grandfather|grandmother|grandparents|brother|sister|son|daughter|uncle|aunt|late)(?![\\p{L}])",
      // Their place on our way: "your shophouse on Koon Seng Road is on our route", "we walk past your school gate every morning".
      "your (?:[\\p{L}'’-]+ ){0,6}?(?:is|sits|lies|stands|was) (?:right |just |directly )?(?:on|along|beside|next to|opposite) (?:our|my) (?:[\\p{L}-]+ )?(?:route|path|trail|walk|street|road|patch|beat|round|way|drive|commute|run|circuit)(?![\\p{L}])",
      "(?:walk|walked|drive|drove|cycle|cycled|run|ran|jog|jogged|pass|passed|go|went|ride|rode) (?:right )?(?:past|by) your (?:[\\p{L}'’-]+ ){0,2}?(?:{orgNoun}|gate|house|home|shop|door|window|farm|field|office|site|yard|garden|allotment|stall|sign|mural|café|cafe) (?:every|each|most|on|twice|three times|daily)(?![\\p{L}])",
      // Their name on our things, as a sponsor: "the under-9s wear the shirts with your bakery's logo on the back".
      "(?:with|bearing|carrying|wearing|under) your (?:[\\p{L}'’-]+ ){0,2}?(?:logo|banner|crest|branding)(?![\\p{L}])",
      "your (?:[\\p{L}'’-]+ ){0,2}?(?:logo|banner|crest|branding) (?:is |was |sits |appears |has been )?(?:on|across|printed on|above) (?:the|our|my)(?![\\p{L}])",
      // Their firm's regular work at a place of ours: "your cleaning company does the hall on Wednesday mornings".
      "your (?:[\\p{L}'’-]+ ){0,2}?(?:{orgNoun}|crew|staff|people|cleaners|drivers|gardeners|technicians|engineers) (?:does|do|cleans?|services?|maintains?|looks? after|manages?|guards?|patrols?|mows?|waters?|delivers? to|supplies|supply|caters? for|stocks?|fills?) (?:the|our) (?:[\\p{L}-]+ )?(?:hall|office|building|school|church|site|garden|grounds|kitchen|premises|park|pitch|club|gym|car park|yard|block|estate|flats|lift|boiler|canteen|shop|café|cafe|machines?|vending machines?) (?:on|every|each|twice|once|at|in|for)(?![\\p{L}])",
      // Mine above or below theirs: "the flat above your restaurant", "our office is right below your studio".
      "(?:flat|apartment|office|shop|unit|room|house|studio|floor|storeroom|workshop|garage|caf[eé]|restaurant|bar|clinic|practice) (?:is |was |sits )?(?:right |just |directly )?(?:above|below|beneath|under|over|beside|behind|opposite|next to|across from|next door to) your(?![\\p{L}])",
      // The same told of their place: "your office is across the road", "your shop is just round the corner".
      "your (?:[\\p{L}-]+ ){0,2}?(?:office|clinic|practice|[\\p{L}]*shop|[\\p{L}]*store|bakery|studio|restaurant|caf[eé]|salon|gym|workshop|lab|school|farm|site|warehouse|depot|branch|hotel|pharmacy|surgery|showroom|garage|factory|plant|building|firm|agency|HQ|headquarters) (?:is|'s|sits|opened|opened up|moved in|moved|set up|relocated) (?:just |right |literally )?(?:across the (?:road|street|hall|corridor|square)|next door|(?:around|round) the corner|down the (?:road|street|hall)|(?:one|two|three|a few) (?:doors|streets|blocks) (?:down|up|away)|upstairs|downstairs)(?![\\p{L}])",
      "(?:(?:one|two|three|four|a few|a couple of|\\d+) (?:floors?|desks?|doors?|tables?|rows?|streets?|blocks?) (?:below|above|down from|up from|away from|from|behind)|next door to|across the (?:street|road|hall|corridor|courtyard) from|(?:just )?(?:around|round) the corner from|(?:in|into|on) the same (?:building|street|block|floor|coworking space|business park|industrial estate) as) (?:you|yours|your (?:[\\p{L}-]+ ){0,2}?(?:office|clinic|practice|[\\p{L}]*shop|[\\p{L}]*store|bakery|studio|restaurant|caf[eé]|salon|gym|workshop|lab|school|farm|site|warehouse|depot|branch|hotel|pharmacy|surgery|showroom|garage|factory|plant|building|firm|agency))(?![\\p{L}])",
      // What they held before me: "I'm taking over your old territory at Salesforce ANZ", "I inherited your former caseload".
      "(?:taking over|took over|taken over|inherited|inheriting|picking up|picked up|stepping into|stepped into|moving into|moved into|now hold|now have|now run|now teach) your (?:old|former|previous|last) (?:[\\p{L}-]+ ){0,2}?(?:territory|role|job|desk|seat|accounts?|caseload|patch|region|position|post|route|office|classroom|class|beat|portfolio|clients?|team|shift|column|round|ward|lab|studio|stall|allotment|plot|chair|locker|flat|apartment|room)(?![\\p{L}])",
      "(?:several|a few|some|many|most|one|two|three) of your (?:old|former|previous) (?:accounts|clients|customers|patients|students|pupils|tenants|players|colleagues|team(?:mates)?|reports|mentees)(?![\\p{L}])",
      // They belong to a group of ours, and I write to its members: "I'd like to connect with last year's speakers".
      "(?:connect(?:ing)?|get(?:ting)? in touch|reconnect(?:ing)?|catch(?:ing)? up|keep(?:ing)? in touch|stay(?:ing)? in touch|say(?:ing)? hello|reach(?:ing)? out|writ(?:e|ing)) (?:with|to) (?:all )?(?:last year's|this year's|our|the (?:past|former|previous|\\d{4})) (?:[\\p{L}-]+ )?(?:speakers|panell?ists|sponsors|mentors|judges|volunteers|donors|members|alumni|partners|exhibitors|winners|finalists|hosts|contributors|authors|fellows|grantees|trustees|jurors)(?![\\p{L}])",
      // Our organisations together: "our companies are both in the Zagreb hydrogen consortium", "both our kids are in Year 3".
      "(?:our|both our|both of our) (?:companies|firms|teams|labs|schools|kids|children|sons|daughters|startups|organi[sz]ations|universities|clubs|charities|agencies|practices|clinics|studios|farms|dogs) (?:are|were) (?:both )?(?:in|part of|members of|on|at|from|partners in|funded by|backed by|with|under)(?![\\p{L}])",
      // A group you share: "at our running club", "both members of the Leeds founders' circle", "we were both there".
      "(?:from|at|in|of|through|via) our (?:[\\p{L}\\p{N}'&-]+ ){0,3}?(?:circle|club|chapter|society|guild|slack|discord|cohort|association|choir|league|alumni network|book club|co-?working space)",
      "(?:both|fellow) members? of", "(?:we were|we're|we are) both there",
      "we (?:[\\p{L}-]+ ){0,5}?(?:at|in) the (?:[\\p{L}\\p{N}'&-]+ ){0,3}?(?:circle|club|chapter|society|guild|choir|league|book club)",
      // "Hi Wei, like you, I moved from teaching into UX" (not "if that sounds like you, I'd…").
      "(?<=(?:^|[.!?;:,—–-])\\s{0,3})like you,? I(?:'ve|'m| have| am| too| also)? (?:also |too )?(?:moved|switched|started|studied|grew|went|came|worked|spent|left|changed|trained|transitioned|began|made)", '(?:grad|graduate|alum|alumna|alumnus|native|expat|veteran) myself',
      'you and I (?:both )?(?:volunteered|studied|worked|attended|went|grew up|played|served|trained|interned)',
      '(?:we\'re|we are|we were|we both|both of us|you and I are|you and I were) (?:both )?(?:in|members|part|connected (?:through|via)|studied|worked|attended|went|grew|from|at|alumni|alums|on|volunteer|mentors)(?! (?:the )?(?:very )?same (?:{sameAnything})(?![\\p{L}])| this industry| linkedin)(?<!(?:we\'re|we are) at(?= (?:(?:the |an? )?(?:[\\p{L}-]+ )?(?:stage|point|phase)|seed|pre-seed|series|capacity|\\p{N})))',
      'we both',
      // A role we both hold somewhere: "we're both reviewers for PLOS ONE", "we are both trustees of the Leeds Library".
      "(?:we're|we are|we were|you and I are) both (?:[\\p{L}-]+ )?(?:reviewers|referees|editors|examiners|trustees|governors|fellows|judges|mentors|volunteers|moderators|maintainers|contributors|organi[sz]ers|delegates|ambassadors|panell?ists|speakers|authors|grantees|scholars|finalists|advisers|advisors|coaches|parents|residents) (?:for|at|on|with|in|of) (?!(?:the )?(?:very )?same )(?!this industry)[\\p{L}\\p{N}]+",
      // "we volunteer at the same food bank", "we volunteered at the same beach clean-up", "we trained in the same gym"
      // (not "we work in the same industry", "we're in the same boat").
      "(?:we|you and I|both of us) (?:both |also |each |all |once |used to )?(?!(?:seem|face|have|had|share|shared|think|want|need|see|speak)(?![\\p{L}]))[\\p{L}'-]+ (?:at|in|for|with|on|to|from|through|under|of) the (?:very )?same (?!(?:{sameAnything})(?![\\p{L}]))[\\p{L}\\p{N}-]+",
      // The same with what we both back or attend: "we sponsor the same GAA club", "we both coach the same under-12s league".
      "(?:we|you and I|both of us) (?:both |also |each )?(?:sponsor(?:ed)?|support(?:ed)?|coach(?:ed)?|back(?:ed)?|fund(?:ed)?|attend(?:ed)?|join(?:ed)?|frequent(?:ed)?|cheer for|root for|mentor at|teach at|taught at) the (?:very )?same (?!(?:{sameAnything})(?![\\p{L}]))[\\p{L}\\p{N}-]+",
      // A named occasion shared: "same Erasmus semester in Bologna, 2012!", "same intake at Sandhurst".
      "(?:the )?same (?:[\\p{L}\\p{N}'&-]+ )?(?:semester|term|year|intake|batch|exchange|internship|residency|rotation|flight|train|bus|ferry|cruise|trek|expedition|retreat|ward|shift|regiment|squadron|battalion|platoon|parish|church|mosque|temple|synagogue|choir|gym|league|village|street|neighbou?rhood|estate|dorm|halls?|house|boarding house|stairwell|lift|taxi|table) (?:in|at|on|from|of|to|with|between|back in|,)(?![\\p{L}])",
      // Took the same journey or place: "we took the same night train from Baku to Tbilisi", "we were on the same flight".
      "(?:we|you and I|both of us) (?:both |also )?(?:took|caught|rode|shared|boarded|were on|sat on|flew on|missed|did|walked|hiked|sailed on|stayed (?:at|in)|lived (?:at|in|on)|grew up (?:in|on)) the (?:very )?same (?!(?:{sameAnything})(?![\\p{L}]))[\\p{L}\\p{N}-]+",
      '(?:the )?same (?:school|university|college|program|programme|bootcamp|company|team|group|city|hometown|switch|path|move|transition|background|class|cohort|course|major|degree|meetup|conference|community|co-?op|cooperative|club|league|parish|congregation|franchise(?: group)?|union|chamber)',
      'I (?:also|too) (?:studied|worked|went|grew|attended|started|came)',
      // A former employer shared: "ex-Accenture too!", "fellow ex-Googler", "also ex-McKinsey".
      "ex-[\\p{L}\\p{N}&.]+(?: [\\p{L}]+)? (?:too|as well|myself)(?![\\p{L}])", "(?:also|fellow|another|both) ex-[\\p{L}\\p{N}][\\p{L}\\p{N}&.-]{0,40}",
      "(?:I'm|I am) also (?:a|an|from|in|at|part)",
      'as a fellow',
      'we share (?:a |an |the )?(?:\\S+ )?(?:background|interest|passion|love|alma mater|hometown|former employer|first employer|mentor|manager) (?:in|for|of|at)',
      'we (?:both )?have (?:\\S+ ){0,2}?in common(?=:)',
    ],
  },
  {
    name: 'namedCommunity',
    means: 'names a group you both belong to',
    // Case matters: the group's name is what makes it shared ("another Colorado Product member here"), not "another member".
    caseSensitive: true,
    patterns: [
      // "saw you're also in the Superpath Slack", "another Colorado Product member", "both part of the Women in Product Denver group".
      "(?:[Aa]lso|[Bb]oth|[Aa]nother|[Oo]ne more) (?:(?:in|on|part of|a member of|members of) (?:the |our )?)?(?!LinkedIn\\b)\\p{Lu}[\\p{L}\\p{N}&'.-]*(?: (?:(?:of|in|for|and|&) )?\\p{Lu}[\\p{L}\\p{N}&'.-]*){0,4} (?:Slack|Discord|[Ss]lack|group|community|club|chapter|society|association|forum|cohort|circle|guild|network|members?|alumni|alums?)(?![\\p{L}])",
    ],
  },
  {
    name: 'namedPast',
    means: 'names a time you shared at a named place',
    // Case matters: "the Deloitte days" names a firm, "since the early days" names nothing.
    caseSensitive: true,
    patterns: [
      // "long time since the Deloitte days", "back in the good old Accenture days", "I miss the Hospital Clínic days".
      "(?:[Ss]ince|[Ff]rom|[Bb]ack in|[Ii]n|[Dd]uring|[Mm]iss|[Rr]emember) the (?:good )?(?:old )?\\p{Lu}[\\p{L}\\p{N}&'-]+(?: \\p{Lu}[\\p{L}\\p{N}&'-]+){0,2} days(?![\\p{L}])",
    ],
  },
  {
    name: 'theirNamedPast',
    means: 'names a time of theirs at a named place',
    // Case matters: "your time at Arup" names a firm, "your time at the moment" names nothing.
    caseSensitive: true,
    patterns: [
      // "your time at Arup", "your six years with Unilever", "your stint on the Crossrail signalling team".
      "(?:[Yy]our) (?:time|stint|tenure|spell|days|(?:[\\p{L}\\p{N}-]+ )?years) (?:at|with|on the|in the) \\p{Lu}[\\p{L}\\p{N}&'-]*",
    ],
  },
  {
    name: 'namedEvent',
    means: 'says you connected at a named event',
    caseSensitive: true,
    patterns: [
      // "thanks for accepting my invitation after the AfricArena summit", "connecting at Lagos Fintech Week".
      // Something of theirs we saw or tried at a named event: "we walked your wheat plots at the AHDB Monitor Farm day in July".
      "(?:I|[Ww]e) (?:\\p{Ll}+ed|saw|ran|rode|ate|drank|tried|heard|watched|toured|walked) your (?:[\\p{Ll}-]+ ){0,3}?(?:at|during) (?:the |this year's |last year's |last week's |yesterday's )?\\p{Lu}[\\p{L}\\p{N}&'-]+(?: \\p{Lu}[\\p{L}\\p{N}&'-]+){0,3}(?: (?:[\\p{Ll}-]+ )?(?:{eventNoun}|summit|expo|forum|congress|convention|week|day|days|fest|show|fair)|(?<=Expo|Show|Fair|Festival|Summit|Congress|Conference|Day|Days|Week|Fest|Forum|Convention|Meetup))(?![\\p{L}])",
      "(?:[Aa]ccept\\p{Ll}*|[Cc]onnect\\p{Ll}*) (?:[\\p{Ll}-]+ ){0,4}?(?:after|at|during|from|since) (?:the |this year's |last year's |last week's |yesterday's )?\\p{Lu}[\\p{L}\\p{N}&'-]+(?: \\p{Lu}[\\p{L}\\p{N}&'-]+){0,3}(?: (?:{eventNoun}|summit|expo|forum|congress|convention|week|day|days|fest))?",
    ],
  },
  {
    name: 'invitation',
    means: 'invites them to speak or take part because of what they do',
    patterns: [
      '(?:love|like|want|hoping|hope) (?:for )?(?:you|to (?:invite|have) you) to (?:speak|present|give a talk|join (?:us|our|the) (?:panel|podcast|show|event|meetup|line-?up)|be (?:a|our) (?:guest|speaker|panell?ist|judge|keynote)|(?:judge|mentor|moderate|chair|host|emcee|open|close|headline|keynote) (?:our|the|a|this|next)(?![\\p{L}]))',
      '(?:invite|inviting) you to (?:speak|present|give a talk|judge|keynote|join (?:us|our|the) (?:panel|podcast|show|line-?up))',
      // "we'd love you to give your accessibility talk at our March event", "could you run your pricing workshop for our members?"
      '(?:you|to have you) to (?:give|deliver|do|run|present|repeat|reprise|bring) (?:your|a version of your) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:talk|keynote|workshop|session|presentation|lecture|masterclass|seminar|demo)',
      '(?:could|would|will|can) you (?:give|deliver|do|run|present|repeat|reprise|bring) your (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:talk|keynote|workshop|session|presentation|lecture|masterclass|seminar|demo) (?:at|to|for) (?:our|my)',
    ],
  },
  {
    // The reader is the seller and the writer a customer, buyer or partner of theirs: that is why this person.
    // A pitch goes the other way (we sell to you), so these quiet `no-context` without opening it to pitches.
    name: 'customerTie',
    means: 'writes as their customer, buyer or partner',
    patterns: [
      // Buying from them: "we'd like to order 60 sets of your linen", "would like to become a stockist of your bikes".
      "(?:[Ww]e|I|and)(?:'d| would) (?:really )?(?:like|love) to (?:buy|order|purchase|carry|stock|renew|extend|continue|become (?:a|an|your) (?:stockist|dealer|reseller|distributor|customer)|see a demo of your)(?![\\p{L}])(?! (?:your|the|some of your) (?:products?|services?|solutions?|offerings?|stuff|things)(?![\\p{L}]))",
      "(?:[Ww]e|I)(?:'d| would) like a demo of your",
      // Asking them for their price: "could you send us a quote for 300 beds", "can you send a proposal for 2027?".
      '(?:could|can|would|will) you (?:please )?(?:send|give|email|share|quote)(?: (?:me|us))? (?:a |an |the |your )?(?:formal |wholesale |distributor |current |renewal |updated )?(?:quot(?:e|ation)|price ?list|prices|pricing|proposal|renewal offer|offer)(?![\\p{L}])',
      // Using or owning what they make: "we've used your ticket scanners for two seasons", "a few of our clients use your POS".
      "(?:I|we|clients|customers|staff|pupils|students|members|school|hospital|clinics?)(?:'ve| have| had| already| both| all| still)* (?:bought|ordered|purchased|use|used|wear|wore|worn|installed|stock|stocked|sell|sold) (?:(?:one|two|three|four|five|six|some|several|a few|all|many|both|\\d+) of )?your(?![\\p{L}])(?! (?:products?|services?|solutions?|offerings?|stuff|things)(?![\\p{L}]))",
      "your (?:[\\p{L}-]+ ){1,3}(?:has|have) (?:saved|changed|made|transformed) (?:my|our)(?![\\p{L}])",
      // A contract they already have together: "our maintenance contract for the lifts ends on 31 March".
      "[Oo]ur (?:[\\p{L}\\p{N}-]+ ){0,4}?(?:contract|agreement|partnership|subscription|licen[cs]e)(?: [\\p{L}\\p{N}'-]+){0,10}? (?:ends|expires|runs out|comes up for renewal|is up for renewal|with (?:you|your))(?![\\p{L}])",
      "[Oo]ur (?:two )?(?:firms|companies|organi[sz]ations|teams) (?:signed|agreed|have had)",
      // The writer's side already engaged them: "our district council appointed your company for the Bridge Street resurfacing".
      "(?:appointed|contracted|commissioned|engaged|retained|hired) your (?:[\\p{L}'’-]+ ){0,2}?{orgNoun} (?:for|to|on|as)(?![\\p{L}])",
      // A tender the writer runs: "is opening a tender for leak-detection sensors", "inviting companies to pre-qualify".
      '(?:open|opening|run|running|publish|published|publishing|launch|launched|issue|issued) (?:a |an |the |our )?(?:open |public )?(?:call for tenders?|tender|RFP|request for (?:proposals|quotations|tenders))(?![\\p{L}])',
      'inviting (?:companies|firms|suppliers|bidders|vendors) to (?:bid|tender|pre-?qualify|apply)',
      // A journalist or analyst asking about their product: "I'm writing a feature for Rest of World on…", "for an upcoming market guide".
      "(?:I'm|I am) (?:writing|working on|reporting|preparing|researching) (?:a |an |our )?(?:[\\p{L}-]+ ){0,2}?(?:piece|feature|story|article|profile|report)(?=[\\s\\S]*\\byour\\b)",
      '[Ff]or (?:an? |our )?(?:upcoming|forthcoming|new) (?:[\\p{L}-]+ ){0,2}?(?:piece|feature|story|article|profile|report|guide|wave|ranking)(?=[\\s\\S]*\\byour\\b)',
      // Their public request, answered: "you mentioned on the Seattle Startup Slack that you're looking for a photographer".
      "[Yy]ou (?:mentioned|posted|asked|said|wrote|shared)(?: [\\p{L}\\p{N}'-]+){0,8}? (?:that )?(?:you(?:'re| are)|your [\\p{L}-]+(?:'s)? (?:is|are)) (?:looking|searching|hoping|seeking)",
    ],
  },
  {
    name: 'dealingUnderWay',
    means: 'writes about a dealing of theirs already under way with the writer (a booking, a permit, a bill, their property)',
    patterns: [
      // Their dealing and what happened to it: "your Field Naturalist subscription lapsed in March", "your family membership
      // card is ready", "your professional registration number appears on two files" (not "your account" alone).
      "your (?:[\\p{L}\\p{N}'’&#.-]+ ){0,4}?{dealingNoun} (?:(?:number|no\\.?|card|form|fee|details|record) )?(?:(?:for|on|at|with|from|to|in|of) (?:[\\p{L}\\p{N}'’&#.-]+ ){1,4}?)?(?:has |have |had )?(?:been |is |are |was |were |will be |'s )?(?:now |just |already |still )?{dealingStatus}(?![\\p{L}])",
      // Held with us or dated: "your account with us", "your band's set on the 21st".
      "your (?:[\\p{L}\\p{N}'’&#.-]+ ){0,3}?{dealingNoun} (?:with us|with our|at our|on the \\d{1,2}(?:st|nd|rd|th)?|for the (?:\\d{1,2}(?:st|nd|rd|th)?|week of)|on \\d{1,2}(?:st|nd|rd|th)? \\p{L}+)(?![\\p{L}])",
      // We hold or handle it: "we have your booking for the steading", "I'm now handling your booking".
      "(?:we have|we've got|we hold|we've received|we received|we've had|I have|I've got|handling|processing|I look after|we look after) your (?:[\\p{L}\\p{N}'’&#.-]+ ){0,3}?{dealingNoun}(?![\\p{L}])",
      // A reference number of a dealing: "PO 88213", "order no. 4471", "locker #112", "parking bay B14", "flat C-402",
      // or a dealing for an address: "the fence permit for 118 Birchwood Lane".
      "(?:PO|order|invoice|booking|reservation|ticket|case|claim|reference|ref|policy|waybill|tracking) (?:no\\.? |number |#)?#?\\d{3,}(?![\\p{L}])",
      "(?:bay|locker|plot|berth|mooring|pitch|unit|flat|apartment|room|stall|space|spot) (?:no\\.? |number |#)?#?[A-Z]?-?\\d{1,4}[A-Z]?(?![\\p{L}\\p{N}])",
      "{dealingNoun} (?:for|at|on) (?:no\\.? )?\\d{1,4}[a-z]? (?:[\\p{L}-]+ ){1,2}?(?:lane|street|st|road|rd|avenue|ave|drive|close|way|place|court|crescent|terrace|gardens|row|square)(?![\\p{L}])",
      // Ours onto their property: "our spaniel got into your garden", "scaffold over your side path", "the job next door".
      "(?:over|across|onto|into|through|under|against) your (?:[\\p{L}-]+ ){0,2}?(?:garden|path|drive|driveway|fence|wall|roof|land|field|yard|property|garage|hedge|boundary|lawn|porch|car|van)(?![\\p{L}])",
      "(?:job|work|works|renovation|extension|build|roof|project|building work) (?:[\\p{L}-]+ ){0,2}?next door (?:at|to you|to yours)(?![\\p{L}])",
      // Their name on something of ours: "an envelope at reception with your name on it".
      "(?:with|bearing|has|had) your name (?:on|in|written)(?![\\p{L}])",
      // Their name or their things already in a record of ours: "recorded your name as the interpreter on the night shift",
      // "your haulage company has five trailers on our list for the pilot", "you're listed as the named contact in our plan".
      "(?:recorded|registered|listed|logged|noted down|entered|put down) your name (?:as|on|in|for|against)(?![\\p{L}])",
      "your (?:[\\p{L}\\p{N}'’&-]+ ){0,3}?(?:name|{orgNoun}|address|site|premises|property|vehicles?|trailers?|lorries|trucks|boats?|staff|crews?) (?:is |are |was |were |has been |have been |appears? |(?:has|have) (?:[\\p{L}\\p{N}'’-]+ ){1,3}?)(?:listed |named |registered |recorded |entered |down )?(?:on|in) our (?:[\\p{L}-]+ ){0,3}?(?:list|register|records|database|system|books|files|plan|roster|rota|shortlist|schedule|map|panel)(?![\\p{L}])",
      "(?:you're|you are|you were) (?:still )?(?:listed|named|registered|recorded|down) as (?:the|our|a|an) (?:[\\p{L}-]+ ){0,3}?(?:contact|representative|rep|lead|holder|owner|keyholder|volunteer|mentor|interpreter|driver|supplier|contractor|member|officer)(?![\\p{L}])",
      // Where they lived or worked before I came: "the new tenant in your old flat on Constitution Street".
      "(?:tenant|living|live|lives|renting|staying|working) (?:in|at) your (?:old|former|previous) (?:[\\p{L}-]+ )?(?:flat|apartment|house|home|room|office|studio|shop|unit|desk|place)(?![\\p{L}])",
      // A job finished at their place: "we finished the rewiring at the pharmacy on Friday".
      "(?:we|I) (?:have |'ve )?(?:just )?(?:finished|completed) the (?:[\\p{L}-]+ ){1,2}?(?:at|in|of) (?:the|your) (?:[\\p{L}-]+ ){1,2}?(?:on|last|this|yesterday)(?![\\p{L}])",
    ],
    // The scam's shape: a dealing announced, then bank details, a login or a fee asked for ("your application has been
    // approved for the next stage. Reply with your bank details.", "your parcel is held: pay the release fee").
    quiet: [
      "(?:your|ur) [^\\n]{0,160}?(?:bank (?:account|details|info)|card (?:number|details)|account (?:number|details)|iban|sort code|password|login|verification code|otp|pin|(?:processing|release|clearance|customs|delivery|redelivery|unlock|activation) fee)(?![\\p{L}])",
    ],
  },
  {
    // Professionals on the two sides of one matter (or in a chain of one): counsel and opposing counsel, the new and the
    // old auditor, the referrer and the clinic, the tender and its bidder. The matter is why this person.
    name: 'matterBetweenUs',
    means: 'writes about a matter, deal or case both sides already work on',
    patterns: [
      // A named matter the writer is on: "I'm counsel for Dunmore in the Kestrel Freight arbitration", "we were on the Eko Atlantic project finance".
      "(?:I|[Ww]e)(?:'m|'re| am| are| were| was)? (?:[\\p{L}'’-]+ ){0,6}?(?:in|on|for) the (?:\\p{Lu}[\\p{L}\\p{N}'’&.-]*\\s){1,4}(?:[\\p{Ll}-]+\\s){0,2}?(?:{matterNoun})(?![\\p{L}])",
      // Their side of it: "where your firm represents the tenant", "was your firm's client", "your client, Brixworth Ltd,".
      "[Yy]our (?:{orgNoun})(?:'s|’s)? (?:is |are |was |were |has |have )?(?:{sideRole})(?: for| to| on)? (?:the|our|my|a|an|both|\\p{Lu}[\\p{L}\\p{N}&.'’-]*)",
      "(?:was|is|were|are|as) your (?:(?:{orgNoun})(?:'s|’s) )?(?:client|customer|counterpart)s?(?![\\p{L}])",
      // Taking over from them: "our firm took over the audit of Fenwick Mills from yours".
      "(?:took|take|taken|taking|takes) over (?:[\\p{L}\\p{N}'’&.-]+ ){0,7}?from (?:you|yours|your)(?![\\p{L}])",
      // Referrals either way: "thank you for referring Mrs. Holloway to our clinic", "my practice has referred several patients to your clinic".
      "(?:[Tt]hank you|[Tt]hanks)(?: so much| again| very much)? for (?:referring|sending|recommending) (?:[\\p{L}\\p{N}.'’-]+ ){1,4}?to (?:us|our|my|me)(?![\\p{L}])",
      "(?:referred|sent|sending|referring|refer) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:patients|clients|customers|cases|families|matters|people) to (?:you|your)(?![\\p{L}])",
      // Their letter or notice to us: "the thematic review letter your team sent to payment institutions".
      "(?:letter|notice|request|consultation|circular|guidance|questionnaire|query|queries|enquiry|report|decision) (?:that )?(?:you|your (?:{orgNoun})) (?:sent|issued|published|wrote|raised)(?![\\p{L}])",
      // Working for the same client: "your practice is doing the façade design for the same client".
      "(?:for|on|with|by) the same (?:client|developer|employer|landlord|lender|buyer|seller|scheme|site|matter|deal|transaction|trial|study|sponsor|insurer|tenant)(?![\\p{L}])",
      // Their bid in our tender: "the lowest-priced compliant bidder in our tender".
      "(?:bidders?|bids?|tenders?|submissions?|proposals?|quotes?) (?:in|for|to|under) our (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:tender|RFP|RFQ|procurement|competition|bid process)(?![\\p{L}])",
      // Held with them: "whose pension was with your scheme", "our loan is with your bank".
      "(?:{dealingNoun}) (?:was|is|were|are|has been|had been) (?:held |placed |kept )?(?:with|at) your(?![\\p{L}])",
    ],
    caseSensitive: true,
  },
  {
    name: 'dealingForNamedPerson',
    means: 'writes about a dealing under way for someone named (their child, their firm)',
    caseSensitive: true,
    patterns: [
      // "Arjun's chemistry resit entry needs a parent signature", "the fee statement sent for Njeri last week".
      "\\p{Lu}\\p{Ll}+(?:'s|’s) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:{dealingNoun}) (?:(?:for|on) [\\p{L}\\p{N}-]+ )?(?:needs|has been|is|was|will be|are)(?![\\p{L}])",
      "(?:{dealingNoun}) (?:sent |issued |made |booked |raised )?(?:for|in the name of) \\p{Lu}\\p{Ll}+ (?:last|this|on|in)(?![\\p{L}])",
    ],
  },
  {
    name: 'jobApplication',
    means: 'follows up on a job application to their company',
    patterns: [
      "(?:I|I've|I have) (?:already |just |recently )?(?:applied|submitted (?:an|my) application) (?:for|to) (?:the|your|a|an) (?:\\S+ ){0,6}?(?:role|position|job|opening|internship|posting|programme|program)",
      '(?:job|requisition|req) (?:id|#|number)',
      "(?:after|following) (?:\\S+ ){0,3}?(?:interviews?|interview rounds|assessment centre)",
      "(?:I|I've|I have) (?:already |just |recently |now |since |finally |also )?applied(?! (?:to|for) (?:more|over|dozens|hundreds|many|several|other|lots|\\d))",
      '(?:thanks|thank you) (?:so much )?for (?:applying|your application)',
      'rejected (?:from|for) (?:the|your)',
      'I interviewed (?:for|with)',
      // "I'm applying for the designer role", "I submitted my application to the graduate scheme".
      "(?:I'm|I am|I'll be|I will be|I'm about to be|currently) applying (?:for|to) (?:the|your|a|an)(?! (?:lot|bunch|few|dozens?|hundreds?)\\b)",
      '(?:I|I\'ve|I have) (?:just |recently |already )?(?:submitted|sent|completed|filed|put in) (?:my|an) (?:[\\p{L}-]+ )?application (?:for|to)',
      '(?:my|an) application (?:for|to) (?:the|your)',
      // "I've been shortlisted for the post", "I'm due to interview with your team", "my CV went in for the opening".
      "(?:I've been|I have been|I was|I'm|I am|I've|I got) (?:just |recently )?shortlisted (?:for|by|at) (?:the|your|a|an) (?:[\\p{L}-]+ ){0,5}?(?:role|post|position|job|opening|internship|programme|program|scheme|vacancy|interview|team|firm|company)",
      "(?:I'm|I am) (?:due|scheduled|booked|set|invited) to interview", 'I have (?:an|my|a) (?:[\\p{L}-]+ )?interview (?:with|for|at|on)',
      'my (?:cv|résumé|resume|application|portfolio) (?:went|is|was) in (?:for|to|on|last)', "(?:I'm|I am) (?:a |an )?(?:candidate|applicant) for", 'in the running for',
      "(?:I'll be|I will be|I'm|I am) (?:joining|starting (?:at|with|on|in)) (?:your|the) (?:[\\p{L}-]+ ){0,2}?(?:team|company|firm|office|department|lab|programme|program|scheme|cohort)",
      '(?:accepted|signed) (?:an|your|the) (?:[\\p{L}-]+ )?offer', "(?:I'm|I am|I've made it|I made it|I got) (?:through |into )?(?:to )?the (?:final|second|third|last|next|onsite|panel) (?:round|stage|interview)s? (?:for|of interviews|with|at) (?:the|your)",
    ],
  },
];

/**
 * Pseudo-context: sounds like a reason but fits anyone (the spec's list). Context matches that
 * overlap these do not count, and the finding names them.
 */
export const pseudoContextFamilies: readonly Family[] = [
  {
    name: 'viewedMyProfile',
    means: 'that they viewed your profile',
    patterns: ['(?:you|you\'ve|you have) (?:recently |just )?(?:viewed|visited|checked out|looked at|stopped by) my (?:linkedin )?profile', 'thanks for (?:viewing|visiting|checking out) my profile'],
  },
  {
    name: 'cameAcrossProfile',
    means: 'that you came across their profile',
    patterns: [
      // "LinkedIn recommended your profile to me", "the algorithm showed me your page".
      '(?:linkedin|the algorithm|my feed|my search|a search) (?:recommended|suggested|showed|showed me|surfaced|served me) (?:me )?your (?:linkedin )?(?:profile|page|account|name|posts?)',
      // "LinkedIn suggested you as someone I may know", "the app recommended you".
      '(?:linkedin|the algorithm|the app|the platform|my feed|my search|a search|people you may know) (?:recommended|suggested|showed|surfaced|served|listed|flagged) (?:me )?you(?![\\p{L}\'])',
      // The platform's guess that two people should know each other: "LinkedIn recommended that we should know each other",
      // "the app thinks you and I should connect".
      "(?:linkedin|the algorithm|the app|the platform|my feed|people you may know) (?:recommended|suggested|thinks|says|reckons|tells me|told me|keeps telling me) (?:that )?(?:we|you and I) (?:should|might|may|would|could|ought to) (?:know|connect|meet|be connected)(?: (?:each other|one another))?",
      // "I came across your name while researching people in marketing" (not "…your name in the Guardian piece").
      '(?:came|stumbled|ran) (?:across|upon) your (?:name|page|account|details)(?= *(?:[.!,;]|$| (?:while|when|as|during|on linkedin|in my (?:feed|search)|through (?:a |my )?search)))',
      '(?:came|stumbled|ran) (?:across|upon) your (?:linkedin )?profile',
      // Turning up in a search or a feed is what anyone does: "you came up in my search for DevOps engineers in Poland",
      // "you came up when I searched for…", "your profile stood out when I was looking at senior designers",
      // "your name keeps popping up in my feed" (not "your name came up in the Guardian piece": see theirWork).
      "(?:you|your (?:name|profile|page|account)) (?:(?:just |recently |keeps? |kept )?(?:came|come|comes|coming|popped|pops|popping|showed|shows|showing|turned|turns|turning) up|(?:stood|stands|jumped|jumps) out(?: to me)?) (?:in|on|among|at the top of|when|while|during) (?:my |a |the |linkedin(?:'s|’s)? )?(?:[\\p{L}-]+ ){0,2}?(?:search(?:es)?|search results|results|feed|timeline|suggestions|recommendations|people you may know|searching|searched|looking|looked|browsing|browsed|scrolling|scrolled)(?![\\p{L}])",
      // …or "appeared" there: "your profile appeared among my suggestions".
      "(?:you|your name|your profile) appeared (?:in|on|among) (?:my|a|the|some) (?:linkedin )?(?:search(?:es| results)?|results|feed|suggestions|recommendations)(?![\\p{L}])",
      // A database as the source, or a portfolio "analysed" with no company of it named: "I found your contact on Crunchbase",
      // "after analysing your portfolio, we fit your profile" (not "your portfolio company Ledgerly").
      '(?:found|got|pulled|took|sourced) your (?:contact(?: details| info)?|details|e-?mail(?: address)?|name|profile) (?:on|from|via|through|in) (?:crunchbase|angel ?list|pitchbook|dealroom|apollo|zoominfo|signal|a (?:database|list|directory)|linkedin|google)(?![\\p{L}])',
      '(?:analy[sz](?:ed|ing)|look(?:ed|ing) (?:at|through)|review(?:ed|ing)|stud(?:ied|ying)|(?:went|going) through|research(?:ed|ing)) your (?:portfolio|investments|deals)(?= *[,.;!]| (?:and|I|we)(?![\\p{L}]))', '(?:saw|read|found|viewed|checked out|went through) your (?:linkedin )?(?:profile|background|experience)', 'your profile (?:caught my (?:eye|attention)|looks (?:impressive|interesting)|popped up|came up)'],
  },
  {
    name: 'dreamEmployer',
    means: 'a wish to work at their company, which anyone could have',
    patterns: [
      // "landing a job at Canva is my dream", "working for Stripe has always been my goal" (an application is a reason; a wish is not).
      "(?:(?:landing|getting|having) (?:a |an |my )?|a |an |my )(?:(?:dream|first|full-time) )?(?:job|role|position|internship|place|career) (?:at|with|in) \\p{Lu}[\\p{L}\\p{N}&-]*(?:\\.\\p{L}+)?(?: \\p{Lu}[\\p{L}\\p{N}&-]*(?:\\.\\p{L}+)?)? (?:is|has been|has always been|was|would be) (?:my|a|the) (?:(?:biggest|big|lifelong|life|ultimate|career) )?(?:dream|goal|ambition|aim)",
      "(?:working|to work) (?:at|for|with) \\p{Lu}[\\p{L}\\p{N}&-]*(?:\\.\\p{L}+)?(?: \\p{Lu}[\\p{L}\\p{N}&-]*(?:\\.\\p{L}+)?)? (?:is|has been|has always been|was|would be) (?:my|a|the) (?:(?:biggest|big|lifelong|life|ultimate|career) )?(?:dream|goal|ambition|aim)",
      "(?:my|it's my|it is my) (?:(?:biggest|big|lifelong|life|ultimate|career) )?(?:dream|goal|ambition|aim) (?:is |has always been |has been )?(?:to (?:work|join|land a (?:job|role|position)|get (?:a job|in))|of (?:working|joining)) (?:at|for|with|in)? ?\\p{Lu}[\\p{L}\\p{N}&-]*(?:\\.\\p{L}+)?",
    ],
  },
  {
    name: 'newsOfAnyCompany',
    means: 'news that fits any company',
    patterns: [
      // "I read that your team is hiring", "I hear your company is growing fast" (not "…is hiring a data engineer in Leeds",
      // nor "your team shipped the offline mode").
      "(?:read|heard|hear|saw|see|noticed|notice|understand|gather)(?: that)? your (?:team|company|firm|organi[sz]ation|business|startup|department|group|agency) (?:is|are|has been|'s|’s) (?:hiring|growing|expanding|scaling|doing (?:great|well|amazing things)|busy)(?: (?:fast|quickly|rapidly|a lot|again|like crazy))?(?= *[.!,;?]| *$| +(?:and|so|but)(?![\\p{L}]))",
    ],
  },
  {
    name: 'unnamedMutuals',
    means: 'mutual connections without naming one',
    patterns: ['(?:we (?:have|share)|there are) (?:so |quite )?(?:many|a lot of|lots of|several|a few|some|\\d+) (?:mutual|common|shared) (?:connections|friends|contacts)', '(?:mutual|common|shared) (?:connections|contacts|friends) (?:in common)?(?! *,? *\\p{Lu}\\p{Ll})'],
  },
  {
    name: 'justConnected',
    means: 'that you are connected',
    patterns: [
      '(?:so )?(?:happy|glad|great|nice) (?:that )?(?:we(?:\'re| are) (?:now )?connected|to be connected)', 'now that we(?:\'re| are) connected',
      // Connecting on LinkedIn is what anyone does: "we connected on LinkedIn last week", "we connected here a while ago".
      '(?:we|you and I) (?:only |just |first |recently )?(?:connected|got connected) (?:on|via|through|over|here on) (?:linkedin|here|this (?:app|platform|site))(?![\\p{L}])',
      '(?:we|you and I) (?:only |just |first |recently )?(?:connected|got connected) (?:here )?(?:a while|some time|a few (?:days|weeks|months|years)|(?:a|one|two|three|\\d+) (?:days?|weeks?|months?|years?)) ago',
    ],
  },
  {
    name: 'sameIndustry',
    means: 'that you are in the same industry',
    patterns: [
      // A field said on its own ends the sentence: "I see you work in fintech." ("…in fintech at Klarna" names them).
      // A group by name is a place you share, not a field: "saw you're also in the Superpath Slack!" (see namedCommunity).
      "(?:see|saw|noticed) (?:that )?(?:you|we both|we)(?: also| both)?(?: work| are|'re)(?: also)? in (?:the )?[\\p{L}-]+(?: [\\p{L}-]+)?(?: (?:industry|space|sector|field))?(?<!{communityNoun})(?= *(?:too|also|as well)? *(?:[.!,;]|$))",
      // The writer says it of themself: "I'm also in real estate!", "I work in fintech too." (not "I'm also in the choir").
      "(?:I'm|I am|I work|I'm working|I also work) (?:also |too )?in (?!(?:the|a|an|your|our|my|this|that|same)(?![\\p{L}]))[\\p{L}-]+(?: [\\p{L}-]+)?(?: (?:industry|space|sector|field))?(?= *(?:too|also|as well)? *(?:[.!,;]|$))",
      "(?:I'm|I am|I work|I'm working|I also work) (?:also |too )?in the [\\p{L}-]+(?: [\\p{L}-]+)? (?:industry|space|sector|field)",
      // A category anyone could belong to: "I see you're a founder too", "saw you're a leader in fintech" (not "…a PM at Stripe").
      "(?:see|saw|noticed|read|notice) (?:that )?you(?:'re| are) (?:also |too )?(?:a|an|someone|somebody|one of those|the kind of|the type of) (?:{categoryWord} ){0,4}?{categoryWord}(?: (?:in|into|of) (?:the )?[\\p{L}-]+)?(?= *(?:too|also|as well)? *(?:[.!,;?:—–]|-(?= )|$))",
      "(?:see|saw|noticed|read|notice) (?:that )?you(?:'re| are) (?:also |very |really |so )?(?:passionate|excited|enthusiastic|interested|curious) (?:about|in) [\\p{L}-]+(?= *[.!,;?]| *$)",
      '(?:the )?same (?:industry|field|space|sector|line of work)', '(?:in|from) (?:this|your) (?:industry|field|space|sector)', "(?:we're|we are) both in the (?:\\S+ )?(?:space|industry|sector|field|world|market|business|game|arena)(?![\\p{L}])",
      // "we both work in fintech and thought…", "we both work in [industry]": a field, or a placeholder where one belongs.
      // What they work in, told as known or seen, with nothing of theirs named: "I saw that you work with Rust.", "I understand you
      // work in maternity care", "I know you're active in education research" (not "…on the Kubernetes operator at Zalando").
      "(?:see|saw|noticed|notice|understand|know|gather|read|hear|heard|learned|learnt)(?: that)? you(?: also)? (?:work|are working|'re working|are active|'re active|are involved|'re involved|speciali[sz]e) (?:in|with|on) [\\p{L}\\p{N}+#-]+(?: (?!(?:at|for|with|from|on|in|the)(?![\\p{L}]))\\p{Ll}[\\p{L}-]*){0,2}(?= *(?:too|also|as well)? *(?:[.!,;]|$))",
      // A city, region or country is shared with thousands: "we're in the same industry and the same city".
      '(?:the )?same (?:city|region|country|metro area)(?![\\p{L}])',
    ],
  },
  {
    // A field in lower-case words is still a field ("we're both in construction PM", "we are both in product design",
    // "…in commercial real estate"); a name is capitalised ("we're both in Leeds Rotary"), hence case-sensitive, with the
    // words around the field in either case ("WE'RE BOTH IN supply chain planning").
    name: 'sameFieldInTwoWords',
    means: 'that you are in the same field, said in two words',
    caseSensitive: true,
    patterns: [
      // …of up to three lower-case words: "we're both in commercial real estate, so…", "both in the food business here"
      // (not "we're both in the AUC Venture Lab", "…in Leeds Rotary", nor "…in the running club").
      "(?:[Ww]e|WE)(?:'re|'RE|’re|’RE| are| ARE)? (?:(?:both|BOTH|also|ALSO) (?:(?:work|working|WORK|WORKING) )?|(?:work|working|WORK|WORKING) )(?:in|IN) (?:the |THE )?(?!(?:same|the|SAME|THE)(?![\\p{L}]))(?:\\p{Ll}[\\p{L}-]*(?: \\p{Ll}[\\p{Ll}-]*){0,2}(?<!{communityNoun})|\\[[^\\]\\n]{1,40}\\])(?: here)?(?= *[.!,;]| *$| +(?:and|so|too|as well)(?![\\p{L}]))",
      "(?:[Ww]e're|[Ww]e are|[Ww]e) (?:both|also) (?:work |working )?in (?!(?:the|a|an|same|our|your|my|this|that)(?![\\p{L}]))\\p{Ll}[\\p{Ll}-]* (?:\\p{Ll}[\\p{Ll}-]*|PM|HR|QA|UX|UI|IT|BD)(?= *[.!,;]| *$| +(?:and|so|too|as well)(?![\\p{L}]))",
    ],
  },
  {
    name: 'unnamedReferral',
    means: 'a referrer without a name',
    patterns: [
      // Mentioned by nobody in particular: "your name was mentioned regarding supply chain", "your name has been recommended to me"
      // (not "…mentioned by Dana", "…mentioned at the Berlin meetup", "…in the Guardian piece").
      "your name (?:was|has been|had been|got|keeps (?:being|getting)|kept (?:being|getting)) (?:mentioned|recommended|suggested|brought up|put forward|passed (?:on|along))(?: to me)?(?! (?:by|at|in|during|on|when|after) )",
      // "a former colleague of mine thinks you're the person to ask", "someone told me you're the expert" (not "a friend, Ana Ruiz, told me…",
      // nor a deed of theirs the referrer tells: "a source at Safaricom mentioned that you led the early agent training").
      "(?:a|an|one of my|some|someone|somebody|people|a few people|several people|everyone|everybody)(?: [\\p{L}-]+){0,4}? (?:told me|said|says|mentioned|suggested|recommended|swears|thinks|reckons|insisted)(?: that)? (?:you|your|I should)(?!(?: [\\p{L}'’-]+){1,3}? (?:outside|at|in|on|near|behind|by|beside|opposite) (?:the|our)(?![\\p{L}]))(?! (?:once |personally |first )?(?:[\\p{L}-]{2,}ed|built|wrote|ran|led|made|gave|taught|won|drew|oversaw|co-wrote|set up) (?:the|a|an|their|our|its|that|this|those|these|\\p{N})(?![\\p{L}]))",
    ],
  },
  {
    // Networking for its own sake (also `template-phrase`): a town or a field after it is no reason why this person
    // ("I'm expanding my network in the Brisbane area").
    name: 'networkingForItsOwnSake',
    means: 'that you are growing your network',
    patterns: [
      "(?:I'm|I am|I've been|I have been|looking to|trying to|hoping to|want to|keen to) (?:always |constantly |currently |actively )?(?:looking to |trying to |keen to |hoping to )?(?:expand|expanding|grow|growing|build|building|broaden|broadening|widen|widening|extend|extending) (?:out |up )?my (?:professional |personal |linkedin |local )?network",
    ],
  },
  {
    name: 'sharedInterest',
    means: 'an interest anyone could share',
    patterns: [
      // A topic anyone could claim ("a passion for sustainability"), not a specific one ("a passion for open data").
      "(?:we|you and I) (?:both )?(?:share|have) (?:a |an |the same |similar )?(?:[\\p{L}-]+ )?(?:passion|interest|love|enthusiasm|curiosity|fascination) (?:for|in|of|with) (?:all things )?{broadTopic}{topicEnd}",
      "(?:we're|we are|we) both (?:seem (?:to be )?|appear (?:to be )?|are )?(?:very |really |deeply |so )?(?:passionate|excited|enthusiastic|curious) about (?:all things )?{broadTopic}{topicEnd}",
      "(?:share|shares) your (?:[\\p{L}-]+ )?(?:passion|interest|love|enthusiasm) (?:for|in|of) (?:all things )?{broadTopic}{topicEnd}",
    ],
  },
  {
    name: 'peopleLikeYou',
    means: 'that you connect with people like them',
    patterns: [
      '(?:connect|connecting|network|networking) with (?:\\S+ ){0,2}?(?:professionals|people|leaders|experts|individuals) (?:like you|in your (?:field|industry|space))',
      // "researching people in the marketing space", "a few founders in the climate space".
      '(?:professionals|people|leaders|experts|individuals|founders|folks|others) (?:working )?in the (?:[\\p{L}-]+ ){1,2}?(?:space|industry|sector|field|world)',
      // "as a fellow professional", "fellow entrepreneurs" (not "a fellow Michigan alum").
      'fellow (?:{fellowCategory})(?![\\p{L}])',
    ],
  },
  {
    name: 'genericCompliment',
    means: 'a compliment that fits anyone',
    patterns: [
      '(?:your|such an?|such) (?:linkedin )?(?:posts|content|articles) (?:are|is) (?:so |really |very )?(?:great|amazing|awesome|fire|inspiring|good|insightful)',
      '(?:your|ur) (?:linkedin )?(?:posts|content|updates)(?= (?:always|never|really|truly|consistently|are|have|make|give|keep|inspire)\\b)',
      'congrat\\S* (?:on|for) (?:all )?(?:your|the) (?:success|achievements|accomplishments|career|journey|growth|hard work)(?! (?:at|with|in|as|on) )',
      '(?:for |on )?your (?:upcoming|next|future|current) (?:[\\p{L}-]+ )?(?:projects?|needs|requirements|initiatives)',
      '(?:your|such an?|such) (?:very |truly |really )?(?:impressive|interesting|amazing|inspiring|great|strong|remarkable|fascinating|solid|rich|diverse) (?:background|profile|experience|career|journey|programmes|programs|work|skills|skill set|achievements)(?! (?:on|at|in|as|with|building|leading) )',
      // The praise told as how one finds it: "I find your career journey truly inspiring", "your background in product is so interesting".
      "(?:find|found) your (?:[\\p{L}-]+ ){0,2}?(?:background|profile|experience|career|journey|path|story|achievements|career path) (?:(?:truly|really|so|very|incredibly|quite) )?(?:inspiring|impressive|interesting|fascinating|remarkable|amazing)(?![\\p{L}])",
      // "your career so far looks really interesting", "your journey to date is so inspiring": a time qualifier adds nothing of theirs.
      "your (?:[\\p{L}-]+ )?(?:background|profile|experience|career|journey|path|story|career path)(?: in [\\p{L}-]+)?(?: (?:so far|to date|thus far|until now|up to now))? (?:is|are|was|seems|looks|sounds) (?:(?:truly|really|so|very|incredibly|quite) )?(?:inspiring|impressive|interesting|fascinating|remarkable|amazing)(?![\\p{L}])",
      // Experience praised in general, which fits anyone senior: "you seem very experienced", "you seem to know a lot about
      // cybersecurity", "you have an impressive background in construction", "your projects seem really interesting".
      "you (?:seem|appear|look|sound)(?: to be)? (?:(?:very|really|so|quite|extremely|incredibly|highly|super) )?(?:experienced|knowledgeable|accomplished|successful|talented|skilled|seasoned|well-connected|established)(?![\\p{L}])",
      "you (?:seem|appear) to (?:have|know) (?:a lot|so much|plenty|a great deal|lots|tons|loads|a wealth)(?: of (?:experience|expertise|knowledge))?(?![\\p{L}])",
      "(?:you have|you've got|you've built|you have built) (?:an? |such an? )(?:(?:very|truly|really) )?(?:impressive|interesting|amazing|inspiring|great|strong|remarkable|fascinating|solid|rich|diverse|extensive|broad|deep) (?:background|profile|experience|career|track record|skill set|expertise)(?! (?:at|with|building|leading|on) )",
      "your (?:work|projects?|portfolio|posts|content|page) (?:seems?|looks?|sounds?|is|are) (?:(?:really|so|very|super|quite|truly) )?(?:interesting|impressive|great|amazing|inspiring|cool|fascinating)(?= *[.!,;]| *$)",
      // Promising to read their posts from now on says nothing read so far: "Looking forward to learning from your posts!"
      // (not "…your posts on SRE hiring", which names them).
      "(?:looking forward to|look forward to|excited to|keen to|hoping to|hope to|can't wait to|would love to|I'd love to|happy to) (?:reading|read|learning from|learn from|seeing|see|following|follow|keeping up with|keep up with) (?:more (?:of |from )?)?your (?:linkedin )?(?:posts|content|updates|insights|thoughts|articles|journey|work)(?! (?:on|about|at|in|from|for) )",
      // The same praise told as being moved by it: "I was impressed by your leadership experience", "inspired by your career".
      "(?:impressed|inspired|struck|amazed|blown away|fascinated) (?:by|with) your (?:(?!(?:on|about|of|in|at|for|with|from|to|and)(?![\\p{L}]))[\\p{L}-]+ ){0,2}?(?:background|profile|experience|expertise|career|journey|achievements|accomplishments|skills|skill set|track record|credentials)(?![\\p{L}])(?! (?:on|at|in|as|with|building|leading|scaling|running) )",
    ],
  },
];

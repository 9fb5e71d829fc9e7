/**
 * Swearing and vulgar words, by family. Each entry is a whole word (inflections listed, not stems:
 * "shit\w*" would also catch the given name Shital). Words are matched whole, so the same letters
 * inside other words or names (Scunthorpe, Dickinson, Hancock, assess, Shital) never match.
 */
export const PROFANITY = {
  /** The strongest swear words and their forms. */
  strong: [
    'fuck', 'fucks', 'fucked', 'fucking', 'fuckin', 'fucker', 'fuckers', 'fuckup', 'fuckups', 'fck', 'fcking', 'fking', 'fkn',
    'motherfucker', 'motherfuckers', 'motherfucking', 'clusterfuck', 'cunt', 'cunts', 'cocksucker',
  ],
  /** Vulgar words for excrement and body parts, used as swearing. */
  vulgar: [
    'shit', 'shits', 'shitty', 'shitting', 'shitted', 'shithead', 'shitshow', 'shitload', 'shitstorm', 'bullshit',
    'bullshitting', 'horseshit', 'crap', 'crappy', 'ass', 'asses', 'asshole', 'assholes', 'arse', 'arsehole', 'dumbass',
    'jackass', 'dickhead', 'bollocks', 'piss', 'pissed', 'pissing',
  ],
  /** Insults. */
  insults: ['bitch', 'bitches', 'bitching', 'bastard', 'bastards', 'wanker', 'wankers', 'twat', 'twats'],
  /** Mild oaths: still swearing in a message to a professional contact. */
  oaths: ['damn', 'dammit', 'damnit', 'goddamn', 'goddamnit', 'goddammit'],
  /** Abbreviations that stand for a swear word. */
  abbreviations: ['wtf', 'stfu', 'gtfo', 'ffs', 'omfg', 'fml', 'lmfao'],
} as const;

/**
 * Swearing that only exists as a phrase: "hell" and "BS" are ordinary in other uses ("a hell of a
 * launch", "a BS in Biology"), so only these phrasings count.
 */
export const PROFANE_PHRASES: readonly string[] = [
  '(?:what|who|where|why|how) the (?:hell|heck)(?= )',
  'the hell (?:out|with|are|is|do|did)',
  'go to hell',
  'hell (?:no|yes|yeah)',
  'bloody hell',
  'screw (?:you|this|that|it|off)',
  'piss off',
  '(?:total|complete|utter|pure|such|what|that\'s|that is|this is) (?:BS|bs)',
];

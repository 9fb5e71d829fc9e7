import type { Family, Lexicon } from '../../engine/families.ts';

// A clause boundary after a word, in any punctuation: "you're pretty!", "you're very pretty; I…", "pretty — and".
const CLAUSE_END = '(?= *(?:[!.,?;:)…—–-]|$|\\n|\\p{Extended_Pictographic}))';

export const lexicon: Lexicon = {
  you: ["you're", 'you are', 'ur', 'u r', "you’re", 'youre', 'you look', 'you looked', 'u look', 'you seem', 'you must be'],
  degree: ['so', 'very', 'really', 'absolutely', 'truly', 'incredibly', 'quite', 'super', 'soo+', 'extremely', 'just', 'such an?'],
  // "pretty" and "hot" only on their own ("you're pretty!"), not as adverbs ("pretty busy") or "hot topic".
  looks: ['gorgeous', 'beautiful', `pretty${CLAUSE_END}`, 'cute', `hot${CLAUSE_END}`, 'sexy', 'stunning', 'handsome', 'attractive', 'lovely looking', 'good-looking', 'good looking', 'elegant', 'charming', 'adorable', 'a knockout', 'a beauty', 'a stunner'],
  nice: ['beautiful', 'lovely', 'gorgeous', 'pretty', 'cute', 'nice', 'amazing', 'stunning', 'sweet', 'charming', 'great', 'killer', 'radiant', 'sexy', 'attractive'],
  bodyPart: ['smile', 'eyes', 'face', 'hair', 'lips', 'legs', 'body', 'figure', 'looks', 'dimples'],
  // Not a photo as a work of theirs ("your photo essay on the co-ops", "your picture desk") nor a photo of
  // something else ("your photos from the Ljubljana trail"): only a photo of them.
  photo: ["(?:profile |display |new )?(?:picture|photo|pic|pics|photos|pictures|selfie|dp|headshot)(?! (?:essays?|series|stor(?:y|ies)|books?|exhibitions?|shows?|projects?|reportage|journalism|documentar(?:y|ies)|competitions?|contests?|archives?|walks?|credits?|librar(?:y|ies)|agency|desk|editor|column|blog|workshops?|tours?|collections?)(?![\\p{L}]))(?! (?:of|from) (?!you(?:rself)?(?![\\p{L}])|me(?![\\p{L}])))"],
  evening: ['tonight', 'this evening', 'this weekend', 'tomorrow night', '(?:this |on )?(?:friday|saturday|sunday) (?:night|evening)', 'the weekend', 'later tonight'],
  petName: ['babe', 'baby', 'sweetheart', 'sweetie', 'honey', 'darling', 'love', 'gorgeous', 'beautiful', 'handsome', 'sexy', 'cutie', 'dear', 'dearie', 'beauty', 'princess', 'angel'],
};

export const families: readonly Family[] = [
  {
    name: 'looksComment',
    means: 'comments on their looks',
    patterns: [
      '{you} (?:{degree} )?{looks}',
      '{nice} {bodyPart}', '(?:your|ur) smile', 'such a {looks} (?:smile|face|woman|man|girl|lady|guy)',
      // Their photo, liked or praised in any words: "I like your picture", "lovely profile photo".
      'your {photo} (?:is|are|looks?) (?:{degree} )?(?:{looks}|{nice})',
      // Praise without an adjective: "your photo is quite something", "that headshot is something else".
      '(?:your|that|this) {photo} (?:is|was) (?:{degree} )?(?:something(?: else)?|a stunner|a knockout|breathtaking|to die for)(?= *(?:[!.,?;:—–-]|$|\\n))',
      // Their photo ranked above everyone's: "the loveliest headshot on LinkedIn", "the prettiest profile picture I've seen".
      '(?:the )?(?:loveliest|prettiest|cutest|sexiest|hottest|most (?:beautiful|gorgeous|stunning|attractive|charming)|best-looking|nicest-looking) {photo}',
      '(?:I|I really|I just|really) (?:like|love|adore|liked|loved) your {photo}',
      '{nice} {photo}(?! (?:from|of) (?:the|your|our) (?:event|conference|team|talk|launch|meetup|panel|booth|office|product))',
      'so is your {photo}', 'you look (?:so |really |very )?(?:great|amazing|lovely|{looks}) in (?:your|that|this) {photo}',
      '(?:a |such a )?{looks} (?:woman|man|girl|lady|guy) like you',
      "(?:couldn't|can't|could not|cannot) (?:stop|help) (?:looking at|thinking about|staring at) (?:you|your)", "couldn't take my eyes off you",
    ],
  },
  {
    name: 'dateAsk',
    means: 'asks them out or about their evening',
    patterns: [
      '(?:go|going) (?:out )?on a date', '(?:take|taking) you out', 'just the two of us', 'just (?:us|you and me|you and I)(?= *[?!.,;]|$)', 'ask you out',
      'get to know you (?:better|outside of work|personally|more personally)', 'know you better',
      '(?:dinner|drinks|a drink) (?:with me|together|date|sometime|tonight|this weekend)', '(?:free|up) for (?:drinks|dinner|a drink)',
      "(?:what are|what're|any) (?:your )?plans (?:for )?{evening}", "(?:what are|what're) you (?:doing|up to) {evening}",
      '(?:are you|r u|you) free {evening}',
    ],
  },
  {
    // "Dinner on me" to a stranger is an ask; to someone you have been writing with, a friendly treat
    // ("Drinks on me when you're next in London!"): applies outside established conversations only.
    name: 'treatFromStranger',
    means: 'offers a stranger dinner or drinks',
    patterns: ['(?:dinner|drinks) (?:is |are |will be |would be )?on me'],
  },
  {
    name: 'relationshipQuestion',
    means: 'asks about their relationship status',
    // "Are you married?" alone is `personal-question`'s; these ask whether they are available.
    patterns: ['are (?:you|u) single', "(?:I'm|I am) single", 'do you have a (?:boyfriend|girlfriend)', 'are you (?:seeing anyone|taken)'],
  },
  {
    name: 'petName',
    means: 'calls them by a pet name',
    patterns: [
      // A pet name as a form of address, not "Dear Ms. Patel,".
      `(?:hi|hello|hey|morning|thanks|thank you|my|good morning|good night) {petName}(?= *[,!.?;]| *$| *\\n| +(?:your|you|how|i|i'm))`,
      `(?<=,[ \\t]{0,3})(?:babe|baby|sweetheart|sweetie|honey|darling|dear|beautiful|gorgeous)(?= *[!.?;]| *$)`,
    ],
    quiet: ['dear (?:linkedin )?connections?', 'my love (?:of|for)'],
  },
  {
    name: 'kissEmoji',
    means: 'sends kisses or heart eyes',
    patterns: ['(?:😘|😗|😙|😚|💋|😍|🥰|😻|💏|💑|❤️‍🔥)'],
  },
];

/**
 * Thanks for something they did for the writer: "I can't thank you enough", "thank you for finding our dog" (not the
 * courtesy of connecting or reading, which any stranger can be thanked for).
 */
export const THANKS_FOR_A_DEED =
  /\b(?:can(?:not|'t|’t) thank you enough|(?:thanks|thank you)(?: so much| again| very much)? for (?!(?:connecting|accepting|adding|following|reading|the connection|the add|your time|considering)\b)\p{L}+ing (?:my|our|me|us)\b)/iu;

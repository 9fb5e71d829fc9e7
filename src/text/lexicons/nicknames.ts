/**
 * Common short and familiar forms of English given names (lower case, no diacritics).
 * Used to tell a nickname ("Mike" for Michael: `nickname`) from a wrong name (`wrong-name`).
 */
const FORMS: Record<string, string[]> = {
  abigail: ['abby', 'abbie', 'gail'], alexander: ['alex', 'al', 'sandy', 'xander', 'lex', 'sasha'],
  alexandra: ['alex', 'alexa', 'sandra', 'sandy', 'lexi', 'sasha'], alfred: ['al', 'alf', 'fred', 'freddie'],
  andrew: ['andy', 'drew'], angela: ['angie'], anthony: ['tony', 'ant'], antonio: ['tony', 'toni'],
  arthur: ['art', 'artie'], barbara: ['barb', 'barbie', 'babs'], benjamin: ['ben', 'benny', 'benji'],
  bernard: ['bernie'], beverly: ['bev'], bradley: ['brad'], bridget: ['bridge', 'biddy'],
  calvin: ['cal'], cameron: ['cam'], caroline: ['carrie', 'caro', 'carol'], catherine: ['cathy', 'kate', 'katie', 'cat', 'cate'],
  charles: ['charlie', 'chuck', 'chas', 'chaz'], charlotte: ['charlie', 'lottie', 'char'], christina: ['chris', 'tina', 'christy'],
  christine: ['chris', 'tina', 'christy'], christopher: ['chris', 'topher', 'kit'], clifford: ['cliff'],
  cynthia: ['cindy'], daniel: ['dan', 'danny'], danielle: ['dani', 'elle'], david: ['dave', 'davey'],
  deborah: ['deb', 'debbie', 'debby'], dennis: ['denny'], dominic: ['dom'], donald: ['don', 'donnie'],
  dorothy: ['dot', 'dottie', 'dolly'], douglas: ['doug'], edward: ['ed', 'eddie', 'ted', 'ned'],
  eleanor: ['ellie', 'nell', 'nora', 'elle'], elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby', 'bess', 'lisa', 'betsy'],
  emily: ['em', 'emmy'], emma: ['em'], eugene: ['gene'], frances: ['fran', 'frankie'], francis: ['frank', 'fran'],
  frederick: ['fred', 'freddie', 'fritz'], gabriel: ['gabe'], gabriella: ['gabby', 'ella'], gabrielle: ['gabby', 'elle'],
  geoffrey: ['geoff', 'jeff'], gerald: ['gerry', 'jerry'], gregory: ['greg'], harold: ['harry', 'hal'], henry: ['hank', 'harry', 'hal'],
  isabella: ['bella', 'izzy', 'isa'], isabel: ['izzy', 'bel', 'isa'], jacob: ['jake', 'jay'], jacqueline: ['jackie', 'jacqui'],
  james: ['jim', 'jimmy', 'jamie', 'jimbo'], janet: ['jan'], jeffrey: ['jeff'], jennifer: ['jen', 'jenny', 'jenn'],
  jessica: ['jess', 'jessie'], joanna: ['jo'], joanne: ['jo'], john: ['jack', 'johnny'], jonathan: ['jon', 'jonny', 'nathan'],
  joseph: ['joe', 'joey', 'jo'], josephine: ['jo', 'josie'], joshua: ['josh'], judith: ['judy', 'jude'], katherine: ['kate', 'kathy', 'katie', 'kat', 'kay'],
  kathryn: ['kate', 'kathy', 'katie', 'kat'], kathleen: ['kathy', 'kate'], kenneth: ['ken', 'kenny'], kimberly: ['kim'],
  lawrence: ['larry', 'laurie'], leonard: ['leo', 'len', 'lenny'], louis: ['lou'], margaret: ['maggie', 'meg', 'peggy', 'marge', 'margie', 'greta'],
  matthew: ['matt', 'matty'], melissa: ['mel', 'missy'], michael: ['mike', 'mikey', 'mick', 'mickey', 'mitch'],
  michelle: ['shelly', 'mich'], nathaniel: ['nate', 'nat', 'nathan'], nathan: ['nate', 'nat'], nicholas: ['nick', 'nicky', 'nico'],
  nicole: ['nikki', 'nicky', 'nic'], oliver: ['ollie', 'olly'], olivia: ['liv', 'livvy', 'ollie'], pamela: ['pam'],
  patricia: ['pat', 'patty', 'trish', 'tricia'], patrick: ['pat', 'paddy', 'rick'], peter: ['pete'], philip: ['phil'], phillip: ['phil'],
  rebecca: ['becca', 'becky', 'bec'], raymond: ['ray'], richard: ['rich', 'rick', 'ricky', 'dick', 'richie'],
  robert: ['rob', 'bob', 'bobby', 'robbie', 'bert'], roberta: ['bobbie', 'robbie'], ronald: ['ron', 'ronnie'],
  samantha: ['sam', 'sammy'], samuel: ['sam', 'sammy'], sandra: ['sandy'], sebastian: ['seb', 'bas'], stephanie: ['steph', 'stephie'],
  stephen: ['steve', 'stevie'], steven: ['steve', 'stevie'], susan: ['sue', 'susie', 'suzy'], suzanne: ['sue', 'suzy'],
  terence: ['terry'], theodore: ['ted', 'teddy', 'theo'], thomas: ['tom', 'tommy'], timothy: ['tim', 'timmy'],
  valerie: ['val'], veronica: ['ronnie', 'vera'], victoria: ['vicky', 'tori', 'vic'], vincent: ['vince', 'vinny'],
  walter: ['walt', 'wally'], william: ['will', 'bill', 'billy', 'liam', 'willy'], zachary: ['zach', 'zack'],
  alejandro: ['alex', 'ale'], francisco: ['paco', 'pancho', 'fran'], guillermo: ['memo', 'guille'], jose: ['pepe'],
  manuel: ['manu', 'manolo'], eduardo: ['edu', 'lalo'], roberto: ['beto', 'rob'], santiago: ['santi'],
  ignacio: ['nacho'], giuseppe: ['beppe', 'peppe'], johannes: ['hannes', 'jo'], wolfgang: ['wolf'],
  aleksandr: ['sasha', 'sanya'], dmitry: ['dima'], ekaterina: ['katya'], mikhail: ['misha'], vladimir: ['vova', 'volodya'],
  anastasia: ['nastya', 'stacy'], natalia: ['natasha', 'nata'], maximilian: ['max'], maxwell: ['max'], benedict: ['ben'],
  priyanka: ['priya'], venkatesh: ['venky'], krishna: ['kris'], mohammed: ['mo'], muhammad: ['mo'], mohammad: ['mo'],
  abdullah: ['abdul'], christian: ['chris'], kristina: ['kris', 'tina'], kristopher: ['kris'], anne: ['annie'], ann: ['annie'],
  annabel: ['annie', 'bel'], lucas: ['luke'], luke: ['lucas'], ronan: ['ro'], rosemary: ['rose', 'rosie'], rosalind: ['ros', 'roz'],
  teresa: ['terry', 'tess', 'tessa'], theresa: ['terry', 'tess', 'tessa'], evelyn: ['evie', 'eve'], cassandra: ['cass', 'cassie'],
  madeline: ['maddie', 'maddy'], madison: ['maddie', 'maddy'], miranda: ['randy'], douglass: ['doug'], franklin: ['frank'],
  ferdinand: ['ferdi'], gwendolyn: ['gwen'], harriet: ['hattie'], helena: ['lena'], magdalena: ['lena', 'magda'],
  jeremiah: ['jerry'], jeremy: ['jerry', 'jez'], joel: ['jo'], leonardo: ['leo'], penelope: ['penny'], ricardo: ['rico'],
  ezekiel: ['zeke'], solomon: ['sol'], tobias: ['toby'], virginia: ['ginny'], wilhelmina: ['mina', 'billie'],
};

const FULL_NAMES_BY_FORM = new Map<string, Set<string>>();
for (const [full, forms] of Object.entries(FORMS)) {
  for (const form of forms) {
    const set = FULL_NAMES_BY_FORM.get(form) ?? new Set<string>();
    set.add(full);
    FULL_NAMES_BY_FORM.set(form, set);
  }
}

/** True when `short` is a familiar form of `full` (both folded: lower case, no diacritics). */
const GENDERED_ENDING = /^(?:a|e|le|la|na|ne|ia|ie|ette|elle|ina|ine|lla|lle)$/;

export function isShortFormOf(short: string, full: string): boolean {
  if (short === full) return false;
  if (FULL_NAMES_BY_FORM.get(short)?.has(full)) return true;
  // "Chris" for "Christopher", "Marc" for "Marcus": a clipped start of 3+ letters. When what is left
  // is a gendered ending, it is another name, not a clipping ("Daniel" for Danielle, "Gabriel" for Gabriella).
  if (short.length >= 3 && full.length >= short.length + 2 && full.startsWith(short) && !GENDERED_ENDING.test(full.slice(short.length))) return true;
  // "Seun" for "Oluwaseun", "Bayo" for "Adebayo", "Tina" for "Christina": a clipped end of 3+ letters, with at least three letters
  // dropped (so "Ian" is not taken for "Brian").
  return short.length >= 3 && full.length >= short.length + 3 && full.endsWith(short);
}

import { phraseRule } from '../../engine/phrase-rule.ts';
import { matchCase } from '../../text/normalize.ts';

// Shorthand → the plain word (undefined: no mechanical replacement, e.g. "ur" is "your" or "you're").
const PLAIN: Record<string, string | undefined> = {
  gonna: 'going to', wanna: 'want to', gotta: 'have to', u: 'you', r: 'are', pls: 'please', plz: 'please', thx: 'thanks',
  thnx: 'thanks', tnx: 'thanks', btw: 'by the way', idk: "I don't know", tbh: 'to be honest', lmk: 'let me know',
  abt: 'about', ppl: 'people', cuz: 'because', coz: 'because', bc: 'because', imo: 'in my opinion', imho: 'in my opinion',
  ty: 'thank you', tho: 'though', ya: 'you', yeah: 'yes', nope: 'no', kinda: 'kind of', sorta: 'sort of', dunno: "don't know",
  gimme: 'give me', lemme: 'let me', ok: undefined, lol: undefined, omg: undefined, ngl: undefined, bro: undefined, dude: undefined,
  yo: undefined, sup: undefined, ur: undefined, dope: undefined, lit: undefined, brb: undefined, rofl: undefined, lmao: undefined,
  wassup: undefined, wyd: undefined, smh: undefined, fr: undefined, af: undefined,
};

const slangMessage = (excerpt: string) => `“${excerpt}” is texting slang.`;
const slangSuggestion = (excerpt: string) => {
  const plain = PLAIN[excerpt.toLowerCase()];
  return plain ? `Write “${plain}”.` : 'Use plain, professional wording.';
};
const slangFix = (excerpt: string) => {
  const plain = PLAIN[excerpt.toLowerCase()];
  return plain ? matchCase(excerpt, plain) : undefined;
};

export default phraseRule({
  meta: {
    id: 'slang',
    title: 'Slang',
    severity: 'warning',
    category: 'tone',
    description: 'Flags slang and texting shorthand: gonna, wanna, u, ur, pls, thx, lol, btw, idk, tbh, bro, yo…',
    why: 'Use a professional tone: no slang. Keep it conversational but professional.',
  },
  groups: [
    {
      // Lower case only for the one- and two-letter forms: "R" is a programming language, "U" a grade or a name.
      phrases: ["(?:u|ur)(?!['.\\-])", 'r(?=\\s+(?:you|u|we|they)\\b)', "(?<=\\b(?:u|you|we|they)\\s)r(?!['.\\-])"],
      caseSensitive: true,
      message: slangMessage,
      suggestion: slangSuggestion,
      fix: slangFix,
    },
    {
      phrases: [
        'gonna', 'wanna', 'gotta', 'pls', 'plz', 'thx', 'thnx', 'tnx', 'lol', 'omg', 'btw', 'idk', 'tbh', 'ngl', 'lmk', 'abt', 'ppl',
        'cuz', 'coz', 'imo', 'imho', 'brb', 'rofl', 'lmao', 'smh', 'wyd', 'wassup', 'sup(?= *[?!.,]| *$)', 'bro', 'bruh', 'dude',
        'yo(?= *[,!.?]| *$| +(?:bro|dude|man|guys|what))', 'dope', 'kinda', 'sorta', 'dunno', 'gimme', 'lemme',
      ],
      message: slangMessage,
      suggestion: slangSuggestion,
      fix: slangFix,
    },
  ],
});

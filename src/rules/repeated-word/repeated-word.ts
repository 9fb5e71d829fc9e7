import { defineRule, type RuleFinding } from '../../engine/define-rule.ts';
import type { LanguagePack } from '../../languages/types.ts';
import { followsSentenceEnd } from '../../text/sentences.ts';
import { insideAny } from '../../text/spans.ts';
import { lazyPer } from '../../engine/lazy.ts';

// Pairs that are grammatical ("that that", "had had", "what it is is") or fixed expressions.
const GRAMMATICAL = new Set(['that', 'had', 'is', 'was', 'do', 'does', 'did', 'bye', 'ha', 'no', 'so', 'knock', 'tut', 'yada', 'chop', 'hush', 'bora', 'walla', 'nous', 'vous', 'sie', 'die', 'der', 'das', 'le', 'la', 'les', 'de', 'se', 'ne', 'den', 'dem', 'que']);

// A particle doubled after a phrasal verb is grammar: "the rules kick in in 2027", "carry on on Monday".
const PHRASAL_BEFORE: Record<string, RegExp> = {
  in: /^(?:kick|check|log|plug|fill|sign|drop|mov|join|tun|chip|step|factor|settl|giv|gave|turn|hand|cash|phas|lock|opt|eas|sink|set|com|came|bring|brought|fit|zoom|tap|dial|lean|pitch|weigh|breath|lay|laid|let|put|tuck|dig|jump|cave|box|boxed|hem|rope|roll|pour|sett?le)/i,
  on: /^(?:carr|log|mov|keep|kept|focus|work|hold|held|tak|took|turn|put|catch|caught|pass|follow|build|built|sign|count|rel|depend|bank|comment|reflect|agree|decid|insist|pick|touch|act|go|went|click|plan|tap|call|hit|land|walk|try|tried|sleep|slept|weigh|get|got)/i,
  up: /^(?:follow|set|sign|back|end|mix|pick|show|catch|caught|mess|open|speed|sum|clean|cheer|wrap|warm|wind|line|team|loop|look|brush|step|ramp|scale|free|fir|heat|light|pair|gear|book|lock|buck|queue|sav)/i,
  out: /^(?:reach|check|find|found|figur|work|point|roll|sort|carr|rul|phas|lay|laid|hand|mapp|map|spell|sell|sold|sign|log|stand|stood|watch|burn|burnt|freak|opt|zoom|branch|flesh|print|send|sent|ship)/i,
};

// A subject pronoun that ends one clause and starts the next across a comma is grammar, not a slip:
// "se fizer sentido pra você, você me indicaria?", "if it suits you, you can…", "si te va bien a ti, tú…".
// The comma is kept for emphatic doublings ("very, very", "muito, muito").
const CLAUSE_PRONOUNS = new Set(['you', 'it', 'we', 'they', 'he', 'she', 'você', 'vocês', 'voce', 'voces', 'ele', 'ela', 'eles', 'elas', 'nós', 'tu', 'ti', 'usted', 'ustedes', 'él', 'ella', 'ellos', 'ellas', 'nosotros', 'vous', 'lui', 'eux', 'elle', 'elles', 'toi', 'moi', 'ihnen', 'sie', 'ihr', 'wir', 'er', 'es']);

// A German verb-final clause followed by a verb-second main clause puts the same finite verb on both sides of
// the comma: "die Sie veröffentlicht haben, haben mich beschäftigt", "wer das gemacht hat, hat Zeit gespart".
const CLAUSE_VERBS = new Set(['haben', 'hat', 'habe', 'hatte', 'hatten', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'kann', 'können', 'konnte', 'konnten', 'muss', 'müssen', 'soll', 'sollen', 'will', 'wollen', 'darf', 'dürfen']);

// "&", "/", "+" or "@" touching a word makes it part of a compound token ("Q&A", "A/B", "C++", "@a").
const COMPOUND_JOINER = /[&/+@]/;
const gluedToNeighbour = (text: string, at: number): boolean => at >= 0 && at < text.length && COMPOUND_JOINER.test(text[at]!);

const grammaticalDoublesOf = lazyPer((pack: LanguagePack): ReadonlySet<string> => new Set(pack.grammaticalDoubles ?? []));

export default defineRule({
  meta: {
    id: 'repeated-word',
    title: 'Repeated word',
    severity: 'warning',
    category: 'polish',
    description: 'Flags the same word twice in a row (“the the”, “to to”), including “very very” and “please please”.',
    why: 'Proofread for typos and grammar: a doubled word is the classic sign of a message sent without a second read.',
    fixable: true,
  },
  // Words are words in any language; the grammatical pairs above include German, French and Portuguese ones.
  multilingual: true,
  check(ctx) {
    const out: RuleFinding[] = [];
    const words = ctx.words();
    // Each coached language has its own grammatical pairs: Portuguese "no no" and "de de" are slips.
    const grammatical = ctx.pack ? grammaticalDoublesOf(ctx.pack) : GRAMMATICAL;
    const skipped = ctx.nonProse();
    for (let i = 1; i < words.length; i++) {
      const prev = words[i - 1]!;
      const word = words[i]!;
      const lower = word.text.toLowerCase();
      if (lower !== prev.text.toLowerCase() || grammatical.has(lower) || /^\d/.test(lower)) continue;
      if (i >= 2 && PHRASAL_BEFORE[lower]?.test(words[i - 2]!.text)) continue;
      const gap = ctx.text.slice(prev.end, word.start);
      if (!/^[ \t]+$/.test(gap) && gap !== ', ') continue;
      if (gap === ', ' && (CLAUSE_PRONOUNS.has(lower) || CLAUSE_VERBS.has(lower))) continue;
      // Two capitalized words mid-sentence are a name ("Baden Baden", "Sirhan Sirhan").
      if (/^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(word.text) && prev.start > 0 && !followsSentenceEnd(ctx.text, prev.start)) continue;
      if (insideAny(skipped, word)) continue;
      // A word glued to a symbol or another word is part of a compound: "the Q&A, a record", "B2B b2c", "R&D d…".
      if (gluedToNeighbour(ctx.text, prev.start - 1) || gluedToNeighbour(ctx.text, word.end)) continue;
      out.push({
        message: `“${word.text}” is repeated.`,
        start: prev.start,
        end: word.end,
        suggestion: `Write “${prev.text}” once.`,
        fix: { start: prev.end, end: word.end, replacement: '' },
      });
    }
    return out;
  },
});

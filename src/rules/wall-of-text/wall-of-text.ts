import { defineRule } from '../../engine/define-rule.ts';
import { countProseWords, countWords } from '../../text/words.ts';

const MAX_UNBROKEN_WORDS = 120;
const MAX_PARAGRAPH_WORDS = 100;

export default defineRule({
  meta: {
    id: 'wall-of-text',
    title: 'Wall of text',
    severity: 'info',
    category: 'brevity',
    description: 'Flags a message of over 120 words with no paragraph break, or a paragraph of over 100 words.',
    why: 'People are more likely to engage with short, focused messages than with long blocks of text.',
  },
  // Counts words and sentences: the same limits in every coached language (languages.md §4.1).
  multilingual: true,
  check(ctx) {
    // A line break is a paragraph break in LinkedIn's composers (each line is its own paragraph there).
    const count = ctx.pack ? countProseWords : countWords;
    const paragraphs = ctx.text.split(/\n/).filter((p) => p.trim().length > 0);
    if (paragraphs.length <= 1) {
      if (ctx.totalWords <= MAX_UNBROKEN_WORDS) return [];
      return [{ message: `${ctx.totalWords} words in one block: break it into short paragraphs.`, suggestion: 'One idea per paragraph: who you are, why them, your ask.' }];
    }
    const longest = Math.max(0, ...paragraphs.map(count));
    if (longest > MAX_PARAGRAPH_WORDS) {
      return [{ message: `A paragraph runs to ${longest} words: break it up.`, suggestion: 'Keep paragraphs to two or three sentences.' }];
    }
    return [];
  },
});

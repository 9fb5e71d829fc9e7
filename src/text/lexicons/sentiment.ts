import { phrasePattern } from '../patterns.ts';
import { findInParagraphs } from '../paragraphs.ts';

// A small sentiment lexicon for professional messages. Weights: 2 = strong, 1 = mild.
const STRONG_NEGATIVE = [
  'rude', 'ridiculous', 'embarrassing', 'embarrassed', 'shocking', 'shameful', 'pathetic', 'useless', 'terrible', 'awful', 'horrible',
  'incompetent', 'disgusting', 'disgraceful', 'unacceptable', 'outrageous', 'unprofessional', 'disrespectful', 'insulting', 'worst', 'hate',
  'stupid', 'idiotic', 'garbage', 'trash', 'nonsense', 'a joke', 'is a joke', 'waste of (?:my )?time', 'wasting', 'wasted',
  'ignor(?:e|ed|es|ing)', 'disappointed', 'disappointing', 'fed up', '(?:tired|sick) of', 'frustrat(?:ed|ing)', 'annoy(?:ed|ing)',
  'furious', 'angry', 'too important to', "can't even", 'cannot even', 'black hole', 'scam', 'liars?', 'clueless', 'lazy',
];
const MILD_NEGATIVE = [
  'rejects?', 'rejected', 'never heard back', 'got nothing', 'nobody', 'no one bothers', 'honestly', 'frankly', 'apparently', 'the least you can do',
  'patient with you', 'bad', 'poor', 'broken', 'fail(?:ed|s|ing)?', 'complain(?:t|ing)?', 'unfair', 'blame', 'excuse', 'pointless',
];
const POSITIVE = [
  'thanks?', 'thank you', 'grateful', 'appreciate(?:d)?', 'great', 'love(?:d)?', 'enjoy(?:ed)?', 'excellent', 'brilliant', 'helpful', 'glad',
  'happy', 'congrat(?:ulation)?s', 'admire(?:d)?', 'wonderful', 'fantastic', 'amazing', 'inspiring', 'useful', 'best', 'generous', 'thoughtful',
  'excited', 'thrilled', 'keen', 'pleasure', 'impressive', 'impressed', 'kind', 'respect', 'perfect', 'clear', 'fan of', 'valuable', 'insightful',
];
// Sarcasm: praise for a slight ("thanks so much for ignoring", "really professional of you").
const SARCASM = [
  '(?:thanks|thank you) (?:so much |a lot |very much )?for (?:ignoring|nothing|wasting|ghosting|never)',
  '(?:really|very|so) (?:professional|kind|helpful|nice) of you', 'great job ignoring', 'nice of you to ignore',
];

const STRONG = phrasePattern(STRONG_NEGATIVE);
const MILD = phrasePattern(MILD_NEGATIVE);
const GOOD = phrasePattern(POSITIVE);
const SARCASTIC = phrasePattern(SARCASM);
// Sympathy is kind, not negative: "sorry to hear about the layoffs".
const SYMPATHY = phrasePattern(['sorry to hear', 'sad to hear', 'sorry about', 'sorry for your loss']);

export interface Sentiment {
  negative: number;
  positive: number;
  sarcasm: number;
}

/** Sentiment of the text; words inside `masked` spans (phrases already judged as a whole) are not counted again. */
export function sentimentOf(text: string, masked: readonly { start: number; end: number }[] = []): Sentiment {
  const sarcastic = [...findInParagraphs(SARCASTIC, text), ...masked];
  const inSarcasm = (m: { start: number; end: number }) => sarcastic.some((s) => m.start < s.end && s.start < m.end);
  const sympathy = findInParagraphs(SYMPATHY, text).length;
  const strong = findInParagraphs(STRONG, text).filter((m) => !inSarcasm(m)).length;
  const mild = findInParagraphs(MILD, text).filter((m) => !inSarcasm(m)).length;
  const positive = findInParagraphs(GOOD, text).filter((m) => !inSarcasm(m)).length;
  return { negative: Math.max(0, strong * 2 + mild - sympathy), positive: positive + sympathy, sarcasm: (sarcastic.length - masked.length) * 3 };
}

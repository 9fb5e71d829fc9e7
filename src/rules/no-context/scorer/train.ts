import { conversationOf } from '../../../engine/context.ts';
import type { Draft } from '../../../contracts/draft.ts';
import { scorerFeatures } from './features.ts';
import type { ScorerModels } from './model-codec.ts';

/** One labeled draft for training: its features and whether it gives no reason (1) or does (0). */
export interface TrainingDraft {
  features: readonly string[];
  givesNoReason: 0 | 1;
}

export interface ScorerModel {
  /**
   * `sum`: every feature counts in full (a long draft weighs more: cautious on short ones).
   * `root`: features count by one over the square root of how many the model knows (cautious on long ones).
   */
  scaling: 'sum' | 'root';
  bias: number;
  weights: Record<string, number>;
}

interface TrainingOptions {
  scaling: ScorerModel['scaling'];
  /** How many features the shipped model keeps: the strongest, so that it stays a few kilobytes. */
  keep?: number;
  epochs?: number;
  l2?: number;
  seed?: number;
}

/**
 * Logistic regression by stochastic gradient descent, deterministic (a seeded shuffle). Trained twice:
 * once on every feature seen in two drafts or more (one draft's quirks teach nothing), then again on the
 * `keep` strongest only, so that the shipped model is the model that was trained, not a cut of it.
 * Weights are rounded to two decimals.
 */
export function trainScorer(drafts: readonly TrainingDraft[], { scaling, keep = 800, epochs = 30, l2 = 1e-3, seed = 7 }: TrainingOptions): ScorerModel {
  const seen = new Map<string, number>();
  for (const draft of drafts) for (const f of draft.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const options = { scaling, epochs, l2, seed };
  const first = fit(drafts, (f) => (seen.get(f) ?? 0) >= 2, options);
  const strongest = new Set([...first.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, keep).map(([f]) => f));
  const final = fit(drafts, (f) => strongest.has(f), options);
  const round = (x: number) => Math.round(x * 100) / 100;
  const weights = [...final.weights].filter(([, w]) => round(w) !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  return { scaling, bias: round(final.bias), weights: Object.fromEntries(weights.map(([f, w]) => [f, round(w)])) };
}

/** The two models the rule ships (see scorer.ts), trained on the same drafts. */
export function trainScorers(drafts: readonly TrainingDraft[]): ScorerModels {
  return { sum: trainScorer(drafts, { scaling: 'sum' }), root: trainScorer(drafts, { scaling: 'root' }) };
}

/** What one known feature counts for in a draft where the model knows `known` features. */
export const featureScale = (scaling: ScorerModel['scaling'], known: number) => (scaling === 'root' ? 1 / Math.sqrt(Math.max(1, known)) : 1);

function fit(drafts: readonly TrainingDraft[], known: (feature: string) => boolean, { scaling, epochs, l2, seed }: Required<Omit<TrainingOptions, 'keep'>>) {
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const usable = drafts.map((d) => d.features.filter(known));
  const weights = new Map<string, number>();
  let bias = 0;
  // Scaled-down features learn more slowly, so the root model starts with a larger step.
  let rate = scaling === 'root' ? 0.3 : 0.1;
  const order = drafts.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
    }
    for (const i of order) {
      const features = usable[i]!;
      const scale = featureScale(scaling, features.length);
      let z = bias;
      for (const f of features) z += (weights.get(f) ?? 0) * scale;
      const error = 1 / (1 + Math.exp(-z)) - drafts[i]!.givesNoReason;
      bias -= rate * error;
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - rate * (error * scale + l2 * w));
      }
    }
    rate *= 0.9;
  }
  return { bias, weights };
}

/** A labeled corpus line, as far as training reads it. */
export interface CorpusLine {
  text: string;
  subject?: string | null;
  expect?: readonly string[];
  lang?: string;
  kind?: Draft['kind'];
  thread?: Draft['thread'];
}

/** English cold drafts (as the engine judges coldness): where no-context applies. */
export function trainingDrafts(lines: readonly CorpusLine[]): TrainingDraft[] {
  return lines
    .filter((line) => (line.lang ?? 'en') === 'en' && conversationOf(line) === 'cold')
    .map((line) => ({ features: scorerFeatures(line.text, line.subject), givesNoReason: (line.expect ?? []).includes('no-context') ? 1 : 0 }));
}

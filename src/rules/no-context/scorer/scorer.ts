import { scorerFeatures } from './features.ts';
import { featureScale, type ScorerModel } from './train.ts';
import { NO_CONTEXT_MODELS } from './weights.ts';

/**
 * The rule trusts the scorers over its families only when both hear a reason: the model that sums its
 * features (cautious on short drafts) below 0.05 and the one that scales them by length (cautious on
 * long drafts) below 0.2. Chosen on drafts they were not trained on (README.md): together they silence
 * four in five wrong warnings there and none of the right ones.
 */
export const REASON_THRESHOLDS = { sum: 0.05, root: 0.2 } as const;

/** How likely an English cold draft is to give no reason why this person (0 to 1), by one model. */
export function noReasonProbability(model: ScorerModel, features: readonly string[]): number {
  const weights = model.weights;
  const known = features.filter((feature) => Object.hasOwn(weights, feature));
  const scale = featureScale(model.scaling, known.length);
  let z = model.bias;
  for (const feature of known) z += weights[feature]! * scale;
  return 1 / (1 + Math.exp(-z));
}

/** Both scorers hear a reason why this person in the draft (English cold drafts only). */
export function scorersHearAReason(body: string, subject?: string | null): boolean {
  const features = scorerFeatures(body, subject);
  return (
    noReasonProbability(NO_CONTEXT_MODELS.sum, features) < REASON_THRESHOLDS.sum &&
    noReasonProbability(NO_CONTEXT_MODELS.root, features) < REASON_THRESHOLDS.root
  );
}

import type { ScorerModel } from './train.ts';

/**
 * The shipped form of the two models: one list of the features either model knows, and for each model its
 * weights in hundredths, in the same order (empty where the model does not know the feature). Half the size
 * of two objects of quoted keys, which the background bundle's budget needs.
 */
export interface EncodedModels {
  features: string;
  sum: { bias: number; weights: string };
  root: { bias: number; weights: string };
}

export interface ScorerModels {
  readonly sum: ScorerModel;
  readonly root: ScorerModel;
}

export function encodeModels(models: ScorerModels): EncodedModels {
  const features = [...new Set([...Object.keys(models.sum.weights), ...Object.keys(models.root.weights)])];
  const column = (model: ScorerModel) => features.map((f) => (Object.hasOwn(model.weights, f) ? String(Math.round(model.weights[f]! * 100)) : '')).join(',');
  return { features: features.join('\n'), sum: { bias: models.sum.bias, weights: column(models.sum) }, root: { bias: models.root.bias, weights: column(models.root) } };
}

export function decodeModels(encoded: EncodedModels): ScorerModels {
  const features = encoded.features.split('\n');
  const model = (scaling: ScorerModel['scaling'], { bias, weights }: { bias: number; weights: string }): ScorerModel => {
    const column = weights.split(',');
    // No prototype: a draft's word "constructor" or "toString" must not find Object's methods.
    const decoded: Record<string, number> = Object.create(null);
    features.forEach((feature, i) => {
      if (column[i]) decoded[feature] = Number(column[i]) / 100;
    });
    return { scaling, bias, weights: decoded };
  };
  return { sum: model('sum', encoded.sum), root: model('root', encoded.root) };
}

import {
  closeFeatures,
  copyFeatureState,
  createFeatureState,
  type FeatureState,
  feedFeatureWeights,
  resetFeatureState,
  sameFeatureState,
} from './feature-hashing.ts';
import { longTextLogit } from './long-text-logit.ts';

/** What scoring a text needs from a linear model. */
export type WindowedModel = {
  readonly bits: number;
  readonly weights: Int8Array;
  readonly bias: number;
  readonly scale: number;
  readonly minFeatures: number;
  readonly windowChars: number;
  readonly lengthPenalty: number;
};

/**
 * Exactly `longTextLogit(text, windowChars, lengthPenalty, windowLogit)` for a linear model, but each code
 * unit of a long text is hashed once rather than once per window that holds it. Windows overlap by half, so
 * a window is two half-window chunks; each chunk is hashed once from a fresh state, and its hashing as the
 * continuation of the chunk before differs only until the two states agree (a word or two), after which
 * the fresh result is reused. Feature sums are integers, so the result is the same to the last bit.
 */
export function windowedLogit(text: string, model: WindowedModel): number {
  const { windowChars, lengthPenalty } = model;
  const scratch = scratchStates();
  if (text.length <= windowChars * 1.5 || windowChars % 2 !== 0) {
    return longTextLogit(text, windowChars, lengthPenalty, (window) => {
      const state = scratch[0];
      resetFeatureState(state);
      feedFeatureWeights(state, window, 0, window.length, model.bits, model.weights);
      closeFeatures(state, model.bits, null, model.weights);
      return logitOf(state.sum, state.count, model);
    });
  }
  const step = windowChars >> 1;
  let [current, next, continued, probe, closing] = scratch;
  resetFeatureState(current);
  feedFeatureWeights(current, text, 0, step, model.bits, model.weights);
  let best = Number.NEGATIVE_INFINITY;
  let windows = 0;
  for (let start = 0; start < text.length; start += step) {
    // The window is [start, end): the current chunk, hashed fresh, then the next one [middle, end).
    const middle = start + step;
    const end = Math.min(start + windowChars, text.length);
    resetFeatureState(next);
    feedFeatureWeights(next, text, middle, end, model.bits, model.weights);
    copyFeatureState(current, continued);
    continued.sum = 0;
    continued.count = 0;
    resetFeatureState(probe);
    let synced = false;
    for (let at = middle; at < end && !synced; ) {
      const to = Math.min(end, at + SYNC_STEP);
      feedFeatureWeights(continued, text, at, to, model.bits, model.weights);
      feedFeatureWeights(probe, text, at, to, model.bits, model.weights);
      synced = sameFeatureState(continued, probe);
      at = to;
    }
    let sum = current.sum + continued.sum;
    let count = current.count + continued.count;
    if (synced) {
      sum += next.sum - probe.sum;
      count += next.count - probe.count;
    }
    copyFeatureState(synced ? next : continued, closing);
    closing.sum = 0;
    closing.count = 0;
    closeFeatures(closing, model.bits, null, model.weights);
    best = Math.max(best, logitOf(sum + closing.sum, count + closing.count, model));
    windows++;
    if (start + windowChars >= text.length) break;
    [current, next] = [next, current];
  }
  return best - lengthPenalty * Math.log2(windows);
}

// --- internal ---

/** Units fed at a time to the continued and fresh hashing before comparing them. */
const SYNC_STEP = 16;

let states: [FeatureState, FeatureState, FeatureState, FeatureState, FeatureState] | undefined;

/** Reusable states (scoring is synchronous, so one set serves every call). */
function scratchStates(): [FeatureState, FeatureState, FeatureState, FeatureState, FeatureState] {
  states ??= [
    createFeatureState(),
    createFeatureState(),
    createFeatureState(),
    createFeatureState(),
    createFeatureState(),
  ];
  return states;
}

/** A window's logit from its features' weight sum and count (see SurfaceModelV1.minFeatures). */
function logitOf(sum: number, count: number, model: WindowedModel): number {
  if (count === 0) return model.bias;
  return model.bias + (sum * model.scale) / Math.sqrt(Math.max(count, model.minFeatures));
}

import { normalizeText } from '../normalize/normalize-text.ts';
import { extractFeatures, maxFeatures } from './feature-hashing.ts';
import { sigmoid } from './linear-model.ts';
import { longTextLogit } from './long-text-logit.ts';

/** One labelled example: `text` as the scanner would classify it (see {@link classifierText}). */
export type TrainingExample = {
  readonly text: string;
  readonly label: 0 | 1;
  readonly weight?: number;
};

/** Options of {@link trainLinearModel}; the defaults are what `pnpm train` uses. */
export type TrainOptions = {
  /** log2 of the hashed feature space. Default 18 (256 KB of int8 weights). */
  readonly bits?: number;
  readonly epochs?: number;
  /** AdaGrad step size. */
  readonly learningRate?: number;
  /** L2 penalty per update. */
  readonly l2?: number;
  readonly seed?: number;
  readonly windowChars?: number;
  /** Short texts are normalised as if they had this many features (see `SurfaceModelV1.minFeatures`). */
  readonly minFeatures?: number;
  /** At most this many windows per example (evenly spread), to bound memory on very long texts. */
  readonly maxWindows?: number;
};

/** The raw result of training: float weights, before quantisation. */
export type TrainedWeights = {
  readonly bias: number;
  readonly weights: Float32Array;
  readonly bits: number;
  readonly windowChars: number;
  readonly minFeatures: number;
};

/**
 * Trains a logistic-regression model over hashed n-grams with AdaGrad, deterministically (same examples,
 * options and seed ⇒ same weights). Long texts are split into windows and trained as multiple-instance
 * examples: each step updates the window the current model scores highest, which is exactly the window
 * that decides at inference (max over windows). Classes are weighted to balance.
 */
export function trainLinearModel(
  examples: readonly TrainingExample[],
  options: TrainOptions = {},
): TrainedWeights {
  const bits = options.bits ?? 18;
  const epochs = options.epochs ?? 6;
  const learningRate = options.learningRate ?? 0.2;
  const l2 = options.l2 ?? 1e-7;
  const windowChars = options.windowChars ?? 1024;
  const maxWindows = options.maxWindows ?? 12;
  const minFeatures = options.minFeatures ?? 128;
  const size = 1 << bits;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size).fill(1e-2);
  let bias = 0;
  let biasSquares = 1e-2;

  const prepared = examples.map((example) => ({
    label: example.label,
    weight: example.weight ?? 1,
    windows: featureWindows(normalizeText(example.text).text, bits, windowChars, maxWindows),
  }));
  const positives = prepared.filter((example) => example.label === 1).length;
  const negatives = prepared.length - positives;
  const classWeight = [
    prepared.length / (2 * Math.max(1, negatives)),
    prepared.length / (2 * Math.max(1, positives)),
  ];

  const logitOf = (features: Int32Array): number => {
    let sum = 0;
    for (let index = 0; index < features.length; index++)
      sum += weights[features[index] as number] as number;
    return (
      bias + (features.length === 0 ? 0 : sum / Math.sqrt(Math.max(features.length, minFeatures)))
    );
  };

  const random = mulberry32(options.seed ?? 1);
  const order = prepared.map((_example, index) => index);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const example = prepared[index] as (typeof prepared)[number];
      let chosen = example.windows[0] as Int32Array;
      let logit = logitOf(chosen);
      for (let windowIndex = 1; windowIndex < example.windows.length; windowIndex++) {
        const candidate = example.windows[windowIndex] as Int32Array;
        const candidateLogit = logitOf(candidate);
        if (candidateLogit > logit) {
          logit = candidateLogit;
          chosen = candidate;
        }
      }
      const gradient =
        (sigmoid(logit) - example.label) * (classWeight[example.label] as number) * example.weight;
      const value = chosen.length === 0 ? 0 : 1 / Math.sqrt(Math.max(chosen.length, minFeatures));
      for (let position = 0; position < chosen.length; position++) {
        const feature = chosen[position] as number;
        const step = gradient * value + l2 * (weights[feature] as number);
        squares[feature] = (squares[feature] as number) + step * step;
        weights[feature] =
          (weights[feature] as number) -
          (learningRate * step) / Math.sqrt(squares[feature] as number);
      }
      biasSquares += gradient * gradient;
      bias -= (learningRate * gradient) / Math.sqrt(biasSquares);
    }
  }
  return { bias, weights, bits, windowChars, minFeatures };
}

/** Int8 weights and their scale, as stored in a model. */
export function quantize(weights: Float32Array): { scale: number; bytes: Int8Array } {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest === 0 ? 1 : largest / 127;
  const bytes = new Int8Array(weights.length);
  for (let index = 0; index < weights.length; index++)
    bytes[index] = Math.round((weights[index] as number) / scale);
  return { scale, bytes };
}

/** Base64 of int8 weights, in a way that works without Node's Buffer. */
export function encodeWeights(bytes: Int8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    binary += String.fromCharCode(
      ...new Uint8Array(
        bytes.buffer,
        bytes.byteOffset + start,
        Math.min(8192, bytes.length - start),
      ),
    );
  }
  return btoa(binary);
}

/** The logit of normalised text under float weights (the training-time twin of a loaded model's score). */
export function floatLogit(trained: TrainedWeights, text: string, lengthPenalty: number): number {
  let buffer = new Int32Array(maxFeatures(trained.windowChars));
  return longTextLogit(text, trained.windowChars, lengthPenalty, (window) => {
    if (buffer.length < maxFeatures(window.length))
      buffer = new Int32Array(maxFeatures(window.length));
    const count = extractFeatures(window, trained.bits, buffer);
    let sum = 0;
    for (let index = 0; index < count; index++)
      sum += trained.weights[buffer[index] as number] as number;
    return trained.bias + (count === 0 ? 0 : sum / Math.sqrt(Math.max(count, trained.minFeatures)));
  });
}

// --- internal ---

function featureWindows(
  text: string,
  bits: number,
  windowChars: number,
  maxWindows: number,
): Int32Array[] {
  const buffer = new Int32Array(maxFeatures(Math.max(text.length, windowChars)));
  const featuresOf = (window: string): Int32Array =>
    buffer.slice(0, extractFeatures(window, bits, buffer));
  if (text.length <= windowChars * 1.5) return [featuresOf(text)];
  const step = windowChars >> 1;
  const starts: number[] = [];
  for (let start = 0; start < text.length; start += step) {
    starts.push(start);
    if (start + windowChars >= text.length) break;
  }
  // Evenly spread when there are too many, always keeping the first and the last.
  const chosen =
    starts.length <= maxWindows
      ? starts
      : Array.from(
          { length: maxWindows },
          (_value, index) =>
            starts[Math.round((index * (starts.length - 1)) / (maxWindows - 1))] as number,
        );
  return chosen.map((start) => featuresOf(text.slice(start, start + windowChars)));
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    const swap = items[index] as number;
    items[index] = items[other] as number;
    items[other] = swap;
  }
}

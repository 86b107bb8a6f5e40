import { ErrorCode } from '../errors/error-code.ts';
import { PortcullisError } from '../errors/portcullis-error.ts';
import { extractFeatures, maxFeatures } from './feature-hashing.ts';

/** The surfaces that have a statistical model. */
export type ModelSurface = 'prompt' | 'tool_output' | 'tool_description';

/** A trained linear model of one surface, as stored (JSON-safe). */
export type SurfaceModelV1 = {
  /** log2 of the number of hashed feature buckets. */
  readonly bits: number;
  readonly bias: number;
  /** Weights are int8; multiply by `scale` to get the real weight. */
  readonly scale: number;
  /** Base64 of the int8 weights (2^bits bytes). */
  readonly weights: string;
  /** Texts longer than this are scored in windows of this size (half-overlapping). */
  readonly windowChars: number;
  /**
   * A window's summed weights are divided by √max(features, minFeatures): short texts are scored as if
   * padded with neutral features, so a few telling n-grams in a one-line text cannot dominate.
   */
  readonly minFeatures: number;
  /** Logit subtracted per doubling of the number of windows, so long honest texts do not drift up. */
  readonly lengthPenalty: number;
  /** Probabilities at which honest dev text was flagged at the review and block rates chosen in training. */
  readonly thresholds: { readonly review: number; readonly block: number };
  /**
   * Texts up to this length are too short for the model to block on its own (it can send them to review;
   * a rule must agree to block): measured on hand-written hard negatives, one-line honest texts score like
   * attacks, and no calibration on the dev data separates them.
   */
  readonly shortChars: number;
  /** What the model was trained on, for the record. */
  readonly trainedOn: Readonly<Record<string, number>>;
};

/** A set of per-surface models: what `pnpm train` and `portcullis train` produce. */
export type ModelBundleV1 = {
  readonly specificationVersion: 'v1';
  readonly surfaces: Readonly<Partial<Record<ModelSurface, SurfaceModelV1>>>;
};

/** A model ready to score text. */
export type LoadedModel = {
  readonly surface: ModelSurface;
  readonly stored: SurfaceModelV1;
  /** Probability that normalised `text` is an attack, with the long-text correction applied. */
  score(text: string): number;
};

/**
 * Prepares a stored model for scoring: decodes its weights once.
 *
 * @throws {PortcullisError} `INVALID_MODEL` when the stored model is malformed.
 */
export function loadSurfaceModel(surface: ModelSurface, stored: SurfaceModelV1): LoadedModel {
  if (!Number.isInteger(stored.bits) || stored.bits < 8 || stored.bits > 24)
    throw invalidModel(`${surface}.bits`);
  const weights = decodeWeights(stored.weights, 1 << stored.bits, surface);
  const scale = stored.scale;
  let buffer = new Int32Array(maxFeatures(stored.windowChars));
  const windowLogit = (text: string): number => {
    if (buffer.length < maxFeatures(text.length)) buffer = new Int32Array(maxFeatures(text.length));
    const count = extractFeatures(text, stored.bits, buffer);
    if (count === 0) return stored.bias;
    let sum = 0;
    for (let index = 0; index < count; index++) sum += weights[buffer[index] as number] as number;
    return stored.bias + (sum * scale) / Math.sqrt(Math.max(count, stored.minFeatures));
  };
  return {
    surface,
    stored,
    score: function scoreText(text: string): number {
      return sigmoid(longTextLogit(text, stored.windowChars, stored.lengthPenalty, windowLogit));
    },
  };
}

/**
 * The logit of a text: of the whole text when it fits one window, else the highest window logit minus a
 * penalty that grows with the logarithm of the number of windows (a max over many windows of honest text
 * drifts upward).
 */
export function longTextLogit(
  text: string,
  windowChars: number,
  lengthPenalty: number,
  windowLogit: (window: string) => number,
): number {
  if (text.length <= windowChars * 1.5) return windowLogit(text);
  const step = windowChars >> 1;
  let best = Number.NEGATIVE_INFINITY;
  let windows = 0;
  for (let start = 0; start < text.length; start += step) {
    best = Math.max(best, windowLogit(text.slice(start, start + windowChars)));
    windows++;
    if (start + windowChars >= text.length) break;
  }
  return best - lengthPenalty * Math.log2(windows);
}

/** The logistic function. */
export function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

// --- internal ---

function decodeWeights(base64: string, size: number, surface: string): Int8Array {
  let binary: string;
  try {
    binary = atob(base64);
  } catch (error) {
    throw new PortcullisError({
      code: ErrorCode.InvalidModel,
      message: `model ${surface}: weights are not base64`,
      cause: error,
    });
  }
  if (binary.length !== size)
    throw invalidModel(`${surface}.weights (expected ${size} bytes, got ${binary.length})`);
  const weights = new Int8Array(size);
  for (let index = 0; index < size; index++)
    weights[index] = (binary.charCodeAt(index) << 24) >> 24;
  return weights;
}

function invalidModel(field: string): PortcullisError {
  return new PortcullisError({ code: ErrorCode.InvalidModel, message: `invalid model: ${field}` });
}

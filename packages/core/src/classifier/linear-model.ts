import { ErrorCode } from '../errors/error-code.ts';
import { PortcullisError } from '../errors/portcullis-error.ts';
import { windowedLogit } from './windowed-logit.ts';

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
  const model = { ...stored, weights: decodeWeights(stored.weights, 1 << stored.bits, surface) };
  return {
    surface,
    stored,
    score: function scoreText(text: string): number {
      return sigmoid(windowedLogit(text, model));
    },
  };
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

import { normalizeText } from '../normalize/normalize-text.ts';
import {
  type LoadedModel,
  loadSurfaceModel,
  type ModelSurface,
  type SurfaceModelV1,
} from './linear-model.ts';
import {
  encodeWeights,
  quantize,
  type TrainingExample,
  type TrainOptions,
  trainLinearModel,
} from './train.ts';

/** Options of {@link buildSurfaceModel}. */
export type BuildSurfaceModelOptions = {
  readonly surface: ModelSurface;
  readonly train: readonly TrainingExample[];
  /** Held-out examples: the long-text penalty and the thresholds are chosen on them, never trained on. */
  readonly dev: readonly TrainingExample[];
  readonly trainOptions?: TrainOptions;
  /** Share of honest dev text allowed to reach `block` (default 0.01) and `review` (default 0.03). */
  readonly blockRate?: number;
  readonly reviewRate?: number;
  /** Counts to record in the model, e.g. rows per source. */
  readonly trainedOn?: Readonly<Record<string, number>>;
};

/** A point of the calibration curve: at probability threshold `threshold`, the dev FPR and TPR. */
export type CalibrationPoint = {
  readonly threshold: number;
  readonly fpr: number;
  readonly tpr: number;
};

/** What {@link buildSurfaceModel} returns. */
export type BuiltSurfaceModel = {
  readonly model: SurfaceModelV1;
  readonly curve: readonly CalibrationPoint[];
  readonly dev: {
    readonly negatives: number;
    readonly positives: number;
    readonly tprAtBlock: number;
    readonly fprAtBlock: number;
  };
};

/**
 * Trains one surface's model and calibrates it on held-out examples: the long-text penalty that gives the
 * best recall at the block rate, then the review and block thresholds at which honest dev text is flagged at
 * the chosen rates. Deterministic for the same inputs.
 */
export function buildSurfaceModel(options: BuildSurfaceModelOptions): BuiltSurfaceModel {
  const trained = trainLinearModel(options.train, options.trainOptions);
  const { scale, bytes } = quantize(trained.weights);
  const blockRate = options.blockRate ?? 0.01;
  const reviewRate = options.reviewRate ?? 0.03;
  const base: SurfaceModelV1 = {
    bits: trained.bits,
    bias: trained.bias,
    scale,
    weights: encodeWeights(bytes),
    windowChars: trained.windowChars,
    minFeatures: trained.minFeatures,
    lengthPenalty: 0,
    thresholds: { review: 0.5, block: 0.5 },
    shortChars: SHORT_CHARS,
    trainedOn: options.trainedOn ?? { examples: options.train.length },
  };
  const devTexts = options.dev.map((example) => ({
    text: normalizeText(example.text).text,
    label: example.label,
  }));
  const scoreAll = (model: LoadedModel) =>
    devTexts.map((example) => ({ label: example.label, score: model.score(example.text) }));

  let best = { penalty: 0, tpr: -1, scores: [] as { label: 0 | 1; score: number }[] };
  for (const penalty of [0, 0.25, 0.5, 0.75, 1]) {
    const scores = scoreAll(loadSurfaceModel(options.surface, { ...base, lengthPenalty: penalty }));
    const tpr = tprAt(scores, quantileThreshold(scores, blockRate));
    if (tpr > best.tpr + 1e-9) best = { penalty, tpr, scores };
  }
  const block = quantileThreshold(best.scores, blockRate);
  const thresholds = {
    review: round(Math.min(block, quantileThreshold(best.scores, reviewRate))),
    block: round(block),
  };
  const model: SurfaceModelV1 = { ...base, lengthPenalty: best.penalty, thresholds };
  const negatives = best.scores.filter((item) => item.label === 0).length;
  return {
    model,
    curve: [0.001, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1].map((rate) => {
      const threshold = quantileThreshold(best.scores, rate);
      return {
        threshold: round(threshold),
        fpr: fprAt(best.scores, threshold),
        tpr: tprAt(best.scores, threshold),
      };
    }),
    dev: {
      negatives,
      positives: best.scores.length - negatives,
      tprAtBlock: tprAt(best.scores, block),
      fprAtBlock: fprAt(best.scores, block),
    },
  };
}

// --- internal ---

/** Texts up to this length are too short for the model to block on its own. */
const SHORT_CHARS = 100;

/** The lowest threshold at which at most `rate` of honest scores are at or above it. */
function quantileThreshold(
  scores: readonly { label: 0 | 1; score: number }[],
  rate: number,
): number {
  const honest = scores
    .filter((item) => item.label === 0)
    .map((item) => item.score)
    .sort((a, b) => b - a);
  if (honest.length === 0) return 0.5;
  const allowed = Math.floor(rate * honest.length);
  // Just above the (allowed+1)-th highest honest score, so at most `allowed` honest texts reach it.
  const pivot = honest[allowed] as number;
  return Math.min(0.999999, Math.max(0.5, pivot + 1e-6));
}

function tprAt(scores: readonly { label: 0 | 1; score: number }[], threshold: number): number {
  const attacks = scores.filter((item) => item.label === 1);
  return attacks.length === 0
    ? 0
    : attacks.filter((item) => item.score >= threshold).length / attacks.length;
}

function fprAt(scores: readonly { label: 0 | 1; score: number }[], threshold: number): number {
  const honest = scores.filter((item) => item.label === 0);
  return honest.length === 0
    ? 0
    : honest.filter((item) => item.score >= threshold).length / honest.length;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Options of {@link recalibrateOnUnseen}. */
export type RecalibrateOptions = {
  /** Scores of texts from sources the scoring model never saw (leave-one-source-out). */
  readonly unseen: readonly { readonly label: 0 | 1; readonly score: number }[];
  readonly blockRate: number;
  readonly reviewRate: number;
};

/**
 * Raises a model's thresholds so that honest text from *unseen* sources reaches review and block at the
 * chosen rates. In-distribution dev data flatters a model (DETECTION.md): a threshold set there can flag a
 * third of an honest source it never saw. Thresholds only go up, never below the dev ones.
 */
export function recalibrateOnUnseen(
  model: SurfaceModelV1,
  options: RecalibrateOptions,
): {
  model: SurfaceModelV1;
  unseen: {
    negatives: number;
    positives: number;
    tprAtBlock: number;
    fprAtBlock: number;
    tprAtReview: number;
  };
} {
  const block = Math.max(
    model.thresholds.block,
    quantileThreshold(options.unseen, options.blockRate),
  );
  const review = Math.min(
    block,
    Math.max(model.thresholds.review, quantileThreshold(options.unseen, options.reviewRate)),
  );
  const negatives = options.unseen.filter((item) => item.label === 0).length;
  return {
    model: { ...model, thresholds: { review: round(review), block: round(block) } },
    unseen: {
      negatives,
      positives: options.unseen.length - negatives,
      tprAtBlock: tprAt(options.unseen, block),
      fprAtBlock: fprAt(options.unseen, block),
      tprAtReview: tprAt(options.unseen, review),
    },
  };
}

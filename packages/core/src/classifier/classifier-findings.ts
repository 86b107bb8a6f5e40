import type { Finding } from '../spec/finding.ts';
import type { LoadedModel, ModelSurface } from './linear-model.ts';

/** The finding category of each surface's model. */
export const CLASSIFIER_CATEGORY: Readonly<Record<ModelSurface, string>> = {
  prompt: 'ml_prompt_injection',
  tool_output: 'ml_indirect_injection',
  tool_description: 'ml_tool_poisoning',
};

/** Risk levels that the model's own review and block thresholds are mapped onto (the default profile's). */
const REVIEW_RISK = 0.35;
const BLOCK_RISK = 0.65;
/** The most a short text can get from the model alone: review, just under block. */
const SHORT_TEXT_RISK = 0.6;
/** Below this risk no finding is reported: it would only be noise. */
const REPORT_RISK = 0.2;

/**
 * The classifier's finding for normalised `text`, or none. The model's probability is mapped piecewise
 * linearly so that its calibrated review threshold lands on risk 0.35 and its block threshold on 0.65:
 * fusion and every profile then treat the model like any other detector.
 */
export function classifierFinding(model: LoadedModel, text: string): Finding | undefined {
  if (text.trim().length < 8) return undefined;
  const probability = model.score(text);
  const full = toRisk(probability, model.stored.thresholds);
  // Alone, the model may send a short text to review but not block it (see SurfaceModelV1.shortChars).
  const risk = text.length <= model.stored.shortChars ? Math.min(full, SHORT_TEXT_RISK) : full;
  if (risk < REPORT_RISK) return undefined;
  const category = CLASSIFIER_CATEGORY[model.surface];
  return {
    detector: 'classifier',
    category,
    subcategory: model.surface,
    severity: risk >= BLOCK_RISK ? 'high' : risk >= REVIEW_RISK ? 'medium' : 'low',
    message: `The ${model.surface.replace('_', ' ')} model rates this as an attack (p = ${probability.toFixed(3)})`,
    evidence: text.slice(0, 160),
    explanation:
      'A statistical model trained on known attacks and honest text finds this text closer to the attacks; it catches paraphrases the rules do not name.',
    probability: Math.round(risk * 1e4) / 1e4,
  };
}

/** Maps a model probability to fused risk through the model's thresholds. */
export function toRisk(
  probability: number,
  thresholds: { readonly review: number; readonly block: number },
): number {
  const { review, block } = thresholds;
  if (probability >= block)
    return BLOCK_RISK + ((probability - block) / Math.max(1e-9, 1 - block)) * (1 - BLOCK_RISK);
  if (probability >= review)
    return (
      REVIEW_RISK +
      ((probability - review) / Math.max(1e-9, block - review)) * (BLOCK_RISK - REVIEW_RISK)
    );
  return (probability / Math.max(1e-9, review)) * REVIEW_RISK;
}

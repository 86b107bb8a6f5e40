import { z } from 'zod';
import { ErrorCode } from '../errors/error-code.ts';
import { PortcullisError } from '../errors/portcullis-error.ts';
import { safeParseJson } from '../util/safe-parse-json.ts';
import type { ModelBundleV1 } from './linear-model.ts';

const SurfaceModelSchema = z.object({
  bits: z.number().int().min(8).max(24),
  bias: z.number(),
  scale: z.number().positive(),
  weights: z.string(),
  windowChars: z.number().int().min(64),
  minFeatures: z.number().int().min(1),
  lengthPenalty: z.number().min(0),
  thresholds: z.object({ review: z.number().min(0).max(1), block: z.number().min(0).max(1) }),
  shortChars: z.number().int().min(0),
  trainedOn: z.record(z.string(), z.number()),
});

const ModelBundleSchema = z.object({
  specificationVersion: z.literal('v1'),
  surfaces: z.object({
    prompt: SurfaceModelSchema.optional(),
    tool_output: SurfaceModelSchema.optional(),
    tool_description: SurfaceModelSchema.optional(),
  }),
});

/**
 * Reads a model bundle from its JSON text (what `portcullis train` writes).
 *
 * @throws {PortcullisError} `INVALID_MODEL` naming the first bad field.
 */
export function parseModelBundle(text: string): ModelBundleV1 {
  const json = safeParseJson(text, 64_000_000);
  if (!json.success)
    throw new PortcullisError({
      code: ErrorCode.InvalidModel,
      message: `model is not JSON: ${json.error.message}`,
    });
  const parsed = ModelBundleSchema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PortcullisError({
      code: ErrorCode.InvalidModel,
      message: `invalid model at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'unknown'}`,
      data: parsed.error.issues,
    });
  }
  return parsed.data as ModelBundleV1;
}

/**
 * `@portcullis/core`: the scanner, its detectors and risk fusion. Runtime-neutral (Web APIs only).
 * Any new export added here becomes public API; `index.test.ts` pins the list.
 *
 * @module
 */
export {
  type BuildSurfaceModelOptions,
  type BuiltSurfaceModel,
  buildSurfaceModel,
  type CalibrationPoint,
} from './classifier/build-model.ts';
export { CLASSIFIER_CATEGORY } from './classifier/classifier-findings.ts';
export { classifierText } from './classifier/classifier-text.ts';
export type { ModelBundleV1, ModelSurface, SurfaceModelV1 } from './classifier/linear-model.ts';
export { BUILTIN_MODELS } from './classifier/models/index.ts';
export { parseModelBundle } from './classifier/parse-model-bundle.ts';
export { type TrainingExample, type TrainOptions, trainLinearModel } from './classifier/train.ts';
export { ErrorCode } from './errors/error-code.ts';
export { invalidConfig } from './errors/invalid-config.ts';
export { PortcullisError, type PortcullisErrorOptions } from './errors/portcullis-error.ts';
export { type NormalizedText, normalizeText } from './normalize/normalize-text.ts';
export {
  type CategoryWeights,
  type Decision,
  decide,
  type FuseRiskOptions,
  fuseRisk,
} from './risk/fuse-risk.ts';
export { DEFAULT_PROFILE, PROFILES, type ProfileName, type Thresholds } from './risk/profiles.ts';
export { defineRules, type RuleFamilyDefaults, type RuleSpec } from './rules/define-rules.ts';
export { createScanner, type Scanner, type ScanResult } from './scanner/create-scanner.ts';
export type { ScannerOptions, ScanOptions } from './scanner/scanner-options.ts';
export { type Finding, SEVERITY_SCORE, type Severity } from './spec/finding.ts';
export type { RuleV1 } from './spec/rule-v1.ts';
export { SURFACES, type Surface } from './spec/surface.ts';
export { type SafeParseJsonResult, safeParseJson } from './util/safe-parse-json.ts';

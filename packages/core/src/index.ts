/**
 * `@portcullis/core`: the scanner, its detectors and risk fusion. Runtime-neutral (Web APIs only).
 * Any new export added here becomes public API; `index.test.ts` pins the list.
 *
 * @module
 */
export type { AuditChainHead, AuditRecord } from './audit/audit-record.ts';
export { GENESIS_HASH } from './audit/audit-record.ts';
export { type AuditRecordToCefOptions, auditRecordToCef } from './audit/audit-record-to-cef.ts';
export { canonicalJson } from './audit/canonical-json.ts';
export {
  type CloudEvent,
  DEFAULT_EVENT_SOURCE,
  type ToCloudEventOptions,
  toCloudEvent,
} from './audit/cloud-event.ts';
export {
  AUDIT_EXPORT_FORMATS,
  type AuditExportFormat,
  type AuditRecordToCloudEventOptions,
  auditRecordToCloudEvent,
  type ExportAuditRecordsOptions,
  exportAuditRecords,
} from './audit/export-audit.ts';
export {
  createFileAuditSink,
  type FileAuditSink,
  type FileAuditSinkOptions,
} from './audit/file-audit-sink.ts';
export {
  type ChainAuditRecordOptions,
  chainAuditRecord,
  hashAuditRecord,
} from './audit/hash-chain.ts';
export { parseAuditRecord } from './audit/parse-audit-record.ts';
export { type ReadAuditFileResult, readAuditFile } from './audit/read-audit-file.ts';
export {
  type ReadStoreAuditRecordsOptions,
  readStoreAuditRecords,
} from './audit/read-store-audit-records.ts';
export {
  type RedactRecordOptions,
  redactAuditEntry,
  redactRecord,
} from './audit/redact-record.ts';
export {
  createStoreAuditSink,
  type StoreAuditSink,
  type StoreAuditSinkOptions,
} from './audit/store-audit-sink.ts';
export {
  type AuditProblem,
  type AuditProblemKind,
  type VerifyAuditRecordsOptions,
  type VerifyAuditResult,
  verifyAuditFile,
  verifyAuditRecords,
} from './audit/verify-audit.ts';
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
export {
  configSchema,
  type PortcullisConfig,
  type PortcullisConfigInput,
} from './config/config-schema.ts';
export {
  loadConfigFile,
  parseConfig,
  parseConfigDocument,
  parseConfigText,
} from './config/parse-config.ts';
export {
  POLICY_TYPES,
  type Policy,
  type PolicyConditions,
  type PolicyInput,
  type PolicyType,
  policySchema,
} from './config/policy-schema.ts';
export { ErrorCode } from './errors/error-code.ts';
export { invalidConfig } from './errors/invalid-config.ts';
export { PortcullisError, type PortcullisErrorOptions } from './errors/portcullis-error.ts';
export type { AuditEntry, AuditSink } from './guard/audit-sink.ts';
export { blockedMessage, PortcullisBlockedError } from './guard/blocked-error.ts';
export {
  contentAfter,
  createGuard,
  type Enforced,
  type Guard,
  type GuardLogger,
  type GuardOptions,
  type GuardStatus,
  type GuardStores,
  type ReplayRecord,
} from './guard/create-guard.ts';
export type { GuardCloudEvent, GuardListener } from './guard/event-emitter.ts';
export type {
  GuardContext,
  GuardEvent,
  ServerInfo,
  ToolDefinition,
} from './guard/events.ts';
export { matchesGlob } from './guard/glob.ts';
export { type GuardToolOptions, guardTool } from './guard/guard-tool.ts';
export { annotateUntrusted, blockedNotice } from './guard/notices.ts';
export { hashDefinition, type ToolPin } from './guard/pins.ts';
export type { ChangeOptions, PolicyManager } from './guard/policy-manager.ts';
export { redactText, redactValue } from './guard/redact-value.ts';
export type { SessionRisk, TranscriptEntry } from './guard/session-state.ts';
export type { Action, GuardMode, PolicyResult, Verdict } from './guard/verdict.ts';
export { type NormalizedText, normalizeText } from './normalize/normalize-text.ts';
export { escapeHtml } from './report/escape-html.ts';
export {
  type RenderSessionReportOptions,
  renderSessionReport,
} from './report/render-session-report.ts';
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
export type { CounterStore } from './state/counter-store.ts';
export { createStores, type StorageOptions } from './state/create-stores.ts';
export { createMemoryCounterStore } from './state/memory-counter-store.ts';
export { createMemoryStateStore } from './state/memory-state-store.ts';
export { createRedisStores, type RedisStoresOptions } from './state/redis-stores.ts';
export { createSqliteStores, type SqliteStoresOptions } from './state/sqlite-stores.ts';
export type { StateStore, SyncStateStore } from './state/state-store.ts';
export type { Stores } from './state/stores.ts';
export { BoundedMap } from './util/bounded-map.ts';
export { KeyedLock } from './util/keyed-lock.ts';
export { type SafeParseJsonResult, safeParseJson } from './util/safe-parse-json.ts';
export { stableJson } from './util/stable-json.ts';
export {
  type DetectedWatermark,
  type DetectWatermarkOptions,
  detectWatermark,
} from './watermark/detect-watermark.ts';
export { type EmbedWatermarkOptions, embedWatermark } from './watermark/embed-watermark.ts';
export type { WatermarkKey } from './watermark/watermark-key.ts';

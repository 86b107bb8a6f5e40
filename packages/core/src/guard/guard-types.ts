import type { ModelBundleV1 } from '../classifier/linear-model.ts';
import type { PortcullisConfig } from '../config/config-schema.ts';
import type { CounterStore } from '../state/counter-store.ts';
import type { StateStore } from '../state/state-store.ts';
import type { AuditEntry, AuditSink } from './audit-sink.ts';
import type { GuardListener } from './event-emitter.ts';
import type { GuardContext, GuardEvent } from './events.ts';
import type { ToolPin } from './pins.ts';
import type { ChangeOptions, PolicyManager } from './policy-manager.ts';
import type { SessionRisk, TranscriptEntry } from './session-state.ts';
import type { GuardMode, Verdict } from './verdict.ts';

/** State shared by guards: key-value state and atomic counters. */
export type GuardStores = {
  readonly state: StateStore;
  readonly counters: CounterStore;
  close?(): Promise<void>;
};

/** Things that cannot live in a config file. */
export type GuardOptions = {
  /** Stores to use instead of the config's `storage` (e.g. from `createStores`). */
  readonly stores?: GuardStores | Promise<GuardStores>;
  /** Where audit entries go (e.g. `createFileAuditSink`); the config's `audit.file` otherwise. */
  readonly audit?: AuditSink;
  /** A model bundle from `portcullis train`, or `false` for rules only. */
  readonly model?: ModelBundleV1 | false;
  /**
   * A pino-compatible logger (`pino()` itself fits). Verdicts are logged without content or evidence: ids,
   * decisions, categories and policies only. Default: no logging.
   */
  readonly logger?: GuardLogger;
  /** The clock (ms since the epoch); for tests. */
  readonly now?: () => number;
};

/** The subset of pino's logger the guard uses. */
export type GuardLogger = {
  debug(object: object, message?: string): void;
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
};

/** Shared control state: the kill switch and the overrides operators set at run time. */
export type GuardStatus = {
  /** The mode in effect (the kill switch forces `monitoring`). */
  readonly mode: GuardMode;
  readonly configuredMode: GuardMode;
  readonly killSwitch: boolean;
  readonly canary?: { readonly percent: number; readonly by: 'session' | 'agent' };
};

/** What `guard.enforce` passes on. */
export type Enforced = {
  readonly verdict: Verdict;
  /** The content to use: the original, or its replacement (notice, annotated or redacted). */
  readonly content: unknown;
};

/** The guard: scanner plus policies, modes, state and audit. Shared by every integration. */
export type Guard = {
  readonly config: PortcullisConfig;
  /** Inspects one event. Never throws on content; throws `INVALID_INPUT` on a malformed event. */
  inspect(event: GuardEvent, context?: GuardContext): Promise<Verdict>;
  /**
   * Inspects and applies the verdict: resolves with the content to pass on, or throws
   * `PortcullisBlockedError` when the enforced action is `throw` or `refuse`.
   */
  enforce(event: GuardEvent, context?: GuardContext): Promise<Enforced>;
  readonly policies: PolicyManager;
  readonly pins: {
    list(servers: readonly string[], context?: GuardContext): Promise<ToolPin[]>;
    approve(server: string, tool: string, options?: ChangeOptions & GuardContext): Promise<boolean>;
    reject(server: string, tool: string, options?: ChangeOptions & GuardContext): Promise<boolean>;
  };
  status(): Promise<GuardStatus>;
  setMode(mode: GuardMode, options?: ChangeOptions): Promise<void>;
  /** Forces monitoring in every process sharing the store, at once (or lifts it). */
  setKillSwitch(on: boolean, options?: ChangeOptions): Promise<void>;
  /** Enforce for a stable share of sessions or agents only; `null` enforces for all. */
  setCanary(
    canary: { percent: number; by?: 'session' | 'agent' } | null,
    options?: ChangeOptions,
  ): Promise<void>;
  sessionRisk(sessionId: string, context?: GuardContext): Promise<SessionRisk | undefined>;
  /** The redacted transcript of a session; the request is audited with its reason and actor. */
  replay(
    sessionId: string,
    options: { reason: string; actor: string; tenantId?: string },
  ): Promise<{ sessionId: string; transcript: TranscriptEntry[] }>;
  /**
   * One self-contained HTML page for a session: decision and risk over time, each finding with its evidence
   * and explanation, the policies that fired and the redacted transcript.
   */
  report(sessionId: string, context?: GuardContext): Promise<string>;
  /** The latest replay requests, newest first. */
  replayLog(options?: { limit?: number }): Promise<ReplayRecord[]>;
  /** Listens to CloudEvents: `dev.portcullis.verdict`, `dev.portcullis.policy.violation`, `error`, `*`. */
  on(type: string, listener: GuardListener): () => void;
  /** Counts a failed login toward the `auth_failure` intrusion window (the HTTP service calls this). */
  authFailure(context: GuardContext): Promise<void>;
  /** Records an audit entry (redacted by the sink). Resolves when durable. */
  audit(entry: Omit<AuditEntry, 'timestamp'>): Promise<void>;
  /** Flushes the audit and closes the stores. */
  close(): Promise<void>;
};

/** One session replay request, as logged. */
export type ReplayRecord = {
  readonly sessionId: string;
  readonly reason: string;
  readonly actor: string;
  readonly timestamp: number;
  readonly entries: number;
};

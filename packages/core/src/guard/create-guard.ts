import { createFileAuditSink } from '../audit/file-audit-sink.ts';
import type { ModelBundleV1 } from '../classifier/linear-model.ts';
import type { PortcullisConfig, PortcullisConfigInput } from '../config/config-schema.ts';
import { parseConfig } from '../config/parse-config.ts';
import type { Policy } from '../config/policy-schema.ts';
import { redact } from '../detectors/redaction/index.ts';
import { ErrorCode } from '../errors/error-code.ts';
import { PortcullisError } from '../errors/portcullis-error.ts';
import { renderSessionReport } from '../report/render-session-report.ts';
import { PROFILES, type ProfileName } from '../risk/profiles.ts';
import { createScanner, type Scanner, type ScanResult } from '../scanner/create-scanner.ts';
import type { Finding } from '../spec/finding.ts';
import type { CounterStore } from '../state/counter-store.ts';
import { createStores } from '../state/create-stores.ts';
import { createMemoryCounterStore } from '../state/memory-counter-store.ts';
import { createMemoryStateStore } from '../state/memory-state-store.ts';
import type { StateStore } from '../state/state-store.ts';
import type { AuditEntry, AuditSink } from './audit-sink.ts';
import { PortcullisBlockedError } from './blocked-error.ts';
import { GuardEventEmitter, type GuardListener } from './event-emitter.ts';
import type { GuardContext, GuardEvent, ServerInfo } from './events.ts';
import { matchesGlob } from './glob.ts';
import { createIntrusionDetector, type IntrusionAlert } from './intrusion-detector.ts';
import { KeyedLock } from './keyed-lock.ts';
import { LruCache } from './lru-cache.ts';
import { annotateUntrusted, blockedNotice } from './notices.ts';
import { PinStore, type ToolPin } from './pins.ts';
import { createPolicyEvaluator } from './policies/evaluate-policy.ts';
import { type PolicyEvaluation, stableJson } from './policies/policy-evaluation.ts';
import {
  type ChangeOptions,
  createPolicyManager,
  POLICIES_KEY,
  type PolicyManager,
} from './policy-manager.ts';
import { type RedactionCategories, redactText, redactValue } from './redact-value.ts';
import {
  appendTranscript,
  readSessionRisk,
  recordSessionRisk,
  type SessionRisk,
  sessionKeys,
  type TranscriptEntry,
} from './session-state.ts';
import type { Action, GuardMode, PolicyResult, Verdict } from './verdict.ts';
import { postWebhook } from './webhook.ts';

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

const CONTROL_KEY = 'control';
const REPLAY_LOG_KEY = 'replay-log';
const TRANSCRIPT_TEXT_LIMIT = 2000;
const CACHE_TEXT_LIMIT = 32_768;

type Control = {
  readonly killSwitch?: boolean;
  readonly mode?: GuardMode;
  readonly canary?: { readonly percent: number; readonly by: 'session' | 'agent' } | null;
  readonly version?: number;
};

/** The loop policy every guard has unless the config brings its own (window 8, threshold 4). */
const DEFAULT_LOOP_POLICY: Policy = {
  id: 'default-loop',
  name: 'Loop detection',
  description: 'The same tool with the same arguments 4 times in the last 8 calls.',
  type: 'loop',
  enabled: true,
  severity: 'medium',
  mode: 'block',
  actions: { notify: true },
  conditions: { window: 8, threshold: 4 },
};

/**
 * Creates a guard from the whole Portcullis config or any part of it.
 *
 * @example
 * const guard = createGuard({ mode: 'strict', policies: [
 *   { id: 'no-delete', name: 'No deletes', type: 'tool_access', conditions: { deny: ['*delete*'] } },
 * ] });
 * const verdict = await guard.inspect({ surface: 'tool_call', name: 'delete_file', arguments: {} });
 * verdict.action; // 'refuse'
 *
 * @throws {PortcullisError} `INVALID_CONFIG` naming the bad field.
 */
export function createGuard(input: PortcullisConfigInput = {}, options: GuardOptions = {}): Guard {
  const config = parseConfig(input);
  const now = options.now ?? Date.now;
  const scanner: Scanner = createScanner({
    profile: config.profile as ProfileName,
    ...(config.thresholds === undefined
      ? {}
      : { thresholds: definedThresholds(config.thresholds) }),
    canaries: config.canaries,
    ...(options.model === undefined ? {} : { model: options.model }),
  });
  const blockThreshold = config.thresholds?.block ?? PROFILES[config.profile as ProfileName].block;
  const reviewThreshold =
    config.thresholds?.review ?? PROFILES[config.profile as ProfileName].review;
  const emitter = new GuardEventEmitter();
  const cache = new LruCache<string, ScanResult>({ maxEntries: 1024, ttlMs: 600_000 });
  const logger = options.logger;
  if (logger !== undefined) {
    emitter.on('error', (event) => logger.error({ event: event.data }, 'portcullis error'));
  }
  for (const webhook of config.events?.webhooks ?? []) {
    emitter.on('*', (event) => {
      if (event.type === 'error') return;
      if (
        webhook.types !== undefined &&
        !webhook.types.some((type) => matchesGlob(type, event.type))
      )
        return;
      void postWebhook(webhook, event).then((outcome) => {
        if (!outcome.ok) {
          logger?.warn({ url: webhook.url, event: event.id, ...outcome }, 'webhook failed');
          auditInBackground({
            type: 'webhook_failure',
            data: { url: webhook.url, event: event.id, eventType: event.type, ...outcome },
          });
        }
      });
    });
  }

  const storesPromise: Promise<GuardStores> = Promise.resolve(
    options.stores ?? defaultStores(config),
  );
  let stores: GuardStores | undefined;
  let auditSink: AuditSink | undefined = options.audit;
  let auditReady: Promise<void> | undefined;
  const ready = async (): Promise<GuardStores> => {
    if (stores !== undefined) return stores;
    stores = await storesPromise;
    return stores;
  };
  const loadAudit = (): Promise<void> => {
    auditReady ??= (async () => {
      if (auditSink !== undefined || config.audit?.file === undefined) return;
      auditSink = createFileAuditSink({ path: config.audit.file });
    })();
    return auditReady;
  };

  const audit = async (entry: Omit<AuditEntry, 'timestamp'>): Promise<void> => {
    await loadAudit();
    await auditSink?.append({ ...entry, timestamp: now() });
  };
  // Work done off the request path; `close` waits for it, so nothing touches a closed store.
  const pending = new Set<Promise<unknown>>();
  const inBackground = (work: Promise<unknown>, what: string): void => {
    const tracked = work.catch((error: unknown) =>
      emitter.emit('error', { message: `${what} failed: ${(error as Error)?.message}` }),
    );
    pending.add(tracked);
    void tracked.finally(() => pending.delete(tracked));
  };
  const auditInBackground = (entry: Omit<AuditEntry, 'timestamp'>): void => {
    inBackground(audit(entry), 'audit');
  };

  // Policies and control live in the store, cached here until another process bumps the version.
  let policyCache: { version: number; policies: Policy[] } | undefined;
  let seeded: Promise<void> | undefined;
  const seed = (state: StateStore) => {
    // The config is the source of the policies it names: they are (re)applied when a guard starts, over
    // what the store holds under the same ids; policies created at run time under other ids are kept.
    seeded ??= (async () => {
      const stored = (await state.get(POLICIES_KEY)) as Policy[] | undefined;
      if (stored === undefined) {
        const policies = config.policies.some((policy) => policy.type === 'loop')
          ? config.policies
          : [...config.policies, DEFAULT_LOOP_POLICY];
        await state.set(POLICIES_KEY, policies);
        return;
      }
      const next = [...stored];
      const applied: string[] = [];
      for (const policy of config.policies) {
        const index = next.findIndex((existing) => existing.id === policy.id);
        if (index !== -1 && stableJson(next[index]) === stableJson(policy)) continue;
        if (index === -1) next.push(policy);
        else next[index] = policy;
        applied.push(policy.id);
      }
      if (applied.length === 0) return;
      await state.set(POLICIES_KEY, next);
      const control = await readControl(state);
      await state.set(CONTROL_KEY, { ...control, version: (control.version ?? 0) + 1 });
      auditInBackground({
        type: 'policy_change',
        actor: 'config',
        data: { action: 'apply', ids: applied },
      });
    })();
    return seeded;
  };
  const readControl = async (state: StateStore): Promise<Control> =>
    ((await state.get(CONTROL_KEY)) as Control | undefined) ?? {};
  const writeControl = async (
    changes: Partial<Control>,
    actor: string | undefined,
    what: string,
  ) => {
    const { state } = await ready();
    const control = await readControl(state);
    const next: Control = { ...control, ...changes, version: (control.version ?? 0) + 1 };
    await state.set(CONTROL_KEY, next);
    await audit({
      type: what,
      ...(actor === undefined ? {} : { actor }),
      data: { before: control, after: next },
    });
  };
  const activePolicies = async (state: StateStore, control: Control): Promise<Policy[]> => {
    const version = control.version ?? 0;
    if (policyCache?.version === version) return policyCache.policies;
    await seed(state);
    const policies = ((await state.get(POLICIES_KEY)) as Policy[] | undefined) ?? [];
    policyCache = { version, policies };
    return policies;
  };

  const policies = createPolicyManager({
    state: {
      get: async (key) => {
        const { state } = await ready();
        await seed(state);
        return state.get(key);
      },
      set: async (key, value, ttl) => (await ready()).state.set(key, value, ttl),
      delete: async (key) => (await ready()).state.delete(key),
    },
    changed: async (entry) => {
      const { state } = await ready();
      const control = await readControl(state);
      await state.set(CONTROL_KEY, { ...control, version: (control.version ?? 0) + 1 });
      emitter.emit('dev.portcullis.policy.changed', entry.data);
      await audit(entry);
    },
  });

  const pinStores = new Map<string, PinStore>();
  const pinsOf = (state: StateStore, namespace: string): PinStore => {
    let store = pinStores.get(namespace);
    if (store === undefined) {
      store = new PinStore({ state, namespace });
      pinStores.set(namespace, store);
    }
    return store;
  };
  const evaluatePolicy = createPolicyEvaluator((evaluation: PolicyEvaluation) =>
    pinsOf(evaluation.state, evaluation.namespace),
  );

  const intrusion = config.intrusion;
  const raiseAlert = (alert: IntrusionAlert) => {
    const subject = `${alert.scope}:${alert.subject}`;
    emitter.emit('security.intrusion_detected', alert, subject);
    auditInBackground({
      type: 'intrusion',
      ...(alert.scope === 'session' ? { sessionId: alert.subject } : {}),
      ...(alert.tenantId === undefined ? {} : { tenantId: alert.tenantId }),
      data: alert,
    });
    const webhook = intrusion?.webhook;
    if (webhook === undefined) return;
    const envelope = emitter.envelope('security.intrusion_detected', alert, subject);
    void postWebhook(webhook, envelope).then((outcome) => {
      if (!outcome.ok)
        auditInBackground({
          type: 'webhook_failure',
          data: { url: webhook.url, event: envelope.id, ...outcome },
        });
    });
  };
  let detector: ReturnType<typeof createIntrusionDetector> | undefined;
  const detectorOf = (ready_: GuardStores) => {
    detector ??= createIntrusionDetector({
      counters: ready_.counters,
      state: ready_.state,
      ...(intrusion?.windowMs === undefined ? {} : { windowMs: intrusion.windowMs }),
      ...(intrusion?.thresholds === undefined ? {} : { thresholds: intrusion.thresholds }),
      alert: raiseAlert,
    });
    return detector;
  };

  const scan = (event: GuardEvent): ScanResult => {
    const { surface } = event;
    let value: unknown;
    let key: string | undefined;
    switch (event.surface) {
      case 'prompt':
      case 'model_output':
        value = event.text;
        if (event.text.length <= CACHE_TEXT_LIMIT) key = event.text;
        break;
      case 'tool_output':
        value = event.output;
        if (typeof event.output === 'string' && event.output.length <= CACHE_TEXT_LIMIT)
          key = event.output;
        break;
      case 'tool_call':
        value = { arguments: event.arguments };
        break;
      case 'tool_description': {
        value = event.tool;
        const json = stableJson(event.tool);
        if (json.length <= CACHE_TEXT_LIMIT) key = json;
        break;
      }
    }
    if (key === undefined) return scanner.scan(value, { surface });
    const cacheKey = `${surface}\u0000${key}`;
    const time = now();
    const cached = cache.get(cacheKey, time);
    if (cached !== undefined) return cached;
    const result = scanner.scan(value, { surface });
    cache.set(cacheKey, result, time);
    return result;
  };

  // A session's state (risk, transcript, loop history) is read-modified-written: one event at a time.
  const sessionLock = new KeyedLock();
  const inspect = async (event: GuardEvent, context: GuardContext = {}): Promise<Verdict> => {
    checkEvent(event);
    const eventId = crypto.randomUUID();
    const timestamp = now();
    const namespace = context.tenantId === undefined ? '' : `t:${context.tenantId}:`;
    const sessionKey = context.sessionId ?? context.agentId ?? context.ip ?? 'default';
    const server = serverOf(context.server);
    const toolNames = toolNamesOf(event, context);
    const base = {
      eventId,
      timestamp,
      surface: event.surface,
      ...(context.sessionId === undefined ? {} : { sessionId: context.sessionId }),
      ...(context.agentId === undefined ? {} : { agentId: context.agentId }),
      ...(context.tenantId === undefined ? {} : { tenantId: context.tenantId }),
      ...(toolNames[0] === undefined ? {} : { toolName: toolNames[0] }),
      ...(server === undefined ? {} : { server: server.name }),
    };
    // The scan is pure: it runs outside the session lock, so parallel events of one session scan in parallel.
    let scanned: ScanResult | undefined;
    let scanError: unknown;
    try {
      scanned = scan(event);
    } catch (error) {
      scanError = error;
    }
    const verdict = await sessionLock.run(
      `${namespace}${sessionKey}`,
      async (): Promise<Verdict> => {
        let verdict: Verdict;
        let keys: ReturnType<typeof sessionKeys> | undefined;
        let previousRisk: SessionRisk | undefined;
        let state: StateStore | undefined;
        let mode: GuardMode = config.mode;
        try {
          const ready_ = await ready();
          state = ready_.state;
          const control = await readControl(state);
          mode = control.killSwitch === true ? 'monitoring' : (control.mode ?? config.mode);
          const canary = control.canary === undefined ? config.enforcement.canary : control.canary;
          const enforced =
            mode === 'strict' &&
            (canary == null ||
              inCanary(canary, canary.by === 'agent' ? context.agentId : sessionKey));
          const active = await activePolicies(state, control);
          keys = sessionKeys(namespace, sessionKey);
          previousRisk = await readSessionRisk(state, keys.risk);
          if (scanned === undefined) throw scanError;
          const result = scanned;
          const evaluation: PolicyEvaluation = {
            event,
            context,
            scan: result,
            now: timestamp,
            namespace,
            sessionKey,
            sessionRisk: previousRisk?.max ?? 0,
            state,
            counters: ready_.counters,
            blockThreshold,
            toolNames,
            server,
          };
          const policyResults: PolicyResult[] = [];
          let decision = result.decision;
          let redactCategories: RedactionCategories | undefined;
          let hasDataPolicy = false;
          for (const policy of active) {
            if (!policy.enabled) continue;
            if (policy.type === 'data_protection') hasDataPolicy = true;
            const outcome = await evaluatePolicy(policy, evaluation);
            if (!outcome.triggered) continue;
            const policyMode = outcome.mode ?? policy.mode;
            policyResults.push({
              policyId: policy.id,
              policyName: policy.name,
              type: policy.type,
              severity: policy.severity,
              mode: policyMode,
              triggered: true,
              message: outcome.message,
            });
            if (policyMode === 'block') decision = 'block';
            if (outcome.redact !== undefined)
              redactCategories = [...new Set([...(redactCategories ?? []), ...outcome.redact])];
          }
          // Without a data-protection policy, secrets are masked wherever text flows to or from a model.
          if (
            !hasDataPolicy &&
            event.surface !== 'tool_call' &&
            event.surface !== 'tool_description'
          ) {
            if (result.findings.some((finding) => finding.category === 'secrets'))
              redactCategories = ['secrets'];
          }
          const riskScore =
            decision === 'block' ? Math.max(result.riskScore, blockThreshold) : result.riskScore;
          const action = actionFor(
            event.surface,
            decision,
            config,
            redactCategories,
            result.findings,
          );
          const draft: Verdict = {
            ...base,
            decision,
            action,
            enforced,
            mode,
            riskScore,
            findings: result.findings,
            policyResults,
          };
          const replacement = replacementFor(event, draft, redactCategories);
          verdict = replacement === undefined ? draft : { ...draft, replacement };
        } catch (error) {
          const failClosed = mode === 'strict';
          const draft: Verdict = {
            ...base,
            decision: failClosed ? 'block' : 'allow',
            action: failClosed ? blockAction(event.surface, config) : 'allow',
            enforced: failClosed,
            mode,
            riskScore: failClosed ? 1 : 0,
            findings: [],
            policyResults: [],
            error: { message: (error as Error)?.message ?? String(error), failClosed },
          };
          verdict = failClosed ? { ...draft, replacement: blockedNotice(draft) } : draft;
        }
        if (state !== undefined && keys !== undefined) {
          try {
            await recordSessionRisk(state, keys.risk, previousRisk, verdict.riskScore, timestamp);
            await appendTranscript(state, keys.transcript, transcriptEntry(event, verdict));
          } catch (error) {
            emitter.emit('error', {
              message: `session state failed: ${(error as Error)?.message}`,
            });
          }
        }
        return verdict;
      },
    );
    auditInBackground({
      type: 'verdict',
      ...(context.sessionId === undefined ? {} : { sessionId: context.sessionId }),
      ...(context.tenantId === undefined ? {} : { tenantId: context.tenantId }),
      data: verdict,
    });
    if (stores !== undefined && (verdict.findings.length > 0 || verdict.policyResults.length > 0)) {
      inBackground(detectorOf(stores).observe(verdict, context), 'intrusion detection');
    }
    if (logger !== undefined) logVerdict(logger, verdict);
    emitter.emit('dev.portcullis.verdict', verdict, context.sessionId);
    if (verdict.policyResults.length > 0)
      emitter.emit('dev.portcullis.policy.violation', verdict, context.sessionId);
    return verdict;
  };

  return {
    config,
    inspect,
    async enforce(event, context) {
      const verdict = await inspect(event, context);
      if (verdict.enforced && (verdict.action === 'throw' || verdict.action === 'refuse')) {
        throw new PortcullisBlockedError({ verdict });
      }
      return { verdict, content: contentAfter(verdict, originalOf(event)) };
    },
    policies,
    pins: {
      async list(servers, context = {}) {
        const { state } = await ready();
        return pinsOf(state, namespaceOf(context)).list(servers);
      },
      async approve(server, tool, options = {}) {
        const { state } = await ready();
        const done = await pinsOf(state, namespaceOf(options)).approve(server, tool, now());
        if (done)
          await audit({ type: 'pin_approved', ...actorOf(options), data: { server, tool } });
        return done;
      },
      async reject(server, tool, options = {}) {
        const { state } = await ready();
        const done = await pinsOf(state, namespaceOf(options)).reject(server, tool);
        if (done)
          await audit({ type: 'pin_rejected', ...actorOf(options), data: { server, tool } });
        return done;
      },
    },
    async status() {
      const { state } = await ready();
      const control = await readControl(state);
      const canary = control.canary === undefined ? config.enforcement.canary : control.canary;
      return {
        mode: control.killSwitch === true ? 'monitoring' : (control.mode ?? config.mode),
        configuredMode: control.mode ?? config.mode,
        killSwitch: control.killSwitch === true,
        ...(canary == null ? {} : { canary }),
      };
    },
    async setMode(mode, options = {}) {
      if (mode !== 'strict' && mode !== 'monitoring') {
        throw new PortcullisError({
          code: ErrorCode.InvalidInput,
          message: `unknown mode "${String(mode)}"`,
        });
      }
      await writeControl({ mode }, options.actor, 'mode_change');
    },
    async setKillSwitch(on, options = {}) {
      await writeControl({ killSwitch: on }, options.actor, 'kill_switch');
      emitter.emit('dev.portcullis.kill_switch', { on, actor: options.actor });
    },
    async setCanary(canary, options = {}) {
      if (canary !== null && !(canary.percent >= 0 && canary.percent <= 100)) {
        throw new PortcullisError({
          code: ErrorCode.InvalidInput,
          message: 'canary.percent must be within [0, 100]',
        });
      }
      await writeControl(
        {
          canary: canary === null ? null : { percent: canary.percent, by: canary.by ?? 'session' },
        },
        options.actor,
        'canary_change',
      );
    },
    async sessionRisk(sessionId, context = {}) {
      const { state } = await ready();
      return readSessionRisk(state, sessionKeys(namespaceOf(context), sessionId).risk);
    },
    async replay(sessionId, { reason, actor, tenantId }) {
      if (typeof reason !== 'string' || reason.trim() === '') {
        throw new PortcullisError({
          code: ErrorCode.InvalidInput,
          message: 'a replay needs a reason',
        });
      }
      const { state } = await ready();
      const namespace = tenantId === undefined ? '' : `t:${tenantId}:`;
      const transcript =
        ((await state.get(sessionKeys(namespace, sessionId).transcript)) as
          | TranscriptEntry[]
          | undefined) ?? [];
      const record: ReplayRecord = {
        sessionId,
        reason,
        actor,
        timestamp: now(),
        entries: transcript.length,
      };
      const log = ((await state.get(REPLAY_LOG_KEY)) as ReplayRecord[] | undefined) ?? [];
      await state.set(REPLAY_LOG_KEY, [record, ...log].slice(0, 1000));
      await audit({
        type: 'replay',
        sessionId,
        actor,
        data: { reason, entries: transcript.length },
      });
      return { sessionId, transcript };
    },
    async report(sessionId, context = {}) {
      const { state } = await ready();
      const transcript =
        ((await state.get(sessionKeys(namespaceOf(context), sessionId).transcript)) as
          | TranscriptEntry[]
          | undefined) ?? [];
      const verdicts: Verdict[] = transcript.map((entry) => ({
        eventId: entry.eventId,
        timestamp: entry.timestamp,
        surface: entry.surface as Verdict['surface'],
        decision: entry.decision as Verdict['decision'],
        action: entry.action as Verdict['action'],
        enforced: entry.enforced,
        mode: entry.mode ?? config.mode,
        riskScore: entry.riskScore,
        findings: entry.findings ?? [],
        policyResults: entry.policyResults ?? [],
        sessionId,
        ...(entry.toolName === undefined ? {} : { toolName: entry.toolName }),
      }));
      return renderSessionReport({
        sessionId,
        verdicts,
        transcript,
        thresholds: { review: reviewThreshold, block: blockThreshold },
      });
    },
    async replayLog({ limit = 50 } = {}) {
      const { state } = await ready();
      const log = ((await state.get(REPLAY_LOG_KEY)) as ReplayRecord[] | undefined) ?? [];
      return log.slice(0, Math.max(0, limit));
    },
    async authFailure(context) {
      await detectorOf(await ready()).authFailure(context, now());
    },
    on: (type, listener) => emitter.on(type, listener),
    audit,
    async close() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
      await auditReady;
      await auditSink?.flush?.();
      await auditSink?.close?.();
      await (await ready()).close?.();
    },
  };
}

/** The content to pass on after a verdict: the replacement when one is enforced, else the original. */
export function contentAfter(verdict: Verdict, original: unknown): unknown {
  return verdict.enforced && verdict.replacement !== undefined ? verdict.replacement : original;
}

// --- internal ---

/** One log line per verdict: never content or evidence, only what happened and why. */
function logVerdict(logger: GuardLogger, verdict: Verdict): void {
  const line = {
    eventId: verdict.eventId,
    surface: verdict.surface,
    decision: verdict.decision,
    action: verdict.action,
    enforced: verdict.enforced,
    mode: verdict.mode,
    riskScore: Math.round(verdict.riskScore * 1000) / 1000,
    categories: [...new Set(verdict.findings.map((finding) => finding.category))],
    policies: verdict.policyResults.map((result) => result.policyId),
    ...(verdict.sessionId === undefined ? {} : { sessionId: verdict.sessionId }),
    ...(verdict.toolName === undefined ? {} : { toolName: verdict.toolName }),
    ...(verdict.error === undefined ? {} : { error: verdict.error }),
  };
  if (verdict.error !== undefined) logger.error(line, 'portcullis verdict (internal error)');
  else if (verdict.decision === 'block') logger.warn(line, 'portcullis blocked');
  else if (verdict.decision === 'review') logger.info(line, 'portcullis review');
  else logger.debug(line, 'portcullis allowed');
}

function definedThresholds(thresholds: {
  review?: number | undefined;
  block?: number | undefined;
}): {
  review?: number;
  block?: number;
} {
  return {
    ...(thresholds.review === undefined ? {} : { review: thresholds.review }),
    ...(thresholds.block === undefined ? {} : { block: thresholds.block }),
  };
}

function defaultStores(config: PortcullisConfig): GuardStores | Promise<GuardStores> {
  if (config.storage.type === 'memory') {
    return { state: createMemoryStateStore(), counters: createMemoryCounterStore() };
  }
  // The SQLite and Redis modules load their clients lazily, so the memory default pulls in none.
  return createStores(config.storage);
}

function checkEvent(event: GuardEvent): void {
  const fail = (expected: string) => {
    throw new PortcullisError({
      code: ErrorCode.InvalidInput,
      message: `invalid event: ${expected}`,
    });
  };
  if (typeof event !== 'object' || event === null) fail('expected an object with a `surface`');
  switch (event.surface) {
    case 'prompt':
    case 'model_output':
      if (typeof event.text !== 'string') fail(`${event.surface} events need a string \`text\``);
      return;
    case 'tool_call':
      if (typeof event.name !== 'string') fail('tool_call events need a string `name`');
      return;
    case 'tool_output':
      if (event.name !== undefined && typeof event.name !== 'string')
        fail('tool_output `name` must be a string');
      return;
    case 'tool_description':
      if (
        typeof event.tool !== 'object' ||
        event.tool === null ||
        typeof event.tool.name !== 'string'
      )
        fail('tool_description events need a `tool` with a string `name`');
      return;
    default:
      fail(`unknown surface "${String((event as { surface?: unknown }).surface)}"`);
  }
}

function serverOf(server: GuardContext['server']): ServerInfo | undefined {
  if (server === undefined) return undefined;
  return typeof server === 'string' ? { name: server } : server;
}

function toolNamesOf(event: GuardEvent, context: GuardContext): string[] {
  let name: string | undefined;
  if (event.surface === 'tool_call') name = event.name;
  else if (event.surface === 'tool_output') name = event.name;
  else if (event.surface === 'tool_description') name = event.tool.name;
  const names: string[] = [];
  if (name !== undefined) names.push(name);
  if (context.exposedName !== undefined && context.exposedName !== name)
    names.push(context.exposedName);
  return names;
}

function namespaceOf(context: GuardContext): string {
  return context.tenantId === undefined ? '' : `t:${context.tenantId}:`;
}

function actorOf(options: ChangeOptions): { actor?: string } {
  return options.actor === undefined ? {} : { actor: options.actor };
}

/** FNV-1a of the id, as a stable percentage bucket. */
function inCanary(canary: { percent: number }, id: string | undefined): boolean {
  if (canary.percent >= 100) return true;
  if (id === undefined || canary.percent <= 0) return false;
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 10_000 < canary.percent * 100;
}

function blockAction(surface: GuardEvent['surface'], config: PortcullisConfig): Action {
  switch (surface) {
    case 'prompt':
      return config.enforcement.onBlock.prompt;
    case 'model_output':
      return config.enforcement.onBlock.model_output;
    case 'tool_output':
      return config.enforcement.onBlock.tool_output;
    default:
      return 'refuse';
  }
}

function actionFor(
  surface: GuardEvent['surface'],
  decision: Verdict['decision'],
  config: PortcullisConfig,
  redactCategories: RedactionCategories | undefined,
  findings: readonly Finding[],
): Action {
  if (decision === 'block') return blockAction(surface, config);
  if (decision === 'review' && surface === 'tool_output' && config.enforcement.annotateReview)
    return 'annotate';
  if (
    redactCategories !== undefined &&
    surface !== 'tool_call' &&
    surface !== 'tool_description' &&
    findings.some((finding) => (redactCategories as readonly string[]).includes(finding.category))
  ) {
    return 'redact';
  }
  return 'allow';
}

function originalOf(event: GuardEvent): unknown {
  switch (event.surface) {
    case 'prompt':
    case 'model_output':
      return event.text;
    case 'tool_output':
      return event.output;
    case 'tool_call':
      return event.arguments;
    case 'tool_description':
      return event.tool;
  }
}

function replacementFor(
  event: GuardEvent,
  verdict: Verdict,
  redactCategories: RedactionCategories | undefined,
): unknown {
  switch (verdict.action) {
    case 'replace':
    case 'refuse':
    case 'throw':
      return blockedNotice(verdict);
    case 'redact':
      return redactValue(originalOf(event), redactCategories ?? ['secrets']);
    case 'annotate': {
      const original = originalOf(event);
      const masked =
        redactCategories === undefined ? original : redactValue(original, redactCategories);
      return annotateUntrusted(
        typeof masked === 'string' ? masked : safeStringify(masked),
        verdict,
      );
    }
    default:
      return undefined;
  }
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A transcript line: the content redacted (secrets and personal data) and cut. */
function transcriptEntry(event: GuardEvent, verdict: Verdict): TranscriptEntry {
  const original = originalOf(event);
  let text: string;
  const located = verdict.findings.every(
    (finding) =>
      (finding.category !== 'secrets' && finding.category !== 'pii') || finding.path === undefined,
  );
  if (typeof original === 'string' && located) {
    // The scan already located secrets and personal data in this very string: mask those spans.
    const spans = verdict.findings.flatMap((finding) =>
      (finding.category === 'secrets' || finding.category === 'pii') &&
      finding.span !== undefined &&
      finding.path === undefined
        ? [{ kind: finding.subcategory, start: finding.span.start, end: finding.span.end }]
        : [],
    );
    text = (spans.length === 0 ? original : redact(original, spans)).slice(
      0,
      TRANSCRIPT_TEXT_LIMIT,
    );
  } else {
    // The scan read every string of the value: when it found nothing sensitive there is nothing to mask.
    const sensitive = verdict.findings.some(
      (finding) => finding.category === 'secrets' || finding.category === 'pii',
    );
    const json = safeStringify(original).slice(0, TRANSCRIPT_TEXT_LIMIT);
    text = sensitive ? redactText(json, ['secrets', 'pii']) : json;
  }
  return {
    eventId: verdict.eventId,
    timestamp: verdict.timestamp,
    surface: verdict.surface,
    ...(verdict.toolName === undefined ? {} : { toolName: verdict.toolName }),
    text,
    decision: verdict.decision,
    action: verdict.action,
    enforced: verdict.enforced,
    riskScore: verdict.riskScore,
    categories: [...new Set(verdict.findings.map((finding) => finding.category))],
    mode: verdict.mode,
    findings: verdict.findings.slice(0, 20),
    policyResults: verdict.policyResults,
  };
}

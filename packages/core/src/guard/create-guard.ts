import { createFileAuditSink } from '../audit/file-audit-sink.ts';
import type { PortcullisConfig, PortcullisConfigInput } from '../config/config-schema.ts';
import { parseConfig } from '../config/parse-config.ts';
import { ErrorCode } from '../errors/error-code.ts';
import { PortcullisError } from '../errors/portcullis-error.ts';
import { renderSessionReport } from '../report/render-session-report.ts';
import { PROFILES, type ProfileName } from '../risk/profiles.ts';
import { createScanner, type Scanner, type ScanResult } from '../scanner/create-scanner.ts';
import { createStores } from '../state/create-stores.ts';
import { createMemoryCounterStore } from '../state/memory-counter-store.ts';
import { createMemoryStateStore } from '../state/memory-state-store.ts';
import type { StateStore } from '../state/state-store.ts';
import { KeyedLock } from '../util/keyed-lock.ts';
import type { AuditEntry, AuditSink } from './audit-sink.ts';
import { PortcullisBlockedError } from './blocked-error.ts';
import { createCachedScan } from './cached-scan.ts';
import { GuardEventEmitter } from './event-emitter.ts';
import { checkEvent, inCanary, namespaceOf, serverOf, toolNamesOf } from './event-facts.ts';
import type { GuardContext, GuardEvent } from './events.ts';
import { type Control, createGuardControl } from './guard-control.ts';
import type { Guard, GuardOptions, GuardStores, ReplayRecord } from './guard-types.ts';
import { createIntrusionDetector, type IntrusionAlert } from './intrusion-detector.ts';
import { logVerdict } from './log-verdict.ts';
import { blockedNotice } from './notices.ts';
import { PinStore } from './pins.ts';
import { createPolicyEvaluator } from './policies/evaluate-policy.ts';
import type { PolicyEvaluation } from './policies/policy-evaluation.ts';
import { type ChangeOptions, createPolicyManager } from './policy-manager.ts';
import type { RedactionCategories } from './redact-value.ts';
import {
  currentSessionRisk,
  readSessionRisk,
  readTranscript,
  recordSessionEvent,
  type SessionRisk,
  sessionKeys,
} from './session-state.ts';
import { transcriptEntry, verdictsOfTranscript } from './transcript-entry.ts';
import type { GuardMode, PolicyResult, Verdict } from './verdict.ts';
import {
  actionFor,
  blockAction,
  contentAfter,
  originalOf,
  replacementFor,
} from './verdict-actions.ts';
import { forwardToWebhooks } from './webhook.ts';

export type {
  Enforced,
  Guard,
  GuardLogger,
  GuardOptions,
  GuardStatus,
  GuardStores,
  ReplayRecord,
} from './guard-types.ts';
export { contentAfter } from './verdict-actions.ts';

const REPLAY_LOG_KEY = 'replay-log';

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
  const logger = options.logger;
  if (logger !== undefined) {
    emitter.on('error', (event) => logger.error({ event: event.data }, 'portcullis error'));
  }
  // Intrusion alerts reach their webhook as one more event subscription.
  const webhooks = [
    ...(config.events?.webhooks ?? []),
    ...(config.intrusion?.webhook === undefined
      ? []
      : [{ ...config.intrusion.webhook, types: ['security.intrusion_detected'] }]),
  ];
  forwardToWebhooks({
    emitter,
    webhooks,
    failed: (failure) => {
      logger?.warn(failure, 'webhook failed');
      auditInBackground({ type: 'webhook_failure', data: failure });
    },
  });

  const storesPromise: Promise<GuardStores> = Promise.resolve(
    options.stores ?? defaultStores(config),
  );
  let stores: GuardStores | undefined;
  let auditSink: AuditSink | undefined = options.audit;
  let auditReady: Promise<void> | undefined;
  let auditLoaded = false;
  const ready = async (): Promise<GuardStores> => {
    if (stores !== undefined) return stores;
    stores = await storesPromise;
    return stores;
  };
  const loadAudit = (): Promise<void> => {
    auditReady ??= (async () => {
      if (auditSink === undefined && config.audit?.file !== undefined) {
        auditSink = createFileAuditSink({ path: config.audit.file });
      }
      auditLoaded = true;
    })();
    return auditReady;
  };

  const audit = async (entry: Omit<AuditEntry, 'timestamp'>): Promise<void> => {
    if (!auditLoaded) await loadAudit();
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
    // Without a sink there is nothing to wait for.
    if (auditLoaded && auditSink === undefined) return;
    inBackground(audit(entry), 'audit');
  };

  const guardControl = createGuardControl({ config, audit, auditInBackground });
  const readControl = guardControl.read;
  const activePolicies = guardControl.activePolicies;
  const writeControl = async (changes: Partial<Control>, actor: string | undefined, what: string) =>
    guardControl.write((await ready()).state, changes, actor, what);

  const policies = createPolicyManager({
    state: {
      get: async (key) => {
        const { state } = await ready();
        await guardControl.seed(state);
        return state.get(key);
      },
      set: async (key, value, ttl) => (await ready()).state.set(key, value, ttl),
      delete: async (key) => (await ready()).state.delete(key),
    },
    changed: async (entry) => {
      await guardControl.bump((await ready()).state);
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

  const scan = createCachedScan({ scanner, now });

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
          // A process-local store is read and written without a promise per step (see StateStore.sync).
          const ready_ = stores ?? (await ready());
          state = ready_.state;
          const local = state.sync;
          const control =
            local === undefined ? await readControl(state) : guardControl.readSync(local);
          mode = control.killSwitch === true ? 'monitoring' : (control.mode ?? config.mode);
          const canary = control.canary === undefined ? config.enforcement.canary : control.canary;
          const enforced =
            mode === 'strict' &&
            (canary == null ||
              inCanary(canary, canary.by === 'agent' ? context.agentId : sessionKey));
          const active =
            guardControl.loadedPolicies(control) ?? (await activePolicies(state, control));
          keys = sessionKeys(namespace, sessionKey);
          const risk = currentSessionRisk(state, keys.risk);
          previousRisk = risk instanceof Promise ? await risk : risk;
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
            let outcome = evaluatePolicy(policy, evaluation);
            if (outcome instanceof Promise) outcome = await outcome;
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
            const entry = transcriptEntry(event, verdict);
            const recorded = recordSessionEvent(state, keys, previousRisk, entry, timestamp);
            if (recorded !== undefined) await recorded;
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
      const transcript = await readTranscript(state, sessionKeys(namespace, sessionId).transcript);
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
      const transcript = await readTranscript(
        state,
        sessionKeys(namespaceOf(context), sessionId).transcript,
      );
      const verdicts = verdictsOfTranscript(transcript, sessionId, config.mode);
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

// --- internal ---

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

function actorOf(options: ChangeOptions): { actor?: string } {
  return options.actor === undefined ? {} : { actor: options.actor };
}

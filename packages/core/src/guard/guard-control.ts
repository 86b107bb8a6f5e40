import type { PortcullisConfig } from '../config/config-schema.ts';
import type { Policy } from '../config/policy-schema.ts';
import type { StateStore, SyncStateStore } from '../state/state-store.ts';
import { stableJson } from '../util/stable-json.ts';
import type { AuditEntry } from './audit-sink.ts';
import { POLICIES_KEY } from './policy-manager.ts';
import type { GuardMode } from './verdict.ts';

/** Shared control state: the kill switch, run-time overrides and the version of the policy set. */
export type Control = {
  readonly killSwitch?: boolean;
  readonly mode?: GuardMode;
  readonly canary?: { readonly percent: number; readonly by: 'session' | 'agent' } | null;
  readonly version?: number;
};

const CONTROL_KEY = 'control';

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

/** Control state and policies in the shared store, cached in this process until another one bumps the version. */
export type GuardControl = {
  read(state: StateStore): Promise<Control>;
  /** The same, from a process-local store. */
  readSync(local: SyncStateStore): Control;
  /** Changes control state (audited with `what` and the actor) and bumps the version. */
  write(
    state: StateStore,
    changes: Partial<Control>,
    actor: string | undefined,
    what: string,
  ): Promise<void>;
  /** Tells every process sharing the store to reload the policies. */
  bump(state: StateStore): Promise<void>;
  /** Seeds the store with the config's policies on first use (see below). */
  seed(state: StateStore): Promise<void>;
  /** The current policies, reloaded only when the version changed. */
  activePolicies(state: StateStore, control: Control): Promise<Policy[]>;
  /** The policies already loaded for this version of the control state, if they are. */
  loadedPolicies(control: Control): Policy[] | undefined;
};

/** Builds the control of one guard. */
export function createGuardControl({
  config,
  audit,
  auditInBackground,
}: {
  config: PortcullisConfig;
  audit: (entry: Omit<AuditEntry, 'timestamp'>) => Promise<void>;
  auditInBackground: (entry: Omit<AuditEntry, 'timestamp'>) => void;
}): GuardControl {
  const readControl = async (state: StateStore): Promise<Control> =>
    ((await state.get(CONTROL_KEY)) as Control | undefined) ?? {};
  const bump = async (state: StateStore): Promise<void> => {
    const control = await readControl(state);
    await state.set(CONTROL_KEY, { ...control, version: (control.version ?? 0) + 1 });
  };
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
      await bump(state);
      auditInBackground({
        type: 'policy_change',
        actor: 'config',
        data: { action: 'apply', ids: applied },
      });
    })();
    return seeded;
  };
  const activePolicies = async (state: StateStore, control: Control): Promise<Policy[]> => {
    const version = control.version ?? 0;
    if (policyCache?.version === version) return policyCache.policies;
    await seed(state);
    const policies = ((await state.get(POLICIES_KEY)) as Policy[] | undefined) ?? [];
    policyCache = { version, policies };
    return policies;
  };
  return {
    read: readControl,
    readSync: (local) => (local.get(CONTROL_KEY) as Control | undefined) ?? {},
    loadedPolicies: (control) =>
      policyCache?.version === (control.version ?? 0) ? policyCache.policies : undefined,
    async write(state, changes, actor, what) {
      const control = await readControl(state);
      const next: Control = { ...control, ...changes, version: (control.version ?? 0) + 1 };
      await state.set(CONTROL_KEY, next);
      await audit({
        type: what,
        ...(actor === undefined ? {} : { actor }),
        data: { before: control, after: next },
      });
    },
    bump,
    seed,
    activePolicies,
  };
}

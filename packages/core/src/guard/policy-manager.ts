import { type Policy, type PolicyInput, policySchema } from '../config/policy-schema.ts';
import { invalidConfig } from '../errors/invalid-config.ts';
import type { StateStore } from '../state/state-store.ts';
import type { AuditEntry } from './audit-sink.ts';

/** Who made a change, for the audit trail. */
export type ChangeOptions = { readonly actor?: string };

/** CRUD on the guard's policies, persisted in the state store and shared by every process using it. */
export type PolicyManager = {
  list(): Promise<Policy[]>;
  get(id: string): Promise<Policy | undefined>;
  /** @throws {PortcullisError} `INVALID_CONFIG` naming the bad field, or when the id exists. */
  create(policy: PolicyInput, options?: ChangeOptions): Promise<Policy>;
  /** Replaces fields of a policy (its id and type stay). @throws when missing or invalid. */
  update(id: string, changes: Partial<PolicyInput>, options?: ChangeOptions): Promise<Policy>;
  /** False when there was no such policy. */
  delete(id: string, options?: ChangeOptions): Promise<boolean>;
  /** Flips `enabled` (or sets it). @throws when missing. */
  toggle(id: string, enabled?: boolean, options?: ChangeOptions): Promise<Policy>;
};

/** Where the guard keeps shared control state. */
export const POLICIES_KEY = 'policies';

/** Builds the manager; `changed` bumps the shared version and records the change. */
export function createPolicyManager({
  state,
  changed,
}: {
  state: StateStore;
  changed: (entry: Omit<AuditEntry, 'timestamp'>) => Promise<void>;
}): PolicyManager {
  const load = async () => ((await state.get(POLICIES_KEY)) as Policy[] | undefined) ?? [];
  const save = (policies: Policy[]) => state.set(POLICIES_KEY, policies);
  const parse = (value: unknown, path: (string | number)[]): Policy => {
    const result = policySchema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    throw invalidConfig(
      [
        ...path,
        ...(issue?.path ?? []).map((part) => (typeof part === 'symbol' ? String(part) : part)),
      ],
      issue?.message ?? 'a valid policy',
    );
  };
  const record = (
    action: string,
    before: Policy | undefined,
    after: Policy | undefined,
    actor?: string,
  ) =>
    changed({
      type: 'policy_change',
      ...(actor === undefined ? {} : { actor }),
      data: { action, id: after?.id ?? before?.id, before, after },
    });
  const find = async (id: string) => {
    const policies = await load();
    const index = policies.findIndex((policy) => policy.id === id);
    if (index === -1) throw invalidConfig(['id'], `an existing policy id (no policy "${id}")`);
    return { policies, index, policy: policies[index] as Policy };
  };
  return {
    list: load,
    async get(id) {
      return (await load()).find((policy) => policy.id === id);
    },
    async create(input, options = {}) {
      const policy = parse(input, ['policy']);
      const policies = await load();
      if (policies.some((existing) => existing.id === policy.id)) {
        throw invalidConfig(['policy', 'id'], `a new id ("${policy.id}" exists)`);
      }
      await save([...policies, policy]);
      await record('create', undefined, policy, options.actor);
      return policy;
    },
    async update(id, changes, options = {}) {
      const { policies, index, policy } = await find(id);
      const next = parse({ ...policy, ...changes, id, type: policy.type }, ['policy']);
      policies[index] = next;
      await save(policies);
      await record('update', policy, next, options.actor);
      return next;
    },
    async delete(id, options = {}) {
      const policies = await load();
      const policy = policies.find((existing) => existing.id === id);
      if (policy === undefined) return false;
      await save(policies.filter((existing) => existing.id !== id));
      await record('delete', policy, undefined, options.actor);
      return true;
    },
    async toggle(id, enabled, options = {}) {
      const { policies, index, policy } = await find(id);
      const next = { ...policy, enabled: enabled ?? !policy.enabled };
      policies[index] = next;
      await save(policies);
      await record('toggle', policy, next, options.actor);
      return next;
    },
  };
}

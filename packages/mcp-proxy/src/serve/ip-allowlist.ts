import type { Guard, StateStore } from '@portcullis/core';
import { type AddressList, compileAddressList } from './address-list.ts';
import { HttpError, HttpErrorCode, invalidField } from './http-error.ts';
import { describeIssues } from './json-schema.ts';
import { configError } from './serve-config.ts';

/** The IP allowlist every request of the service passes, kept in the guard's state store. */
export type IpAllowlist = {
  /** Loads (and seeds) the stored list; call before serving. */
  load(): Promise<void>;
  /** The list as stored (empty: everyone is allowed). */
  list(): Promise<string[]>;
  /**
   * Replaces the list, audited as `ip_allowlist_change` with the actor.
   *
   * @throws {HttpError} `422` naming each bad entry (`cidrs.2`), or when a non-empty list leaves out
   * `callerIp` (the caller would lock themselves out).
   */
  replace(entries: readonly string[], actor: string, callerIp?: string): Promise<string[]>;
  /** True when `ip` may connect; answers from the cached list (refreshed in the background). */
  allows(ip: string): boolean;
};

/** The state key the list lives under (shared by every process using the same store). */
export const IP_ALLOWLIST_KEY = 'http:ip-allowlist';

/**
 * The IP allowlist, stored in the guard's state store so every process sharing the store (SQLite, Redis)
 * enforces the same list. Each process answers from a cached copy, re-read at most every `refreshMs` in
 * the background; a change made through this process applies at once. A list that cannot be read on
 * start denies everyone (fails closed); a later read failure keeps the last good list.
 *
 * @example
 * const allowlist = createIpAllowlist({ state, guard, seed: ['10.0.0.0/8'] });
 * await allowlist.load();
 * allowlist.allows('10.1.2.3'); // true
 */
export function createIpAllowlist({
  state,
  guard,
  seed = [],
  refreshMs = 1000,
  now = Date.now,
}: {
  state: StateStore;
  guard: Pick<Guard, 'audit'>;
  seed?: readonly string[];
  refreshMs?: number;
  now?: () => number;
}): IpAllowlist {
  // Validated at start-up (R15): a bad seed fails `portcullis serve`, not the first request.
  const seeded = compileAddressList(seed, ['server', 'ipAllowlist']);
  if (!seeded.ok) throw configError(seeded.issues);
  let current: AddressList | undefined;
  let loadedAt = 0;
  let refreshing = false;

  const read = async (): Promise<string[]> => {
    const stored = await state.get(IP_ALLOWLIST_KEY);
    if (Array.isArray(stored)) return stored.filter((entry) => typeof entry === 'string');
    await state.set(IP_ALLOWLIST_KEY, [...seed]);
    return [...seed];
  };
  const refresh = async (): Promise<void> => {
    const entries = await read();
    const compiled = compileAddressList(entries);
    // A list another process stored that this one cannot read keeps the last good one.
    if (compiled.ok) current = compiled.list;
    loadedAt = now();
  };

  return {
    load: refresh,
    list: read,
    async replace(entries, actor, callerIp) {
      const compiled = compileAddressList(entries, ['cidrs']);
      if (!compiled.ok) {
        throw new HttpError({
          status: 422,
          code: HttpErrorCode.ValidationFailed,
          message: describeIssues(compiled.issues),
          issues: compiled.issues,
        });
      }
      if (callerIp !== undefined && entries.length > 0 && !compiled.list.has(callerIp))
        throw invalidField(['cidrs'], `would lock out your own address ${callerIp}`);
      const before = await read();
      await state.set(IP_ALLOWLIST_KEY, [...entries]);
      current = compiled.list;
      loadedAt = now();
      await guard.audit({ type: 'ip_allowlist_change', actor, data: { before, after: entries } });
      return [...entries];
    },
    allows(ip) {
      if (!refreshing && now() - loadedAt >= refreshMs) {
        refreshing = true;
        refresh()
          .catch(() => {})
          .finally(() => {
            refreshing = false;
          });
      }
      // Fail closed: a list never loaded lets nobody in.
      if (current === undefined) return false;
      return current.entries.length === 0 || current.has(ip);
    },
  };
}

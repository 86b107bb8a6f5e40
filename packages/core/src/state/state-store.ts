/**
 * Key-value state with TTLs: session risk, recent tool calls, transcripts, policies, pins, the kill switch.
 * Structurally a subset of `Keyv` (v5 or v6), so any keyv instance can be passed in; values are JSON.
 */
export type StateStore = {
  get(key: string): Promise<unknown>;
  /** `ttl` in milliseconds, relative. */
  set(key: string, value: unknown, ttl?: number): Promise<unknown>;
  delete(key: string): Promise<unknown>;
  /**
   * Appends `value` to the list at `key`, keeping its last `limit` items, and renews its `ttl` (ms). Optional:
   * without it (a plain keyv instance) the list is read and written whole with `get`/`set`.
   */
  append?(key: string, value: unknown, limit: number, ttl?: number): Promise<unknown>;
  /** The list at `key`, oldest first (`[]` when there is none). Present whenever `append` is. */
  list?(key: string): Promise<unknown[]>;
  /** Releases connections. */
  disconnect?(): Promise<void>;
  /**
   * The same state, read and written synchronously. Only a store held in this process's memory has it:
   * the guard then decides an event without waiting on a promise at every step.
   */
  readonly sync?: SyncStateStore;
};

/** Synchronous access to a process-local {@link StateStore}: the same keys, values and TTLs. */
export type SyncStateStore = {
  get(key: string): unknown;
  set(key: string, value: unknown, ttl?: number): void;
  append(key: string, value: unknown, limit: number, ttl?: number): void;
  list(key: string): unknown[];
};

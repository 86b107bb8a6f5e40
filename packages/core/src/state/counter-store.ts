/**
 * Counters with atomic increments, for rate limits and sliding windows. keyv has no atomic increment, so
 * counters live behind this small interface: memory (one process), Redis or SQLite (several processes).
 */
export type CounterStore = {
  /**
   * Adds `by` (default 1) to the counter `key` and returns the new value, atomically across every process
   * sharing the store. A new counter expires `ttlMs` after its first increment (later increments keep it).
   */
  incr(key: string, ttlMs: number, by?: number): Promise<number>;
  /** The current values (0 for a missing or expired counter), in the order of `keys`. */
  getMany(keys: readonly string[]): Promise<number[]>;
  /** Releases connections. */
  close?(): Promise<void>;
};

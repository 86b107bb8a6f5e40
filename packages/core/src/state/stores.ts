import type { CounterStore } from './counter-store.ts';
import type { StateStore } from './state-store.ts';

/**
 * The guard's shared state from one backend: key-value state and atomic counters. Processes that open
 * stores on the same SQLite file or the same Redis see the same state and count against the same limits.
 */
export type Stores = {
  /** Key-value state with TTLs (JSON values). */
  readonly state: StateStore;
  /** Counters with atomic increments, for rate limits. */
  readonly counters: CounterStore;
  /** Releases every connection or file handle of both stores. Calling it again does nothing. */
  close(): Promise<void>;
};

import { evictOldest } from '../util/evict-oldest.ts';
import type { CounterStore } from './counter-store.ts';

/** Counters in a `Map`: atomic within one process (JavaScript runs one increment at a time). */
export function createMemoryCounterStore({
  maxEntries = 100_000,
}: {
  maxEntries?: number;
} = {}): CounterStore {
  const counters = new Map<string, { value: number; expires: number }>();
  const current = (key: string, now: number) => {
    const entry = counters.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires <= now) {
      counters.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    async incr(key, ttlMs, by = 1) {
      const now = Date.now();
      const entry = current(key, now);
      if (entry !== undefined) {
        entry.value += by;
        return entry.value;
      }
      evictOldest(counters, maxEntries);
      counters.set(key, { value: by, expires: now + ttlMs });
      return by;
    },
    async getMany(keys) {
      const now = Date.now();
      return keys.map((key) => current(key, now)?.value ?? 0);
    },
  };
}

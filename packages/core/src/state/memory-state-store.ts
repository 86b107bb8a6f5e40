import type { StateStore } from './state-store.ts';

/**
 * The default state store: a `Map` with TTLs, for one process. Values are kept as given (callers treat them
 * as immutable), which makes it much cheaper than a keyv instance that serialises every value.
 */
export function createMemoryStateStore({
  maxEntries = 100_000,
}: {
  maxEntries?: number;
} = {}): StateStore {
  const entries = new Map<string, { value: unknown; expires: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expires !== 0 && entry.expires <= Date.now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttl) {
      entries.delete(key);
      if (entries.size >= maxEntries) {
        // The oldest insertion goes first (a Map iterates in insertion order).
        const oldest = entries.keys().next();
        if (oldest.done !== true) entries.delete(oldest.value);
      }
      entries.set(key, { value, expires: ttl === undefined || ttl <= 0 ? 0 : Date.now() + ttl });
      return true;
    },
    async delete(key) {
      return entries.delete(key);
    },
  };
}

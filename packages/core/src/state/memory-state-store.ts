import { evictOldest } from '../util/evict-oldest.ts';
import type { StateStore, SyncStateStore } from './state-store.ts';

/**
 * The default state store: a `Map` with TTLs, for one process. Values are kept as given (callers treat them
 * as immutable), which makes it much cheaper than a keyv instance that serialises every value.
 */
export function createMemoryStateStore({
  maxEntries = 100_000,
}: {
  maxEntries?: number;
} = {}): StateStore {
  // A list (`append`) keeps up to twice its limit and is cut back to it only then, so an append costs O(1)
  // amortised instead of a copy of the whole list; readers get the last `limit` items.
  const entries = new Map<string, { value: unknown; expires: number; limit?: number }>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires !== 0 && entry.expires <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const put = (key: string, entry: { value: unknown; expires: number; limit?: number }) => {
    entries.delete(key);
    // The oldest insertions go first (a Map iterates in insertion order).
    evictOldest(entries, maxEntries);
    entries.set(key, entry);
  };
  const expiry = (ttl: number | undefined) =>
    ttl === undefined || ttl <= 0 ? 0 : Date.now() + ttl;
  const listOf = (entry: { value: unknown; limit?: number }): unknown[] => {
    const items = entry.value as unknown[];
    return entry.limit === undefined ? [...items] : items.slice(-entry.limit);
  };
  const sync: SyncStateStore = {
    get(key) {
      const entry = live(key);
      if (entry === undefined) return undefined;
      return entry.limit === undefined ? entry.value : listOf(entry);
    },
    set(key, value, ttl) {
      put(key, { value, expires: expiry(ttl) });
    },
    append(key, value, limit, ttl) {
      const entry = live(key);
      const items = entry !== undefined && Array.isArray(entry.value) ? entry.value : [];
      // A list written whole with `set` is the caller's: copy it once; after that the list is ours.
      const owned = entry?.limit === undefined ? [...items] : items;
      owned.push(value);
      if (owned.length >= 2 * limit) owned.splice(0, owned.length - limit);
      put(key, { value: owned, expires: expiry(ttl), limit });
    },
    list(key) {
      const entry = live(key);
      if (entry === undefined || !Array.isArray(entry.value)) return [];
      return listOf(entry);
    },
  };
  return {
    sync,
    async get(key) {
      return sync.get(key);
    },
    async set(key, value, ttl) {
      sync.set(key, value, ttl);
      return true;
    },
    async append(key, value, limit, ttl) {
      sync.append(key, value, limit, ttl);
      return true;
    },
    async list(key) {
      return sync.list(key);
    },
    async delete(key) {
      return entries.delete(key);
    },
  };
}

import {
  createMemoryCounterStore,
  createMemoryStateStore,
  createSqliteStores,
  type GuardStores,
  type StateStore,
} from '@portcullis/core';

/** How long a value read from the state file is reused, in ms. */
const DURABLE_READ_CACHE_MS = 250;

/**
 * The stores of the CLI on one SQLite file. What is meant to last (pins, policies, the kill switch: values
 * written without a TTL) persists in the file, shared by every process using it; what expires (session risk,
 * transcripts, loop history: values written with a TTL) and rate counters stay in this process's memory,
 * because rewriting them in SQLite on every event would cost milliseconds per call. With `sharedSessions`
 * everything goes to the file.
 *
 * @example
 * const guard = createGuard(config, { stores: await createCliStores({ path: 'state.db' }) });
 */
export async function createCliStores({
  path,
  sharedSessions = false,
}: {
  path: string;
  sharedSessions?: boolean;
}): Promise<GuardStores> {
  const durable = await createSqliteStores({ path });
  if (sharedSessions) return durable;
  const volatile = createMemoryStateStore();
  // The guard reads control, policies and pins on every event; parsing them from SQLite each time would
  // dominate a call. Writes from this process are seen at once, another process's (`pins approve`, the kill
  // switch) within DURABLE_READ_CACHE_MS.
  const cache = new Map<string, { value: unknown; at: number }>();
  const readDurable = async (key: string): Promise<unknown> => {
    const now = Date.now();
    const cached = cache.get(key);
    if (cached !== undefined && now - cached.at < DURABLE_READ_CACHE_MS) return cached.value;
    const value = await durable.state.get(key);
    cache.set(key, { value, at: now });
    return value;
  };
  const state: StateStore = {
    async get(key) {
      const value = await volatile.get(key);
      return value === undefined ? readDurable(key) : value;
    },
    async set(key, value, ttl) {
      if (ttl !== undefined && ttl > 0) return volatile.set(key, value, ttl);
      cache.delete(key);
      return durable.state.set(key, value);
    },
    async delete(key) {
      cache.delete(key);
      const [inMemory, inFile] = await Promise.all([
        volatile.delete(key),
        durable.state.delete(key),
      ]);
      return Boolean(inMemory) || Boolean(inFile);
    },
  };
  return { state, counters: createMemoryCounterStore(), close: () => durable.close() };
}

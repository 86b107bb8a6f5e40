import {
  createMemoryCounterStore,
  createMemoryStateStore,
  createSqliteStores,
  type GuardStores,
  type StateStore,
} from '@portcullis/core';

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
  const state: StateStore = {
    async get(key) {
      const value = await volatile.get(key);
      return value === undefined ? durable.state.get(key) : value;
    },
    set(key, value, ttl) {
      return ttl !== undefined && ttl > 0
        ? volatile.set(key, value, ttl)
        : durable.state.set(key, value);
    },
    async delete(key) {
      const [inMemory, inFile] = await Promise.all([
        volatile.delete(key),
        durable.state.delete(key),
      ]);
      return Boolean(inMemory) || Boolean(inFile);
    },
  };
  return { state, counters: createMemoryCounterStore(), close: () => durable.close() };
}

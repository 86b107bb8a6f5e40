import { invalidConfig } from '../errors/invalid-config.ts';
import { createMemoryCounterStore } from './memory-counter-store.ts';
import { createMemoryStateStore } from './memory-state-store.ts';
import { createRedisStores, type RedisStoresOptions } from './redis-stores.ts';
import { createSqliteStores, type SqliteStoresOptions } from './sqlite-stores.ts';
import type { Stores } from './stores.ts';

/**
 * Where the guard keeps its state: the `storage` field of the config. `memory` serves one process;
 * `sqlite` (one file) and `redis` are shared by every process that points at the same file or server.
 */
export type StorageOptions =
  | { readonly type: 'memory' }
  | ({ readonly type: 'sqlite' } & SqliteStoresOptions)
  | ({ readonly type: 'redis' } & RedisStoresOptions);

/**
 * Opens the state and counter stores that `storage` describes.
 *
 * @param storage The `storage` field of the config: `{ type: 'memory' }`, `{ type: 'sqlite', path }` or
 * `{ type: 'redis', url }`.
 * @throws {PortcullisError} `INVALID_CONFIG` for an unknown type, or when the backend cannot be opened
 * (a missing `@keyv/redis`, an unreachable Redis, an unusable SQLite file).
 *
 * @example
 * const { state, counters, close } = await createStores({ type: 'sqlite', path: './portcullis.db' });
 */
export async function createStores(storage: StorageOptions): Promise<Stores> {
  switch (storage.type) {
    case 'memory':
      return {
        state: createMemoryStateStore(),
        counters: createMemoryCounterStore(),
        close: async () => {},
      };
    case 'sqlite': {
      const { type: _type, ...options } = storage;
      return createSqliteStores(options);
    }
    case 'redis': {
      const { type: _type, ...options } = storage;
      return createRedisStores(options);
    }
    default:
      // Configs from JavaScript or untyped files can hold anything.
      throw invalidConfig(['storage', 'type'], "one of 'memory', 'sqlite', 'redis'");
  }
}

import { ErrorCode } from '../errors/error-code.ts';
import { invalidConfig } from '../errors/invalid-config.ts';
import { PortcullisError } from '../errors/portcullis-error.ts';
import { checkCounterArguments } from './check-counter-arguments.ts';
import type { CounterStore } from './counter-store.ts';
import type { StateStore } from './state-store.ts';
import type { Stores } from './stores.ts';

/** Options of {@link createRedisStores}. */
export type RedisStoresOptions = {
  /** `redis://[user:password@]host:port[/db]`, or `rediss://…` for TLS. */
  readonly url: string;
  /**
   * Prefix of every key. State lives under `<keyPrefix>state:<key>`, counters under
   * `<keyPrefix>counter:<key>`, so a state key and a counter key of the same name never collide.
   * Default `'portcullis:'`.
   */
  readonly keyPrefix?: string;
  /** How long the first connection may take before startup fails, in milliseconds. Default 5000. */
  readonly connectTimeoutMs?: number;
};

/** The longest wait between two reconnection attempts after a connection was lost. */
const MAX_RECONNECT_DELAY_MS = 2000;

/**
 * Opens state and counter stores on one Redis. State goes through `keyv` with `@keyv/redis` (an optional
 * peer dependency, imported only here); counters use the native client, where
 * `MULTI; INCRBY; PEXPIRE … NX; EXEC` makes each increment atomic across processes (Redis 7 or later).
 *
 * Fails closed: the first connection must succeed at startup, commands issued while the connection is
 * down are rejected at once rather than queued, and keyv is set to throw instead of answering "no value".
 *
 * @param options.url The Redis URL.
 * @param options.keyPrefix Prefix of every key (default `'portcullis:'`).
 * @param options.connectTimeoutMs Time allowed for the first connection (default 5000 ms).
 * @throws {PortcullisError} `INVALID_CONFIG` when `@keyv/redis` is not installed, the URL is invalid or
 * Redis cannot be reached.
 *
 * @example
 * const stores = await createRedisStores({ url: 'redis://127.0.0.1:6379' });
 * const allowed = (await stores.counters.incr('calls:session-1', 60_000)) <= 100;
 * await stores.close();
 */
export async function createRedisStores({
  url,
  keyPrefix = 'portcullis:',
  connectTimeoutMs = 5000,
}: RedisStoresOptions): Promise<Stores> {
  const where = describeUrl(url);
  if (!(Number.isFinite(connectTimeoutMs) && connectTimeoutMs > 0)) {
    throw invalidConfig(['storage', 'connectTimeoutMs'], 'a positive number of milliseconds');
  }
  const redis = await loadKeyvRedis();

  // Two connections: keyv's adapter owns one, the counters and lists use the other, so neither can close
  // the other.
  const createClient = () => {
    let isReady = false;
    const client = redis.createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: connectTimeoutMs,
        // Before the first connection, give up (startup fails); after it, keep reconnecting.
        reconnectStrategy: (retries, cause) =>
          isReady ? Math.min(2 ** retries * 50, MAX_RECONNECT_DELAY_MS) : cause,
      },
    });
    client.on('ready', () => {
      isReady = true;
    });
    // Without a listener, an 'error' event would crash the process; failed commands reject anyway.
    client.on('error', () => {});
    return client;
  };
  const stateClient = createClient();
  const counterClient = createClient();
  const connections = await Promise.allSettled([stateClient.connect(), counterClient.connect()]);
  const failure = connections.find((connection) => connection.status === 'rejected');
  if (failure !== undefined) {
    const error: unknown = failure.reason;
    for (const client of [stateClient, counterClient]) if (client.isOpen) client.destroy();
    throw new PortcullisError({
      code: ErrorCode.InvalidConfig,
      message: `[redis] cannot connect to ${where}: ${error instanceof Error ? error.message : String(error)}`,
      cause: error,
      data: { path: ['storage', 'url'] },
    });
  }

  // One adapter instance for this one namespace (keyv 6 mixes namespaces that share an adapter).
  const keyv = redis.createKeyv(stateClient, {
    namespace: `${keyPrefix}state`,
    keyPrefixSeparator: ':',
    throwOnErrors: true,
  });
  // Lists are native Redis lists (RPUSH + LTRIM in one MULTI): an append sends one item, not the list.
  const listKey = (key: string) => `${keyPrefix}list:${key}`;
  const state: StateStore = {
    get: (key) => keyv.get(key),
    set: (key, value, ttl) => keyv.set(key, value, ttl === undefined || ttl <= 0 ? undefined : ttl),
    delete: (key) => keyv.delete(key),
    async append(key, value, limit, ttl) {
      const item = JSON.stringify(value);
      if (item === undefined) return false;
      const name = listKey(key);
      const transaction = counterClient.multi().rPush(name, item).lTrim(name, -limit, -1);
      await (ttl === undefined || ttl <= 0
        ? transaction.persist(name)
        : transaction.pExpire(name, Math.ceil(ttl))
      ).exec();
      return true;
    },
    async list(key) {
      const items = await counterClient.lRange(listKey(key), 0, -1);
      return items.map((item) => JSON.parse(item) as unknown);
    },
  };

  const counterKey = (key: string) => `${keyPrefix}counter:${key}`;
  const counters: CounterStore = {
    async incr(key, ttlMs, by = 1) {
      checkCounterArguments({ store: 'redis', ttlMs, by });
      const name = counterKey(key);
      // NX: only a counter without an expiry gets one, so the window is fixed by the first increment.
      const [value] = await counterClient
        .multi()
        .incrBy(name, by)
        .pExpire(name, Math.ceil(ttlMs), 'NX')
        .exec();
      return Number(value);
    },
    async getMany(keys) {
      if (keys.length === 0) return [];
      const values = await counterClient.mGet(keys.map(counterKey));
      return values.map((value) => (value === null ? 0 : Number(value)));
    },
  };

  let isClosed = false;
  return {
    state,
    counters,
    async close() {
      if (isClosed) return;
      isClosed = true;
      await Promise.all([
        stateClient.isOpen ? stateClient.close() : undefined,
        counterClient.isOpen ? counterClient.close() : undefined,
      ]);
    },
  };
}

// --- internal ---

/** Imports the optional peer `@keyv/redis`, or says how to install it. */
async function loadKeyvRedis(): Promise<typeof import('@keyv/redis')> {
  try {
    return await import('@keyv/redis');
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_MODULE_NOT_FOUND') {
      throw new PortcullisError({
        code: ErrorCode.InvalidConfig,
        message:
          "[redis] storage type 'redis' needs the optional peer dependency @keyv/redis: install it with `npm install @keyv/redis` (or pnpm/yarn add @keyv/redis)",
        cause: error,
        data: { path: ['storage', 'type'] },
      });
    }
    throw error;
  }
}

/** The URL for messages, with any password masked: error messages end up in logs. */
function describeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidConfig(['storage', 'url'], 'a redis:// or rediss:// URL');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw invalidConfig(['storage', 'url'], 'a redis:// or rediss:// URL');
  }
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString();
}

import type { DatabaseSync } from 'node:sqlite';
import { ErrorCode } from '../errors/error-code.ts';
import { invalidConfig } from '../errors/invalid-config.ts';
import { PortcullisError } from '../errors/portcullis-error.ts';
import { safeParseJson } from '../util/safe-parse-json.ts';
import { checkCounterArguments } from './check-counter-arguments.ts';
import type { CounterStore } from './counter-store.ts';
import type { StateStore } from './state-store.ts';
import type { Stores } from './stores.ts';

/** Options of {@link createSqliteStores}. */
export type SqliteStoresOptions = {
  /** Path of the database file, created when missing. Every process opening it shares state and counters. */
  readonly path: string;
  /** How long a write waits for another process's lock before failing, in milliseconds. Default 5000. */
  readonly busyTimeoutMs?: number;
};

/** Expired rows are ignored on read at once, and deleted at most this often. */
const PRUNE_INTERVAL_MS = 60_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS portcullis_state (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL,
  expires INTEGER
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS portcullis_counters (
  key TEXT PRIMARY KEY NOT NULL,
  value INTEGER NOT NULL,
  expires INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS portcullis_lists (
  key TEXT NOT NULL,
  seq INTEGER NOT NULL,
  value TEXT NOT NULL,
  expires INTEGER,
  PRIMARY KEY (key, seq)
) WITHOUT ROWID;
`;

/**
 * Opens state and counter stores on one SQLite file through `node:sqlite` (built into Node 22.13 and
 * later; no native npm package). The file runs in WAL mode with a busy timeout, so several processes on
 * one machine can share it; each counter increment is one atomic `INSERT … ON CONFLICT … RETURNING`.
 *
 * @param options.path The database file.
 * @param options.busyTimeoutMs How long to wait for another process's write lock (default 5000 ms).
 * @throws {PortcullisError} `INVALID_CONFIG` when `node:sqlite` is unavailable or the file cannot be opened.
 *
 * @example
 * const stores = await createSqliteStores({ path: '/var/lib/portcullis/state.db' });
 * if ((await stores.counters.incr('calls:session-1', 60_000)) > 100) throw new Error('rate limited');
 * await stores.close();
 */
export async function createSqliteStores({
  path,
  busyTimeoutMs = 5000,
}: SqliteStoresOptions): Promise<Stores> {
  if (typeof path !== 'string' || path.length === 0) {
    throw invalidConfig(['storage', 'path'], 'a non-empty file path');
  }
  // Interpolated into a PRAGMA below, so it must be a plain integer.
  if (!(Number.isSafeInteger(busyTimeoutMs) && busyTimeoutMs >= 0)) {
    throw invalidConfig(['storage', 'busyTimeoutMs'], 'a non-negative integer of milliseconds');
  }
  const { DatabaseSync } = await loadSqlite();
  let database: DatabaseSync;
  try {
    database = new DatabaseSync(path);
  } catch (error) {
    throw cannotOpen(path, error);
  }
  try {
    await initialize(database, busyTimeoutMs);
  } catch (error) {
    database.close();
    throw cannotOpen(path, error);
  }
  const db = database;

  const getState = db.prepare(
    'SELECT value FROM portcullis_state WHERE key = ? AND (expires IS NULL OR expires > ?)',
  );
  const setState = db.prepare(
    `INSERT INTO portcullis_state (key, value, expires) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires = excluded.expires`,
  );
  const deleteState = db.prepare('DELETE FROM portcullis_state WHERE key = ?');
  // A list is one row per item, so an append writes one item, not the list. A list lives while its newest
  // item does (each append renews the expiry); each statement is atomic across processes.
  const newestOfList = db.prepare(
    'SELECT seq, expires FROM portcullis_lists WHERE key = ? ORDER BY seq DESC LIMIT 1',
  );
  const deleteList = db.prepare('DELETE FROM portcullis_lists WHERE key = ?');
  const appendItem = db.prepare(
    `INSERT INTO portcullis_lists (key, seq, value, expires) VALUES (:key,
       COALESCE((SELECT MAX(seq) FROM portcullis_lists WHERE key = :key), 0) + 1, :item, :expires)`,
  );
  const trimList = db.prepare(
    `DELETE FROM portcullis_lists WHERE key = :key
       AND seq <= (SELECT MAX(seq) FROM portcullis_lists WHERE key = :key) - :limit`,
  );
  const itemsOfList = db.prepare('SELECT value FROM portcullis_lists WHERE key = ? ORDER BY seq');
  const pruneLists = db.prepare(
    `DELETE FROM portcullis_lists WHERE key IN (SELECT key FROM portcullis_lists GROUP BY key
       HAVING MAX(COALESCE(expires, 9007199254740991)) <= ?)`,
  );
  const isLive = (row: Record<string, unknown> | undefined, now: number) =>
    row !== undefined && (row.expires === null || Number(row.expires) > now);
  // One statement, so SQLite's write lock makes it atomic across processes. In an UPDATE, `value` and
  // `expires` on the right-hand side are the old row's, so an expired counter restarts from `by` with a new
  // expiry, and a live one keeps the expiry of its first increment.
  const incrementCounter = db.prepare(
    `INSERT INTO portcullis_counters (key, value, expires) VALUES (:key, :by, :expires)
     ON CONFLICT(key) DO UPDATE SET
       value = CASE WHEN expires <= :now THEN excluded.value ELSE value + excluded.value END,
       expires = CASE WHEN expires <= :now THEN excluded.expires ELSE expires END
     RETURNING value`,
  );
  const getCounter = db.prepare(
    'SELECT value FROM portcullis_counters WHERE key = ? AND expires > ?',
  );
  const pruneState = db.prepare(
    'DELETE FROM portcullis_state WHERE expires IS NOT NULL AND expires <= ?',
  );
  const pruneCounters = db.prepare('DELETE FROM portcullis_counters WHERE expires <= ?');

  let lastPrune = 0;
  const pruneOccasionally = (now: number) => {
    if (now - lastPrune < PRUNE_INTERVAL_MS) return;
    lastPrune = now;
    pruneState.run(now);
    pruneCounters.run(now);
    pruneLists.run(now);
  };
  pruneOccasionally(Date.now());

  const state: StateStore = {
    async get(key) {
      const row = getState.get(key, Date.now());
      if (row === undefined) return undefined;
      const parsed = safeParseJson(String(row.value));
      if (!parsed.success) {
        // Another process may write to a shared file; a row we cannot read must not pass as "no state".
        throw new PortcullisError({
          code: ErrorCode.InvalidInput,
          message: `[sqlite] state key ${JSON.stringify(key)} holds invalid JSON`,
          cause: parsed.error,
        });
      }
      return parsed.value;
    },
    async set(key, value, ttl) {
      const now = Date.now();
      const json = JSON.stringify(value);
      // `undefined` (or a function) has no JSON form; storing it means "no value".
      if (json === undefined) {
        deleteState.run(key);
        return true;
      }
      setState.run(key, json, ttl === undefined || ttl <= 0 ? null : now + ttl);
      pruneOccasionally(now);
      return true;
    },
    async delete(key) {
      return Number(deleteState.run(key).changes) > 0;
    },
    async append(key, value, limit, ttl) {
      const now = Date.now();
      const item = JSON.stringify(value);
      if (item === undefined) return false;
      // An expired list starts afresh.
      if (!isLive(newestOfList.get(key), now)) deleteList.run(key);
      appendItem.run({ key, item, expires: ttl === undefined || ttl <= 0 ? null : now + ttl });
      trimList.run({ key, limit });
      pruneOccasionally(now);
      return true;
    },
    async list(key) {
      if (!isLive(newestOfList.get(key), Date.now())) return [];
      return itemsOfList.all(key).map((row) => {
        const parsed = safeParseJson(String(row.value));
        if (!parsed.success) {
          throw new PortcullisError({
            code: ErrorCode.InvalidInput,
            message: `[sqlite] list ${JSON.stringify(key)} holds invalid JSON`,
            cause: parsed.error,
          });
        }
        return parsed.value;
      });
    },
  };

  const counters: CounterStore = {
    async incr(key, ttlMs, by = 1) {
      checkCounterArguments({ store: 'sqlite', ttlMs, by });
      const now = Date.now();
      const row = incrementCounter.get({ key, by, expires: now + ttlMs, now });
      pruneOccasionally(now);
      return Number(row?.value);
    },
    async getMany(keys) {
      const now = Date.now();
      return keys.map((key) => Number(getCounter.get(key, now)?.value ?? 0));
    },
  };

  let isClosed = false;
  return {
    state,
    counters,
    async close() {
      if (isClosed) return;
      isClosed = true;
      db.close();
    },
  };
}

// --- internal ---

/**
 * Sets the pragmas and creates the tables. Two processes opening a new file at once can get SQLITE_BUSY
 * here without SQLite calling its busy handler (switching to WAL needs an exclusive lock, and SQLite
 * refuses to wait where waiting could deadlock), so the idempotent setup is retried until the timeout.
 */
async function initialize(database: DatabaseSync, busyTimeoutMs: number): Promise<void> {
  const deadline = Date.now() + busyTimeoutMs;
  for (;;) {
    try {
      // The busy timeout comes first, so that the statements after it wait for other processes.
      database.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
      database.exec('PRAGMA journal_mode = WAL');
      database.exec('PRAGMA synchronous = NORMAL');
      database.exec(SCHEMA);
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
    }
  }
}

/** SQLITE_BUSY or SQLITE_LOCKED, including their extended codes. */
function isBusy(error: unknown): boolean {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' && ((code & 0xff) === 5 || (code & 0xff) === 6);
}

function cannotOpen(path: string, error: unknown): PortcullisError {
  return new PortcullisError({
    code: ErrorCode.InvalidConfig,
    message: `[sqlite] cannot open ${path}: ${error instanceof Error ? error.message : String(error)}`,
    cause: error,
    data: { path: ['storage', 'path'] },
  });
}

/** Imports `node:sqlite` on first use: Node 22 prints an ExperimentalWarning when it loads. */
async function loadSqlite(): Promise<typeof import('node:sqlite')> {
  try {
    return await import('node:sqlite');
  } catch (error) {
    throw new PortcullisError({
      code: ErrorCode.InvalidConfig,
      message: `[sqlite] storage type 'sqlite' needs node:sqlite (Node 22.13 or later); this is Node ${process.versions.node}`,
      cause: error,
      data: { path: ['storage', 'type'] },
    });
  }
}

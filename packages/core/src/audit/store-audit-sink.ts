import { hostname } from 'node:os';
import type { AuditEntry, AuditSink } from '../guard/audit-sink.ts';
import type { StateStore } from '../state/state-store.ts';
import type { AuditChainHead, AuditRecord } from './audit-record.ts';
import { createBatchQueue } from './batch-queue.ts';
import { chainAuditRecord } from './hash-chain.ts';
import { readStoreChainHead } from './read-store-audit-records.ts';
import { type RedactRecordOptions, redactAuditEntry } from './redact-record.ts';
import { storeAuditKeys } from './store-audit-keys.ts';

/** Options of {@link createStoreAuditSink}. */
export type StoreAuditSinkOptions = {
  /** Any keyv-compatible store (keyv with SQLite, Redis, Postgres; or the memory store for tests). */
  readonly store: StateStore;
  /** Key prefix. Default `audit`. */
  readonly namespace?: string;
  /**
   * The chain this sink writes. Default `<hostname>-<pid>`: one chain per process, so several processes
   * sharing a store each keep a linear chain. Give a stable id (e.g. `api-worker-3`) to find and continue
   * a chain across restarts.
   */
  readonly chainId?: string;
  /** Bounds of the redaction every entry goes through before it is stored. */
  readonly redaction?: RedactRecordOptions;
  /** Most entries stored per batch (the head is written once per batch). Default 256. */
  readonly maxBatchSize?: number;
};

/** An {@link AuditSink} keeping its chain in a state store. */
export type StoreAuditSink = AuditSink & {
  /** The chain written: records at `<namespace>:<chainId>:<seq>`, the head at `<namespace>:<chainId>:head`. */
  readonly chainId: string;
  readonly namespace: string;
  /** The chain's position once everything appended so far is stored. */
  head(): Promise<AuditChainHead>;
  flush(): Promise<void>;
  close(): Promise<void>;
};

/**
 * An audit sink that keeps a hash-chained {@link AuditRecord} per entry in a keyv-compatible store, for
 * deployments where several processes share one store. Records go to `<namespace>:<chainId>:<seq>` and the
 * chain's head (`{ seq, hash }`) to `<namespace>:<chainId>:head`; entries are redacted first, appends are
 * serialised and batched, and `append` resolves once the store acknowledged the record and the head.
 *
 * **Concurrent writers.** A key-value store has no atomic append, so two writers on one chain would both
 * take the same `seq` and fork it. Either have a single writer, or give each process its own chain id
 * (the default, `<hostname>-<pid>`, does that); each chain then stays linear and verifiable on its own.
 * Read a chain back with `readStoreAuditRecords` and check it with `verifyAuditRecords`.
 *
 * Durability is the store's: use one that persists (SQLite, Redis with AOF, Postgres) and has no TTL or
 * eviction for these keys.
 *
 * @param options.store The store.
 * @param options.namespace Key prefix (default `audit`).
 * @param options.chainId The chain this process writes.
 *
 * @example
 * const sink = createStoreAuditSink({ store: new Keyv(new KeyvRedis(url)), chainId: 'api-1' });
 * await sink.append({ type: 'verdict', timestamp: Date.now(), data: verdict });
 */
export function createStoreAuditSink({
  store,
  namespace = 'audit',
  chainId = `${hostname()}-${process.pid}`,
  redaction = {},
  maxBatchSize = 256,
}: StoreAuditSinkOptions): StoreAuditSink {
  const keys = storeAuditKeys(namespace, chainId);
  let head: AuditChainHead | undefined;
  let closed = false;

  const queue = createBatchQueue<AuditEntry>(async (entries) => {
    head ??= await readStoreChainHead(store, namespace, chainId);
    let next: AuditChainHead = head;
    const records: AuditRecord[] = [];
    const results = entries.map((entry): Error | undefined => {
      try {
        const record = chainAuditRecord({ head: next, entry: redactAuditEntry(entry, redaction) });
        records.push(record);
        next = record;
        return undefined;
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    });
    if (records.length === 0) return results;
    try {
      await Promise.all(records.map((record) => store.set(keys.record(record.seq), record)));
      // The head moves only once its records are stored; a reader probes past a stale head anyway.
      await store.set(keys.head, { seq: next.seq, hash: next.hash });
    } catch (error) {
      head = undefined;
      throw error;
    }
    head = { seq: next.seq, hash: next.hash };
    return results;
  }, maxBatchSize);

  return {
    chainId,
    namespace,
    append(entry) {
      if (closed)
        return Promise.reject(new Error('[portcullis] [audit] the store audit sink is closed'));
      return queue.push(entry);
    },
    async flush() {
      await queue.idle();
    },
    async head() {
      await queue.idle();
      return head ?? (await readStoreChainHead(store, namespace, chainId));
    },
    async close() {
      closed = true;
      await queue.idle();
    },
  };
}

import type { StateStore } from '../state/state-store.ts';
import { type AuditChainHead, type AuditRecord, GENESIS_HASH } from './audit-record.ts';
import { parseAuditRecord } from './parse-audit-record.ts';
import { storeAuditKeys } from './store-audit-keys.ts';

/** Options of {@link readStoreAuditRecords}. */
export type ReadStoreAuditRecordsOptions = {
  readonly store: StateStore;
  /** Default `audit`. */
  readonly namespace?: string;
  /** The chain to read: the `chainId` of the sink that wrote it. */
  readonly chainId: string;
};

/**
 * Reads the records of one chain written by `createStoreAuditSink`, in `seq` order, ready for
 * `verifyAuditRecords`. Reads every `seq` up to the stored head and on past it while records exist (a
 * writer stopped between a record and its head update); a missing `seq` is skipped, so the verifier
 * reports it as removed.
 */
export async function readStoreAuditRecords({
  store,
  namespace = 'audit',
  chainId,
}: ReadStoreAuditRecordsOptions): Promise<unknown[]> {
  const keys = storeAuditKeys(namespace, chainId);
  const head = parseHead(await store.get(keys.head));
  const records: unknown[] = [];
  for (let seq = 1; ; seq++) {
    const value = await store.get(keys.record(seq));
    if (value === undefined && seq > head.seq) break;
    if (value !== undefined) records.push(value);
  }
  return records;
}

/**
 * Where a chain in a store stands: the stored head, moved on past any records written after it (the
 * writer stopped between writing a record and updating the head).
 */
export async function readStoreChainHead(
  store: StateStore,
  namespace: string,
  chainId: string,
): Promise<AuditChainHead> {
  const keys = storeAuditKeys(namespace, chainId);
  let head = parseHead(await store.get(keys.head));
  for (;;) {
    const next = parseAuditRecord(await store.get(keys.record(head.seq + 1)));
    if (next === undefined || next.prevHash !== head.hash) return head;
    head = { seq: next.seq, hash: next.hash };
  }
}

// --- internal ---

function parseHead(value: unknown): AuditChainHead {
  if (typeof value === 'object' && value !== null) {
    const { seq, hash } = value as Partial<AuditRecord>;
    if (
      typeof seq === 'number' &&
      Number.isSafeInteger(seq) &&
      seq >= 0 &&
      typeof hash === 'string'
    ) {
      return { seq, hash };
    }
  }
  return { seq: 0, hash: GENESIS_HASH };
}

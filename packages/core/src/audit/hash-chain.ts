import { createHash, randomUUID } from 'node:crypto';
import type { AuditEntry } from '../guard/audit-sink.ts';
import type { AuditChainHead, AuditRecord } from './audit-record.ts';
import { canonicalJson } from './canonical-json.ts';

/** Options of {@link chainAuditRecord}. */
export type ChainAuditRecordOptions = {
  /** The chain so far: the last record's `seq` and `hash`. */
  readonly head: AuditChainHead;
  /** The entry to record, already redacted (plain JSON). */
  readonly entry: AuditEntry;
  /** The record id; a random UUID when omitted. */
  readonly id?: string;
};

/**
 * The hash of an audit record: `sha256(prevHash + canonicalJson(record without hash))`, lower-case hex.
 * Any `hash` field on `record` is ignored, so a stored record can be checked with
 * `hashAuditRecord(record) === record.hash`.
 */
export function hashAuditRecord(record: Omit<AuditRecord, 'hash'> | AuditRecord): string {
  const { hash: _ignored, ...rest } = record as AuditRecord;
  return createHash('sha256')
    .update(rest.prevHash + canonicalJson(rest), 'utf8')
    .digest('hex');
}

/**
 * Builds the record that follows `head` for `entry`: the next `seq`, `prevHash` set to the head's hash, and
 * its own `hash`. Optional entry fields that are absent stay absent, so the record's canonical form is stable.
 *
 * @example
 * const first = chainAuditRecord({ head: { seq: 0, hash: GENESIS_HASH }, entry });
 * const second = chainAuditRecord({ head: first, entry: nextEntry });
 */
export function chainAuditRecord({
  head,
  entry,
  id = randomUUID(),
}: ChainAuditRecordOptions): AuditRecord {
  const unhashed: Omit<AuditRecord, 'hash'> = {
    v: 1,
    seq: head.seq + 1,
    id,
    timestamp: entry.timestamp,
    type: entry.type,
    ...(entry.sessionId === undefined ? {} : { sessionId: entry.sessionId }),
    ...(entry.tenantId === undefined ? {} : { tenantId: entry.tenantId }),
    ...(entry.actor === undefined ? {} : { actor: entry.actor }),
    // `undefined` has no JSON form; `null` keeps the field present after a round trip.
    data: entry.data === undefined ? null : entry.data,
    prevHash: head.hash,
  };
  return { ...unhashed, hash: hashAuditRecord(unhashed) };
}

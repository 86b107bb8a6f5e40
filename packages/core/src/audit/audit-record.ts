/** The `prevHash` of the first record of a chain: 64 zeros. */
export const GENESIS_HASH: string = '0'.repeat(64);

/**
 * One line of the audit trail: an {@link AuditEntry} after redaction, numbered and chained to the record
 * before it. `hash` is `sha256(prevHash + canonicalJson(record without hash))` in lower-case hex, so editing,
 * removing, inserting or reordering a record breaks the chain where it happened.
 *
 * @see verifyAuditRecords
 */
export type AuditRecord = {
  /** Record format version. */
  readonly v: 1;
  /** Position in the chain, from 1, without gaps. */
  readonly seq: number;
  /** Unique id of this record (a UUID). */
  readonly id: string;
  /** When the audited thing happened (ms since the epoch), copied from the entry. */
  readonly timestamp: number;
  /** The entry's type: `verdict`, `policy_change`, `replay`, … */
  readonly type: string;
  readonly sessionId?: string;
  readonly tenantId?: string;
  readonly actor?: string;
  /** The redacted payload, plain JSON. */
  readonly data: unknown;
  /** `hash` of the previous record, or {@link GENESIS_HASH} for the first. */
  readonly prevHash: string;
  /** SHA-256 of `prevHash` and the canonical JSON of every other field, lower-case hex. */
  readonly hash: string;
};

/** The position a chain has reached: the last record's `seq` and `hash` (`{ seq: 0, hash: GENESIS_HASH }` when empty). */
export type AuditChainHead = { readonly seq: number; readonly hash: string };

import type { AuditRecord } from './audit-record.ts';

const HASH = /^[0-9a-f]{64}$/;
const OPTIONAL_STRINGS = ['sessionId', 'tenantId', 'actor'] as const;

/**
 * `value` as an {@link AuditRecord} when it has a record's shape (version 1, a positive integer `seq`,
 * 64-hex `hash` and `prevHash`, and the right field types), `undefined` otherwise. It does not check the
 * hash: that is {@link verifyAuditRecords}' job.
 */
export function parseAuditRecord(value: unknown): AuditRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (record.v !== 1) return undefined;
  if (typeof record.seq !== 'number' || !Number.isSafeInteger(record.seq) || record.seq < 1) {
    return undefined;
  }
  if (typeof record.id !== 'string' || typeof record.type !== 'string') return undefined;
  if (typeof record.timestamp !== 'number' || !Number.isFinite(record.timestamp)) return undefined;
  if (typeof record.hash !== 'string' || !HASH.test(record.hash)) return undefined;
  if (typeof record.prevHash !== 'string' || !HASH.test(record.prevHash)) return undefined;
  if (!('data' in record)) return undefined;
  for (const key of OPTIONAL_STRINGS) {
    if (key in record && typeof record[key] !== 'string') return undefined;
  }
  return record as AuditRecord;
}

import { readFile } from 'node:fs/promises';
import { safeParseJson } from '../util/safe-parse-json.ts';
import type { AuditRecord } from './audit-record.ts';
import { parseAuditRecord } from './parse-audit-record.ts';

/** The result of {@link readAuditFile}. */
export type ReadAuditFileResult = {
  /** The well-formed records, in file order. */
  readonly records: AuditRecord[];
  /** 1-based numbers of the non-empty lines that are not records (torn or malformed). */
  readonly skippedLines: number[];
};

/**
 * Reads the records of an audit file written by `createFileAuditSink`, skipping lines that are not
 * records. It does not verify the chain: use `verifyAuditFile` for that.
 *
 * @throws when the file cannot be read.
 */
export async function readAuditFile(path: string): Promise<ReadAuditFileResult> {
  const text = await readFile(path, 'utf8');
  const records: AuditRecord[] = [];
  const skippedLines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = safeParseJson(line);
    const record = parsed.success ? parseAuditRecord(parsed.value) : undefined;
    if (record === undefined) skippedLines.push(index + 1);
    else records.push(record);
  });
  return { records, skippedLines };
}

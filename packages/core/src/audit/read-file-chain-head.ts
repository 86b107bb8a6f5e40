import { type FileHandle, open } from 'node:fs/promises';
import { safeParseJson } from '../util/safe-parse-json.ts';
import { type AuditChainHead, type AuditRecord, GENESIS_HASH } from './audit-record.ts';
import { hashAuditRecord } from './hash-chain.ts';
import { parseAuditRecord } from './parse-audit-record.ts';

/** Where an audit file's chain stands, read from its end. */
export type FileChainState = {
  /** The last complete record (or the genesis head for a new or record-less file). */
  readonly head: AuditChainHead;
  /** True when the file does not end with a newline (a torn last line): the next write must start one. */
  readonly needsNewline: boolean;
};

const GENESIS: AuditChainHead = { seq: 0, hash: GENESIS_HASH };
const CHUNK = 64 * 1024;
/** How far back to look for the last record before giving up (a torn tail plus malformed lines). */
const MAX_SCAN_BYTES = 64 * 1024 * 1024;

/**
 * Reads the end of an audit file to find the record the chain continues from, without reading the whole
 * file. A last line without its newline was torn by a crash: it is skipped, unless it is a whole record
 * that chains onto the one before it (only the newline was lost), in which case the chain continues from
 * it. A file that does not exist, or holds no record, starts a new chain.
 *
 * @throws when the file cannot be read, or no record is found in its last 64 MiB (continuing from
 * genesis there would fork the chain).
 */
export async function readFileChainHead(path: string): Promise<FileChainState> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { head: GENESIS, needsNewline: false };
    throw error;
  }
  try {
    return await readTail(handle);
  } finally {
    await handle.close();
  }
}

// --- internal ---

async function readTail(handle: FileHandle): Promise<FileChainState> {
  const size = (await handle.stat()).size;
  if (size === 0) return { head: GENESIS, needsNewline: false };
  // `buffer` holds bytes [start, size) of the file; it grows towards the front as needed.
  let start = size;
  let buffer = Buffer.alloc(0);
  const readMore = async (): Promise<boolean> => {
    if (start === 0 || size - start >= MAX_SCAN_BYTES) return false;
    const length = Math.min(CHUNK, start);
    const chunk = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await handle.read(
        chunk,
        filled,
        length - filled,
        start - length + filled,
      );
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    start -= length;
    buffer = Buffer.concat([chunk, buffer]);
    return true;
  };
  /** Absolute position of the last newline before `end`, or -1 when there is none in the file. */
  const lastNewlineBefore = async (end: number): Promise<number> => {
    for (;;) {
      const found = end - 1 >= start ? buffer.lastIndexOf(0x0a, end - 1 - start) : -1;
      if (found !== -1) return start + found;
      if (!(await readMore())) {
        if (start === 0) return -1;
        throw new Error(
          `[portcullis] [audit] no newline in the last ${MAX_SCAN_BYTES} bytes of the audit file`,
        );
      }
    }
  };
  const text = (from: number, to: number): string =>
    buffer.subarray(from - start, to - start).toString('utf8');

  const tornStart = (await lastNewlineBefore(size)) + 1;
  // The last complete (newline-terminated) line that is a record.
  let last: AuditRecord | undefined;
  for (let lineEnd = tornStart - 1; lineEnd >= 0 && last === undefined; ) {
    const lineStart = (await lastNewlineBefore(lineEnd)) + 1;
    last = parseLine(text(lineStart, lineEnd));
    lineEnd = lineStart - 1;
  }
  const head: AuditChainHead = last ?? GENESIS;
  if (tornStart === size) return { head, needsNewline: false };
  const torn = parseLine(text(tornStart, size));
  const isWholeNext =
    torn !== undefined &&
    torn.seq === head.seq + 1 &&
    torn.prevHash === head.hash &&
    hashAuditRecord(torn) === torn.hash;
  return { head: isWholeNext ? { seq: torn.seq, hash: torn.hash } : head, needsNewline: true };
}

function parseLine(line: string): AuditRecord | undefined {
  const parsed = safeParseJson(line);
  return parsed.success ? parseAuditRecord(parsed.value) : undefined;
}

import { type FileHandle, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditEntry, AuditSink } from '../guard/audit-sink.ts';
import type { AuditChainHead, AuditRecord } from './audit-record.ts';
import { createBatchQueue } from './batch-queue.ts';
import { chainAuditRecord } from './hash-chain.ts';
import { readFileChainHead } from './read-file-chain-head.ts';
import { type RedactRecordOptions, redactAuditEntry } from './redact-record.ts';

/** Options of {@link createFileAuditSink}. */
export type FileAuditSinkOptions = {
  /** The NDJSON file to append to; created if missing, continued if it exists. */
  readonly path: string;
  /** Bounds of the redaction every entry goes through before it is written. */
  readonly redaction?: RedactRecordOptions;
  /** Most entries written (and synced) at once. Default 512. */
  readonly maxBatchSize?: number;
};

/** An {@link AuditSink} writing a hash-chained NDJSON file. */
export type FileAuditSink = AuditSink & {
  readonly path: string;
  /** The chain's position once everything appended so far is written: last `seq` and `hash`. */
  head(): Promise<AuditChainHead>;
  flush(): Promise<void>;
  close(): Promise<void>;
};

/**
 * An audit sink that appends one hash-chained {@link AuditRecord} per line to an NDJSON file.
 *
 * - **Redacted first**: each entry goes through `redactAuditEntry` (secrets and personal data masked) before
 *   it is chained and written.
 * - **Durable when acknowledged**: `append` resolves only after the line is written and `fdatasync`ed, so an
 *   acknowledged record survives the process being killed (and, with the directory synced on creation, the
 *   machine losing power).
 * - **Ordered and batched**: appends are serialised; those arriving while a write is in flight are written
 *   and synced together in the next one, so throughput does not cost one sync per record.
 * - **Continues the chain**: on first use it reads the end of an existing file and chains on from its last
 *   complete record. A last line torn by a crash is left in place (append-only) and the next write starts on
 *   a new line; `verifyAuditFile` reports it as a `truncated_tail`, not as tampering.
 *
 * One writer per file: two processes appending to the same file would fork the chain. Give each process its
 * own file (or use one writer process).
 *
 * @param options.path The file to append to.
 * @param options.redaction Redaction bounds (depth, string length, container size).
 * @param options.maxBatchSize Most entries per write and sync.
 *
 * @example
 * const sink = createFileAuditSink({ path: '/var/log/portcullis/audit.ndjson' });
 * await sink.append({ type: 'verdict', timestamp: Date.now(), sessionId: 's1', data: verdict });
 * await sink.close();
 */
export function createFileAuditSink({
  path,
  redaction = {},
  maxBatchSize = 512,
}: FileAuditSinkOptions): FileAuditSink {
  let handle: FileHandle | undefined;
  let head: AuditChainHead | undefined;
  let needsNewline = false;
  let closed = false;

  const ensureOpen = async (): Promise<{ handle: FileHandle; head: AuditChainHead }> => {
    if (handle !== undefined && head !== undefined) return { handle, head };
    const state = await readFileChainHead(path);
    const created = state.head.seq === 0 && !state.needsNewline;
    const opened = await open(path, 'a');
    // A new file's directory entry must be durable too, or a power cut could lose the whole file.
    if (created) await syncDirectory(dirname(path));
    handle = opened;
    head = state.head;
    needsNewline = state.needsNewline;
    return { handle, head };
  };

  const queue = createBatchQueue<AuditEntry>(async (entries) => {
    const current = await ensureOpen();
    let next = current.head;
    const lines: string[] = [];
    const results = entries.map((entry): Error | undefined => {
      try {
        const record = chainAuditRecord({ head: next, entry: redactAuditEntry(entry, redaction) });
        lines.push(JSON.stringify(record));
        next = record;
        return undefined;
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    });
    if (lines.length === 0) return results;
    const bytes = Buffer.from(`${needsNewline ? '\n' : ''}${lines.join('\n')}\n`, 'utf8');
    try {
      await writeAll(current.handle, bytes);
      await current.handle.datasync();
    } catch (error) {
      // What reached the file is unknown: reopen and re-read its end before the next write.
      handle = undefined;
      head = undefined;
      await current.handle.close().catch(() => undefined);
      throw error;
    }
    head = { seq: next.seq, hash: next.hash };
    needsNewline = false;
    return results;
  }, maxBatchSize);

  return {
    path,
    append(entry) {
      if (closed)
        return Promise.reject(new Error('[portcullis] [audit] the file audit sink is closed'));
      return queue.push(entry);
    },
    async flush() {
      await queue.idle();
    },
    async head() {
      await queue.idle();
      return head ?? (await readFileChainHead(path)).head;
    },
    async close() {
      closed = true;
      await queue.idle();
      const last = handle;
      handle = undefined;
      await last?.close();
    },
  };
}

// --- internal ---

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) {
    // The file is opened with O_APPEND: every write lands at the current end.
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Not every platform can open or sync a directory (Windows); the file itself is still synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

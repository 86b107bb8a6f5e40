import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileAuditSink } from './file-audit-sink.ts';
import { readAuditFile } from './read-audit-file.ts';
import { verifyAuditFile } from './verify-audit.ts';

const WRITER = join(import.meta.dirname, '__fixtures__', 'sigkill-writer.ts');
const ACKS_BEFORE_KILL = 300;

/** Runs the writer until it acknowledged `count` appends, SIGKILLs it, and returns every seq it acknowledged. */
function killWriterAfter(path: string, count: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: number[] = [];
    let pending = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) acknowledged.push(Number(line));
      if (!killed && acknowledged.length >= count) {
        killed = true;
        // Mid-stream: more appends are in flight and a batch may be half written.
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // Lines the child wrote before it died are still in the pipe; they were acknowledged too.
      if (pending !== '') acknowledged.push(Number(pending));
      if (signal !== 'SIGKILL') reject(new Error(`writer exited with ${code}: ${stderr}`));
      else resolve(acknowledged);
    });
  });
}

describe('createFileAuditSink under SIGKILL', () => {
  it('keeps every acknowledged record and a valid chain when the writer is killed mid-stream', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'portcullis-sigkill-')), 'audit.ndjson');
    const acknowledged = await killWriterAfter(path, ACKS_BEFORE_KILL);
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
    expect(acknowledged).toEqual(acknowledged.map((_, index) => index + 1));

    const result = await verifyAuditFile(path);
    // Intact up to the last complete record; at most a torn last line, which is not tampering.
    expect(result.ok).toBe(true);
    expect(result.problems.every((problem) => problem.kind === 'truncated_tail')).toBe(true);
    expect(result.lastSeq).toBeGreaterThanOrEqual(acknowledged.length);

    const { records } = await readAuditFile(path);
    const stored = new Set(records.map((record) => record.seq));
    const missing = acknowledged.filter((seq) => !stored.has(seq));
    expect(missing).toEqual([]);
    expect(records.map((record) => (record.data as { seq: number }).seq)).toEqual(
      records.map((record) => record.seq),
    );
    expect(readFileSync(path, 'utf8')).not.toContain('AKIAZ7QXW3RTY2PLM4NB');

    // A new writer continues the same chain after the crash.
    const sink = createFileAuditSink({ path });
    await sink.append({ type: 'verdict', timestamp: Date.now(), data: { after: 'restart' } });
    await sink.close();
    const after = await verifyAuditFile(path);
    expect(after.ok).toBe(true);
    expect(after.lastSeq).toBe(result.lastSeq + 1);
  });
});

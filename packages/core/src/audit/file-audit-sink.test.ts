import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../guard/audit-sink.ts';
import { GENESIS_HASH } from './audit-record.ts';
import { createFileAuditSink } from './file-audit-sink.ts';
import { readAuditFile } from './read-audit-file.ts';
import { verifyAuditFile } from './verify-audit.ts';

function tempFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'portcullis-audit-')), 'audit.ndjson');
}

function entry(index: number, data: unknown = { index }): AuditEntry {
  return { type: 'verdict', timestamp: 1_700_000_000_000 + index, sessionId: 's1', data };
}

describe('createFileAuditSink', () => {
  it('appends one chained NDJSON record per entry', async () => {
    const path = tempFile();
    const sink = createFileAuditSink({ path });
    await sink.append(entry(1));
    await sink.append(entry(2));
    await sink.close();
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const [first, second] = lines.slice(0, 2).map((line) => JSON.parse(line));
    expect(first).toMatchObject({
      v: 1,
      seq: 1,
      type: 'verdict',
      sessionId: 's1',
      prevHash: GENESIS_HASH,
    });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash, data: { index: 2 } });
    expect(await verifyAuditFile(path)).toMatchObject({
      ok: true,
      records: 2,
      lastSeq: 2,
      problems: [],
    });
  });

  it('continues the chain when a file is reopened', async () => {
    const path = tempFile();
    const first = createFileAuditSink({ path });
    for (let index = 1; index <= 3; index++) await first.append(entry(index));
    const headBefore = await first.head();
    await first.close();

    const second = createFileAuditSink({ path });
    await second.append(entry(4));
    await second.close();
    const { records } = await readAuditFile(path);
    expect(records.map((record) => record.seq)).toEqual([1, 2, 3, 4]);
    expect(records[3]?.prevHash).toBe(headBefore.hash);
    expect(await verifyAuditFile(path)).toMatchObject({ ok: true, lastSeq: 4, problems: [] });
  });

  it('steps over a torn last line, starts a new line and verifies it as a truncated tail', async () => {
    const path = tempFile();
    const first = createFileAuditSink({ path });
    for (let index = 1; index <= 3; index++) await first.append(entry(index));
    await first.close();
    // A crash in the middle of writing record 4.
    appendFileSync(path, '{"v":1,"seq":4,"id":"torn","timesta');
    expect(await verifyAuditFile(path)).toMatchObject({
      ok: true,
      lastSeq: 3,
      problems: [{ line: 4, kind: 'truncated_tail' }],
    });

    const second = createFileAuditSink({ path });
    await second.append(entry(4));
    await second.append(entry(5));
    await second.close();
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines[3]).toBe('{"v":1,"seq":4,"id":"torn","timesta');
    expect(JSON.parse(lines[4] as string)).toMatchObject({ seq: 4 });
    const result = await verifyAuditFile(path);
    expect(result).toMatchObject({ ok: true, lastSeq: 5 });
    expect(result.problems).toEqual([expect.objectContaining({ line: 4, kind: 'truncated_tail' })]);
  });

  it('keeps a whole record whose newline was lost instead of forking the chain', async () => {
    const path = tempFile();
    const first = createFileAuditSink({ path });
    for (let index = 1; index <= 2; index++) await first.append(entry(index));
    await first.close();
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, -1));

    const second = createFileAuditSink({ path });
    await second.append(entry(3));
    await second.close();
    const { records } = await readAuditFile(path);
    expect(records.map((record) => record.seq)).toEqual([1, 2, 3]);
    expect(await verifyAuditFile(path)).toMatchObject({ ok: true, problems: [] });
  });

  it('writes concurrent appends in call order, batched', async () => {
    const path = tempFile();
    const sink = createFileAuditSink({ path, maxBatchSize: 16 });
    await Promise.all(Array.from({ length: 100 }, (_, index) => sink.append(entry(index))));
    await sink.close();
    const { records } = await readAuditFile(path);
    expect(records.map((record) => (record.data as { index: number }).index)).toEqual(
      Array.from({ length: 100 }, (_, index) => index),
    );
    expect(await verifyAuditFile(path)).toMatchObject({ ok: true, records: 100, problems: [] });
  });

  it('redacts an AWS key, an email and a card number before writing', async () => {
    const path = tempFile();
    const sink = createFileAuditSink({ path });
    await sink.append({
      type: 'verdict',
      timestamp: 1,
      actor: 'ana.lopez@corp.io',
      data: {
        findings: [{ category: 'secrets', evidence: 'AKIA…(20 chars)' }],
        replacement: 'key AKIAZ7QXW3RTY2PLM4NB mail ana.lopez@corp.io card 4539 1488 0343 6467',
      },
    });
    await sink.close();
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('AKIAZ7QXW3RTY2PLM4NB');
    expect(text).not.toContain('ana.lopez@corp.io');
    expect(text).not.toContain('4539 1488 0343 6467');
    expect(JSON.parse(text).data.replacement).toBe(
      'key [REDACTED:aws_access_key] mail [REDACTED:email] card [REDACTED:credit_card]',
    );
    expect(await verifyAuditFile(path)).toMatchObject({ ok: true });
  });

  it('rejects appends after close and reports the head of an existing file', async () => {
    const path = tempFile();
    const sink = createFileAuditSink({ path });
    await sink.append(entry(1));
    await sink.close();
    await expect(sink.append(entry(2))).rejects.toThrow(/closed/);
    const reader = createFileAuditSink({ path });
    expect((await reader.head()).seq).toBe(1);
    await reader.close();
  });

  it('rejects an append when the file cannot be written', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'portcullis-audit-'));
    const sink = createFileAuditSink({ path: directory });
    await expect(sink.append(entry(1))).rejects.toThrow();
    await sink.close();
  });
});

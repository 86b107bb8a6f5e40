import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditRecord, GENESIS_HASH } from './audit-record.ts';
import { createFileAuditSink } from './file-audit-sink.ts';
import { chainAuditRecord, hashAuditRecord } from './hash-chain.ts';
import { verifyAuditFile, verifyAuditRecords } from './verify-audit.ts';

let lines: string[];

beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'portcullis-verify-')), 'audit.ndjson');
  const sink = createFileAuditSink({ path });
  for (let index = 1; index <= 8; index++) {
    await sink.append({
      type: 'verdict',
      timestamp: 1_700_000_000_000 + index,
      sessionId: 's1',
      data: { decision: 'allow', riskScore: 0.1, index },
    });
  }
  await sink.close();
  lines = readFileSync(path, 'utf8').trimEnd().split('\n');
});

function parse(line: string | undefined): AuditRecord {
  return JSON.parse(line as string) as AuditRecord;
}

function rehash(record: Omit<AuditRecord, 'hash'>): AuditRecord {
  return { ...record, hash: hashAuditRecord(record) };
}

describe('verifyAuditRecords', () => {
  it('accepts an intact chain and reports its head', () => {
    const result = verifyAuditRecords(lines);
    expect(result).toEqual({
      ok: true,
      records: 8,
      lastSeq: 8,
      lastHash: parse(lines[7]).hash,
      problems: [],
    });
  });

  it('names an edited field with its line and seq', () => {
    const tampered = [...lines];
    tampered[2] = (tampered[2] as string).replace('"decision":"allow"', '"decision":"block"');
    const result = verifyAuditRecords(tampered);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ line: 3, seq: 3, kind: 'edited' })]);
  });

  it('names an edit whose hash was recomputed: the next record no longer links to it', () => {
    const tampered = [...lines];
    const { hash: _hash, ...rest } = parse(tampered[2]);
    tampered[2] = JSON.stringify(rehash({ ...rest, data: { decision: 'block' } }));
    const result = verifyAuditRecords(tampered);
    expect(result.problems).toEqual([expect.objectContaining({ line: 3, seq: 3, kind: 'edited' })]);
    expect(result.problems[0]?.message).toMatch(/re-hashed.*line 4/);
  });

  it('names a removed line by its seq and where it was', () => {
    const tampered = lines.filter((_, index) => index !== 4);
    const result = verifyAuditRecords(tampered);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 5, seq: 5, kind: 'removed' }),
    ]);
    expect(result.problems[0]?.message).toMatch(/between line 4 \(seq 4\) and line 5 \(seq 6\)/);
  });

  it('names removed records at the start of the file', () => {
    const result = verifyAuditRecords(lines.slice(2));
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 1, seq: 1, kind: 'removed' }),
      expect.objectContaining({ line: 1, seq: 2, kind: 'removed' }),
    ]);
  });

  it('names a forged line inserted with a valid hash and a duplicate seq', () => {
    const before = parse(lines[3]);
    const forged = rehash({
      ...parse(lines[4]),
      id: 'forged',
      data: { decision: 'allow', riskScore: 0, note: 'nothing to see' },
      prevHash: before.hash,
    });
    const tampered = [...lines.slice(0, 4), JSON.stringify(forged), ...lines.slice(4)];
    const result = verifyAuditRecords(tampered);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 5, seq: 5, kind: 'inserted' }),
    ]);
    expect(result.lastSeq).toBe(8);
  });

  it('names a forged line inserted after it, a copy with edited data and a stale hash', () => {
    const copy = (lines[1] as string).replace('"decision":"allow"', '"decision":"block"');
    const tampered = [...lines.slice(0, 2), copy, ...lines.slice(2)];
    const result = verifyAuditRecords(tampered);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 3, seq: 2, kind: 'inserted' }),
    ]);
  });

  it('names a forged line with a made-up seq and prevHash', () => {
    const forged = rehash({
      ...parse(lines[0]),
      seq: 99,
      id: 'forged',
      prevHash: 'f'.repeat(64),
    });
    const tampered = [...lines.slice(0, 3), JSON.stringify(forged), ...lines.slice(3)];
    const result = verifyAuditRecords(tampered);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 4, seq: 99, kind: 'inserted' }),
    ]);
  });

  it('names both lines of a swap as reordered', () => {
    const tampered = [...lines];
    [tampered[3], tampered[4]] = [tampered[4] as string, tampered[3] as string];
    const result = verifyAuditRecords(tampered);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 4, seq: 5, kind: 'reordered' }),
      expect.objectContaining({ line: 5, seq: 4, kind: 'reordered' }),
    ]);
  });

  it('names only the record that moved far', () => {
    const tampered = [...lines.slice(1), lines[0] as string];
    const result = verifyAuditRecords(tampered);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 8, seq: 1, kind: 'reordered' }),
    ]);
  });

  it('reports lines that are not records as malformed, and torn tails as truncated', () => {
    const tampered = [...lines.slice(0, 2), '["not","a","record"]', ...lines.slice(2)];
    expect(verifyAuditRecords(tampered).problems).toEqual([
      expect.objectContaining({ line: 3, kind: 'malformed' }),
    ]);
    const torn = [...lines, (lines[0] as string).slice(0, 40)];
    expect(verifyAuditRecords(torn, { lastLineTerminated: false })).toMatchObject({
      ok: true,
      problems: [{ line: 9, kind: 'truncated_tail' }],
    });
    // The same text in the middle, with the chain broken around it, is not a torn write.
    const garbage = [...lines.slice(0, 2), (lines[2] as string).slice(0, 40), ...lines.slice(3)];
    expect(verifyAuditRecords(garbage).problems.map((problem) => problem.kind)).toEqual([
      'malformed',
      'removed',
    ]);
  });

  it('checks records given as objects, e.g. read from a store', () => {
    let head = { seq: 0, hash: GENESIS_HASH };
    const records = [1, 2, 3].map((index) => {
      const record = chainAuditRecord({
        head,
        entry: { type: 'replay', timestamp: index, data: {} },
      });
      head = record;
      return record;
    });
    expect(verifyAuditRecords(records).ok).toBe(true);
    expect(verifyAuditRecords([records[0], records[2]]).problems).toEqual([
      expect.objectContaining({ seq: 2, kind: 'removed' }),
    ]);
  });

  it('names the right line for every edit, removal, insertion and swap, wherever it is', () => {
    for (let index = 0; index < lines.length; index++) {
      const problemsOf = (tampered: string[]) =>
        verifyAuditRecords(tampered).problems.map((problem) => [problem.kind, problem.line]);
      const edited = [...lines];
      edited[index] = (lines[index] as string).replace('"riskScore":0.1', '"riskScore":0.9');
      expect(problemsOf(edited)).toEqual([['edited', index + 1]]);
      if (index < lines.length - 1) {
        const removed = lines.filter((_, other) => other !== index);
        expect(problemsOf(removed)).toEqual([['removed', index + 1]]);
        const swapped = [...lines];
        [swapped[index], swapped[index + 1]] = [lines[index + 1] as string, lines[index] as string];
        expect(problemsOf(swapped)).toEqual([
          ['reordered', index + 1],
          ['reordered', index + 2],
        ]);
      }
      const copy = (lines[index] as string).replace('"decision":"allow"', '"decision":"block"');
      const inserted = [...lines.slice(0, index + 1), copy, ...lines.slice(index + 1)];
      expect(problemsOf(inserted)).toEqual([['inserted', index + 2]]);
    }
  });

  it('accepts an empty trail', () => {
    expect(verifyAuditRecords([])).toEqual({
      ok: true,
      records: 0,
      lastSeq: 0,
      lastHash: GENESIS_HASH,
      problems: [],
    });
  });
});

describe('verifyAuditFile', () => {
  it('reads a file, noticing a last line without its newline', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'portcullis-verify-')), 'audit.ndjson');
    writeFileSync(path, `${lines.join('\n')}\n${(lines[0] as string).slice(0, 30)}`);
    expect(await verifyAuditFile(path)).toMatchObject({
      ok: true,
      lastSeq: 8,
      problems: [{ line: 9, kind: 'truncated_tail' }],
    });
    writeFileSync(path, '');
    expect(await verifyAuditFile(path)).toMatchObject({ ok: true, records: 0 });
  });
});

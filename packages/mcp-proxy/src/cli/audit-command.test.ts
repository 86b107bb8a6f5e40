import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileAuditSink } from '@portcullis/core';
import { beforeAll, describe, expect, it } from 'vitest';

// These tests run the real `portcullis` bin (bin/portcullis.js → dist/), as a user's shell would.
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'portcullis.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let directory: string;
let intact: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'portcullis-cli-audit-'));
  intact = join(directory, 'audit.ndjson');
  const sink = createFileAuditSink({ path: intact });
  for (let index = 1; index <= 5; index++) {
    await sink.append({
      type: 'verdict',
      timestamp: Date.UTC(2026, 0, 1, 0, 0, index),
      sessionId: 'session-1',
      data: { decision: index === 4 ? 'block' : 'allow', riskScore: index / 10, surface: 'prompt' },
    });
  }
  await sink.close();
});

function variant(name: string, change: (lines: string[]) => string[]): string {
  const path = join(directory, name);
  const lines = readFileSync(intact, 'utf8').trimEnd().split('\n');
  writeFileSync(path, `${change(lines).join('\n')}\n`);
  return path;
}

describe('portcullis audit verify', () => {
  it('exits 0 on an intact file', () => {
    const result = run(['audit', 'verify', intact]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^OK {2}.*5 records, chain intact \(last seq 5/);
  });

  it('exits 1 and names the line and kind of an edited record', () => {
    const edited = variant('edited.ndjson', (lines) =>
      lines.map((line, index) => (index === 2 ? line.replace('"allow"', '"block"') : line)),
    );
    const result = run(['audit', 'verify', edited]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^TAMPERED/);
    expect(result.stdout).toContain('line 3 seq 3: edited:');
  });

  it('names removed, inserted and reordered records', () => {
    const removed = variant('removed.ndjson', (lines) => lines.filter((_, index) => index !== 1));
    expect(run(['audit', 'verify', removed]).stdout).toContain('line 2 seq 2: removed:');
    const inserted = variant('inserted.ndjson', (lines) => [
      ...lines.slice(0, 3),
      (lines[2] as string).replace('"allow"', '"block"'),
      ...lines.slice(3),
    ]);
    expect(run(['audit', 'verify', inserted]).stdout).toContain('line 4 seq 3: inserted:');
    const swapped = variant('swapped.ndjson', (lines) => [
      lines[0] as string,
      lines[2] as string,
      lines[1] as string,
      ...lines.slice(3),
    ]);
    const result = run(['audit', 'verify', swapped]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('line 2 seq 3: reordered:');
    expect(result.stdout).toContain('line 3 seq 2: reordered:');
  });

  it('prints the result object with --json', () => {
    const removed = variant('removed-json.ndjson', (lines) =>
      lines.slice(0, 4).concat(lines.slice(5)),
    );
    const fine = run(['audit', 'verify', intact, '--json']);
    expect(JSON.parse(fine.stdout)).toMatchObject({
      ok: true,
      records: 5,
      lastSeq: 5,
      problems: [],
    });
    const result = run(['audit', 'verify', '--json', removed]);
    expect(result.status).toBe(0);
    // Removing the last record of an unanchored chain is not detectable; compare lastHash with a copy.
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, lastSeq: 4 });
  });

  it('warns about a line torn by a crash but exits 0', () => {
    const torn = join(directory, 'torn.ndjson');
    writeFileSync(torn, readFileSync(intact, 'utf8'));
    appendFileSync(torn, '{"v":1,"seq":6,"id":"x","times');
    const result = run(['audit', 'verify', torn]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('warning: 1 line(s) torn by a crash');
    expect(result.stdout).toContain('line 6: truncated_tail:');
  });

  it('exits 2 on usage errors and unreadable files', () => {
    expect(run(['audit']).status).toBe(2);
    expect(run(['audit', 'frobnicate', intact]).status).toBe(2);
    const missing = run(['audit', 'verify', join(directory, 'nope.ndjson')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/ENOENT/);
    expect(run(['audit', '--help']).stdout).toContain('Usage: portcullis audit');
  });
});

describe('portcullis audit export', () => {
  it('prints the records as NDJSON by default', () => {
    const result = run(['audit', 'export', intact]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(intact, 'utf8'));
  });

  it('prints CloudEvents 1.0, one per line', () => {
    const result = run([
      'audit',
      'export',
      intact,
      '--format',
      'cloudevents',
      '--source',
      'portcullis://test',
    ]);
    expect(result.status).toBe(0);
    const events = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events).toHaveLength(5);
    expect(events[0]).toMatchObject({
      specversion: '1.0',
      source: 'portcullis://test',
      type: 'dev.portcullis.audit.verdict',
      time: '2026-01-01T00:00:01.000Z',
      datacontenttype: 'application/json',
      subject: 'session-1',
      sequence: '1',
    });
  });

  it('prints CEF lines for a SIEM', () => {
    const result = run(['audit', 'export', intact, '--format', 'siem']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toMatch(
      /^CEF:0\|Portcullis\|Portcullis\|0\.1\.0\|verdict:block\|Verdict block on prompt\|4\|/,
    );
    expect(lines[3]).toContain('cs1Label=sessionId cs1=session-1');
  });

  it('refuses an unknown format and warns about lines that are not records', () => {
    expect(run(['audit', 'export', intact, '--format', 'xml']).status).toBe(2);
    const mixed = variant('mixed.ndjson', (lines) => [...lines, 'garbage']);
    const result = run(['audit', 'export', mixed]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('skipped 1 line(s) that are not records (6)');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(5);
  });
});

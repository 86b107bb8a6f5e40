import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../guard/audit-sink.ts';
import { createMemoryStateStore } from '../state/memory-state-store.ts';
import type { StateStore } from '../state/state-store.ts';
import type { AuditRecord } from './audit-record.ts';
import { readStoreAuditRecords } from './read-store-audit-records.ts';
import { createStoreAuditSink } from './store-audit-sink.ts';
import { verifyAuditRecords } from './verify-audit.ts';

function entry(index: number): AuditEntry {
  return { type: 'verdict', timestamp: index, sessionId: 's1', data: { index } };
}

describe('createStoreAuditSink', () => {
  it('keeps a verifiable chain under <namespace>:<chainId>:<seq> with its head', async () => {
    const store = createMemoryStateStore();
    const sink = createStoreAuditSink({ store, chainId: 'worker-1' });
    await Promise.all([1, 2, 3].map((index) => sink.append(entry(index))));
    await sink.close();
    const head = (await store.get('audit:worker-1:head')) as { seq: number; hash: string };
    const third = (await store.get('audit:worker-1:3')) as AuditRecord;
    expect(head).toEqual({ seq: 3, hash: third.hash });
    const records = await readStoreAuditRecords({ store, chainId: 'worker-1' });
    expect(verifyAuditRecords(records)).toMatchObject({ ok: true, records: 3, lastSeq: 3 });
  });

  it('works with a real keyv instance and continues the chain across sinks', async () => {
    const store = new Keyv() as unknown as StateStore;
    const first = createStoreAuditSink({ store, namespace: 'trail', chainId: 'api' });
    await first.append(entry(1));
    await first.close();
    const second = createStoreAuditSink({ store, namespace: 'trail', chainId: 'api' });
    await second.append(entry(2));
    expect(await second.head()).toMatchObject({ seq: 2 });
    const records = await readStoreAuditRecords({ store, namespace: 'trail', chainId: 'api' });
    expect(records.map((record) => (record as AuditRecord).seq)).toEqual([1, 2]);
    expect(verifyAuditRecords(records).ok).toBe(true);
  });

  it('keeps one linear chain per writer when several share a store', async () => {
    const store = createMemoryStateStore();
    const writers = ['a', 'b'].map((chainId) => createStoreAuditSink({ store, chainId }));
    await Promise.all(
      [1, 2, 3, 4].flatMap((index) => writers.map((sink) => sink.append(entry(index)))),
    );
    for (const chainId of ['a', 'b']) {
      const records = await readStoreAuditRecords({ store, chainId });
      expect(verifyAuditRecords(records)).toMatchObject({ ok: true, lastSeq: 4 });
    }
  });

  it('moves past a head that lagged behind its last record', async () => {
    const store = createMemoryStateStore();
    const sink = createStoreAuditSink({ store, chainId: 'c' });
    await sink.append(entry(1));
    await sink.append(entry(2));
    // The writer stopped after storing record 2 but before moving the head.
    await store.set('audit:c:head', {
      seq: 1,
      hash: ((await store.get('audit:c:1')) as AuditRecord).hash,
    });
    const resumed = createStoreAuditSink({ store, chainId: 'c' });
    await resumed.append(entry(3));
    const records = await readStoreAuditRecords({ store, chainId: 'c' });
    expect(verifyAuditRecords(records)).toMatchObject({ ok: true, lastSeq: 3 });
  });

  it('redacts before storing, and a deleted record shows as removed', async () => {
    const store = createMemoryStateStore();
    const sink = createStoreAuditSink({ store, chainId: 'd' });
    await sink.append({ type: 'verdict', timestamp: 1, data: { text: 'mail ana.lopez@corp.io' } });
    await sink.append(entry(2));
    await sink.append(entry(3));
    expect(((await store.get('audit:d:1')) as AuditRecord).data).toEqual({
      text: 'mail [REDACTED:email]',
    });
    await store.delete('audit:d:2');
    const result = verifyAuditRecords(await readStoreAuditRecords({ store, chainId: 'd' }));
    expect(result.problems).toEqual([expect.objectContaining({ seq: 2, kind: 'removed' })]);
  });

  it('defaults the chain id to one per process and rejects appends after close', async () => {
    const sink = createStoreAuditSink({ store: createMemoryStateStore() });
    expect(sink.chainId).toMatch(new RegExp(`-${process.pid}$`));
    await sink.close();
    await expect(sink.append(entry(1))).rejects.toThrow(/closed/);
  });
});

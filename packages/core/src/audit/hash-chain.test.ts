import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from './audit-record.ts';
import { canonicalJson } from './canonical-json.ts';
import { chainAuditRecord, hashAuditRecord } from './hash-chain.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same text for the same value whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('follows JSON.stringify for undefined, non-finite numbers, toJSON and lone surrogates', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, Number.NaN], c: new Date(0) })).toBe(
      '{"b":[null,null],"c":"1970-01-01T00:00:00.000Z"}',
    );
    expect(canonicalJson('\ud800')).toBe('"\\ud800"');
  });

  it('is stable across a JSON round trip', () => {
    const value = {
      text: 'é ✓ \u2028',
      n: -0,
      list: [1.5, true, null],
      nested: { b: '', a: 1e21 },
    };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });

  it('throws on a cycle', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
  });
});

describe('chainAuditRecord', () => {
  const entry = { type: 'verdict', timestamp: 1_700_000_000_000, sessionId: 's1', data: { a: 1 } };

  it('starts at seq 1 from the genesis hash and links each record to the one before', () => {
    const first = chainAuditRecord({ head: { seq: 0, hash: GENESIS_HASH }, entry, id: 'one' });
    const second = chainAuditRecord({ head: first, entry, id: 'two' });
    expect(first).toMatchObject({
      v: 1,
      seq: 1,
      id: 'one',
      prevHash: GENESIS_HASH,
      sessionId: 's1',
    });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.hash).not.toBe(first.hash);
  });

  it('hashes prevHash plus the canonical record without its hash, and survives a round trip', () => {
    const record = chainAuditRecord({ head: { seq: 0, hash: GENESIS_HASH }, entry });
    expect(hashAuditRecord(record)).toBe(record.hash);
    expect(hashAuditRecord(JSON.parse(JSON.stringify(record)))).toBe(record.hash);
    expect(hashAuditRecord({ ...record, data: { a: 2 } })).not.toBe(record.hash);
  });

  it('leaves absent optional fields absent and stores undefined data as null', () => {
    const record = chainAuditRecord({
      head: { seq: 0, hash: GENESIS_HASH },
      entry: { type: 'kill_switch', timestamp: 1, data: undefined },
    });
    expect(Object.keys(record)).not.toContain('sessionId');
    expect(record.data).toBeNull();
    expect(hashAuditRecord(JSON.parse(JSON.stringify(record)))).toBe(record.hash);
  });
});

import { describe, expect, it } from 'vitest';
import { redactAuditEntry, redactRecord, UNSCANNABLE_MARKER } from './redact-record.ts';

const AWS_KEY = 'AKIAZ7QXW3RTY2PLM4NB';
const EMAIL = 'ana.lopez@corp.io';
const CARD = '4539 1488 0343 6467';

describe('redactRecord', () => {
  it('masks secrets and personal data in every string leaf, at any depth', () => {
    const value = {
      prompt: `my key is ${AWS_KEY}`,
      nested: [{ contact: `write to ${EMAIL}` }, `card ${CARD}`],
      count: 3,
      flag: true,
      none: null,
    };
    expect(redactRecord(value)).toEqual({
      prompt: 'my key is [REDACTED:aws_access_key]',
      nested: [{ contact: 'write to [REDACTED:email]' }, 'card [REDACTED:credit_card]'],
      count: 3,
      flag: true,
      none: null,
    });
  });

  it('masks keys too, numbering keys that collide', () => {
    expect(redactRecord({ [EMAIL]: 1, 'bob@corp.io': 2, plain: 3 })).toEqual({
      '[REDACTED:email]': 1,
      '[REDACTED:email]#2': 2,
      plain: 3,
    });
  });

  it('masks a card number stored as a number', () => {
    expect(redactRecord({ card: 4539148803436467, small: 12345 })).toEqual({
      card: '[REDACTED:credit_card]',
      small: 12345,
    });
  });

  it('runs already-masked finding evidence through again without harm', () => {
    const finding = {
      category: 'secrets',
      evidence: 'AKIA…(20 chars)',
      message: 'An aws access key',
    };
    expect(redactRecord({ findings: [finding] })).toEqual({ findings: [finding] });
  });

  it('turns non-JSON values into JSON and never throws', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const hostile = Object.defineProperty({ ok: 1 }, 'boom', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const result = redactRecord({
      cyclic,
      hostile,
      big: 10n,
      when: new Date(0),
      map: new Map([['k', EMAIL]]),
      set: new Set([1]),
      error: new Error(`failed for ${EMAIL}`),
      fn: () => 1,
      list: [undefined, Number.POSITIVE_INFINITY],
    });
    expect(result).toEqual({
      cyclic: { name: 'loop', self: '[circular]' },
      hostile: { ok: 1, boom: '[unreadable]' },
      big: '10',
      when: '1970-01-01T00:00:00.000Z',
      map: { k: '[REDACTED:email]' },
      set: [1],
      error: { name: 'Error', message: 'failed for [REDACTED:email]' },
      list: [null, null],
    });
    const throwingProxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(redactRecord(throwingProxy)).toBe('[unreadable]');
  });

  it('bounds depth, string length, container size and the number of values', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100; level++) deep = { next: deep };
    expect(JSON.stringify(redactRecord(deep, { maxDepth: 5 }))).toContain('[truncated: too deep]');

    const long = redactRecord(`${'word '.repeat(20)}${AWS_KEY}`, { maxStringLength: 110 });
    // The key straddling the cut is dropped, not left half visible.
    expect(long).toMatch(/^(word ){19}word…\[truncated 21 chars\]$/);

    const wide = redactRecord(
      Array.from({ length: 10 }, (_, index) => index),
      { maxItems: 3 },
    );
    expect(wide).toEqual([0, 1, 2, '[truncated: 7 more items]']);
    const wideObject = redactRecord({ a: 1, b: 2, c: 3 }, { maxItems: 2 });
    expect(wideObject).toEqual({ a: 1, b: 2, '[truncated]': '1 more keys' });

    const many = redactRecord(
      Array.from({ length: 50 }, () => ({ x: 1 })),
      { maxNodes: 10 },
    );
    expect(JSON.stringify(many)).toContain('[truncated: too many values]');
  });

  it('keeps a __proto__ key as data', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}}');
    const result = redactRecord(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
  });
});

describe('redactAuditEntry', () => {
  it('redacts data, actor, session and tenant but keeps type and timestamp', () => {
    const entry = redactAuditEntry({
      type: 'replay',
      timestamp: 5,
      sessionId: 'session-1',
      actor: EMAIL,
      data: { reason: `customer ${EMAIL} complained` },
    });
    expect(entry).toEqual({
      type: 'replay',
      timestamp: 5,
      sessionId: 'session-1',
      actor: '[REDACTED:email]',
      data: { reason: 'customer [REDACTED:email] complained' },
    });
  });

  it('exports the marker used when a string cannot be scanned', () => {
    expect(UNSCANNABLE_MARKER).toBe('[REDACTED:unscannable]');
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from './sha256.ts';

describe('sha256', () => {
  it('gives the SHA-256 of a text, the same when asked again (remembered) and for long texts (not)', async () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await sha256('abc')).toBe(abc);
    expect(await sha256('abc')).toBe(abc);
    const long = 'x'.repeat(20_000);
    const expected = createHash('sha256').update(long).digest('hex');
    expect(await sha256(long)).toBe(expected);
    expect(await sha256(long)).toBe(expected);
    expect(await sha256('abd')).not.toBe(abc);
  });
});

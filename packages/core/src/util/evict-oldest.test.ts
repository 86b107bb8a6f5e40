import { describe, expect, it } from 'vitest';
import { evictOldest } from './evict-oldest.ts';

describe('evictOldest', () => {
  it('leaves a map below its limit alone', () => {
    const map = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    expect(evictOldest(map, 3)).toBe(0);
    expect([...map.keys()]).toEqual(['a', 'b']);
  });

  it('deletes the oldest insertions, a sixteenth of the limit at a time', () => {
    const map = new Map<number, number>();
    for (let index = 0; index < 64; index++) map.set(index, index);
    expect(evictOldest(map, 64)).toBe(4);
    expect([...map.keys()].slice(0, 2)).toEqual([4, 5]);
    expect(map.size).toBe(60);
  });

  it('deletes at least one entry, and enough to get below the limit', () => {
    const small = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    expect(evictOldest(small, 2)).toBe(1);
    expect([...small.keys()]).toEqual(['b']);
    const over = new Map<number, number>();
    for (let index = 0; index < 100; index++) over.set(index, index);
    evictOldest(over, 32);
    expect(over.size).toBe(31);
    expect(over.has(99)).toBe(true);
  });

  it('keeps the newest entries of a map filled far beyond its limit', () => {
    const map = new Map<number, number>();
    for (let index = 0; index < 10_000; index++) {
      evictOldest(map, 1000);
      map.set(index, index);
    }
    expect(map.size).toBeLessThanOrEqual(1000);
    expect(map.size).toBeGreaterThan(1000 - (1000 >> 4) - 1);
    expect(map.get(9999)).toBe(9999);
    expect(map.has(8000)).toBe(false);
  });
});

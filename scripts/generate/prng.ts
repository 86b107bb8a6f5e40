// Seeded randomness for the training-data generator: mulberry32 plus small helpers. Nothing here reads
// Math.random or the clock, so the same seed always yields the same sequence.
import { createHash } from 'node:crypto';

/** A seeded pseudo-random source with the helpers the generator needs. */
export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max] (both inclusive). */
  range(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, chosen in proportion to its weight (keys are visited in sorted order). */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  /** Up to n distinct elements, in random order. */
  sample<T>(items: readonly T[], n: number): T[];
  /** A child generator whose stream depends on this one's seed and a label. */
  fork(label: string): Rng;
};

/** Hashes a string to an unsigned 32-bit integer (FNV-1a). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A stable short identifier for a text: the first 16 hex digits of its SHA-256. */
export function textId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** Creates a mulberry32 generator from a 32-bit seed. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty array');
    return items[int(items.length)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  };
  return {
    next,
    int,
    range: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick,
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const keys = (Object.keys(weights) as K[]).sort();
      const total = keys.reduce((sum, key) => sum + weights[key], 0);
      let roll = next() * total;
      for (const key of keys) {
        roll -= weights[key];
        if (roll < 0) return key;
      }
      return keys[keys.length - 1] as K;
    },
    shuffle,
    sample: (items, n) => shuffle(items).slice(0, Math.max(0, n)),
    fork: (label) => createRng(hash32(`${seed}:${label}`)),
  };
}

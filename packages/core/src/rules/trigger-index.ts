/**
 * A multi-literal search over many triggers in one pass (a q-gram filter in the style of Wu–Manber): each
 * trigger is bucketed by a hash of its first four code units (fewer for shorter triggers); the text is
 * scanned once, a small bit set rejects almost every position, and only the bucket's triggers are compared
 * in full. Cost is linear in the text and nearly independent of the number of triggers.
 */
export type TriggerIndex = {
  /** Calls `onHit(triggerId, position)` for every occurrence of every trigger, in text order. */
  scan(text: string, onHit: (triggerId: number, position: number) => void): void;
};

/** Builds the index; trigger ids are positions in `triggers`. */
export function createTriggerIndex(triggers: readonly string[]): TriggerIndex {
  // One table per prefix length q (1..4); a trigger is filed under min(4, its length).
  const bits = [1, 2, 3, 4].map(() => new Int32Array(BITMAP_SIZE >>> 5));
  const buckets = [1, 2, 3, 4].map(() => new Map<number, number[]>());
  // For short triggers, a table of their first code units gates the hash: most positions skip it.
  const firsts = [1, 2, 3].map(() => new Uint8Array(65536));
  triggers.forEach((trigger, id) => {
    if (trigger.length === 0) return;
    const q = Math.min(4, trigger.length);
    const code = (offset: number): number => (offset < q ? trigger.charCodeAt(offset) : 0);
    const bit = hash(q, code(0), code(1), code(2), code(3));
    const table = bits[q - 1] as Int32Array;
    table[bit >>> 5] = (table[bit >>> 5] as number) | (1 << (bit & 31));
    const bucket = (buckets[q - 1] as Map<number, number[]>).get(bit);
    if (bucket === undefined) (buckets[q - 1] as Map<number, number[]>).set(bit, [id]);
    else bucket.push(id);
    if (q < 4) (firsts[q - 1] as Uint8Array)[trigger.charCodeAt(0)] = 1;
  });
  const [, bits2, bits3, bits4] = bits as [Int32Array, Int32Array, Int32Array, Int32Array];
  const [first1, first2, first3] = firsts as [Uint8Array, Uint8Array, Uint8Array];

  const check = (
    q: number,
    bit: number,
    text: string,
    index: number,
    onHit: (id: number, position: number) => void,
  ): void => {
    for (const id of (buckets[q - 1] as Map<number, number[]>).get(bit) as number[]) {
      if (text.startsWith(triggers[id] as string, index)) onHit(id, index);
    }
  };

  return {
    scan: function scanTriggers(
      text: string,
      onHit: (triggerId: number, position: number) => void,
    ): void {
      const length = text.length;
      let c1 = length > 0 ? text.charCodeAt(0) : 0;
      let c2 = length > 1 ? text.charCodeAt(1) : 0;
      let c3 = length > 2 ? text.charCodeAt(2) : 0;
      for (let index = 0; index < length; index++) {
        const c0 = c1;
        c1 = c2;
        c2 = c3;
        c3 = index + 3 < length ? text.charCodeAt(index + 3) : 0;
        const bit4 = hash(4, c0, c1, c2, c3);
        if (((bits4[bit4 >>> 5] as number) & (1 << (bit4 & 31))) !== 0)
          check(4, bit4, text, index, onHit);
        if (first3[c0] === 1) {
          const bit = hash(3, c0, c1, c2, 0);
          if (((bits3[bit >>> 5] as number) & (1 << (bit & 31))) !== 0)
            check(3, bit, text, index, onHit);
        }
        if (first2[c0] === 1) {
          const bit = hash(2, c0, c1, 0, 0);
          if (((bits2[bit >>> 5] as number) & (1 << (bit & 31))) !== 0)
            check(2, bit, text, index, onHit);
        }
        if (first1[c0] === 1) check(1, hash(1, c0, 0, 0, 0), text, index, onHit);
      }
    },
  };
}

// --- internal ---

// A bit set of 2^16 bits (8 KB) per prefix length stays in the L1 cache.
const BITMAP_BITS = 16;
const BITMAP_SIZE = 1 << BITMAP_BITS;

/** Multiplicative hash of up to four code units (the unused ones are 0), salted by `q`. */
function hash(q: number, a: number, b: number, c: number, d: number): number {
  return (
    Math.imul(
      a ^ (b << 7) ^ (c << 14) ^ (d << 21) ^ (b >>> 9) ^ (c >>> 2) ^ (d >>> 11) ^ (q << 28),
      0x9e3779b1,
    ) >>>
    (32 - BITMAP_BITS)
  );
}

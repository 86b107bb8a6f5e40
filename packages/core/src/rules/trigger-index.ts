/**
 * A multi-literal search over many triggers in one pass (a q-gram filter in the style of Wu–Manber). Each
 * trigger is filed under a hash of its first min(4, length) code units. The scan keeps the low bytes of the
 * next four units packed in one integer: a bit set indexed by its hash rejects almost every position for
 * the (many) triggers of four units or more, and a table indexed by its first two bytes says whether any
 * shorter trigger can start here at all (almost never), so most positions cost a hash and two loads. Only
 * the bucket's triggers are then compared in full, picked by the unit after the prefix (dozens of triggers
 * share a prefix such as `user`). Cost is linear in the text and nearly independent of the number of
 * triggers.
 */
export type TriggerIndex = {
  /**
   * Calls `onHit(triggerId, position)` for every occurrence of every trigger, in text order; at one
   * position, triggers of four or more units come first, then those of three, two and one, each by id.
   */
  scan(text: string, onHit: (triggerId: number, position: number) => void): void;
};

/** Builds the index; trigger ids are positions in `triggers`. */
export function createTriggerIndex(triggers: readonly string[]): TriggerIndex {
  // Bit q-1 of gate[pair] is set when a trigger filed under prefix length q < 4 starts with that pair of
  // bytes (low bytes of its first two units).
  const gate = new Uint8Array(65536);
  const bits = new Int32Array(4 * BITMAP_WORDS);
  const buckets = new Map<number, Bucket>();
  triggers.forEach((trigger, id) => {
    if (trigger.length === 0) return;
    const q = Math.min(4, trigger.length);
    let key = 0;
    for (let offset = 0; offset < 4; offset++)
      key = (key << 8) | (offset < q ? trigger.charCodeAt(offset) & 0xff : 0);
    const pairs = q === 1 ? range256(key >>> 16) : [key >>> 16];
    if (q < 4) for (const pair of pairs) gate[pair] = (gate[pair] as number) | (1 << (q - 1));
    const slot = slotOf(q, key);
    bits[slot >>> 5] = (bits[slot >>> 5] as number) | (1 << (slot & 31));
    let bucket = buckets.get(slot);
    if (bucket === undefined) {
      bucket = { short: [], byNext: new Map() };
      buckets.set(slot, bucket);
    }
    if (trigger.length <= 4) bucket.short.push(id);
    else {
      const next = trigger.charCodeAt(4);
      const list = bucket.byNext.get(next);
      if (list === undefined) bucket.byNext.set(next, [id]);
      else list.push(id);
    }
  });

  const verify = (
    slot: number,
    text: string,
    index: number,
    onHit: (id: number, position: number) => void,
  ): void => {
    const bucket = buckets.get(slot) as Bucket;
    const short = bucket.short;
    const long =
      bucket.byNext.size === 0 || index + 4 >= text.length
        ? NO_IDS
        : (bucket.byNext.get(text.charCodeAt(index + 4)) ?? NO_IDS);
    // Both lists ascend by id: merge them, so hits at one position come out by id.
    let shortAt = 0;
    let longAt = 0;
    while (shortAt < short.length || longAt < long.length) {
      const id =
        longAt === long.length ||
        (shortAt < short.length && (short[shortAt] as number) < (long[longAt] as number))
          ? (short[shortAt++] as number)
          : (long[longAt++] as number);
      if (text.startsWith(triggers[id] as string, index)) onHit(id, index);
    }
  };

  return {
    scan: function scanTriggers(
      text: string,
      onHit: (triggerId: number, position: number) => void,
    ): void {
      const length = text.length;
      // The packed window: the low bytes of the units at index … index + 3 (0 past the end).
      let key = 0;
      for (let offset = 0; offset < 3; offset++)
        key = (key << 8) | (offset < length ? text.charCodeAt(offset) & 0xff : 0);
      for (let index = 0; index < length; index++) {
        key = (key << 8) | (index + 3 < length ? text.charCodeAt(index + 3) & 0xff : 0);
        // Four-unit prefixes are common (most triggers are words), so their bit is tested at every position
        // without a branch on the gate; shorter prefixes are rare and gated.
        const slot4 = slotOf(4, key);
        if (((bits[slot4 >>> 5] as number) & (1 << (slot4 & 31))) !== 0)
          verify(slot4, text, index, onHit);
        const lengths = gate[key >>> 16] as number;
        if (lengths === 0) continue;
        if ((lengths & 4) !== 0) {
          const slot = slotOf(3, key & ~0xff);
          if (((bits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0)
            verify(slot, text, index, onHit);
        }
        if ((lengths & 2) !== 0) {
          const slot = slotOf(2, key & ~0xffff);
          if (((bits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0)
            verify(slot, text, index, onHit);
        }
        if ((lengths & 1) !== 0) {
          const slot = slotOf(1, key & ~0xffffff);
          if (((bits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0)
            verify(slot, text, index, onHit);
        }
      }
    },
  };
}

// --- internal ---

/** The triggers filed under one slot: those of at most four units, and the longer ones by their fifth unit. */
type Bucket = { readonly short: number[]; readonly byNext: Map<number, number[]> };

const NO_IDS: readonly number[] = [];
// One bit set of 2^16 bits (8 KB) per prefix length.
const BITMAP_BITS = 16;
const BITMAP_WORDS = (1 << BITMAP_BITS) >>> 5;

/** The bit of a packed prefix in the bit sets: a multiplicative hash, offset by the prefix length's table. */
function slotOf(q: number, key: number): number {
  return (
    ((q - 1) << BITMAP_BITS) | (Math.imul(key ^ (key >>> 15), 0x9e3779b1) >>> (32 - BITMAP_BITS))
  );
}

/** Every pair of bytes whose first byte is that of `high`. */
function range256(high: number): number[] {
  return Array.from({ length: 256 }, (_unused, low) => (high & 0xff00) | low);
}

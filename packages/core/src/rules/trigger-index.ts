/**
 * A multi-literal search over many triggers in one pass (a q-gram filter in the style of Wu–Manber). The
 * scan keeps the low bytes of the next four code units packed in one integer. Triggers of four to seven
 * units are filed under a hash of their first four: a bit set indexed by the window's hash rejects almost
 * every position. Triggers of eight units or more are filed under a hash of their first eight, behind a bit
 * set of their first four, so a common word that starts many long triggers ("the", "your") costs a second
 * hash, not a comparison of each. A table indexed by the window's first two bytes says whether any shorter
 * trigger can start here at all (almost never). Only the candidates of a bucket whose packed units agree
 * with the text are compared in full. Cost is linear in the text and nearly independent of the number of
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
  // Bit q-1 of gate[pair] is set when a trigger of q < 4 units starts with that pair of bytes (low bytes
  // of its first two units).
  const gate = new Uint8Array(65536);
  const bits = new Int32Array(TABLES * BITMAP_WORDS);
  const buckets = new Map<number, number[]>();
  // Each trigger's first four and next four units as packed low bytes, with masks for the units it has.
  const heads = new Int32Array(triggers.length);
  const headMasks = new Int32Array(triggers.length);
  const tails = new Int32Array(triggers.length);
  const tailMasks = new Int32Array(triggers.length);
  const file = (slot: number, id: number): void => {
    bits[slot >>> 5] = (bits[slot >>> 5] as number) | (1 << (slot & 31));
    const bucket = buckets.get(slot);
    if (bucket === undefined) buckets.set(slot, [id]);
    else bucket.push(id);
  };
  triggers.forEach((trigger, id) => {
    if (trigger.length === 0) return;
    const [head, headMask] = packed(trigger, 0);
    const [tail, tailMask] = packed(trigger, 4);
    heads[id] = head;
    headMasks[id] = headMask;
    tails[id] = tail;
    tailMasks[id] = tailMask;
    if (trigger.length >= 8) {
      const prefix = slotOf(LONG_PREFIX, head);
      bits[prefix >>> 5] = (bits[prefix >>> 5] as number) | (1 << (prefix & 31));
      file(slotOf(LONG, head ^ Math.imul(tail, TAIL_MIX)), id);
      return;
    }
    const q = Math.min(4, trigger.length);
    file(slotOf(q, head), id);
    if (q < 4) {
      const pairs = q === 1 ? range256(head >>> 16) : [head >>> 16];
      for (const pair of pairs) gate[pair] = (gate[pair] as number) | (1 << (q - 1));
    }
  });
  // The four-unit prefixes of all triggers of four units or more, in one bit set.
  const anyLong = new Int32Array(BITMAP_WORDS);
  for (let word = 0; word < BITMAP_WORDS; word++) {
    anyLong[word] =
      (bits[(4 - 1) * BITMAP_WORDS + word] as number) |
      (bits[(LONG_PREFIX - 1) * BITMAP_WORDS + word] as number);
  }
  const has = (slot: number): boolean => ((bits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;

  /** Compares the candidates of two buckets (either may be empty), merged by id. */
  const verify = (
    first: readonly number[],
    second: readonly number[],
    text: string,
    index: number,
    key: number,
    tailKey: number,
    onHit: (id: number, position: number) => void,
  ): void => {
    let tailAt = tailKey;
    let firstAt = 0;
    let secondAt = 0;
    while (firstAt < first.length || secondAt < second.length) {
      const id =
        secondAt === second.length ||
        (firstAt < first.length && (first[firstAt] as number) < (second[secondAt] as number))
          ? (first[firstAt++] as number)
          : (second[secondAt++] as number);
      if ((key & (headMasks[id] as number)) !== heads[id]) continue;
      const tailMask = tailMasks[id] as number;
      if (tailMask !== 0) {
        if (tailAt === NOT_PACKED) tailAt = packedAt(text, index + 4);
        if ((tailAt & tailMask) !== tails[id]) continue;
      }
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
        // Four-unit prefixes are common (most triggers are words), so one bit set of all of them is
        // tested at every position without a branch on the gate; shorter prefixes are rare and gated.
        const hashed = hash(key);
        let tailKey = NOT_PACKED;
        if (((anyLong[hashed >>> 5] as number) & (1 << (hashed & 31))) !== 0) {
          const slot4 = ((4 - 1) << BITMAP_BITS) | hashed;
          const medium = has(slot4) ? (buckets.get(slot4) as number[]) : NO_IDS;
          let long = NO_IDS;
          if (has(((LONG_PREFIX - 1) << BITMAP_BITS) | hashed)) {
            tailKey = packedAt(text, index + 4);
            const slot8 = slotOf(LONG, key ^ Math.imul(tailKey, TAIL_MIX));
            if (has(slot8)) long = buckets.get(slot8) as number[];
          }
          if (medium !== NO_IDS || long !== NO_IDS)
            verify(medium, long, text, index, key, tailKey, onHit);
        }
        const lengths = gate[key >>> 16] as number;
        if (lengths === 0) continue;
        for (let q = 3; q >= 1; q--) {
          if ((lengths & (1 << (q - 1))) === 0) continue;
          const slot = slotOf(q, key & (PREFIX_MASKS[q] as number));
          if (has(slot))
            verify(buckets.get(slot) as number[], NO_IDS, text, index, key, tailKey, onHit);
        }
      }
    },
  };
}

// --- internal ---

const NO_IDS: readonly number[] = [];
/** A packed tail not computed yet (-1 is also four 0xff bytes: then it is only packed again). */
const NOT_PACKED = -1;
// One bit set of 2^17 bits (16 KB) per table: prefixes of 1, 2, 3 and 4 units, then the four-unit
// prefixes of long triggers, then their eight-unit prefixes.
const BITMAP_BITS = 17;
const BITMAP_WORDS = (1 << BITMAP_BITS) >>> 5;
const LONG_PREFIX = 5;
const LONG = 6;
const TABLES = 6;
const TAIL_MIX = 0x85ebca6b | 0;
/** The packed window cut to a prefix of q units (index q). */
const PREFIX_MASKS: readonly number[] = [0, ~0xffffff, ~0xffff, ~0xff, ~0];

/** The bit of a packed key in table `table` (1…6): its hash, offset by the table. */
function slotOf(table: number, key: number): number {
  return ((table - 1) << BITMAP_BITS) | hash(key);
}

/** A multiplicative hash of a packed key to BITMAP_BITS bits. */
function hash(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x9e3779b1) >>> (32 - BITMAP_BITS);
}

/** The low bytes of `text`'s units `from` … `from + 3`, packed (0 past its end), and a mask of those it has. */
function packed(text: string, from: number): [number, number] {
  let key = 0;
  let mask = 0;
  for (let offset = from; offset < from + 4; offset++) {
    const isInside = offset < text.length;
    key = (key << 8) | (isInside ? text.charCodeAt(offset) & 0xff : 0);
    mask = (mask << 8) | (isInside ? 0xff : 0);
  }
  return [key, mask];
}

/** The low bytes of `text`'s units `from` … `from + 3`, packed (0 past its end). */
function packedAt(text: string, from: number): number {
  let key = 0;
  for (let offset = from; offset < from + 4; offset++)
    key = (key << 8) | (offset < text.length ? text.charCodeAt(offset) & 0xff : 0);
  return key;
}

/** Every pair of bytes whose first byte is that of `high`. */
function range256(high: number): number[] {
  return Array.from({ length: 256 }, (_unused, low) => (high & 0xff00) | low);
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The invisible alphabet: the 256 Unicode variation selectors, one byte per character
 * (U+FE00–U+FE0F for 0–15, U+E0100–U+E01EF for 16–255).
 *
 * Why variation selectors and not zero-width spaces or joiners:
 * - they are grapheme extenders (Grapheme_Cluster_Break=Extend) and combining class 0: editors, browsers
 *   and terminals keep them with the visible character before them when a selection is copied, and
 *   NFC/NFKC normalisation neither removes nor reorders them;
 * - they are default-ignorable, so every renderer draws nothing, and after a letter or sentence punctuation
 *   (bases without standardised variation sequences) they change no glyph;
 * - zero-width space/joiner/non-joiner are often stripped by sanitisers and "remove hidden characters"
 *   filters and change emoji, Arabic and Indic rendering; tag characters (U+E0000 block) are deprecated and
 *   the scanner reports them as smuggled text;
 * - with 256 of them a byte is one character, so a mark stays short.
 */
const LOW_START = 0xfe00;
const HIGH_START = 0xe0100;

/** First two payload bytes: `P` and the format version. */
const MAGIC = 0x50;
const VERSION = 0x01;
/** Truncated HMAC-SHA256 tag length: 96 bits. */
export const TAG_BYTES = 12;
/** Longest workspace id, in UTF-8 bytes (its length is one byte). */
export const MAX_WORKSPACE_ID_BYTES = 255;
const DOMAIN = 'portcullis-watermark-v1\0';

/** The payload of one mark: magic, version, id length, id (UTF-8), tag. */
export function encodePayload(workspaceId: Uint8Array, key: Uint8Array): Uint8Array {
  const tag = computeTag(workspaceId, key);
  const payload = new Uint8Array(3 + workspaceId.length + TAG_BYTES);
  payload.set([MAGIC, VERSION, workspaceId.length]);
  payload.set(workspaceId, 3);
  payload.set(tag, 3 + workspaceId.length);
  return payload;
}

/** The payload written in variation selectors. */
export function toInvisible(payload: Uint8Array): string {
  let text = '';
  for (const byte of payload) {
    text += String.fromCodePoint(byte < 16 ? LOW_START + byte : HIGH_START + byte - 16);
  }
  return text;
}

/** The byte a code point stands for, or -1 when it is not a variation selector. */
export function selectorByte(codePoint: number): number {
  if (codePoint >= LOW_START && codePoint <= LOW_START + 15) return codePoint - LOW_START;
  if (codePoint >= HIGH_START && codePoint <= HIGH_START + 239) return codePoint - HIGH_START + 16;
  return -1;
}

/**
 * Every payload found in `bytes` (a run of decoded selectors), whether or not its tag is right:
 * `{ start, end, workspaceId, tag }` with offsets into `bytes`. Runs may hold several marks back to back,
 * or a text's own selector (an emoji's U+FE0F) before one.
 */
export function* findPayloads(
  bytes: Uint8Array,
): Generator<{ start: number; end: number; workspaceId: Uint8Array; tag: Uint8Array }> {
  for (let start = 0; start + 3 + TAG_BYTES <= bytes.length; start++) {
    if (bytes[start] !== MAGIC || bytes[start + 1] !== VERSION) continue;
    const length = bytes[start + 2] as number;
    const end = start + 3 + length + TAG_BYTES;
    if (length === 0 || end > bytes.length) continue;
    yield {
      start,
      end,
      workspaceId: bytes.subarray(start + 3, start + 3 + length),
      tag: bytes.subarray(start + 3 + length, end),
    };
  }
}

/** True when `tag` authenticates `workspaceId` under `key`, compared in constant time. */
export function isTagValid(workspaceId: Uint8Array, tag: Uint8Array, key: Uint8Array): boolean {
  const expected = computeTag(workspaceId, key);
  return tag.length === expected.length && timingSafeEqual(tag, expected);
}

// --- internal ---

function computeTag(workspaceId: Uint8Array, key: Uint8Array): Uint8Array {
  const mac = createHmac('sha256', key).update(DOMAIN, 'utf8').update(workspaceId).digest();
  return new Uint8Array(mac.subarray(0, TAG_BYTES));
}

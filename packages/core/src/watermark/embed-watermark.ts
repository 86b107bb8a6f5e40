import { invalidConfig } from '../errors/invalid-config.ts';
import {
  encodePayload,
  MAX_WORKSPACE_ID_BYTES,
  selectorByte,
  toInvisible,
} from './watermark-codec.ts';
import { keyBytes, type WatermarkKey } from './watermark-key.ts';

/** Options of {@link embedWatermark}. */
export type EmbedWatermarkOptions = {
  /** What the mark says: the workspace (tenant, account) the text was produced for. 1–255 UTF-8 bytes. */
  readonly workspaceId: string;
  /** The secret that authenticates the mark; only its holder can make or read a valid one. */
  readonly key: WatermarkKey;
  /** Most copies of the mark in one text (the first after the opening character, the rest after sentences). Default 8. */
  readonly maxMarks?: number;
};

/**
 * Embeds an invisible, keyed watermark of `workspaceId` in `text`, for model output whose origin should be
 * provable after it was copied elsewhere.
 *
 * The mark is the workspace id and a 96-bit truncated HMAC-SHA256 tag under `key`, written in Unicode
 * variation selectors (invisible, kept by copy and paste and by NFC/NFKC, see `watermark-codec.ts`). It is
 * placed after the text's first letter and after sentence ends, spread evenly up to `maxMarks` copies, so a
 * pasted excerpt that holds one whole sentence still carries it. The visible text is unchanged.
 *
 * It proves origin, it does not resist removal: anyone who strips variation selectors removes it. Without the
 * key a mark can be neither forged nor read as valid.
 *
 * @param options.workspaceId The workspace to mark.
 * @param options.key The secret key.
 * @param options.maxMarks Most copies of the mark.
 * @throws {PortcullisError} `INVALID_CONFIG` for an empty key or a workspace id that is empty or too long.
 *
 * @example
 * const marked = embedWatermark(answer, { workspaceId: 'acme', key: process.env.WATERMARK_KEY });
 * detectWatermark(marked, { key: process.env.WATERMARK_KEY }); // → { workspaceId: 'acme' }
 */
export function embedWatermark(
  text: string,
  { workspaceId, key, maxMarks = 8 }: EmbedWatermarkOptions,
): string {
  const id = new TextEncoder().encode(workspaceId);
  if (id.length === 0 || id.length > MAX_WORKSPACE_ID_BYTES) {
    throw invalidConfig(['workspaceId'], `a string of 1 to ${MAX_WORKSPACE_ID_BYTES} UTF-8 bytes`);
  }
  if (!Number.isInteger(maxMarks) || maxMarks < 1) {
    throw invalidConfig(['maxMarks'], 'an integer of at least 1');
  }
  const mark = toInvisible(encodePayload(id, keyBytes(key)));
  const positions = markPositions(text, maxMarks);
  let result = '';
  let cursor = 0;
  for (const position of positions) {
    result += text.slice(cursor, position) + mark;
    cursor = position;
  }
  return result + text.slice(cursor);
}

// --- internal ---

/** Where the first mark may go: after a Latin, Greek or Cyrillic letter or a punctuation mark. */
const SAFE_BASE = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{P}]/u;
/** Emoji-capable characters change glyph with a variation selector after them. */
const EMOJI = /\p{Emoji}/u;
/** Combining marks stay with their base; the mark goes after them, so NFC can still compose. */
const COMBINING = /\p{M}/u;
/** Sentence ends: `.`, `!`, `?` before white space or the end, and the CJK full stops. */
const SENTENCE_END = /[.!?](?=\s|$)|[。！？｡]/gu;
/** How far into the text the first mark may be. */
const FIRST_MARK_WINDOW = 256;

/** Offsets (ascending, distinct) after which to insert the mark. */
function markPositions(text: string, maxMarks: number): number[] {
  const positions: number[] = [];
  let firstEnd = -1;
  for (let index = 0; index < Math.min(text.length, FIRST_MARK_WINDOW); ) {
    const codePoint = text.codePointAt(index) as number;
    const character = String.fromCodePoint(codePoint);
    index += character.length;
    if (SAFE_BASE.test(character) && !EMOJI.test(character)) {
      firstEnd = afterCombining(text, index);
      break;
    }
  }
  // No suitable first character (an all-CJK or all-emoji opening): the mark opens the text instead.
  positions.push(firstEnd === -1 ? 0 : firstEnd);
  const ends: number[] = [];
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = afterCombining(text, match.index + match[0].length);
    if (end > (positions[0] as number) && end < text.length) ends.push(end);
  }
  // The last sentence end of a text is its end: a mark there adds nothing a paste could keep alone.
  const budget = maxMarks - positions.length;
  if (budget > 0 && ends.length > 0) {
    const step = Math.max(1, ends.length / budget);
    for (let slot = 0; slot < Math.min(budget, ends.length); slot++) {
      const end = ends[Math.floor(slot * step)] as number;
      if (end !== positions.at(-1)) positions.push(end);
    }
  }
  return positions;
}

/** The offset after any combining marks (and variation selectors) that follow `index`. */
function afterCombining(text: string, index: number): number {
  let cursor = index;
  while (cursor < text.length) {
    const codePoint = text.codePointAt(cursor) as number;
    const character = String.fromCodePoint(codePoint);
    if (!COMBINING.test(character) && selectorByte(codePoint) === -1) break;
    cursor += character.length;
  }
  return cursor;
}

import { findPayloads, isTagValid, selectorByte } from './watermark-codec.ts';
import { keyBytes, type WatermarkKey } from './watermark-key.ts';

/** Options of {@link detectWatermark}. */
export type DetectWatermarkOptions = {
  /** The key the mark was embedded with. */
  readonly key: WatermarkKey;
};

/** A watermark found and authenticated. */
export type DetectedWatermark = { readonly workspaceId: string };

/**
 * Finds a watermark made by `embedWatermark` with `key` anywhere in `text` (one whole mark is enough) and
 * returns the workspace id it carries. Marks whose tag does not verify under `key` (another key, a tampered
 * id, a forgery) are ignored, so the answer is `null` for them as for unmarked text. Linear in `text.length`;
 * tags are compared in constant time.
 *
 * @example
 * detectWatermark(pastedText, { key }); // → { workspaceId: 'acme' } or null
 */
export function detectWatermark(
  text: string,
  { key }: DetectWatermarkOptions,
): DetectedWatermark | null {
  const secret = keyBytes(key);
  for (const run of selectorRuns(text)) {
    for (const payload of findPayloads(run)) {
      if (!isTagValid(payload.workspaceId, payload.tag, secret)) continue;
      try {
        return { workspaceId: UTF8.decode(payload.workspaceId) };
      } catch {
        // A valid tag over bytes that are not UTF-8 cannot come from embedWatermark; keep looking.
      }
    }
  }
  return null;
}

// --- internal ---

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Each maximal run of variation selectors in `text`, as the bytes they stand for. */
function* selectorRuns(text: string): Generator<Uint8Array> {
  let bytes: number[] = [];
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) as number;
    index += codePoint > 0xffff ? 2 : 1;
    const byte = selectorByte(codePoint);
    if (byte !== -1) {
      bytes.push(byte);
      continue;
    }
    if (bytes.length > 0) yield Uint8Array.from(bytes);
    bytes = [];
  }
  if (bytes.length > 0) yield Uint8Array.from(bytes);
}

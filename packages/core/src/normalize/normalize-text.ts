import { CONFUSABLES } from './confusables.ts';

/** The text rules run on, with a way back to the original. */
export type NormalizedText = {
  /** NFKC, invisible characters removed, confusables folded in mixed-script words, lower-cased. */
  readonly text: string;
  /** `map[i]` is the original index of normalised code unit `i`; `null` when the two are identical in length and place. */
  readonly map: Int32Array | null;
  /** Zero-width, bidi and other invisible characters removed. */
  readonly invisibleCount: number;
  /** Letters folded from another script inside Latin words. */
  readonly confusableCount: number;
  /** Text smuggled in Unicode tag characters (U+E0020–U+E007E), decoded to ASCII. */
  readonly tagText: string;
};

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Normalises `original` for matching, keeping an offset map back to it. Pure ASCII takes a fast path
 * (one lower-casing pass); anything else is walked code point by code point, in linear time.
 */
export function normalizeText(original: string): NormalizedText {
  if (!NON_ASCII.test(original)) {
    return {
      text: original.toLowerCase(),
      map: null,
      invisibleCount: 0,
      confusableCount: 0,
      tagText: '',
    };
  }
  return normalizeSlow(original);
}

/** Maps a `[start, end)` range of normalised text back to the original text. */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
  originalLength: number,
): { start: number; end: number } {
  const map = normalized.map;
  if (map === null) return { start, end };
  const from = start < map.length ? (map[start] as number) : originalLength;
  const to = end < map.length ? (map[end] as number) : originalLength;
  return { start: from, end: Math.max(from, to) };
}

// --- internal ---

const foldCache = new Map<number, string>();

function fold(codePoint: number): string {
  let folded = foldCache.get(codePoint);
  if (folded === undefined) {
    folded = String.fromCodePoint(codePoint).normalize('NFKC').toLowerCase();
    if (foldCache.size < 20_000) foldCache.set(codePoint, folded);
  }
  return folded;
}

function isInvisible(codePoint: number): boolean {
  return (
    codePoint === 0xad ||
    codePoint === 0x34f ||
    codePoint === 0x61c ||
    codePoint === 0x115f ||
    codePoint === 0x1160 ||
    codePoint === 0x180e ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x206f) ||
    codePoint === 0x3164 ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0xfeff ||
    codePoint === 0xffa0 ||
    (codePoint >= 0x1d173 && codePoint <= 0x1d17a) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

function isWordBreak(unit: number): boolean {
  // ASCII that is not a letter ends a word; so do spaces and punctuation outside ASCII.
  if (unit < 0x80) return !((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39));
  return (unit >= 0x2000 && unit <= 0x206f) || (unit >= 0x3000 && unit <= 0x303f) || unit === 0xa0;
}

function normalizeSlow(original: string): NormalizedText {
  const units: number[] = [];
  const positions: number[] = [];
  let invisibleCount = 0;
  let confusableCount = 0;
  let tagText = '';
  let wordHasLatin = false;
  let wordConfusables: number[] = [];

  const endWord = (): void => {
    if (wordHasLatin && wordConfusables.length > 0) {
      for (const index of wordConfusables) {
        units[index] = CONFUSABLES.get(units[index] as number) as number;
        confusableCount++;
      }
    }
    wordHasLatin = false;
    if (wordConfusables.length > 0) wordConfusables = [];
  };

  for (let index = 0; index < original.length; ) {
    const codePoint = original.codePointAt(index) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    if (codePoint >= 0xe0000 && codePoint <= 0xe007f) {
      if (codePoint >= 0xe0020 && codePoint <= 0xe007e)
        tagText += String.fromCharCode(codePoint - 0xe0000);
      index += width;
      continue;
    }
    if (isInvisible(codePoint)) {
      invisibleCount++;
      index += width;
      continue;
    }
    const folded =
      codePoint < 0x80 ? String.fromCharCode(codePoint).toLowerCase() : fold(codePoint);
    for (let offset = 0; offset < folded.length; offset++) {
      const unit = folded.charCodeAt(offset);
      if (isWordBreak(unit)) {
        endWord();
      } else if (unit >= 0x61 && unit <= 0x7a) {
        wordHasLatin = true;
      } else if (CONFUSABLES.has(unit)) {
        wordConfusables.push(units.length);
      }
      units.push(unit);
      positions.push(index);
    }
    index += width;
  }
  endWord();

  let text = '';
  for (let start = 0; start < units.length; start += 8192) {
    text += String.fromCharCode(...units.slice(start, start + 8192));
  }
  return { text, map: Int32Array.from(positions), invisibleCount, confusableCount, tagText };
}

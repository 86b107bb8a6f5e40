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
  /** Normalised indices of those folded letters, ascending. */
  readonly foldedAt: readonly number[];
  /** Text smuggled in Unicode tag characters (U+E0020–U+E007E), decoded to ASCII. */
  readonly tagText: string;
  /**
   * Text smuggled in runs of variation selectors (one byte per selector, VS1–VS256), decoded as UTF-8; only
   * runs that decode to mostly printable text (binary payloads such as watermarks are left out).
   */
  readonly selectorText: string;
};

const NON_ASCII = /[^\x00-\x7f]/;
const NONE: readonly number[] = [];

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
      foldedAt: NONE,
      tagText: '',
      selectorText: '',
    };
  }
  return normalizeSlow(original);
}

/** Maps a `[start, end)` range of normalised text back to `original`. */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
  original: string,
): { start: number; end: number } {
  const map = normalized.map;
  if (map === null) return { start, end };
  if (end <= start || start >= map.length) return { start: original.length, end: original.length };
  const from = map[start] as number;
  const last = map[Math.min(end, map.length) - 1] as number;
  // The end is just past the original character that produced the last normalised unit.
  const to = last + ((original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  return { start: from, end: Math.max(from, to) };
}

// --- internal ---

const foldCache = new Map<number, string>();

/** Small capital letters, which NFKC leaves alone ("ɪɢɴᴏʀᴇ ᴀʟʟ"), read as the letters they are. */
const SMALL_CAPITALS: ReadonlyMap<number, string> = new Map([
  [0x1d00, 'a'],
  [0x299, 'b'],
  [0x1d04, 'c'],
  [0x1d05, 'd'],
  [0x1d07, 'e'],
  [0xa730, 'f'],
  [0x262, 'g'],
  [0x29c, 'h'],
  [0x26a, 'i'],
  [0x1d0a, 'j'],
  [0x1d0b, 'k'],
  [0x29f, 'l'],
  [0x1d0d, 'm'],
  [0x274, 'n'],
  [0x1d0f, 'o'],
  [0x1d18, 'p'],
  [0x280, 'r'],
  [0xa731, 's'],
  [0x1d1b, 't'],
  [0x1d1c, 'u'],
  [0x1d20, 'v'],
  [0x1d21, 'w'],
  [0x28f, 'y'],
  [0x1d22, 'z'],
]);

function fold(codePoint: number): string {
  let folded = foldCache.get(codePoint);
  if (folded === undefined) {
    // Turkish capital İ lower-cases to i + combining dot; rules expect a plain i.
    folded =
      codePoint === 0x130
        ? 'i'
        : (SMALL_CAPITALS.get(codePoint) ??
          String.fromCodePoint(codePoint).normalize('NFKC').toLowerCase());
    if (foldCache.size < 20_000) foldCache.set(codePoint, folded);
  }
  return folded;
}

/** Combining diacritical marks (the blocks used to stack marks on Latin letters, as in "zalgo" text). */
function isCombiningMark(codePoint: number): boolean {
  return (
    (codePoint >= 0x300 && codePoint <= 0x36f) ||
    (codePoint >= 0x1ab0 && codePoint <= 0x1aff) ||
    (codePoint >= 0x1dc0 && codePoint <= 0x1dff) ||
    (codePoint >= 0x20d0 && codePoint <= 0x20ff) ||
    (codePoint >= 0xfe20 && codePoint <= 0xfe2f)
  );
}

/**
 * What becomes of a combining mark: dropped after an ASCII letter, where it only hides a word ("ïg̈n̈ö̈r̈ë";
 * ASCII runs must stay as they are, so a decomposed "é" reads as "e"); composed into the non-ASCII letter before
 * it when the two compose (a decomposed "ệ" reads as the rules expect it); else kept.
 */
function placeMark(parts: string[], codePoint: number): 'dropped' | 'composed' | 'kept' {
  const last = parts[parts.length - 1];
  if (last === undefined || last.length === 0) return 'kept';
  const previous = last[last.length - 1] as string;
  if (previous >= 'a' && previous <= 'z') return 'dropped';
  const composed = `${previous}${String.fromCodePoint(codePoint)}`.normalize('NFC');
  if (composed.length !== 1) return 'kept';
  parts[parts.length - 1] = last.slice(0, -1) + composed.toLowerCase();
  return 'composed';
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

function normalizeSlow(original: string): NormalizedText {
  // ASCII stretches are copied with one native lower-casing each; only non-ASCII runs are walked.
  const parts: string[] = [];
  /** Normalised indices of look-alike letters (CONFUSABLES), ascending. */
  const confusableAt: number[] = [];
  let map = new Int32Array(original.length + 64);
  let length = 0;
  let invisibleCount = 0;
  let tagText = '';
  let selectorText = '';
  let selectorBytes: number[] = [];
  const flushSelectors = (): void => {
    if (selectorBytes.length >= MIN_SELECTOR_RUN) {
      const decoded = decodeSelectorRun(selectorBytes);
      if (decoded !== undefined) selectorText += `${decoded}\n`;
    }
    selectorBytes = [];
  };
  let asciiFrom = 0;
  const copyAscii = (until: number): void => {
    if (until <= asciiFrom) return;
    parts.push(original.slice(asciiFrom, until).toLowerCase());
    for (let index = asciiFrom; index < until; index++) map[length++] = index;
  };
  NON_ASCII_RUN.lastIndex = 0;
  let run = NON_ASCII_RUN.exec(original);
  while (run !== null) {
    copyAscii(run.index);
    const runEnd = run.index + run[0].length;
    for (let index = run.index; index < runEnd; ) {
      const codePoint = original.codePointAt(index) as number;
      const width = codePoint > 0xffff ? 2 : 1;
      const selector = selectorByteOf(codePoint);
      if (selector !== -1) selectorBytes.push(selector);
      else if (selectorBytes.length > 0) flushSelectors();
      if (codePoint >= 0xe0000 && codePoint <= 0xe007f) {
        if (codePoint >= 0xe0020 && codePoint <= 0xe007e)
          tagText += String.fromCharCode(codePoint - 0xe0000);
      } else if (isInvisible(codePoint)) {
        invisibleCount++;
      } else {
        const mark = isCombiningMark(codePoint) ? placeMark(parts, codePoint) : 'kept';
        if (mark === 'dropped') invisibleCount++;
        else if (mark === 'kept') {
          const folded = fold(codePoint);
          parts.push(folded);
          // Look-alike letters are never ASCII, so only folded characters can be one.
          for (let offset = 0; offset < folded.length; offset++)
            if (IS_CONFUSABLE[folded.charCodeAt(offset)] === 1) confusableAt.push(length + offset);
          // NFKC may expand one character into many (up to 18 units); grow the map when it must.
          if (length + folded.length + (original.length - index) > map.length) {
            const grown = new Int32Array(map.length * 2 + folded.length);
            grown.set(map);
            map = grown;
          }
          for (let offset = 0; offset < folded.length; offset++) map[length++] = index;
        }
      }
      index += width;
    }
    asciiFrom = runEnd;
    // A selector run ends where ASCII starts.
    if (selectorBytes.length > 0 && runEnd < original.length) flushSelectors();
    run = NON_ASCII_RUN.exec(original);
  }
  flushSelectors();
  copyAscii(original.length);
  let text = parts.join('');
  const foldedAt = findMixedScriptConfusables(text, confusableAt);
  if (foldedAt.length > 0) {
    const units = text.split('');
    for (const index of foldedAt)
      units[index] = String.fromCharCode(CONFUSABLES.get(text.charCodeAt(index)) as number);
    text = units.join('');
  }
  return {
    text,
    map: map.subarray(0, length),
    invisibleCount,
    confusableCount: foldedAt.length,
    foldedAt,
    tagText,
    selectorText,
  };
}

/** Shorter runs of variation selectors are ordinary (an emoji's presentation selector). */
const MIN_SELECTOR_RUN = 4;

/** The byte a variation selector stands for (VS1–VS16 → 0–15, VS17–VS256 → 16–255), else -1. */
function selectorByteOf(codePoint: number): number {
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return codePoint - 0xfe00;
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return codePoint - 0xe0100 + 16;
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });
const PRINTABLE = /[\p{L}\p{N}\p{P}\p{Zs}\n]/u;

/** The text a run of selector bytes spells, when at least 85% of it is printable. */
function decodeSelectorRun(bytes: readonly number[]): string | undefined {
  const decoded = utf8.decode(Uint8Array.from(bytes));
  let printable = 0;
  let total = 0;
  for (const char of decoded) {
    total++;
    if (PRINTABLE.test(char)) printable++;
  }
  return total > 0 && printable / total >= 0.85 ? decoded : undefined;
}

const NON_ASCII_RUN = /[^\x00-\x7f]+/g;
/** Which code units are look-alike letters (the keys of CONFUSABLES). */
const IS_CONFUSABLE = new Uint8Array(65536);
for (const unit of CONFUSABLES.keys()) IS_CONFUSABLE[unit] = 1;

/**
 * Indices of look-alike letters inside words that also hold Latin letters ("іgnоrе", not "привет"), given
 * the indices of all look-alike letters (`candidates`, ascending).
 */
function findMixedScriptConfusables(text: string, candidates: readonly number[]): number[] {
  const found: number[] = [];
  let wordEnd = -1;
  for (const candidate of candidates) {
    if (candidate >= wordEnd) {
      let start = candidate;
      while (start > 0 && !isWordBreak(text.charCodeAt(start - 1))) start--;
      let end = candidate + 1;
      while (end < text.length && !isWordBreak(text.charCodeAt(end))) end++;
      wordEnd = end;
      let hasLatin = false;
      for (let index = start; index < end && !hasLatin; index++) {
        const unit = text.charCodeAt(index);
        hasLatin = unit >= 0x61 && unit <= 0x7a;
      }
      if (hasLatin) {
        for (let index = start; index < end; index++)
          if (CONFUSABLES.has(text.charCodeAt(index))) found.push(index);
      }
    }
  }
  return found;
}

function isWordBreak(unit: number): boolean {
  // ASCII that is not a letter or digit ends a word; so do spaces and punctuation outside ASCII.
  if (unit < 0x80) return !((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39));
  return (unit >= 0x2000 && unit <= 0x206f) || (unit >= 0x3000 && unit <= 0x303f) || unit === 0xa0;
}

import { findAlphabetRuns, findBinaryRuns, findPercentRuns, hasHexDump } from './char-runs.ts';
import { LETTER_CODE_DECODERS } from './letter-codes.ts';

/** A piece of text recovered from an encoding, to be scanned again. Offsets are in the original text. */
export type DecodedSegment = {
  readonly text: string;
  /** How it was hidden: `base64`, `base32`, `hex`, `binary`, `url`, `escape`, `html_entities`, `morse`, `braille`, `nato`, `rot13`, `reversed`, `leetspeak`, `spaced`. */
  readonly encoding: string;
  readonly start: number;
  readonly end: number;
};

/** Limits that keep decoding bounded on hostile input. */
export type DecodeLimits = {
  /** At most this many segments per text. */
  readonly maxSegments: number;
  /** Encoded runs longer than this are not decoded (binary blobs, images). */
  readonly maxEncodedLength: number;
};

export const DEFAULT_DECODE_LIMITS: DecodeLimits = { maxSegments: 32, maxEncodedLength: 65_536 };

/**
 * Finds encoded runs in `original` (base64, hex, percent-encoding, `\x`/`\u` escapes, HTML numeric entities,
 * and the letter codes of letter-codes.ts)
 * and returns those that decode to readable text. Each pattern is linear and each run is decoded once.
 */
export function decodeEncodedRuns(
  original: string,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
): DecodedSegment[] {
  const segments: DecodedSegment[] = [];
  // Base64 and plain hex: one table-driven pass over the text finds the candidate runs.
  for (const run of findAlphabetRuns(original, 20, limits.maxSegments * 4)) {
    if (segments.length >= limits.maxSegments) break;
    if (run.end - run.start > limits.maxEncodedLength) continue;
    const text = original.slice(run.start, run.end);
    const isHex = /^[0-9a-fA-F]+$/.test(text);
    // Base32 is upper-case letters and the digits 2–7: a subset of base64's alphabet, read both ways.
    const isBase32 = !isHex && text.length >= 24 && /^[A-Z2-7]+=*$/.test(text);
    const decoded = isHex
      ? text.length >= 24
        ? decodeHex(text)
        : null
      : /^[a-z]+$/i.test(text)
        ? null
        : decodeBase64(text);
    if (decoded !== null && isReadable(decoded)) {
      segments.push({
        text: decoded,
        encoding: isHex ? 'hex' : 'base64',
        start: run.start,
        end: run.end,
      });
    } else if (isBase32) {
      const base32 = decodeBase32(text);
      if (base32 !== null && isReadable(base32))
        segments.push({ text: base32, encoding: 'base32', start: run.start, end: run.end });
    }
  }
  // Percent-encoding: fully encoded text, or words joined by encoded spaces ("Ignore%20all%20previous…").
  if (original.includes('%')) {
    for (const run of findPercentRuns(original, limits.maxSegments)) {
      if (segments.length >= limits.maxSegments) break;
      if (run.end - run.start > limits.maxEncodedLength) continue;
      const encoded = original.slice(run.start, run.end);
      const decoded = decodePercent(encoded);
      if (decoded !== null && isReadable(decoded) && decoded !== encoded) {
        segments.push({ text: decoded, encoding: 'url', start: run.start, end: run.end });
      }
    }
  }
  // Bytes written as 8-bit binary ("01001001 01100111 …"): found by a linear scan.
  if (original.includes('0 0') || original.includes('1 0')) {
    for (const run of findBinaryRuns(original, MIN_BINARY_BYTES, limits.maxSegments)) {
      if (segments.length >= limits.maxSegments) break;
      if (run.end - run.start > limits.maxEncodedLength) continue;
      const decoded = decodeBinary(original.slice(run.start, run.end));
      if (isReadable(decoded)) segments.push({ text: decoded, encoding: 'binary', ...run });
    }
  }
  for (const decoder of DECODERS) {
    if (!decoder.gate(original) || !decoder.quick.test(original)) continue;
    decoder.pattern.lastIndex = 0;
    let match: RegExpExecArray | null = decoder.pattern.exec(original);
    while (match !== null && segments.length < limits.maxSegments) {
      const run = match[0];
      if (run.length <= limits.maxEncodedLength) {
        const decoded = decoder.decode(run);
        if (decoded !== null && isReadable(decoded) && decoded !== run) {
          segments.push({
            text: decoded,
            encoding: decoder.encoding,
            start: match.index,
            end: match.index + run.length,
          });
        }
      }
      match = decoder.pattern.exec(original);
    }
  }
  return segments;
}

/** ROT13 of ASCII letters; everything else unchanged. */
export function rot13(text: string): string {
  return text.replace(/[a-z]/g, (letter) =>
    String.fromCharCode(((letter.charCodeAt(0) - 97 + 13) % 26) + 97),
  );
}

/** True when `text` is mostly printable and contains some words: worth scanning again. */
export function isReadable(text: string): boolean {
  if (text.length < 8) return false;
  let printable = 0;
  let letters = 0;
  const sample = Math.min(text.length, 4096);
  for (let index = 0; index < sample; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 0xfffd) continue;
    if (
      (unit >= 0x20 && unit < 0x7f) ||
      unit === 0x0a ||
      unit === 0x0d ||
      unit === 0x09 ||
      unit >= 0xa0
    )
      printable++;
    if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || unit >= 0xa0) letters++;
  }
  return printable / sample >= 0.9 && letters / sample >= 0.4;
}

// --- internal ---

/** A decoder of runs found by a pattern: see {@link decodeEncodedRuns}. */
export type Decoder = {
  readonly encoding: string;
  /** A test cheaper than `quick` that every match of `pattern` passes (most texts fail it). */
  gate(text: string): boolean;
  /** Cheap test before the global scan. */
  readonly quick: RegExp;
  readonly pattern: RegExp;
  decode(run: string): string | null;
};

const UTF8 = new TextDecoder('utf-8');

function bytesToText(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

function decodeBase64(run: string): string | null {
  let body = run.replace(/[-_]/g, (char) => (char === '-' ? '+' : '/'));
  while (body.endsWith('=')) body = body.slice(0, -1);
  if (body.length % 4 === 1) return null;
  body += '='.repeat((4 - (body.length % 4)) % 4);
  try {
    const binary = atob(body);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytesToText(bytes);
  } catch {
    return null;
  }
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Base32 (RFC 4648) of upper-case letters and the digits 2–7; null on any other character. */
function decodeBase32(run: string): string | null {
  let body = run;
  while (body.endsWith('=')) body = body.slice(0, -1);
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of body) {
    const value = BASE32.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytesToText(new Uint8Array(bytes));
}

function decodeHex(run: string): string | null {
  const digits = run.replace(/[^0-9a-fA-F]/g, '');
  if (digits.length % 2 !== 0) return null;
  const bytes = new Uint8Array(digits.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(digits.slice(index * 2, index * 2 + 2), 16);
  }
  return bytesToText(bytes);
}

/** Fewer bytes than this in binary are flags or a bit mask, not a message. */
const MIN_BINARY_BYTES = 8;

function decodeBinary(run: string): string {
  const groups = run.split(' ');
  const bytes = new Uint8Array(groups.length);
  for (let index = 0; index < groups.length; index++)
    bytes[index] = Number.parseInt(groups[index] as string, 2);
  return bytesToText(bytes);
}

function decodePercent(run: string): string | null {
  try {
    return decodeURIComponent(run.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function decodeEscapes(run: string): string | null {
  return run.replace(
    /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/g,
    (_all, byte: string | undefined, unit: string | undefined) =>
      String.fromCharCode(Number.parseInt((byte ?? unit) as string, 16)),
  );
}

function decodeEntities(run: string): string | null {
  return run.replace(/&#(x?)([0-9a-fA-F]{1,6});/g, (_all, hex: string, digits: string) => {
    const codePoint = Number.parseInt(digits, hex === '' ? 10 : 16);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
  });
}

const DECODERS: readonly Decoder[] = [
  {
    // Hex with separators (`69 67 6e`, `69:67:6e`); plain hex runs are handled above.
    encoding: 'hex',
    // Exactly whether `pattern` matches somewhere: twelve pairs with a space or colon between each.
    gate: (text) => hasHexDump(text, 12),
    quick: /[0-9a-fA-F]{2}[\s:][0-9a-fA-F]{2}[\s:][0-9a-fA-F]{2}[\s:][0-9a-fA-F]{2}/,
    pattern: /(?:[0-9a-fA-F]{2}[ :]){11,}[0-9a-fA-F]{2}/g,
    decode: decodeHex,
  },
  {
    encoding: 'escape',
    gate: (text) => text.includes('\\'),
    quick: /\\[xu][0-9a-fA-F]{2}/,
    pattern: /(?:\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})[^\\\s]{0,2}){6,}/g,
    decode: decodeEscapes,
  },
  {
    encoding: 'html_entities',
    gate: (text) => text.includes('&#'),
    quick: /&#x?[0-9a-fA-F]{1,6};/,
    pattern: /(?:&#x?[0-9a-fA-F]{1,6};[^&\s]{0,2}){6,}/g,
    decode: decodeEntities,
  },
  ...LETTER_CODE_DECODERS,
];

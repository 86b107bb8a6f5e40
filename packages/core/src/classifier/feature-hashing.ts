/**
 * Hashed n-gram features of normalised text, computed in one pass: word unigrams and bigrams (runs of
 * letters and digits; any non-ASCII unit counts as a letter) and character 3-, 4- and 5-grams (rolling
 * hashes over the text with whitespace runs collapsed to one space). Training and inference share this
 * function, so a model always sees exactly the features it was trained on.
 *
 * Writes feature indices (`0 … 2^bits − 1`, repeats allowed) into `out` and returns how many it wrote;
 * size `out` with {@link maxFeatures}.
 */
export function extractFeatures(text: string, bits: number, out: Int32Array): number {
  const mask = (1 << bits) - 1;
  const units = collapse(text);
  const length = units.length;
  let count = 0;
  let word = OFFSET;
  let wordLength = 0;
  let previousWord = 0;
  let h3 = 0;
  let h4 = 0;
  let h5 = 0;
  for (let index = 0; index <= length; index++) {
    // A virtual space at the end closes the last word.
    const unit = index < length ? (units[index] as number) : 0x20;
    if (unit >= 0x80 || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39)) {
      word = Math.imul(word ^ unit, PRIME);
      wordLength++;
    } else if (wordLength > 0) {
      out[count++] = mix(word ^ SALT_WORD, mask);
      if (previousWord !== 0)
        out[count++] = mix(Math.imul(previousWord, 0x2f0b3a49) ^ word ^ SALT_BIGRAM, mask);
      previousWord = word;
      word = OFFSET;
      wordLength = 0;
    }
    if (index === length) break;
    h3 = (Math.imul(h3, PRIME) + unit) | 0;
    h4 = (Math.imul(h4, PRIME) + unit) | 0;
    h5 = (Math.imul(h5, PRIME) + unit) | 0;
    if (index >= 2) {
      out[count++] = mix(h3 ^ SALT_3, mask);
      h3 = (h3 - Math.imul(units[index - 2] as number, PRIME_2)) | 0;
    }
    if (index >= 3) {
      out[count++] = mix(h4 ^ SALT_4, mask);
      h4 = (h4 - Math.imul(units[index - 3] as number, PRIME_3)) | 0;
    }
    if (index >= 4) {
      out[count++] = mix(h5 ^ SALT_5, mask);
      h5 = (h5 - Math.imul(units[index - 4] as number, PRIME_4)) | 0;
    }
  }
  return count;
}

/** An upper bound on the features of a text of `length` units: size the output buffer with it. */
export function maxFeatures(length: number): number {
  return length * 5 + 8;
}

// --- internal ---

const PRIME = 0x01000193;
const OFFSET = 0x811c9dc5 | 0;
const PRIME_2 = Math.imul(PRIME, PRIME);
const PRIME_3 = Math.imul(PRIME_2, PRIME);
const PRIME_4 = Math.imul(PRIME_3, PRIME);
const SALT_WORD = 0x1b873593;
const SALT_BIGRAM = 0x2c1b3c6d;
const SALT_3 = 0x297a2d39;
const SALT_4 = 0x5bd1e995;
const SALT_5 = 0x68e31da4;

let scratch = new Uint16Array(4096);

/** The text's code units with tabs and line breaks as spaces and whitespace runs as one space. */
function collapse(text: string): Uint16Array {
  if (scratch.length < text.length) scratch = new Uint16Array(text.length * 2);
  let length = 0;
  let previous = 0;
  for (let index = 0; index < text.length; index++) {
    let unit = text.charCodeAt(index);
    if (unit === 0x0a || unit === 0x09 || unit === 0x0d) unit = 0x20;
    if (unit === 0x20 && previous === 0x20) continue;
    scratch[length++] = unit;
    previous = unit;
  }
  return scratch.subarray(0, length);
}

function mix(value: number, mask: number): number {
  let hash = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) & mask;
}

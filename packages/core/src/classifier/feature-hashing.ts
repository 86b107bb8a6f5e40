/**
 * Hashed n-gram features of normalised text, computed in one pass: word unigrams and bigrams (runs of
 * letters and digits; any non-ASCII unit counts as a letter) and character 3-, 4- and 5-grams (rolling
 * hashes, so each position costs a few multiplications). Training and inference share this function, so
 * a model always sees exactly the features it was trained on.
 */
export function extractFeatures(text: string, bits: number, out: Int32Array): number {
  const mask = (1 << bits) - 1;
  let count = 0;
  let h3 = 0;
  let h4 = 0;
  let h5 = 0;
  let word = 0;
  let wordLength = 0;
  let previousWord = 0;
  const length = text.length;
  for (let index = 0; index <= length; index++) {
    // A virtual space at the end closes the last word and the last n-grams.
    const unit = index < length ? text.charCodeAt(index) : 0x20;
    const isWordUnit =
      unit >= 0x80 || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
    if (isWordUnit) {
      word = Math.imul(word ^ unit, 0x01000193);
      wordLength++;
    } else if (wordLength > 0) {
      out[count++] = mix(word ^ SALT_WORD, mask);
      if (previousWord !== 0)
        out[count++] = mix(Math.imul(previousWord, 0x2f0b3a49) ^ word ^ SALT_BIGRAM, mask);
      previousWord = word;
      word = 0x811c9dc5;
      wordLength = 0;
    }
    if (index >= length) break;
    // Whitespace runs count as one space for character n-grams.
    const charUnit = unit === 0x0a || unit === 0x09 || unit === 0x0d ? 0x20 : unit;
    if (charUnit === 0x20 && index > 0 && isSpace(text.charCodeAt(index - 1))) continue;
    h3 = (Math.imul(h3, POWER) + charUnit) | 0;
    h4 = (Math.imul(h4, POWER) + charUnit) | 0;
    h5 = (Math.imul(h5, POWER) + charUnit) | 0;
    const seen = index + 1;
    if (seen >= 3) {
      out[count++] = mix(h3 ^ SALT_3, mask);
      h3 = (h3 - Math.imul(charAt(text, index, 2), POWER_2)) | 0;
    }
    if (seen >= 4) {
      out[count++] = mix(h4 ^ SALT_4, mask);
      h4 = (h4 - Math.imul(charAt(text, index, 3), POWER_3)) | 0;
    }
    if (seen >= 5) {
      out[count++] = mix(h5 ^ SALT_5, mask);
      h5 = (h5 - Math.imul(charAt(text, index, 4), POWER_4)) | 0;
    }
  }
  return count;
}

/** An upper bound on the features of a text of `length` units: size the output buffer with it. */
export function maxFeatures(length: number): number {
  return length * 5 + 8;
}

// --- internal ---

const POWER = 0x01000193;
const POWER_2 = Math.imul(POWER, POWER);
const POWER_3 = Math.imul(POWER_2, POWER);
const POWER_4 = Math.imul(POWER_3, POWER);
const SALT_WORD = 0x1b873593;
const SALT_BIGRAM = 0x2c1b3c6d;
const SALT_3 = 0x297a2d39;
const SALT_4 = 0x5bd1e995;
const SALT_5 = 0x68e31da4;

function isSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x0a || unit === 0x09 || unit === 0x0d;
}

/**
 * The unit that leaves an n-gram window: the one `back` positions before `index` in the collapsed
 * stream. Whitespace runs were collapsed, so walk back over the skipped units.
 */
function charAt(text: string, index: number, back: number): number {
  let position = index;
  let steps = back;
  while (steps > 0 && position > 0) {
    position--;
    const unit = text.charCodeAt(position);
    if (isSpace(unit) && position > 0 && isSpace(text.charCodeAt(position - 1))) continue;
    steps--;
  }
  const unit = text.charCodeAt(position);
  return unit === 0x0a || unit === 0x09 || unit === 0x0d ? 0x20 : unit;
}

function mix(value: number, mask: number): number {
  let hash = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) & mask;
}

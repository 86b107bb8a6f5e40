/**
 * Hashed n-gram features of normalised text, computed in one pass: word unigrams and bigrams (runs of
 * letters and digits; any non-ASCII unit counts as a letter) and character 3-, 4- and 5-grams (rolling
 * hashes over the text with whitespace runs collapsed to one space). Training and inference share this
 * code, so a model always sees exactly the features it was trained on.
 *
 * Writes feature indices (`0 … 2^bits − 1`, repeats allowed) into `out` and returns how many it wrote;
 * size `out` with {@link maxFeatures}.
 */
export function extractFeatures(text: string, bits: number, out: Int32Array): number {
  const state = createFeatureState();
  feedFeatures(state, text, 0, text.length, bits, out);
  closeFeatures(state, bits, out, null);
  return state.count;
}

/** An upper bound on the features of a text of `length` units: size the output buffer with it. */
export function maxFeatures(length: number): number {
  return length * 5 + 8;
}

/**
 * Where the hashing of a stream of text stands: it can be fed in pieces, copied and compared, so that a
 * long text's overlapping windows can share the work (see `windowed-logit.ts`).
 */
export type FeatureState = {
  /** Hash state, laid out as the `AT_*` constants below say. */
  readonly units: Int32Array;
  /** Features emitted so far. */
  count: number;
  /** Sum of their weights, when fed with weights. */
  sum: number;
};

/** A state at the start of a text. */
export function createFeatureState(): FeatureState {
  const state: FeatureState = { units: new Int32Array(STATE_SIZE), count: 0, sum: 0 };
  resetFeatureState(state);
  return state;
}

/** Puts `state` back at the start of a text. */
export function resetFeatureState(state: FeatureState): void {
  state.units.fill(0);
  state.units[AT_WORD] = OFFSET;
  state.count = 0;
  state.sum = 0;
}

/** Copies the hash state (not the counts) of `from` into `to`. */
export function copyFeatureState(from: FeatureState, to: FeatureState): void {
  to.units.set(from.units);
}

/** True when two states will emit the same features for any continuation. */
export function sameFeatureState(left: FeatureState, right: FeatureState): boolean {
  const a = left.units;
  const b = right.units;
  for (let index = 0; index < STATE_SIZE; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** Feeds `text[from, to)` to the hashing; each feature is written to `out` at `state.count`. */
export function feedFeatures(
  state: FeatureState,
  text: string,
  from: number,
  to: number,
  bits: number,
  out: Int32Array,
): void {
  const mask = (1 << bits) - 1;
  const units = state.units;
  let previousUnit = units[AT_PREVIOUS_UNIT] as number;
  let word = units[AT_WORD] as number;
  let inWord = units[AT_IN_WORD] as number;
  let previousWord = units[AT_PREVIOUS_WORD] as number;
  let h3 = units[AT_H3] as number;
  let h4 = units[AT_H4] as number;
  let h5 = units[AT_H5] as number;
  let back1 = units[AT_BACK1] as number;
  let back2 = units[AT_BACK2] as number;
  let back3 = units[AT_BACK3] as number;
  let back4 = units[AT_BACK4] as number;
  let seen = units[AT_SEEN] as number;
  let count = state.count;
  for (let index = from; index < to; index++) {
    let unit = text.charCodeAt(index);
    // Tabs and line breaks read as spaces; a run of spaces as one.
    if (unit === 0x0a || unit === 0x09 || unit === 0x0d) unit = 0x20;
    if (unit === 0x20 && previousUnit === 0x20) continue;
    previousUnit = unit;
    if (unit >= 0x80 || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39)) {
      word = Math.imul(word ^ unit, PRIME);
      inWord = 1;
    } else if (inWord !== 0) {
      const feature = mix(word ^ SALT_WORD, mask);
      out[count] = feature;
      count++;
      if (previousWord !== 0) {
        const bigram = mix(Math.imul(previousWord, 0x2f0b3a49) ^ word ^ SALT_BIGRAM, mask);
        out[count] = bigram;
        count++;
      }
      previousWord = word;
      word = OFFSET;
      inWord = 0;
    }
    h3 = (Math.imul(h3, PRIME) + unit) | 0;
    h4 = (Math.imul(h4, PRIME) + unit) | 0;
    h5 = (Math.imul(h5, PRIME) + unit) | 0;
    if (seen >= 2) {
      const feature = mix(h3 ^ SALT_3, mask);
      out[count] = feature;
      count++;
      h3 = (h3 - Math.imul(back2, PRIME_2)) | 0;
      if (seen >= 3) {
        const feature4 = mix(h4 ^ SALT_4, mask);
        out[count] = feature4;
        count++;
        h4 = (h4 - Math.imul(back3, PRIME_3)) | 0;
        if (seen >= 4) {
          const feature5 = mix(h5 ^ SALT_5, mask);
          out[count] = feature5;
          count++;
          h5 = (h5 - Math.imul(back4, PRIME_4)) | 0;
        }
      }
    }
    back4 = back3;
    back3 = back2;
    back2 = back1;
    back1 = unit;
    if (seen < 4) seen++;
  }
  units[AT_PREVIOUS_UNIT] = previousUnit;
  units[AT_WORD] = word;
  units[AT_IN_WORD] = inWord;
  units[AT_PREVIOUS_WORD] = previousWord;
  units[AT_H3] = h3;
  units[AT_H4] = h4;
  units[AT_H5] = h5;
  units[AT_BACK1] = back1;
  units[AT_BACK2] = back2;
  units[AT_BACK3] = back3;
  units[AT_BACK4] = back4;
  units[AT_SEEN] = seen;
  state.count = count;
}

/**
 * {@link feedFeatures} for scoring: each feature's weight is added to `state.sum` instead of the feature
 * being written. The same loop, kept apart because the branch between the two costs ~10% (a test holds
 * the two to the same features).
 */
export function feedFeatureWeights(
  state: FeatureState,
  text: string,
  from: number,
  to: number,
  bits: number,
  weights: Int8Array,
): void {
  const mask = (1 << bits) - 1;
  const units = state.units;
  let previousUnit = units[AT_PREVIOUS_UNIT] as number;
  let word = units[AT_WORD] as number;
  let inWord = units[AT_IN_WORD] as number;
  let previousWord = units[AT_PREVIOUS_WORD] as number;
  let h3 = units[AT_H3] as number;
  let h4 = units[AT_H4] as number;
  let h5 = units[AT_H5] as number;
  let back1 = units[AT_BACK1] as number;
  let back2 = units[AT_BACK2] as number;
  let back3 = units[AT_BACK3] as number;
  let back4 = units[AT_BACK4] as number;
  let seen = units[AT_SEEN] as number;
  let count = state.count;
  let sum = state.sum;
  for (let index = from; index < to; index++) {
    let unit = text.charCodeAt(index);
    // Tabs and line breaks read as spaces; a run of spaces as one.
    if (unit === 0x0a || unit === 0x09 || unit === 0x0d) unit = 0x20;
    if (unit === 0x20 && previousUnit === 0x20) continue;
    previousUnit = unit;
    if (unit >= 0x80 || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39)) {
      word = Math.imul(word ^ unit, PRIME);
      inWord = 1;
    } else if (inWord !== 0) {
      const feature = mix(word ^ SALT_WORD, mask);
      sum += weights[feature] as number;
      count++;
      if (previousWord !== 0) {
        const bigram = mix(Math.imul(previousWord, 0x2f0b3a49) ^ word ^ SALT_BIGRAM, mask);
        sum += weights[bigram] as number;
        count++;
      }
      previousWord = word;
      word = OFFSET;
      inWord = 0;
    }
    h3 = (Math.imul(h3, PRIME) + unit) | 0;
    h4 = (Math.imul(h4, PRIME) + unit) | 0;
    h5 = (Math.imul(h5, PRIME) + unit) | 0;
    if (seen >= 2) {
      const feature = mix(h3 ^ SALT_3, mask);
      sum += weights[feature] as number;
      count++;
      h3 = (h3 - Math.imul(back2, PRIME_2)) | 0;
      if (seen >= 3) {
        const feature4 = mix(h4 ^ SALT_4, mask);
        sum += weights[feature4] as number;
        count++;
        h4 = (h4 - Math.imul(back3, PRIME_3)) | 0;
        if (seen >= 4) {
          const feature5 = mix(h5 ^ SALT_5, mask);
          sum += weights[feature5] as number;
          count++;
          h5 = (h5 - Math.imul(back4, PRIME_4)) | 0;
        }
      }
    }
    back4 = back3;
    back3 = back2;
    back2 = back1;
    back1 = unit;
    if (seen < 4) seen++;
  }
  units[AT_PREVIOUS_UNIT] = previousUnit;
  units[AT_WORD] = word;
  units[AT_IN_WORD] = inWord;
  units[AT_PREVIOUS_WORD] = previousWord;
  units[AT_H3] = h3;
  units[AT_H4] = h4;
  units[AT_H5] = h5;
  units[AT_BACK1] = back1;
  units[AT_BACK2] = back2;
  units[AT_BACK3] = back3;
  units[AT_BACK4] = back4;
  units[AT_SEEN] = seen;
  state.count = count;
  state.sum = sum;
}

/** Ends the text: the last word's features (a virtual space closes it). Leaves the state as it was. */
export function closeFeatures(
  state: FeatureState,
  bits: number,
  out: Int32Array | null,
  weights: Int8Array | null,
): void {
  const units = state.units;
  if (units[AT_IN_WORD] === 0) return;
  const mask = (1 << bits) - 1;
  const word = units[AT_WORD] as number;
  const previousWord = units[AT_PREVIOUS_WORD] as number;
  const features = [mix(word ^ SALT_WORD, mask)];
  if (previousWord !== 0)
    features.push(mix(Math.imul(previousWord, 0x2f0b3a49) ^ word ^ SALT_BIGRAM, mask));
  for (const feature of features) {
    if (out === null) state.sum += (weights as Int8Array)[feature] as number;
    else out[state.count] = feature;
    state.count++;
  }
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

// Layout of FeatureState.units: the last unit kept (after collapsing), the open word's hash and whether a
// word is open, the previous word's hash, the three rolling hashes, the last four units and how many units
// have been seen (capped at 4: only "at least 2, 3, 4" matters).
const AT_PREVIOUS_UNIT = 0;
const AT_WORD = 1;
const AT_IN_WORD = 2;
const AT_PREVIOUS_WORD = 3;
const AT_H3 = 4;
const AT_H4 = 5;
const AT_H5 = 6;
const AT_BACK1 = 7;
const AT_BACK2 = 8;
const AT_BACK3 = 9;
const AT_BACK4 = 10;
const AT_SEEN = 11;
const STATE_SIZE = 12;

function mix(value: number, mask: number): number {
  let hash = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) & mask;
}

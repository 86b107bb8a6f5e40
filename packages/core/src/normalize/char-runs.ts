/** Runs of characters of the base64 alphabet long enough to hold an encoded payload, found in one pass. */
export type AlphabetRun = { readonly start: number; readonly end: number };

/**
 * Finds runs of at least `minLength` characters of the base64 (standard or URL-safe) alphabet, with their
 * trailing `=` padding. A table-driven loop instead of a regex: a regex retries from every word start,
 * this reads each character once.
 */
export function findAlphabetRuns(text: string, minLength: number, maxRuns: number): AlphabetRun[] {
  const runs: AlphabetRun[] = [];
  let runStart = -1;
  const length = text.length;
  for (let index = 0; index <= length; index++) {
    const unit = index < length ? text.charCodeAt(index) : 0;
    if (unit < 128 && BASE64_ALPHABET[unit] === 1) {
      if (runStart === -1) runStart = index;
      continue;
    }
    if (runStart !== -1) {
      if (index - runStart >= minLength) {
        let end = index;
        while (end < length && end - index < 2 && text.charCodeAt(end) === 0x3d) end++;
        runs.push({ start: runStart, end });
        if (runs.length >= maxRuns) return runs;
      }
      runStart = -1;
    }
  }
  return runs;
}

// --- internal ---

const BASE64_ALPHABET = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') {
  BASE64_ALPHABET[char.charCodeAt(0)] = 1;
}

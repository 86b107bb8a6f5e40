/** A run of text that may hold an encoded payload (base64 alphabet, hex digits, percent escapes). */
export type EncodedRun = { readonly start: number; readonly end: number };

/**
 * Finds runs of at least `minLength` characters of the base64 (standard or URL-safe) alphabet, with their
 * trailing `=` padding, in text order.
 */
export function findAlphabetRuns(text: string, minLength: number, maxRuns: number): EncodedRun[] {
  return findRuns(text, BASE64_ALPHABET, minLength, maxRuns).map(({ start, end }) => {
    let padded = end;
    while (padded < text.length && padded - end < 2 && text.charCodeAt(padded) === 0x3d) padded++;
    return { start, end: padded };
  });
}

/**
 * True when `text` holds a hex dump of at least `pairs` two-digit groups, each separated by one space or
 * colon (`69 67 6e 6f …`): exactly when `(?:[0-9a-fA-F]{2}[ :]){pairs-1,}[0-9a-fA-F]{2}` matches. Only the
 * runs of hex digits, spaces and colons long enough to hold one are read, unit by unit.
 */
export function hasHexDump(text: string, pairs: number): boolean {
  const minLength = pairs * 3 - 1;
  for (const run of findRuns(text, HEX_SEPARATED, minLength, Number.POSITIVE_INFINITY)) {
    // How much of the periodic shape "hh hh hh…" ends here. Hex digits and separators are disjoint, so a
    // broken shape restarts with the last pair of digits (or nothing).
    let matched = 0;
    for (let index = run.start; index < run.end; index++) {
      const isSeparator = text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x3a;
      if (matched % 3 === 2) matched = isSeparator ? matched + 1 : 2;
      else matched = isSeparator ? 0 : matched + 1;
      if (matched >= minLength) return true;
    }
  }
  return false;
}

/**
 * Runs of at least `minBytes` eight-digit binary groups separated by single spaces ("01001001 01100111 …"),
 * not glued to other digits, in text order. One pass over the text.
 */
export function findBinaryRuns(text: string, minBytes: number, maxRuns: number): EncodedRun[] {
  const runs: EncodedRun[] = [];
  let index = 0;
  while (index < text.length && runs.length < maxRuns) {
    let groups = 0;
    let end = index;
    while (isBinaryGroup(text, end)) {
      groups++;
      end += 8;
      if (text.charCodeAt(end) !== 0x20 || !isBinaryGroup(text, end + 1)) break;
      end++;
    }
    if (groups >= minBytes && !isDigit(text.charCodeAt(index - 1)))
      runs.push({ start: index, end });
    // A shorter chain is shorter from any of its groups too: go on after it.
    index = groups > 0 ? end : index + 1;
  }
  return runs;
}

/** Most characters between two escapes of one percent-encoded run, and before the first or after the last. */
const PERCENT_GAP = 24;
/** Escapes a run needs before it is decoded. */
const PERCENT_MIN_ESCAPES = 6;

/**
 * Runs of at least six `%XX` escapes, each at most {@link PERCENT_GAP} characters (no space, no `%`) from the
 * next, with the characters around them up to that distance: fully encoded text, or words joined by encoded
 * spaces ("Ignore%20all%20previous…"). One pass over the text.
 */
export function findPercentRuns(text: string, maxRuns: number): EncodedRun[] {
  const runs: EncodedRun[] = [];
  let runStart = -1;
  let lastEscapeEnd = -1;
  let escapes = 0;
  const close = (): void => {
    if (escapes >= PERCENT_MIN_ESCAPES) {
      let end = lastEscapeEnd;
      while (
        end < text.length &&
        end - lastEscapeEnd < PERCENT_GAP &&
        !isRunBreak(text.charCodeAt(end))
      )
        end++;
      runs.push({ start: runStart, end });
    }
    runStart = -1;
    escapes = 0;
  };
  for (let index = 0; index < text.length && runs.length < maxRuns; index++) {
    const unit = text.charCodeAt(index);
    if (
      unit === 0x25 &&
      inTable(HEX_DIGITS, text, index + 1) &&
      inTable(HEX_DIGITS, text, index + 2)
    ) {
      if (runStart !== -1 && index - lastEscapeEnd > PERCENT_GAP) close();
      if (runStart === -1) {
        runStart = index;
        while (
          runStart > 0 &&
          index - runStart < PERCENT_GAP &&
          !isRunBreak(text.charCodeAt(runStart - 1))
        )
          runStart--;
      }
      escapes++;
      lastEscapeEnd = index + 3;
      index += 2;
    } else if (runStart !== -1 && isRunBreak(unit)) {
      close();
    }
  }
  if (runStart !== -1) close();
  return runs;
}

// --- internal ---

/**
 * The maximal runs of units in `table` of at least `minLength`. Rather than read every unit, it looks at
 * every `minLength`-th one: a long enough run must cover one of them, and a unit outside the class rules
 * out a run through it, so ordinary prose (short words between spaces and punctuation) is read a few
 * units in twenty; from each unit inside the class it grows the run both ways. A regex would retry from
 * every word start.
 */
function findRuns(
  text: string,
  table: Uint8Array,
  minLength: number,
  maxRuns: number,
): EncodedRun[] {
  const runs: EncodedRun[] = [];
  const length = text.length;
  const step = Math.max(1, minLength);
  const inClass = (index: number): boolean => inTable(table, text, index);
  for (let probe = step - 1; probe < length; ) {
    if (!inClass(probe)) {
      probe += step;
      continue;
    }
    let start = probe;
    while (start > 0 && inClass(start - 1)) start--;
    let end = probe + 1;
    while (end < length && inClass(end)) end++;
    if (end - start >= minLength) {
      runs.push({ start, end });
      if (runs.length >= maxRuns) return runs;
    }
    // `end` is outside the class (or the end of the text): the next run starts after it.
    probe = end + step;
  }
  return runs;
}

/** Whether the unit of `text` at `index` is in `table` (false past the end). */
function inTable(table: Uint8Array, text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit < 128 && table[unit] === 1;
}

/** A space or a `%` that starts no escape ends a percent-encoded run. */
function isRunBreak(unit: number): boolean {
  return unit === 0x25 || unit === 0x20 || unit === 0x0a || unit === 0x0d || unit === 0x09;
}

function unitTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}

const BASE64_ALPHABET = unitTable(
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-',
);
const HEX_SEPARATED = unitTable('0123456789abcdefABCDEF :');
const HEX_DIGITS = unitTable('0123456789abcdefABCDEF');

/** Whether eight binary digits start at `at` and no digit follows them. */
function isBinaryGroup(text: string, at: number): boolean {
  if (at + 8 > text.length) return false;
  for (let offset = 0; offset < 8; offset++) {
    const unit = text.charCodeAt(at + offset);
    if (unit !== 0x30 && unit !== 0x31) return false;
  }
  return !isDigit(text.charCodeAt(at + 8));
}

function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

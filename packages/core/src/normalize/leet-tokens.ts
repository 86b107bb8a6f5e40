/**
 * Tokens that mix letters with leet digits or symbols (`1gn0r3`, `pr0mpt`), as `[start, end)` spans of
 * lower-case text: found from their core (a letter, one to three leet characters, a letter; or a leet
 * character that starts a word, then two letters) and grown to the whole token, so ordinary words are
 * never visited one by one.
 */
export function* leetTokens(text: string): Generator<readonly [number, number]> {
  for (let from = 0; ; ) {
    const core = findLeetCore(text, from);
    if (core === -1) return;
    let start = core;
    while (start > 0 && core - start < 32 && isLeetTokenUnit(text.charCodeAt(start - 1))) start--;
    let end = core + coreLength;
    while (end < text.length && end - start < 48 && isLeetTokenUnit(text.charCodeAt(end))) end++;
    from = end;
    yield [start, end];
  }
}

/** The letters leet characters stand for. */
export const LEET_MAP: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

// --- internal ---

/** Length of the core {@link findLeetCore} found last (scanning is synchronous). */
let coreLength = 0;

/**
 * Where the leftmost core at or after `from` starts (setting `coreLength`), or -1: what
 * `/[a-z][013457@$|]{1,3}[a-z]|[a-z]{2}[013457@$|]{1,3}(?![a-z0-9013457@$|])|[a-z][013457@$|]{2,3}(?![a-z0-9013457@$|])|(?<![a-z0-9])[013457@$|][a-z]{2}|(?<![a-z0-9])[013457@$|][a-z][013457@$|]/g`
 * finds from `lastIndex = from`, read by hand, because a regex tries every branch at every letter and this
 * jumps from one leet character to the next. A core is a leet run between letters (`pr0mpt`), at the end of
 * a word after two letters or as two or three leet characters after one (`th3`, `n073`), or a leet
 * character that starts a word before two letters or a letter and a leet character (`4ll`, `7h3`). Every
 * core holds a leet character at its start or within two units of it.
 */
function findLeetCore(text: string, from: number): number {
  const length = text.length;
  // The regex engine finds the next leet character faster than a loop over every unit.
  LEET_CHAR.lastIndex = from;
  for (let next = LEET_CHAR.exec(text); next !== null; next = LEET_CHAR.exec(text)) {
    const at = next.index;
    if (at - 1 >= from && isLetter(text.charCodeAt(at - 1))) {
      let run = 1;
      while (at + run < length && isCoreLeet(text.charCodeAt(at + run))) run++;
      if (run <= 3) {
        const after = at + run < length ? text.charCodeAt(at + run) : -1;
        // Two letters, then the run at the end of a word: th3, wh4t.
        if (!isWordUnit(after) && at - 2 >= from && isLetter(text.charCodeAt(at - 2))) {
          coreLength = run + 2;
          return at - 2;
        }
        // A letter, then the run, then a letter: pr0mpt.
        if (isLetter(after)) {
          coreLength = run + 2;
          return at - 1;
        }
        // A letter, then two or three leet characters at the end of a word: n073.
        if (run >= 2 && !isWordUnit(after)) {
          coreLength = run + 1;
          return at - 1;
        }
      }
    }
    // A leet character not after a letter or digit, then two letters, or a letter and a leet character.
    const before = at > 0 ? text.charCodeAt(at - 1) : -1;
    if (
      !isLetter(before) &&
      !(before >= 0x30 && before <= 0x39) &&
      at + 2 < length &&
      isLetter(text.charCodeAt(at + 1))
    ) {
      const third = text.charCodeAt(at + 2);
      if (isLetter(third) || isCoreLeet(third)) {
        coreLength = 3;
        return at;
      }
    }
  }
  return -1;
}

/** A unit that continues a word for the core's end: a letter, a digit or a leet character of a core. */
function isWordUnit(unit: number): boolean {
  return isLetter(unit) || (unit >= 0x30 && unit <= 0x39) || isCoreLeet(unit);
}

function isLetter(unit: number): boolean {
  return unit >= 0x61 && unit <= 0x7a;
}

function isCoreLeet(unit: number): boolean {
  return unit < 128 && CORE_UNITS[unit] === 1;
}

function isLeetTokenUnit(unit: number): boolean {
  return isLetter(unit) || (unit < 128 && TOKEN_UNITS[unit] === 1);
}

const LEET_CHAR = /[013457@$|]/g;
/** Leet characters that can make a core (all but `!`). */
const CORE_UNITS = new Uint8Array(128);
for (const char of '013457@$|') CORE_UNITS[char.charCodeAt(0)] = 1;
/** Leet characters a token may hold around its core. */
const TOKEN_UNITS = new Uint8Array(128);
for (const char of '013457@$!|') TOKEN_UNITS[char.charCodeAt(0)] = 1;

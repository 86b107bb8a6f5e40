import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAlphabetRuns, hasHexDump } from './char-runs.ts';

/** Every maximal run of the class, read one unit at a time. */
function naiveRuns(text: string, isInClass: (char: string) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index++) {
    const inside = index < text.length && isInClass(text[index] as string);
    if (inside && start === -1) start = index;
    if (!inside && start !== -1) {
      runs.push([start, index]);
      start = -1;
    }
  }
  return runs;
}

const isBase64 = (char: string) => /[A-Za-z0-9+/_-]/.test(char);
const unit = fc.constantFrom('a', 'Z', '0', 'f', 'g', '+', '_', ' ', ':', '=', '.', 'é', '\n');
const text = fc.array(unit, { maxLength: 300, size: 'max' }).map((units) => units.join(''));

describe('findAlphabetRuns', () => {
  it('finds every long enough base64 run with its padding, in order, up to the limit', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 6 }),
        (value, minLength, maxRuns) => {
          const expected = naiveRuns(value, isBase64)
            .filter(([start, end]) => end - start >= minLength)
            .slice(0, maxRuns)
            .map(([start, end]) => {
              let padded = end;
              while (padded < value.length && padded - end < 2 && value[padded] === '=') padded++;
              return { start, end: padded };
            });
          expect(findAlphabetRuns(value, minLength, maxRuns)).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('hasHexDump', () => {
  it('says whether a hex dump with single separators of that many pairs exists', () => {
    const hexUnit = fc.constantFrom('a', 'F', '0', '9', ' ', ':', ' ', 'g', '\n');
    fc.assert(
      fc.property(
        fc.array(hexUnit, { maxLength: 120, size: 'max' }).map((units) => units.join('')),
        fc.integer({ min: 1, max: 8 }),
        (value, pairs) => {
          const pattern = new RegExp(`(?:[0-9a-fA-F]{2}[ :]){${pairs - 1},}[0-9a-fA-F]{2}`);
          expect(hasHexDump(value, pairs)).toBe(pattern.test(value));
        },
      ),
      { numRuns: 3000 },
    );
    expect(hasHexDump('69 67 6e 6f 72 65 20 61 6c 6c 20 70', 12)).toBe(true);
    expect(hasHexDump('69 67 6e 6f 72 65 20 61 6c 6c 20', 12)).toBe(false);
  });
});

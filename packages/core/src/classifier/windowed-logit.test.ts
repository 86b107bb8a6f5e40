import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFeatures, maxFeatures } from './feature-hashing.ts';
import { longTextLogit } from './long-text-logit.ts';
import { type WindowedModel, windowedLogit } from './windowed-logit.ts';

const BITS = 10;
// Pseudo-random weights in [-128, 127].
const weights = Int8Array.from(
  { length: 1 << BITS },
  (_unused, index) => (Math.imul(index + 1, 0x9e3779b1) >>> 24) - 128,
);

/** The reference: every window's features extracted from its slice, then summed. */
function referenceLogit(text: string, model: WindowedModel): number {
  return longTextLogit(text, model.windowChars, model.lengthPenalty, (window) => {
    const out = new Int32Array(maxFeatures(window.length));
    const count = extractFeatures(window, model.bits, out);
    if (count === 0) return model.bias;
    let sum = 0;
    for (let index = 0; index < count; index++) sum += weights[out[index] as number] as number;
    return model.bias + (sum * model.scale) / Math.sqrt(Math.max(count, model.minFeatures));
  });
}

describe('windowedLogit', () => {
  it('equals scoring every window from its own slice, for short, long and odd-sized windows', () => {
    const unit = fc.constantFrom('a', 'b', 'z', '1', ' ', ' ', '\n', '\t', '.', 'é', '忽', '😀');
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 400, size: 'max' }).map((units) => units.join('')),
        fc.constantFrom(8, 16, 17, 64),
        (text, windowChars) => {
          const model: WindowedModel = {
            bits: BITS,
            weights,
            bias: -0.5,
            scale: 0.01,
            minFeatures: 12,
            windowChars,
            lengthPenalty: 0.3,
          };
          expect(windowedLogit(text, model)).toBe(referenceLogit(text, model));
        },
      ),
      { numRuns: 500 },
    );
  });
});

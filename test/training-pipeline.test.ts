import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateRows } from '../scripts/generate/index.ts';

// `pnpm train` is deterministic end to end: the generated rows are, for a seed (model training itself is
// checked byte for byte in packages/core/src/classifier/classifier.test.ts and by `portcullis train`'s test).
describe('the training-data generator', () => {
  const digest = (seed: number) =>
    createHash('sha256')
      .update(JSON.stringify(generateRows({ seed, scale: 0.1 })))
      .digest('hex');

  it('yields identical rows for the same seed and different rows for another', () => {
    expect(digest(1)).toBe(digest(1));
    expect(digest(2)).not.toBe(digest(1));
  });

  it('balances attacks with hard negatives and never repeats a text', () => {
    const rows = generateRows({ seed: 1, scale: 0.1 });
    const attacks = rows.filter((row) => row.label === 1).length;
    expect(attacks).toBeGreaterThan(0);
    expect(rows.length - attacks).toBeGreaterThanOrEqual(attacks);
    expect(new Set(rows.map((row) => row.text)).size).toBe(rows.length);
  });
});

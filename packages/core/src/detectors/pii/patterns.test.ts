import { describe, expect, it } from 'vitest';
import { PII_PATTERNS } from './patterns.ts';

describe('PII_PATTERNS', () => {
  it('has no global or sticky flag (detectPii adds `g` per call)', () => {
    for (const { pattern } of PII_PATTERNS) expect(pattern.flags).not.toMatch(/[gy]/);
  });
  // ReDoS safety of these patterns is proven with every other regex in src/rules/regex-safety.test.ts.
});

import { describe, expect, it } from 'vitest';
import { SECRET_PATTERNS } from './patterns.ts';

describe('SECRET_PATTERNS', () => {
  it('has no global or sticky flag (detectSecrets adds `g` per call)', () => {
    for (const { pattern } of SECRET_PATTERNS) expect(pattern.flags).not.toMatch(/[gy]/);
  });
  // ReDoS safety of these patterns is proven with every other regex in src/rules/regex-safety.test.ts.
});

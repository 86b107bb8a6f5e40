import { compileLinear, toRe2Syntax, type WindowMatcher } from './linear-regex.ts';
import { patternKey } from './pattern-key.ts';
import { PROVEN_PATTERNS } from './proven-patterns.ts';

/** Which engine runs a rule pattern. */
export type PatternEngine = 'backtracking' | 'linear';

/**
 * How a rule pattern is run. A pattern proven free of catastrophic backtracking (regex-safety.lock.json)
 * runs on JavaScript's engine, the fastest; any other runs on the linear-time engine, which finds the same
 * match and cannot be made slow by any input. A pattern neither proven nor expressible there (lookaround)
 * stays on JavaScript's engine; the regex-safety test allows none of those among the built-in rules.
 */
export function windowMatcherOf(pattern: RegExp): {
  readonly engine: PatternEngine;
  readonly match: WindowMatcher;
} {
  if (!PROVEN_PATTERNS.has(patternKey(pattern.source, pattern.flags))) {
    try {
      // Checked now, compiled on first use: most rules never meet a text that has their literals.
      toRe2Syntax(pattern.source, pattern.flags);
      let compiled: WindowMatcher | undefined;
      return {
        engine: 'linear',
        match: (text) => {
          compiled ??= compileLinear(pattern);
          return compiled(text);
        },
      };
    } catch {
      // Not expressible without backtracking: see above.
    }
  }
  return {
    engine: 'backtracking',
    match: (text) => {
      const found = pattern.exec(text);
      return found === null ? null : { index: found.index, text: found[0] };
    },
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexes } from '../../../../scripts/lib/collect-regexes.ts';
import { MATCH_REACH, MAX_WINDOW } from './compile-rules.ts';

// Catastrophic backtracking. Every regular expression of core is analysed by recheck's automaton checker
// (exact) by `node scripts/regex-lock.ts`, which records the proven ones (`safe`) and the rule patterns it
// could not prove in time (`pending`) in regex-safety.lock.json. Here:
// - any pattern in neither list (new or changed since the lock) is analysed now and must be proven safe;
// - a fixed sample of the recorded proofs is re-done, so a stale or edited lock is caught;
// - pending rule patterns are bounded by construction: the rule engine never runs a pattern on more than
//   MAX_WINDOW + 2 × MATCH_REACH characters, so their cost per execution is a constant and scan time stays
//   linear; the list may shrink, never grow.

const lock = JSON.parse(
  readFileSync(join(import.meta.dirname, 'regex-safety.lock.json'), 'utf8'),
) as {
  safe: Record<string, string>;
  pending: Record<string, string>;
};
const SAMPLE = 16;
/** Rule patterns not yet proven at the last lock (2026-11-22); lower it as proofs land, never raise it. */
const PENDING_CEILING = 176;

describe('regular expressions in core', () => {
  const patterns = collectRegexes();

  it('are proven safe by recheck, or are rule patterns recorded as pending', {
    timeout: 900_000,
  }, () => {
    expect(patterns.length).toBeGreaterThan(400);
    const unrecorded = patterns.filter(
      (pattern) => lock.safe[pattern.key] === undefined && lock.pending[pattern.key] === undefined,
    );
    const recorded = patterns.filter((pattern) => lock.safe[pattern.key] !== undefined);
    const step = Math.max(1, Math.floor(recorded.length / SAMPLE));
    const sample = recorded.filter((_pattern, index) => index % step === 0);
    const unproven: string[] = [];
    for (const pattern of [...unrecorded, ...sample]) {
      // checkSync: the asynchronous API hangs inside test workers.
      const diagnostics = checkSync(pattern.source, pattern.flags, {
        checker: 'automaton',
        timeout: 90_000,
      });
      if (diagnostics.status !== 'safe') unproven.push(`${pattern.where}: ${diagnostics.status}`);
    }
    expect(unproven).toEqual([]);
  });

  it('leaves no literal outside the rules unproven, and the pending list does not grow', () => {
    const pendingKeys = new Set(Object.keys(lock.pending));
    const pendingLiterals = patterns.filter(
      (pattern) => pendingKeys.has(pattern.key) && pattern.where.includes('.ts:'),
    );
    expect(pendingLiterals.map((pattern) => pattern.where)).toEqual([]);
    expect(pendingKeys.size).toBeLessThanOrEqual(PENDING_CEILING);
    expect(MAX_WINDOW + 2 * MATCH_REACH).toBeLessThanOrEqual(4096);
  });
});

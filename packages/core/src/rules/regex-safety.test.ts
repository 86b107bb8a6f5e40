import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexes } from '../../../../scripts/lib/collect-regexes.ts';

// Every regular expression in core (rule patterns and every regex literal of the source) must be proven
// free of catastrophic backtracking by recheck; "unknown" fails too. Proofs are recorded by
// `node scripts/regex-lock.ts` in regex-safety.lock.json; this test proves again every pattern that is not
// recorded (a new or changed one) and a fixed sample of recorded ones, so a stale lock cannot hide one.

const lock = JSON.parse(
  readFileSync(join(import.meta.dirname, 'regex-safety.lock.json'), 'utf8'),
) as { safe: Record<string, string> };
const SAMPLE = 24;

describe('regular expressions in core', () => {
  it('are all proven safe from ReDoS', { timeout: 900_000 }, () => {
    const patterns = collectRegexes();
    expect(patterns.length).toBeGreaterThan(500);
    const unrecorded = patterns.filter((pattern) => lock.safe[pattern.key] === undefined);
    const recorded = patterns.filter((pattern) => lock.safe[pattern.key] !== undefined);
    const sample = recorded.filter(
      (_pattern, index) => index % Math.max(1, Math.floor(recorded.length / SAMPLE)) === 0,
    );
    const unsafe: string[] = [];
    for (const pattern of [...unrecorded, ...sample]) {
      // checkSync: the asynchronous API hangs inside test workers.
      const diagnostics = checkSync(pattern.source, pattern.flags, { timeout: 20_000 });
      if (diagnostics.status !== 'safe') unsafe.push(`${pattern.where}: ${diagnostics.status}`);
    }
    expect(unsafe).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexes, provenModule } from '../../../../scripts/lib/collect-regexes.ts';
import { BUILTIN_RULES } from '../detectors/builtin-rules.ts';
import { windowMatcherOf } from './window-matcher.ts';

// Catastrophic backtracking. `node scripts/regex-lock.ts` analyses every regular expression of core with
// recheck's automaton checker (exact) and records the proven ones in regex-safety.lock.json (`safe`) and in
// proven-patterns.ts, which the rule engine reads. Here:
// - every regex literal outside the rules is proven (one that is new or changed since the lock is
//   analysed now), and a fixed sample of the recorded proofs is re-done, so a stale or edited lock fails;
// - every built-in rule pattern is proven, or runs on the linear-time engine (RE2JS, which cannot
//   backtrack): none is left to backtrack unproven. A rule pattern recheck cannot prove in time (large
//   alternations) or at all (lookaround) therefore costs linear time whatever the input.

const lock = JSON.parse(
  readFileSync(join(import.meta.dirname, 'regex-safety.lock.json'), 'utf8'),
) as {
  safe: Record<string, string>;
  linear: Record<string, string>;
};
const SAMPLE = 16;

describe('regular expressions in core', () => {
  const patterns = collectRegexes();

  it('outside the rules are proven safe by recheck, and recorded proofs still hold', {
    timeout: 900_000,
  }, () => {
    expect(patterns.length).toBeGreaterThan(400);
    const literals = patterns.filter((pattern) => pattern.where.includes('.ts:'));
    expect(literals.length).toBeGreaterThan(50);
    const unrecorded = literals.filter((pattern) => lock.safe[pattern.key] === undefined);
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

  it('in the rules are proven, or run on the linear-time engine', () => {
    const backtrackingUnproven = BUILTIN_RULES.filter(
      (rule) =>
        windowMatcherOf(rule.pattern).engine === 'backtracking' &&
        lock.safe[patterns.find((pattern) => pattern.where === rule.id)?.key ?? ''] === undefined,
    ).map((rule) => rule.id);
    expect(backtrackingUnproven).toEqual([]);
    // What the lock records as left to the linear engine is what the engine does.
    const linear = BUILTIN_RULES.filter(
      (rule) => windowMatcherOf(rule.pattern).engine === 'linear',
    );
    expect(linear.map((rule) => rule.id).sort()).toEqual(
      Object.values(lock.linear)
        .map((where) => where.split(' ')[0])
        .sort(),
    );
  });

  it('are read by the rule engine from a proven-patterns.ts that matches the lock', () => {
    const generated = readFileSync(join(import.meta.dirname, 'proven-patterns.ts'), 'utf8');
    expect(generated).toBe(provenModule(Object.keys(lock.safe)));
  });
});

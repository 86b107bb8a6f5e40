// Proves regular expressions of core free of catastrophic backtracking with recheck's automaton checker (an
// exact analysis; the fuzz checker is neither a proof nor repeatable) and records the result in
// packages/core/src/rules/regex-safety.lock.json: `safe` holds the proven patterns; `linear` the rule
// patterns not proven (in time, or at all: lookaround), which the rule engine runs on its linear-time
// engine. It also writes proven-patterns.ts, the proven keys the rule engine reads. The test re-proves a
// sample of `safe`, and fails when a non-rule literal is not proven or a rule pattern would backtrack
// unproven. Run after changing patterns: node scripts/regex-lock.ts [--resume [--only-new]] [--timeout ms]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { check } from 'recheck';
import { collectRegexes, provenModule } from './lib/collect-regexes.ts';

const { values } = parseArgs({
  options: {
    timeout: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '2' },
    // Keep the recorded proofs and analyse only what is unproven or new (e.g. again with a longer timeout).
    resume: { type: 'boolean', default: false },
    // With --resume: also keep the rule patterns recorded as left to the linear engine (analyse only new ones).
    'only-new': { type: 'boolean', default: false },
  },
});
const LOCK = resolve(import.meta.dirname, '../packages/core/src/rules/regex-safety.lock.json');
const PROVEN = resolve(import.meta.dirname, '../packages/core/src/rules/proven-patterns.ts');
const previous =
  values.resume && existsSync(LOCK)
    ? (JSON.parse(readFileSync(LOCK, 'utf8')) as {
        safe: Record<string, string>;
        linear?: Record<string, string>;
      })
    : { safe: {} };
const all = collectRegexes();
const safe: Record<string, string> = Object.fromEntries(
  all
    .filter((pattern) => previous.safe[pattern.key] !== undefined)
    .map((pattern) => [pattern.key, pattern.where]),
);
const linear: Record<string, string> = Object.fromEntries(
  all
    .filter(
      (pattern) =>
        values['only-new'] &&
        isRulePattern(pattern) &&
        previous.linear?.[pattern.key] !== undefined,
    )
    .map((pattern) => [pattern.key, previous.linear?.[pattern.key] as string]),
);
const patterns = all.filter(
  (pattern) => safe[pattern.key] === undefined && linear[pattern.key] === undefined,
);
const failures: string[] = [];
const started = performance.now();
const concurrency = Number(values.concurrency);
const write = (): void => {
  const sort = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(
    LOCK,
    `${JSON.stringify({ checker: 'recheck 4.5.0 automaton', safe: sort(safe), linear: sort(linear) }, null, 2)}\n`,
  );
  writeFileSync(PROVEN, provenModule(Object.keys(safe)));
};
for (let index = 0; index < patterns.length; index += concurrency) {
  const batch = patterns.slice(index, index + concurrency);
  const results = await Promise.all(
    batch.map(async (pattern) => ({
      pattern,
      diagnostics: await check(pattern.source, pattern.flags, {
        checker: 'automaton',
        timeout: Number(values.timeout),
      }),
    })),
  );
  for (const { pattern, diagnostics } of results) {
    const isRule = isRulePattern(pattern);
    if (diagnostics.status === 'safe') safe[pattern.key] = pattern.where;
    else if (isRule) linear[pattern.key] = `${pattern.where} (${diagnostics.status})`;
    else failures.push(`${pattern.where}: ${diagnostics.status}`);
  }
  if (index % 40 === 0) {
    write();
    console.log(
      `${index + batch.length}/${patterns.length}: ${Object.keys(safe).length} safe, ${Object.keys(linear).length} linear`,
    );
  }
}
write();
console.log(
  `${Object.keys(safe).length} proven safe, ${Object.keys(linear).length} rule patterns left to the linear engine, of ${all.length}, in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
if (failures.length > 0) {
  console.log(`non-rule literals not proven (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}

/** A rule's pattern (`where` names the rule) rather than a regex literal of the code (`file.ts:line`). */
function isRulePattern(pattern: { where: string }): boolean {
  return !pattern.where.includes('.ts:');
}

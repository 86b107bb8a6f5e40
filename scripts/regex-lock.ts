// Proves every regular expression of core free of catastrophic backtracking with recheck and records the
// proven ones in packages/core/src/rules/regex-safety.lock.json (the test re-proves anything not recorded
// and a sample of what is). Run after changing patterns: node scripts/regex-lock.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from 'recheck';
import { collectRegexes } from './lib/collect-regexes.ts';

const LOCK = resolve(import.meta.dirname, '../packages/core/src/rules/regex-safety.lock.json');
const patterns = collectRegexes();
const safe: Record<string, string> = {};
const failures: string[] = [];
const started = performance.now();
for (let index = 0; index < patterns.length; index += 4) {
  const batch = patterns.slice(index, index + 4);
  const results = await Promise.all(
    batch.map(async (pattern) => ({
      pattern,
      diagnostics: await check(pattern.source, pattern.flags, { timeout: 20_000 }),
    })),
  );
  for (const { pattern, diagnostics } of results) {
    if (diagnostics.status === 'safe') safe[pattern.key] = pattern.where;
    else
      failures.push(
        `${pattern.where}: ${diagnostics.status}${diagnostics.status === 'vulnerable' ? ` (${diagnostics.complexity.summary})` : ''}`,
      );
  }
}
const sorted = Object.fromEntries(Object.entries(safe).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(LOCK, `${JSON.stringify({ checker: 'recheck 4.5.0', safe: sorted }, null, 2)}\n`);
console.log(
  `${Object.keys(safe).length} of ${patterns.length} patterns proven safe in ${((performance.now() - started) / 1000).toFixed(0)} s; wrote ${LOCK}`,
);
if (failures.length > 0) {
  console.log(`not safe (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}

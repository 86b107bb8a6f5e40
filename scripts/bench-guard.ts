// pnpm bench:guard — what guard.inspect adds to a scan, with the default memory stores.
// Each row times the same events two ways in the same run: scanner.scan alone (the baseline) and
// guard.inspect (scan + policies + session state + audit hand-off + events). Texts are made unique per
// iteration so the guard's decision cache never answers (the worst case for the guard).
// Prints numbers only; it never fails on time (these machines are shared and noisy).
// Options: --seconds 2 (time budget per case)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createGuard, createScanner, type GuardEvent } from '../packages/core/src/index.ts';
import { DATASETS_DIR } from './lib/datasets.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '2' } } });
const budgetMs = Number(values.seconds) * 1000;

const prompt = readFileSync(join(DATASETS_DIR, 'indirect/benign_devdocs.jsonl'), 'utf8')
  .split('\n')
  .slice(0, 20)
  .filter((line) => line.trim() !== '')
  .map((line) => String((JSON.parse(line) as { text: unknown }).text))
  .join('\n')
  .slice(0, 1024);

const scanner = createScanner();
const guard = createGuard({
  mode: 'strict',
  policies: [
    { id: 'tools', name: 'Tools', type: 'tool_access', conditions: { deny: ['*delete*'] } },
    { id: 'rate', name: 'Rate', type: 'rate_limit', conditions: { max: 1_000_000_000 } },
    { id: 'injection', name: 'Injection', type: 'injection' },
  ],
});

type Case = {
  name: string;
  event: (index: number) => GuardEvent;
  scan: (index: number) => unknown;
};
const CASES: Case[] = [
  {
    name: '1 KB prompt',
    event: (index) => ({ surface: 'prompt', text: `${prompt} ${index}` }),
    scan: (index) => scanner.scan(`${prompt} ${index}`, { surface: 'prompt' }),
  },
  {
    name: 'tool call',
    event: (index) => ({
      surface: 'tool_call',
      name: 'search',
      arguments: { query: `weather ${index}` },
    }),
    scan: (index) =>
      scanner.scan({ arguments: { query: `weather ${index}` } }, { surface: 'tool_call' }),
  },
  {
    name: '1 KB tool output',
    event: (index) => ({
      surface: 'tool_output',
      name: 'fetch',
      output: { body: `${prompt} ${index}` },
    }),
    scan: (index) => scanner.scan({ body: `${prompt} ${index}` }, { surface: 'tool_output' }),
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

async function time(
  run: (index: number) => unknown,
): Promise<{ p50: number; p99: number; n: number }> {
  for (let index = 0; index < 200; index++) await run(-index);
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  let index = 0;
  while (performance.now() < end && samples.length < 200_000) {
    const start = performance.now();
    await run(index++);
    samples.push((performance.now() - start) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), n: samples.length };
}

console.log('case              scan p50   inspect p50   added p50   scan p99   inspect p99   (µs)');
for (const testCase of CASES) {
  // Interleave: baseline, guard, baseline, guard — so drift on a shared machine hits both.
  const scans: number[] = [];
  const inspects: number[] = [];
  let scanP99 = 0;
  let inspectP99 = 0;
  for (let round = 0; round < 2; round++) {
    const scan = await time(testCase.scan);
    const inspect = await time((index) =>
      guard.inspect(testCase.event(index), { sessionId: `s${index % 50}` }),
    );
    scans.push(scan.p50);
    inspects.push(inspect.p50);
    scanP99 = Math.max(scanP99, scan.p99);
    inspectP99 = Math.max(inspectP99, inspect.p99);
  }
  const scanP50 = Math.min(...scans);
  const inspectP50 = Math.min(...inspects);
  console.log(
    `${testCase.name.padEnd(16)} ${scanP50.toFixed(1).padStart(9)} ${inspectP50.toFixed(1).padStart(13)} ${(inspectP50 - scanP50).toFixed(1).padStart(11)} ${scanP99.toFixed(1).padStart(10)} ${inspectP99.toFixed(1).padStart(13)}`,
  );
}

// Session churn: a service sees many users. Each call comes from a new session, so the memory stores fill
// up (100,000 entries) and evict; an insertion must stay O(1) however full they are.
const churn: number[] = [];
for (let session = 0; session < 150_000; session++) {
  const start = performance.now();
  await guard.inspect(CASES[1]?.event(session) as GuardEvent, { sessionId: `new${session}` });
  churn.push((performance.now() - start) * 1000);
}
for (const [from, to] of [
  [0, 10_000],
  [140_000, 150_000],
] as const) {
  const sorted = churn.slice(from, to).sort((a, b) => a - b);
  console.log(
    `tool call, a new session each (calls ${from}-${to}, stores ${from === 0 ? 'filling' : 'full'}): p50 ${percentile(sorted, 0.5).toFixed(1)} µs, p99 ${percentile(sorted, 0.99).toFixed(1)} µs`,
  );
}
await guard.close();

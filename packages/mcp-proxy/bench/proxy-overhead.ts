/**
 * What the proxy adds to a `tools/call` round trip over stdio: the same server-everything tools are called
 * directly and through `portcullis proxy` (built bin, default policies) in the same run, in alternating
 * rounds. Prints p50/p90/p99 latency of sequential calls and the throughput of concurrent calls, for `echo`
 * (no work: the pure per-message cost) and for a tool that takes 5 ms (closer to a real tool). A byte relay
 * (a process copying stdio, parsing nothing) shows what the extra process hop alone costs.
 *
 * Run: pnpm --filter @portcullis/mcp-proxy build && node packages/mcp-proxy/bench/proxy-overhead.ts
 * Options (env): ROUNDS (3), CALLS (1000 sequential per round), CONCURRENT_CALLS (2000), CONCURRENCY (16).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const ROOT = join(import.meta.dirname, '..');
const EVERYTHING = join(ROOT, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js');
const BIN = join(ROOT, 'bin/portcullis.js');
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CALLS = Number(process.env.CALLS ?? 1000);
const CONCURRENT_CALLS = Number(process.env.CONCURRENT_CALLS ?? 2000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const WARMUP = Number(process.env.WARMUP ?? 100);

type Target = { name: string; command: string; args: string[] };

const stateDir = mkdtempSync(join(tmpdir(), 'portcullis-bench-'));
const targets: Target[] = [
  { name: 'direct', command: process.execPath, args: [EVERYTHING, 'stdio'] },
  {
    name: 'byte relay (floor of any proxy)',
    command: process.execPath,
    args: [join(import.meta.dirname, 'byte-relay.ts'), process.execPath, EVERYTHING, 'stdio'],
  },
  {
    name: 'proxy (memory state)',
    command: process.execPath,
    args: [
      BIN,
      'proxy',
      '--quiet',
      '--state',
      'memory',
      '--',
      process.execPath,
      EVERYTHING,
      'stdio',
    ],
  },
  {
    name: 'proxy (sqlite state, CLI default)',
    command: process.execPath,
    args: [
      BIN,
      'proxy',
      '--quiet',
      '--state',
      join(stateDir, 'state.db'),
      '--',
      process.execPath,
      EVERYTHING,
      'stdio',
    ],
  },
];

type Scenario = {
  name: string;
  calls: number;
  concurrentCalls: number;
  call: (client: Client) => Promise<unknown>;
};

let sequence = 0;
const scenarios: Scenario[] = [
  {
    name: 'echo (no work)',
    calls: CALLS,
    concurrentCalls: CONCURRENT_CALLS,
    // Distinct arguments per call: the guard's loop policy refuses the same call repeated.
    call: (client) =>
      client.callTool({ name: 'echo', arguments: { message: `benchmark message ${sequence++}` } }),
  },
  {
    name: 'a 5 ms tool',
    calls: Math.ceil(CALLS / 4),
    concurrentCalls: Math.ceil(CONCURRENT_CALLS / 2),
    call: (client) =>
      client.callTool({
        name: 'trigger-long-running-operation',
        arguments: { duration: 0.005 + (sequence++ % 1000) * 1e-9, steps: 1 },
      }),
  },
];

async function connect(target: Target): Promise<Client> {
  const client = new Client({ name: 'bench', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: target.command, args: target.args, stderr: 'ignore' }),
  );
  await client.listTools();
  return client;
}

async function measure(
  target: Target,
  scenario: Scenario,
): Promise<{ latencies: number[]; throughput: number }> {
  const client = await connect(target);
  try {
    for (let index = 0; index < WARMUP; index += 1) await scenario.call(client);
    const latencies: number[] = [];
    for (let index = 0; index < scenario.calls; index += 1) {
      const start = performance.now();
      const result = (await scenario.call(client)) as { isError?: boolean };
      latencies.push(performance.now() - start);
      if (result.isError === true) throw new Error(`${target.name}: call refused`);
    }
    let next = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < scenario.concurrentCalls) {
          next += 1;
          await scenario.call(client);
        }
      }),
    );
    const throughput = scenario.concurrentCalls / ((performance.now() - start) / 1000);
    return { latencies, throughput };
  } finally {
    await client.close();
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

type Entry = { p50: number[]; p90: number[]; p99: number[]; throughput: number[] };
const results = new Map<string, Map<string, Entry>>();
for (let round = 0; round < ROUNDS; round += 1) {
  for (const scenario of scenarios) {
    for (const target of targets) {
      const { latencies, throughput } = await measure(target, scenario);
      const sorted = [...latencies].sort((a, b) => a - b);
      const byTarget = results.get(scenario.name) ?? new Map<string, Entry>();
      const entry = byTarget.get(target.name) ?? { p50: [], p90: [], p99: [], throughput: [] };
      entry.p50.push(percentile(sorted, 50));
      entry.p90.push(percentile(sorted, 90));
      entry.p99.push(percentile(sorted, 99));
      entry.throughput.push(throughput);
      byTarget.set(target.name, entry);
      results.set(scenario.name, byTarget);
    }
  }
}
rmSync(stateDir, { recursive: true, force: true });

console.log(
  `tools/call round trip over stdio to server-everything; ${ROUNDS} rounds, concurrency ${CONCURRENCY} for throughput; medians of rounds`,
);
for (const scenario of scenarios) {
  const byTarget = results.get(scenario.name) as Map<string, Entry>;
  const direct = byTarget.get('direct') as Entry;
  const baseP50 = median(direct.p50);
  const baseThroughput = median(direct.throughput);
  console.log(
    `\n${scenario.name}: ${scenario.calls} sequential calls, ${scenario.concurrentCalls} concurrent calls per round`,
  );
  console.log(
    `${'target'.padEnd(34)} ${'p50 ms'.padStart(8)} ${'p90 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'+p50 ms'.padStart(8)} ${'calls/s'.padStart(9)} ${'vs direct'.padStart(9)}`,
  );
  for (const [name, entry] of byTarget) {
    const p50 = median(entry.p50);
    const throughput = median(entry.throughput);
    console.log(
      `${name.padEnd(34)} ${p50.toFixed(3).padStart(8)} ${median(entry.p90).toFixed(3).padStart(8)} ${median(entry.p99).toFixed(3).padStart(8)} ${(p50 - baseP50).toFixed(3).padStart(8)} ${throughput.toFixed(0).padStart(9)} ${`${((100 * throughput) / baseThroughput).toFixed(1)}%`.padStart(9)}`,
    );
  }
}
console.log('\ntargets: p50 added ≤ 1 ms, throughput ≥ 90% of direct');

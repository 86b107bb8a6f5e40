/**
 * What the proxy adds to a `tools/call` round trip over stdio: the same server-everything `echo` tool is
 * called directly and through `portcullis proxy` (built bin, default policies) in the same run, in
 * alternating rounds. Prints p50/p90/p99 latency of sequential calls and the throughput of concurrent calls.
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

type Target = { name: string; command: string; args: string[] };

const stateDir = mkdtempSync(join(tmpdir(), 'portcullis-bench-'));
const targets: Target[] = [
  { name: 'direct', command: process.execPath, args: [EVERYTHING, 'stdio'] },
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

let sequence = 0;
/** Distinct arguments per call: the guard's loop policy refuses the same call repeated. */
const call = (client: Client) =>
  client.callTool({ name: 'echo', arguments: { message: `benchmark message ${sequence++}` } });

async function connect(target: Target): Promise<Client> {
  const client = new Client({ name: 'bench', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: target.command, args: target.args, stderr: 'ignore' }),
  );
  await client.listTools();
  return client;
}

async function measure(target: Target): Promise<{ latencies: number[]; throughput: number }> {
  const client = await connect(target);
  try {
    for (let index = 0; index < 200; index += 1) await call(client);
    const latencies: number[] = [];
    for (let index = 0; index < CALLS; index += 1) {
      const start = performance.now();
      const result = await call(client);
      latencies.push(performance.now() - start);
      if (result.isError === true) throw new Error(`${target.name}: call refused`);
    }
    let next = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CONCURRENT_CALLS) {
          next += 1;
          await call(client);
        }
      }),
    );
    const throughput = CONCURRENT_CALLS / ((performance.now() - start) / 1000);
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

const results = new Map<
  string,
  { p50: number[]; p90: number[]; p99: number[]; throughput: number[] }
>();
for (let round = 0; round < ROUNDS; round += 1) {
  for (const target of targets) {
    const { latencies, throughput } = await measure(target);
    const sorted = [...latencies].sort((a, b) => a - b);
    const entry = results.get(target.name) ?? { p50: [], p90: [], p99: [], throughput: [] };
    entry.p50.push(percentile(sorted, 50));
    entry.p90.push(percentile(sorted, 90));
    entry.p99.push(percentile(sorted, 99));
    entry.throughput.push(throughput);
    results.set(target.name, entry);
  }
}
rmSync(stateDir, { recursive: true, force: true });

const direct = results.get('direct');
if (direct === undefined) throw new Error('no baseline');
const baseP50 = median(direct.p50);
const baseThroughput = median(direct.throughput);
console.log(
  `tools/call round trip over stdio, server-everything echo: ${ROUNDS} rounds × ${CALLS} sequential calls, ${CONCURRENT_CALLS} calls at concurrency ${CONCURRENCY} (medians of rounds)`,
);
console.log(
  `${'target'.padEnd(34)} ${'p50 ms'.padStart(8)} ${'p90 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'+p50 ms'.padStart(8)} ${'calls/s'.padStart(9)} ${'vs direct'.padStart(9)}`,
);
for (const [name, entry] of results) {
  const p50 = median(entry.p50);
  const throughput = median(entry.throughput);
  console.log(
    `${name.padEnd(34)} ${p50.toFixed(3).padStart(8)} ${median(entry.p90).toFixed(3).padStart(8)} ${median(entry.p99).toFixed(3).padStart(8)} ${(p50 - baseP50).toFixed(3).padStart(8)} ${throughput.toFixed(0).padStart(9)} ${`${((100 * throughput) / baseThroughput).toFixed(1)}%`.padStart(9)}`,
  );
}
console.log('targets: p50 added ≤ 1 ms, throughput ≥ 90% of direct');

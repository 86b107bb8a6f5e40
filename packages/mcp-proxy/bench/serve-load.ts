// node packages/mcp-proxy/bench/serve-load.ts [--seconds 10] [--connections 16]
//
// Load on `portcullis serve`: autocannon against POST /v1/scan with a 1 KB honest prompt, over keep-alive
// connections on loopback. The server runs in its own process (one core), autocannon in this one (the
// other core), so the generator does not steal the server's event loop.
//
// Rows, all measured in the same run:
//   1. baseline: a bare node:http server that reads the JSON body and answers a fixed verdict-sized JSON
//      (no auth, no guard): the HTTP ceiling of this machine;
//   2. portcullis serve, the same prompt on every request: API-key auth, validation, guard.inspect (its
//      decision cache answers the scan), session state, metrics, JSON answer;
//   3. portcullis serve, a unique prompt per request: the scanner runs every time (the cache never hits).
// Every row is closed-loop at full speed: a row above 5,000 req/s with p99 under 10 ms meets the target at
// a higher load than asked. (autocannon's overallRate is no way to hold 5,000 req/s: it sends each
// connection's quota in a burst at the start of every second and corrects for coordinated omission with a
// 1 ms expected interval, which reports queueing it caused itself.)
// Prints numbers only; it never fails on time (the machine is shared and noisy).
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
type AutocannonOptions = {
  url: string;
  method: 'POST';
  connections: number;
  duration: number;
  headers: Record<string, string>;
  body?: string;
  requests?: { setupRequest: (request: { body?: string }) => { body?: string } }[];
};
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: AutocannonOptions,
) => Promise<AutocannonResult>;

const KEY = 'bench-scanner-key-0123456789abcdef';
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
  },
});

if (values.role === 'portcullis') await runPortcullis();
else if (values.role === 'baseline') await runBaseline();
else await runBench();

// --- the servers (child processes) ---

async function runPortcullis(): Promise<void> {
  const { createGuard } = await import('@portcullis/core');
  const { createHttpService } = await import('../src/serve/create-http-service.ts');
  const guard = createGuard({ mode: 'strict' });
  const service = createHttpService({
    guard,
    host: '127.0.0.1',
    port: 0,
    config: { auth: { apiKeys: [{ name: 'bench', key: KEY, role: 'scanner' }] } },
    log: () => {},
  });
  const { port } = await service.listen();
  await service.whenReady();
  process.send?.({ port });
  process.once('disconnect', () => {
    void service.close().then(() => guard.close());
  });
}

async function runBaseline(): Promise<void> {
  const answer = JSON.stringify({
    event_id: '00000000-0000-0000-0000-000000000000',
    session_id: 'bench',
    decision: 'allow',
    action: 'allow',
    enforced: true,
    mode: 'strict',
    risk_score: 0,
    findings: [],
    policy_results: [],
  });
  const server = createServer({ keepAliveTimeout: 65_000 }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(answer),
      });
      response.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.send?.({ port: (server.address() as { port: number }).port });
  process.once('disconnect', () => server.close());
}

// --- the load generator ---

async function runBench(): Promise<void> {
  const duration = Number(values.seconds);
  const connections = Number(values.connections);
  const prompt = honestPrompt();
  console.log(
    `POST /v1/scan, ${Buffer.byteLength(prompt)}-byte honest prompt, ${connections} keep-alive connections, ` +
      `${duration} s per row (+2 s warm-up), node ${process.version}`,
  );
  const rows: [string, AutocannonResult][] = [];
  const body = JSON.stringify({ prompt, session_id: 'bench' });
  rows.push(['baseline: bare node:http, fixed JSON answer', await measure('baseline', { body })]);
  rows.push([
    'portcullis serve, same prompt (decision cache)',
    await measure('portcullis', { body }),
  ]);
  let counter = 0;
  rows.push([
    'portcullis serve, unique prompt per request',
    await measure('portcullis', {
      requests: [
        {
          setupRequest: (request) => {
            counter += 1;
            return {
              ...request,
              body: JSON.stringify({
                prompt: `${prompt.slice(0, 1000)} #${counter}`,
                session_id: 'bench',
              }),
            };
          },
        },
      ],
    }),
  ]);
  console.log('');
  console.log(
    `${'row'.padEnd(50)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'non-2xx'.padStart(8)} ${'errors'.padStart(7)}`,
  );
  for (const [name, result] of rows) {
    console.log(
      `${name.padEnd(50)} ${result.requests.average.toFixed(0).padStart(9)} ${result.latency.p50
        .toFixed(2)
        .padStart(8)} ${result.latency.p99.toFixed(2).padStart(8)} ${result.latency.max
        .toFixed(2)
        .padStart(
          8,
        )} ${String(result.non2xx).padStart(8)} ${String(result.errors + result.timeouts).padStart(7)}`,
    );
  }
  console.log('\nTarget: >= 5,000 req/s with p99 < 10 ms for the portcullis rows.');

  async function measure(
    role: 'baseline' | 'portcullis',
    request: Pick<AutocannonOptions, 'body' | 'requests'>,
  ): Promise<AutocannonResult> {
    const child = fork(import.meta.filename, ['--role', role], { stdio: 'inherit' });
    const port = await new Promise<number>((resolve) =>
      child.once('message', (message) => resolve((message as { port: number }).port)),
    );
    const options: AutocannonOptions = {
      url: `http://127.0.0.1:${port}/v1/scan`,
      method: 'POST',
      connections,
      duration,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      ...request,
    };
    await autocannon({ ...options, duration: 2 });
    const result = await autocannon(options);
    child.disconnect();
    await new Promise((resolve) => child.once('exit', resolve));
    return result;
  }
}

/** About 1 KB of developer documentation from the shared benign set (or a built-in text without it). */
function honestPrompt(): string {
  try {
    const file = join(
      import.meta.dirname,
      '../../../../shared/datasets/indirect/benign_devdocs.jsonl',
    );
    return readFileSync(file, 'utf8')
      .split('\n')
      .slice(0, 20)
      .filter((line) => line.trim() !== '')
      .map((line) => String((JSON.parse(line) as { text: unknown }).text))
      .join('\n')
      .slice(0, 1024);
  } catch {
    return 'Summarise the storage migration plan for the team newsletter. '
      .repeat(17)
      .slice(0, 1024);
  }
}

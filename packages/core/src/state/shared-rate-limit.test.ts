// Acceptance: a rate limit shared by two real processes through one real Redis (or one SQLite file) never
// lets more calls through than its limit.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import type { IncrementCounterTask } from './__fixtures__/increment-counter.ts';
import { deleteRedisKeys, describeWithRedis, findTestRedis } from './__fixtures__/test-redis.ts';
import { createStores, type StorageOptions } from './create-stores.ts';

const SCRIPT = join(import.meta.dirname, '__fixtures__', 'increment-counter.ts');
const INCREMENTS_PER_PROCESS = 200;
const LIMIT = 150;

const redis = await findTestRedis();

describe('a rate limit shared by two processes', () => {
  describeWithRedis(redis, 'through one Redis', ({ url }) => {
    const keyPrefix = `portcullis-test:${randomUUID()}:`;
    afterAll(() => deleteRedisKeys({ url, prefix: keyPrefix }));

    it('never lets more calls through than its limit', async () => {
      await expectSharedLimit({ type: 'redis', url, keyPrefix });
    });
  });

  describe('through one SQLite file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'portcullis-two-process-'));
    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    it('never lets more calls through than its limit', async () => {
      await expectSharedLimit({ type: 'sqlite', path: join(directory, 'state.db') });
    });
  });
});

/**
 * Two child processes increment one counter concurrently; a call is allowed when `incr() <= LIMIT`.
 * Atomic increments hand out every value from 1 to the total exactly once, so exactly LIMIT calls pass.
 */
async function expectSharedLimit(storage: StorageOptions): Promise<void> {
  const task: IncrementCounterTask = {
    storage,
    key: `rate-limit:${randomUUID()}`,
    increments: INCREMENTS_PER_PROCESS,
    concurrency: 8,
    ttlMs: 60_000,
    pauseMs: 1,
  };
  const children = [startProcess(task), startProcess(task)];
  // Both have opened their stores before either starts counting, so the increments overlap.
  await Promise.all(children.map(({ nextLine }) => nextLine()));
  for (const { child } of children) child.stdin.write('go\n');
  const results = await Promise.all(children.map(finish));

  const allowed = results.flatMap(({ values }) => values.filter((value) => value <= LIMIT));
  const total = 2 * INCREMENTS_PER_PROCESS;
  expect(allowed).toHaveLength(LIMIT);
  expect(results.flatMap(({ values }) => values).toSorted((a, b) => a - b)).toEqual(
    Array.from({ length: total }, (_, index) => index + 1),
  );
  const stores = await createStores(storage);
  try {
    expect(await stores.counters.getMany([task.key])).toEqual([total]);
  } finally {
    await stores.close();
  }
}

// --- internal ---

type RunningProcess = {
  child: ChildProcessWithoutNullStreams;
  nextLine: () => Promise<string>;
  stderr: () => string;
};

function startProcess(task: IncrementCounterTask): RunningProcess {
  const child = spawn(process.execPath, [SCRIPT, JSON.stringify(task)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = once(child, 'exit');
  return {
    child,
    stderr: () => stderr,
    async nextLine() {
      const line = await Promise.race([lines.next(), exited.then(() => undefined)]);
      if (line === undefined || line.done === true) {
        throw new Error(`the child process ended early (exit ${child.exitCode}): ${stderr}`);
      }
      return line.value;
    },
  };
}

async function finish(running: RunningProcess): Promise<{ values: number[] }> {
  const line = await running.nextLine();
  const [code] = (await (running.child.exitCode === null
    ? once(running.child, 'exit')
    : [running.child.exitCode])) as [number | null];
  if (code !== 0) throw new Error(`the child process failed (exit ${code}): ${running.stderr()}`);
  return JSON.parse(line) as { values: number[] };
}

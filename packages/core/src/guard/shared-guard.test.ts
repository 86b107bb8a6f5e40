// Acceptance (issue 4): a rate limit shared by two real processes through one real Redis never lets more calls
// through than its limit; the kill switch reaches every process sharing the store at once.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { StorageConfig } from '../config/config-types.ts';
import { describeWithRedis, findTestRedis } from '../state/__fixtures__/test-redis.ts';
import { createGuard } from './create-guard.ts';

const WORKER = join(import.meta.dirname, '__fixtures__', 'guard-worker.ts');
const LIMIT = 60;
const CALLS = 50;
/**
 * The limit counts calls in fixed windows; a run that crossed a window's end would rightly let more through.
 * So the window is a day and the workers start only when at least a minute of it remains.
 */
const WINDOW_MS = 86_400_000;
const MARGIN_MS = 60_000;

const redis = await findTestRedis();

describe('guards in two processes sharing one store', () => {
  describeWithRedis(redis, 'through one Redis', ({ url }) => {
    it('never lets more calls through than the rate limit', async () => {
      await expectSharedLimit({ type: 'redis', url });
    }, 150_000);

    it('the kill switch set in this process reaches the others at once', async () => {
      const storage: StorageConfig = { type: 'redis', url };
      const admin = createGuard({ mode: 'strict', storage }, { model: false });
      await admin.setKillSwitch(true, { actor: 'test' });
      try {
        const [result] = await runWorkers(storage, 1, randomUUID());
        expect(result?.killSwitch).toBe(true);
      } finally {
        await admin.setKillSwitch(false, { actor: 'test' });
        await admin.close();
      }
    }, 60_000);
  });

  describe('through one SQLite file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'portcullis-guards-'));
    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    it('never lets more calls through than the rate limit', async () => {
      await expectSharedLimit({ type: 'sqlite', path: join(directory, 'state.db') });
    }, 150_000);
  });
});

async function expectSharedLimit(storage: StorageConfig): Promise<void> {
  const results = await runWorkers(storage, 2, randomUUID());
  const allowed = results.reduce((sum, result) => sum + result.allowed, 0);
  // 100 calls against a limit of 60 from one agent: exactly 60 pass, split between the processes.
  expect(allowed).toBe(LIMIT);
  expect(results).toHaveLength(2);
}

async function runWorkers(
  storage: StorageConfig,
  count: number,
  agentId: string,
): Promise<{ allowed: number; killSwitch: boolean }[]> {
  const task = JSON.stringify({
    storage,
    limit: LIMIT,
    windowMs: WINDOW_MS,
    calls: CALLS,
    agentId,
  });
  const children = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, [WORKER, task], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout });
    const iterator = lines[Symbol.asyncIterator]();
    // Listen for the exit now: a child that finishes quickly must not exit before anyone listens.
    const exited = once(child, 'exit');
    return { child, exited, next: async () => String((await iterator.next()).value) };
  });
  await Promise.all(children.map(({ next }) => next().then((line) => expect(line).toBe('ready'))));
  const remaining = WINDOW_MS - (Date.now() % WINDOW_MS);
  if (remaining < MARGIN_MS) await sleep(remaining + 100);
  for (const { child } of children) child.stdin.write('go\n');
  return Promise.all(
    children.map(async ({ exited, next }) => {
      const line = await next();
      const [code] = await exited;
      expect(code).toBe(0);
      return JSON.parse(line) as { allowed: number; killSwitch: boolean };
    }),
  );
}

describe('policies from the config of a guard that joins a shared store', () => {
  it('are applied over stored ones with the same id; run-time ones with other ids stay', async () => {
    const { createMemoryStateStore } = await import('../state/memory-state-store.ts');
    const { createMemoryCounterStore } = await import('../state/memory-counter-store.ts');
    const stores = { state: createMemoryStateStore(), counters: createMemoryCounterStore() };
    const first = createGuard(
      {
        policies: [
          { id: 'tools', name: 'Tools', type: 'tool_access', conditions: { deny: ['rm'] } },
        ],
      },
      { stores, model: false },
    );
    await first.policies.create({ id: 'extra', name: 'Extra', type: 'loop' });
    const second = createGuard(
      {
        policies: [
          { id: 'tools', name: 'Tools', type: 'tool_access', conditions: { deny: ['drop_*'] } },
        ],
      },
      { stores, model: false },
    );
    const verdict = await second.inspect({
      surface: 'tool_call',
      name: 'drop_table',
      arguments: {},
    });
    expect(verdict.decision).toBe('block');
    const ids = (await first.policies.list()).map((policy) => policy.id).sort();
    expect(ids).toEqual(['default-loop', 'extra', 'tools']);
    expect(
      (await first.inspect({ surface: 'tool_call', name: 'rm', arguments: {} })).decision,
    ).toBe('allow');
  });
});

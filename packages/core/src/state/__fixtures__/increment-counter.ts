// Test support: one of the two processes of shared-rate-limit.test.ts. Opens the stores given in argv[2],
// prints `ready`, waits for a line on stdin (so both processes start together), increments one counter
// `increments` times (`concurrency` at a time, pausing `pauseMs` after each) and prints every value it got
// back as JSON.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { createStores, type StorageOptions } from '../create-stores.ts';

/** What the test passes in argv[2], as JSON. */
export type IncrementCounterTask = {
  readonly storage: StorageOptions;
  readonly key: string;
  readonly increments: number;
  readonly concurrency: number;
  readonly ttlMs: number;
  /** A pause after each increment, so a synchronous SQLite loop cannot finish before the other starts. */
  readonly pauseMs: number;
};

const task = JSON.parse(process.argv[2] ?? '') as IncrementCounterTask;
const stores = await createStores(task.storage);
const lines = createInterface({ input: process.stdin });
const go = once(lines, 'line');
process.stdout.write('ready\n');
await go;
lines.close();

const values: number[] = [];
let remaining = task.increments;
const worker = async () => {
  while (remaining > 0) {
    remaining -= 1;
    values.push(await stores.counters.incr(task.key, task.ttlMs));
    await sleep(task.pauseMs);
  }
};
await Promise.all(Array.from({ length: task.concurrency }, worker));
await stores.close();
process.stdout.write(`${JSON.stringify({ values })}\n`);

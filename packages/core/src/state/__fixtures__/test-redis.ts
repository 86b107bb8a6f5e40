// Test support (not part of the public API): the real Redis the state tests run against.
import { describe, it } from 'vitest';
import { createRedisStores } from '../redis-stores.ts';

/** `PORTCULLIS_REDIS_URL`, or a local server on the default port. */
export const TEST_REDIS_URL: string = process.env.PORTCULLIS_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether the test Redis answers: `skipReason` is undefined when it does. */
export type TestRedis = { readonly url: string; readonly skipReason: string | undefined };

/** Probes {@link TEST_REDIS_URL} with a short connect timeout (call once, at the top of a test file). */
export async function findTestRedis(): Promise<TestRedis> {
  return { url: TEST_REDIS_URL, skipReason: await probe(TEST_REDIS_URL) };
}

/**
 * Declares a Redis suite that runs when `redis` answered and is skipped otherwise, with the reason in its
 * name. With `CI=true` an unreachable Redis is a failure: CI starts one (`.ci/services`), so a skip there
 * would hide that the shared-state tests never ran.
 */
export function describeWithRedis(
  redis: TestRedis,
  name: string,
  body: (options: { url: string }) => void,
): void {
  const { url, skipReason } = redis;
  if (skipReason === undefined) {
    describe(name, () => body({ url }));
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('reaches Redis (required when CI=true)', () => {
        throw new Error(`${skipReason}; CI=true requires Redis (see .ci/services)`);
      });
    });
  } else {
    const hint = 'start redis-server or set PORTCULLIS_REDIS_URL';
    describe.skip(`${name} (skipped: ${skipReason}; ${hint})`, () => body({ url }));
  }
}

/** Deletes every key under `prefix`, so test runs leave nothing behind in a shared Redis. */
export async function deleteRedisKeys({
  url,
  prefix,
}: {
  url: string;
  prefix: string;
}): Promise<void> {
  const { createClient } = await import('@keyv/redis');
  const client = createClient({ url });
  client.on('error', () => {});
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
      if (keys.length > 0) await client.del(keys);
    }
  } finally {
    client.destroy();
  }
}

// --- internal ---

/** Undefined when Redis answers, else why not. */
async function probe(url: string): Promise<string | undefined> {
  try {
    const stores = await createRedisStores({ url, connectTimeoutMs: 1000 });
    await stores.close();
    return undefined;
  } catch (error) {
    return `Redis is not reachable (${error instanceof Error ? error.message : String(error)})`;
  }
}

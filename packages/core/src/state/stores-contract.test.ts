// The contract every Stores backend meets, run against memory, a real SQLite file and a real Redis.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortcullisError } from '../errors/portcullis-error.ts';
import { deleteRedisKeys, describeWithRedis, findTestRedis } from './__fixtures__/test-redis.ts';
import { createStores } from './create-stores.ts';
import type { Stores } from './stores.ts';

/** Runs the shared contract on the stores `open` returns (opened once for the suite). */
function testStoresContract({
  open,
  validatesCounterArguments,
}: {
  open: () => Promise<Stores>;
  validatesCounterArguments: boolean;
}): void {
  let stores: Stores;
  beforeAll(async () => {
    stores = await open();
  });
  afterAll(async () => {
    await stores?.close();
  });

  describe('state', () => {
    it('returns undefined for a missing key', async () => {
      expect(await stores.state.get('state:missing')).toBeUndefined();
    });

    it('round-trips JSON values', async () => {
      const values = {
        object: { nested: { list: [1, 'two', true, null], empty: {} }, text: 'é 漢字 🙂 "quoted"' },
        array: [{ a: 1 }, [2, [3]]],
        string: ':looks:like:a:prefix',
        number: -12.5,
        zero: 0,
        boolean: false,
        null: null,
      };
      for (const [name, value] of Object.entries(values)) {
        await stores.state.set(`state:json:${name}`, value);
      }
      for (const [name, value] of Object.entries(values)) {
        expect(await stores.state.get(`state:json:${name}`)).toEqual(value);
      }
    });

    it('overwrites a value on set', async () => {
      await stores.state.set('state:overwrite', { version: 1 });
      await stores.state.set('state:overwrite', { version: 2 });
      expect(await stores.state.get('state:overwrite')).toEqual({ version: 2 });
    });

    it('deletes a value', async () => {
      await stores.state.set('state:delete', 'here');
      expect(await stores.state.delete('state:delete')).toBe(true);
      expect(await stores.state.get('state:delete')).toBeUndefined();
      expect(await stores.state.delete('state:delete')).toBe(false);
    });

    it('expires a value after its ttl and keeps one set without ttl', async () => {
      await stores.state.set('state:ttl:short', 'short', 200);
      await stores.state.set('state:ttl:none', 'forever');
      await stores.state.set('state:ttl:cleared', 'first', 200);
      // A later set without ttl removes the earlier expiry.
      await stores.state.set('state:ttl:cleared', 'second');
      expect(await stores.state.get('state:ttl:short')).toBe('short');
      await sleep(400);
      expect(await stores.state.get('state:ttl:short')).toBeUndefined();
      expect(await stores.state.get('state:ttl:none')).toBe('forever');
      expect(await stores.state.get('state:ttl:cleared')).toBe('second');
    });

    it('appends to a list, keeping its last items in order', async () => {
      const { append, list } = stores.state;
      if (append === undefined || list === undefined) throw new Error('every backend appends');
      expect(await list('list:missing')).toEqual([]);
      for (let index = 0; index < 12; index += 1) {
        await append('list:recent', { index, text: `é 🙂 ${index}` }, 5, 60_000);
      }
      expect(await list('list:recent')).toEqual(
        [7, 8, 9, 10, 11].map((index) => ({ index, text: `é 🙂 ${index}` })),
      );
      // Concurrent appends all land (one atomic step each), trimmed to the limit.
      await Promise.all(
        Array.from({ length: 20 }, (_unused, index) => append('list:concurrent', index, 50)),
      );
      expect(((await list('list:concurrent')) as number[]).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 20 }, (_unused, index) => index),
      );
    });

    it('expires a list after its ttl and starts a new one', async () => {
      const { append, list } = stores.state;
      if (append === undefined || list === undefined) throw new Error('every backend appends');
      await append('list:ttl', 'old', 10, 200);
      await sleep(400);
      expect(await list('list:ttl')).toEqual([]);
      await append('list:ttl', 'new', 10, 60_000);
      expect(await list('list:ttl')).toEqual(['new']);
    });
  });

  describe('counters', () => {
    it('increments from 1, by 1 or by a given amount', async () => {
      expect(await stores.counters.incr('counter:basic', 60_000)).toBe(1);
      expect(await stores.counters.incr('counter:basic', 60_000)).toBe(2);
      expect(await stores.counters.incr('counter:basic', 60_000, 5)).toBe(7);
      expect(await stores.counters.getMany(['counter:basic'])).toEqual([7]);
    });

    it('keeps a counter apart from a state value of the same key', async () => {
      await stores.state.set('shared-name', { state: true });
      expect(await stores.counters.incr('shared-name', 60_000)).toBe(1);
      expect(await stores.state.get('shared-name')).toEqual({ state: true });
      expect(await stores.counters.getMany(['shared-name'])).toEqual([1]);
    });

    it('restarts from zero after the ttl', async () => {
      expect(await stores.counters.incr('counter:reset', 200)).toBe(1);
      expect(await stores.counters.incr('counter:reset', 200)).toBe(2);
      await sleep(350);
      expect(await stores.counters.getMany(['counter:reset'])).toEqual([0]);
      expect(await stores.counters.incr('counter:reset', 60_000)).toBe(1);
    });

    it('expires ttlMs after the first increment, not the last', async () => {
      expect(await stores.counters.incr('counter:fixed-window', 400)).toBe(1);
      await sleep(250);
      expect(await stores.counters.incr('counter:fixed-window', 400)).toBe(2);
      // 500 ms after the first increment: past its window, though only 250 ms after the second.
      await sleep(250);
      expect(await stores.counters.getMany(['counter:fixed-window'])).toEqual([0]);
    });

    it('gives exactly 50 after 50 concurrent increments, each value once', async () => {
      const values = await Promise.all(
        Array.from({ length: 50 }, () => stores.counters.incr('counter:concurrent', 60_000)),
      );
      expect(values.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(await stores.counters.getMany(['counter:concurrent'])).toEqual([50]);
    });

    it('returns getMany values in the order of the keys, 0 for missing ones', async () => {
      await stores.counters.incr('counter:many:a', 60_000);
      await stores.counters.incr('counter:many:c', 60_000, 3);
      expect(
        await stores.counters.getMany(['counter:many:c', 'counter:many:missing', 'counter:many:a']),
      ).toEqual([3, 0, 1]);
      expect(await stores.counters.getMany([])).toEqual([]);
    });

    it.runIf(validatesCounterArguments)(
      'rejects a fractional increment and a non-positive ttl',
      async () => {
        await expect(stores.counters.incr('counter:invalid', 60_000, 1.5)).rejects.toSatisfy(
          (error) => PortcullisError.isInstance(error) && error.code === 'INVALID_INPUT',
        );
        await expect(stores.counters.incr('counter:invalid', 0)).rejects.toSatisfy(
          (error) => PortcullisError.isInstance(error) && error.code === 'INVALID_INPUT',
        );
        expect(await stores.counters.getMany(['counter:invalid'])).toEqual([0]);
      },
    );
  });
}

const redis = await findTestRedis();

describe('createStores', () => {
  describe('memory', () => {
    testStoresContract({
      open: () => createStores({ type: 'memory' }),
      validatesCounterArguments: false,
    });

    it('reads and writes the same state through its synchronous view', async () => {
      const { state } = await createStores({ type: 'memory' });
      const sync = state.sync;
      if (sync === undefined) throw new Error('the memory store has no synchronous view');
      sync.set('a', { n: 1 });
      expect(await state.get('a')).toEqual({ n: 1 });
      await state.set('b', 'two', 60_000);
      expect(sync.get('b')).toBe('two');
      sync.append('list', 1, 2);
      await state.append?.('list', 2, 2);
      sync.append('list', 3, 2);
      expect(sync.list('list')).toEqual([2, 3]);
      expect(await state.list?.('list')).toEqual([2, 3]);
      sync.set('gone', 'soon', 1);
      await sleep(5);
      expect(sync.get('gone')).toBeUndefined();
      expect(sync.list('missing')).toEqual([]);
    });
  });

  describe('sqlite', () => {
    const directory = mkdtempSync(join(tmpdir(), 'portcullis-sqlite-'));
    const path = join(directory, 'state.db');
    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    testStoresContract({
      open: () => createStores({ type: 'sqlite', path }),
      validatesCounterArguments: true,
    });

    it('shares state and counters between two handles on one file, in WAL mode', async () => {
      const first = await createStores({ type: 'sqlite', path });
      const second = await createStores({ type: 'sqlite', path });
      await first.state.set('handles:value', { from: 'first' });
      await first.counters.incr('handles:counter', 60_000);
      expect(await second.state.get('handles:value')).toEqual({ from: 'first' });
      expect(await second.counters.incr('handles:counter', 60_000)).toBe(2);
      await Promise.all([first.close(), second.close()]);
      const database = new DatabaseSync(path);
      expect(database.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
      database.close();
    });

    it('prunes expired rows when a file is opened', async () => {
      const prunePath = join(directory, 'prune.db');
      const stores = await createStores({ type: 'sqlite', path: prunePath });
      await stores.state.set('prune:state', 'gone soon', 50);
      await stores.state.set('prune:kept', 'kept');
      await stores.counters.incr('prune:counter', 50);
      await stores.close();
      await sleep(100);
      await (await createStores({ type: 'sqlite', path: prunePath })).close();
      const database = new DatabaseSync(prunePath);
      expect(database.prepare('SELECT key FROM portcullis_state').all()).toEqual([
        { key: 'prune:kept' },
      ]);
      expect(database.prepare('SELECT key FROM portcullis_counters').all()).toEqual([]);
      database.close();
    });

    it('fails closed on a row that is not JSON', async () => {
      const stores = await createStores({ type: 'sqlite', path });
      const database = new DatabaseSync(path);
      database
        .prepare('INSERT INTO portcullis_state (key, value, expires) VALUES (?, ?, NULL)')
        .run('corrupt', '{not json');
      database.close();
      await expect(stores.state.get('corrupt')).rejects.toSatisfy(
        (error) => PortcullisError.isInstance(error) && error.code === 'INVALID_INPUT',
      );
      await stores.close();
    });

    it('throws INVALID_CONFIG when the file cannot be opened', async () => {
      await expect(
        createStores({ type: 'sqlite', path: join(directory, 'missing-folder', 'state.db') }),
      ).rejects.toSatisfy(
        (error) => PortcullisError.isInstance(error) && error.code === 'INVALID_CONFIG',
      );
    });
  });

  describeWithRedis(redis, 'redis', ({ url }) => {
    const keyPrefix = `portcullis-test:${randomUUID()}:`;
    afterAll(() => deleteRedisKeys({ url, prefix: keyPrefix }));

    testStoresContract({
      open: () => createStores({ type: 'redis', url, keyPrefix }),
      validatesCounterArguments: true,
    });

    it('namespaces keys and gives a counter its ttl on the first increment', async () => {
      const stores = await createStores({ type: 'redis', url, keyPrefix });
      await stores.state.set('layout', 1);
      await stores.counters.incr('layout', 60_000);
      const { createClient } = await import('@keyv/redis');
      const client = createClient({ url });
      await client.connect();
      expect(await client.exists(`${keyPrefix}state:layout`)).toBe(1);
      const ttl = await client.pTTL(`${keyPrefix}counter:layout`);
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
      client.destroy();
      await stores.close();
    });

    it('throws INVALID_CONFIG with the password masked when Redis cannot be reached', async () => {
      // Port 1 on loopback: nothing listens there, so the connection is refused at once.
      const error = await createStores({
        type: 'redis',
        url: 'redis://user:hunter2@127.0.0.1:1',
      }).catch((caught: unknown) => caught);
      expect(PortcullisError.isInstance(error) && error.code).toBe('INVALID_CONFIG');
      expect(String((error as Error).message)).toContain('redis://user:***@127.0.0.1:1');
      expect(String((error as Error).message)).not.toContain('hunter2');
    });
  });

  it('throws INVALID_CONFIG for an unknown storage type', async () => {
    await expect(createStores({ type: 'postgres' } as never)).rejects.toSatisfy(
      (error) => PortcullisError.isInstance(error) && error.code === 'INVALID_CONFIG',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createBatchQueue } from './batch-queue.ts';

describe('createBatchQueue', () => {
  it('hands everything pushed in one turn to one write, in order', async () => {
    const writes: number[][] = [];
    const queue = createBatchQueue<number>(async (items) => {
      writes.push([...items]);
      return items.map(() => undefined);
    });
    await Promise.all([1, 2, 3, 4].map((item) => queue.push(item)));
    expect(writes).toEqual([[1, 2, 3, 4]]);
  });

  it('batches what arrives while a write is in flight, up to maxBatchSize', async () => {
    const writes: number[][] = [];
    let release: () => void = () => undefined;
    const queue = createBatchQueue<number>(async (items) => {
      writes.push([...items]);
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return items.map(() => undefined);
    }, 2);
    const first = queue.push(0);
    await new Promise((resolve) => setImmediate(resolve));
    const rest = [1, 2, 3].map((item) => queue.push(item));
    release();
    await Promise.all([first, ...rest]);
    expect(writes).toEqual([[0], [1, 2], [3]]);
  });

  it('rejects only the items that failed, or the whole batch when the write throws', async () => {
    let fail = false;
    const queue = createBatchQueue<number>(async (items) => {
      if (fail) throw new Error('disk full');
      return items.map((item) => (item < 0 ? new Error(`bad ${item}`) : undefined));
    });
    const results = await Promise.allSettled([queue.push(1), queue.push(-1), queue.push(2)]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    fail = true;
    await expect(queue.push(3)).rejects.toThrow('disk full');
    fail = false;
    await expect(queue.push(4)).resolves.toBeUndefined();
    await queue.idle();
  });
});

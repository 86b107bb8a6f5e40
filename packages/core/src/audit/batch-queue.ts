/**
 * Writes a batch of items and says, item by item, whether each was written: `undefined` for success or the
 * error that item's `push` rejects with. Throwing fails the whole batch.
 */
export type WriteBatch<T> = (items: readonly T[]) => Promise<readonly (Error | undefined)[]>;

/** A serial queue that hands everything waiting to one write, one write at a time. */
export type BatchQueue<T> = {
  /** Queues `item`; resolves once the write that carried it succeeded, rejects if it failed. */
  push(item: T): Promise<void>;
  /** Resolves once everything queued so far has been written (or failed). */
  idle(): Promise<void>;
};

/**
 * Serialises writes and batches them: while one write is in flight, new items wait, and the next write
 * takes all of them (up to `maxBatchSize`). With a durable write (write + fsync) per batch, many concurrent
 * appends cost one sync instead of one each, and their order is the order of `push`.
 */
export function createBatchQueue<T>(write: WriteBatch<T>, maxBatchSize = 512): BatchQueue<T> {
  type Job = { item: T; resolve: () => void; reject: (error: Error) => void };
  const waiting: Job[] = [];
  let draining: Promise<void> | undefined;

  const drain = async (): Promise<void> => {
    while (waiting.length > 0) {
      const jobs = waiting.splice(0, maxBatchSize);
      let results: readonly (Error | undefined)[];
      try {
        results = await write(jobs.map((job) => job.item));
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        for (const job of jobs) job.reject(failure);
        continue;
      }
      jobs.forEach((job, index) => {
        const failure = results[index];
        if (failure === undefined) job.resolve();
        else job.reject(failure);
      });
    }
  };
  const kick = (): void => {
    if (draining !== undefined) return;
    // Start in a later macrotask, not a microtask: redaction and hashing then never run inside the
    // caller's request (the guard does not await the sink), and appends made meanwhile join the batch.
    draining = new Promise<void>((resolve) => setImmediate(resolve)).then(drain).finally(() => {
      draining = undefined;
      if (waiting.length > 0) kick();
    });
  };

  return {
    push(item) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        kick();
      });
    },
    async idle() {
      while (draining !== undefined) await draining;
    },
  };
}

/**
 * Runs async work one at a time per key, within this process: read-modify-write state (a session's loop
 * history and transcript, a server's pins) must not interleave, or concurrent events lose updates.
 */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key);
    // A free key starts the work at once instead of a tick later.
    const result = previous === undefined ? work() : previous.then(work, work);
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }
}

import type { Writable } from 'node:stream';

/**
 * Makes the writes to `stream` within one turn of the event loop go out together, at its end. stdout on a
 * pipe is written synchronously, one system call per message; under load the proxy answers many calls in
 * the same turn, and one `writev` for all of them costs a fraction of the separate writes. Nothing waits
 * longer than the current turn.
 */
export function batchWrites(stream: Writable): void {
  let corked = false;
  const write = stream.write.bind(stream) as Writable['write'];
  stream.write = ((...args: Parameters<Writable['write']>) => {
    if (!corked) {
      corked = true;
      stream.cork();
      setImmediate(() => {
        corked = false;
        stream.uncork();
      });
    }
    return write(...args);
  }) as Writable['write'];
}

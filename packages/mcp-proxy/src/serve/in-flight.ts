import type { Server, ServerResponse } from 'node:http';

/** The requests a server is answering, and its graceful shutdown. */
export type InFlight = {
  readonly size: number;
  readonly closing: boolean;
  add(response: ServerResponse): void;
  delete(response: ServerResponse): void;
  /**
   * Stops accepting connections and waits for the requests being answered (their connections close when
   * they answer); past `timeoutMs` the connections left are cut.
   */
  drain(timeoutMs: number): Promise<void>;
};

/**
 * Tracks the responses in flight on `server` for a graceful shutdown: once draining, every answer closes
 * its connection and idle keep-alive connections are closed as they appear, so shutdown is not held open by
 * clients that keep connections around.
 *
 * @example
 * const inFlight = trackInFlight(server);
 * process.once('SIGTERM', () => inFlight.drain(10_000));
 */
export function trackInFlight(server: Server): InFlight {
  const responses = new Set<ServerResponse>();
  let closing = false;
  let drained: (() => void) | undefined;
  return {
    get size() {
      return responses.size;
    },
    get closing() {
      return closing;
    },
    add(response) {
      responses.add(response);
    },
    delete(response) {
      responses.delete(response);
      if (!closing) return;
      // Keep-alive connections that just went idle would otherwise hold shutdown open.
      server.closeIdleConnections();
      if (responses.size === 0) drained?.();
    },
    async drain(timeoutMs) {
      closing = true;
      const stopped = new Promise<void>((resolve) => {
        if (!server.listening) resolve();
        else server.close(() => resolve());
      });
      server.closeIdleConnections();
      // Requests already being answered end their connection when they answer.
      for (const response of responses)
        if (!response.headersSent) response.setHeader('connection', 'close');
      if (responses.size > 0) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          const timer = setTimeout(() => {
            // Past the deadline: cut what is left rather than hang the shutdown.
            server.closeAllConnections();
            resolve();
          }, timeoutMs);
          timer.unref();
        });
      }
      await stopped;
    },
  };
}

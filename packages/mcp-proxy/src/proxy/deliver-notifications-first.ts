import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';

/**
 * The SDK (1.32) hands notifications to their handlers a microtask later but settles responses at once, so
 * a progress notification that arrives in the same chunk as its response is dropped ("unknown token").
 * Responses that follow a notification within the same macrotask are delayed to the next one, so
 * every notification is handled first. Responses that follow none are not delayed.
 */
export function deliverNotificationsFirst(transport: Transport): void {
  const deliver = transport.onmessage;
  if (deliver === undefined) return;
  let hasFreshNotification = false;
  let queue: Parameters<typeof deliver>[] = [];
  transport.onmessage = (...args) => {
    const [message] = args;
    const isResponse = 'id' in message && ('result' in message || 'error' in message);
    if (!isResponse) {
      if ('method' in message && !('id' in message)) {
        hasFreshNotification = true;
        setImmediate(() => {
          hasFreshNotification = false;
        });
      }
      deliver(...args);
      return;
    }
    if (!hasFreshNotification && queue.length === 0) {
      deliver(...args);
      return;
    }
    queue.push(args);
    if (queue.length === 1) {
      setImmediate(() => {
        const pending = queue;
        queue = [];
        for (const item of pending) deliver(...item);
      });
    }
  };
}

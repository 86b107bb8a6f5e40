import type { Upstream } from './upstream.ts';

/** Called with the URI of a resource that changed. */
export type ResourceListener = (uri: string) => void;

/**
 * Downstream subscriptions to upstream resources. The upstreams are shared, so each (server, URI) is
 * subscribed upstream once, when the first session asks, and unsubscribed when the last one leaves; an
 * update is passed to every session that asked. A server that reconnects has forgotten its subscriptions:
 * {@link renew} makes them again.
 */
export class ResourceSubscriptions {
  readonly #upstreamOf: (name: string) => Upstream | undefined;
  readonly #listeners = new Map<string, Set<ResourceListener>>();

  constructor(upstreamOf: (name: string) => Upstream | undefined) {
    this.#upstreamOf = upstreamOf;
  }

  /**
   * Subscribes `listener` to `uri` of `server`; resolves to the function that ends it.
   *
   * @throws {McpProxyError} or the server's `McpError` when the first subscription to `uri` fails.
   */
  async add(server: string, uri: string, listener: ResourceListener): Promise<() => Promise<void>> {
    const key = keyOf(server, uri);
    let listeners = this.#listeners.get(key);
    const isFirst = listeners === undefined;
    if (listeners === undefined) {
      listeners = new Set();
      this.#listeners.set(key, listeners);
    }
    listeners.add(listener);
    if (isFirst) {
      try {
        await this.#send(server, uri, 'subscribe');
      } catch (error) {
        this.#remove(key, listener);
        throw error;
      }
    }
    let isActive = true;
    return async () => {
      if (!isActive) return;
      isActive = false;
      if (this.#remove(key, listener)) await this.#send(server, uri, 'unsubscribe').catch(() => {});
    };
  }

  /** Passes an update from `server` to the sessions subscribed to `uri`. */
  updated(server: string, uri: string): void {
    for (const listener of this.#listeners.get(keyOf(server, uri)) ?? []) listener(uri);
  }

  /** Subscribes again, upstream, to every URI of `server` that a session holds (after a reconnection). */
  async renew(server: string): Promise<void> {
    const prefix = keyOf(server, '');
    const uris = [...this.#listeners.keys()]
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
    await Promise.all(uris.map((uri) => this.#send(server, uri, 'subscribe').catch(() => {})));
  }

  // --- internal ---

  /** Removes a listener; true when it was the last one of its key. */
  #remove(key: string, listener: ResourceListener): boolean {
    const listeners = this.#listeners.get(key);
    if (listeners === undefined) return false;
    listeners.delete(listener);
    if (listeners.size > 0) return false;
    this.#listeners.delete(key);
    return true;
  }

  async #send(server: string, uri: string, what: 'subscribe' | 'unsubscribe'): Promise<void> {
    const upstream = this.#upstreamOf(server);
    if (upstream === undefined) return;
    await upstream.request(`resources/${what}`, (client, options) =>
      what === 'subscribe'
        ? client.subscribeResource({ uri }, options)
        : client.unsubscribeResource({ uri }, options),
    );
  }
}

function keyOf(server: string, uri: string): string {
  return `${server}\u0000${uri}`;
}

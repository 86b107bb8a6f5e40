import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  ErrorCode,
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { McpProxyError } from './mcp-proxy-error.ts';
import type { ProxyRuntime } from './proxy-runtime.ts';
import { RESOURCE_NOT_FOUND, resourceUpstream } from './resource-routing.ts';
import { rpcError, safeName } from './rpc-error.ts';

/**
 * Answers `resources/subscribe` and `resources/unsubscribe` for one session, through the runtime's shared
 * upstream subscriptions. Returns the function that ends all of the session's subscriptions (on close).
 */
export function handleSubscriptions(server: Server, runtime: ProxyRuntime): () => void {
  /** This session's subscriptions: URI → the function that ends it. */
  const subscriptions = new Map<string, () => Promise<void>>();
  server.setRequestHandler(SubscribeRequestSchema, async (request) => {
    await runtime.startup();
    const { uri } = request.params;
    if (subscriptions.has(uri)) return {};
    const upstream = resourceUpstream(runtime, uri);
    if (upstream === undefined) {
      throw rpcError(RESOURCE_NOT_FOUND, `[portcullis] Unknown resource "${safeName(uri)}".`);
    }
    if (upstream.capabilities.resources?.subscribe !== true) {
      throw rpcError(
        ErrorCode.InvalidRequest,
        `[portcullis] Server "${upstream.name}" does not support resource subscriptions.`,
      );
    }
    if (upstream.state !== 'ready')
      throw rpcError(ErrorCode.InternalError, upstream.unavailableError().message);
    // The update carries only the URI; what the client then reads goes through resources/read (screened).
    const end = await runtime
      .subscribeResource(upstream.name, uri, (changed) => {
        if (server.transport !== undefined)
          server.sendResourceUpdated({ uri: changed }).catch(() => {});
      })
      .catch((error: unknown) => {
        throw McpProxyError.isInstance(error)
          ? rpcError(ErrorCode.InternalError, error.message)
          : error;
      });
    subscriptions.set(uri, end);
    return {};
  });

  server.setRequestHandler(UnsubscribeRequestSchema, async (request) => {
    const end = subscriptions.get(request.params.uri);
    subscriptions.delete(request.params.uri);
    await end?.();
    return {};
  });

  return () => {
    for (const end of subscriptions.values()) void end();
    subscriptions.clear();
  };
}

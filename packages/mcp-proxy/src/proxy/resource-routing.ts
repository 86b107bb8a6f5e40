import type { ProxyRuntime } from './proxy-runtime.ts';
import type { Upstream } from './upstream.ts';

/** JSON-RPC code MCP uses for an unknown resource. */
export const RESOURCE_NOT_FOUND = -32002;

/** The upstream a resource URI belongs to (listed, or matched by a template). */
export function resourceUpstream(runtime: ProxyRuntime, uri: string): Upstream | undefined {
  const name = runtime.catalog().resourceServer(uri);
  if (name !== undefined) return runtime.upstream(name);
  const withResources = runtime
    .upstreams()
    .filter((upstream) => upstream.capabilities.resources !== undefined);
  // With one resource server there is no doubt where an unlisted URI belongs.
  return withResources.length === 1 ? withResources[0] : undefined;
}

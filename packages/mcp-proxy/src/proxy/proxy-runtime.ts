import type { Implementation } from '@modelcontextprotocol/sdk/types.js';
import type { Guard, GuardContext, ServerInfo, Verdict } from '@portcullis/core';
import type { Catalog, CatalogTool } from './catalog.ts';
import type { ListKind, Upstream } from './upstream.ts';

/** Who is on the other end of one downstream session. */
export type DownstreamSession = {
  readonly sessionId: string;
  /** What the client said it is in `initialize` (self-reported, not authenticated). */
  readonly clientInfo?: Implementation;
  /** The client's address, for HTTP sessions. */
  readonly ip?: string;
};

/** What downstream sessions share: the guard, the upstreams, their catalog and trust. Internal. */
export type ProxyRuntime = {
  readonly guard: Guard;
  readonly serverInfo: { readonly name: string; readonly version: string };
  /** Waits (boundedly) for every upstream's first connection attempt. */
  startup(): Promise<void>;
  /** Fetches every ready upstream's tool list again (boundedly), to see silent changes. */
  refreshTools(): Promise<void>;
  catalog(): Catalog;
  upstream(name: string): Upstream | undefined;
  upstreams(): readonly Upstream[];
  /** What the guard is told about a server, with its current trust score and capabilities. */
  serverContext(name: string): ServerInfo;
  /** The guard context of a session (session id, agent, ip). */
  sessionContext(session: DownstreamSession): GuardContext;
  /** Inspects one tool definition; definitions of one server are inspected one at a time. */
  inspectDescription(entry: CatalogTool, context: GuardContext): Promise<Verdict>;
  /** Feeds the trust score with what a server sent back or was asked. */
  recordRuntime(server: string, verdicts: readonly Verdict[]): void;
  /**
   * Subscribes a session to a resource of `server` (one upstream subscription per URI, shared); resolves
   * to the function that ends it.
   */
  subscribeResource(
    server: string,
    uri: string,
    listener: (uri: string) => void,
  ): Promise<() => Promise<void>>;
  /** Registers a session's list-changed sender; returns the function that removes it. */
  subscribe(listener: (kind: ListKind) => void): () => void;
  log(line: string): void;
};

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { RootsListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import {
  createGuard,
  type Guard,
  type GuardContext,
  type GuardOptions,
  KeyedLock,
  type PolicyInput,
  type PortcullisConfig,
  type PortcullisConfigInput,
  parseConfig,
  type ServerInfo,
  type ToolDefinition,
} from '@portcullis/core';
import { type RestartOptions, resolveRestartOptions } from './backoff.ts';
import { buildCatalog, type Catalog, type PrefixMode } from './catalog.ts';
import { relayClientRequests, relayedCapabilitiesFor } from './client-requests.ts';
import type { DecayOptions } from './decay.ts';
import { createHttpHandler, type HttpHandlerOptions } from './http-handler.ts';
import { createLogRelay } from './log-relay.ts';
import { McpProxyError, McpProxyErrorCode } from './mcp-proxy-error.ts';
import type { DownstreamSession, ProxyRuntime } from './proxy-runtime.ts';
import { ResourceSubscriptions } from './resource-subscriptions.ts';
import { sessionRelay } from './session-relay.ts';
import { createSessionServer } from './session-server.ts';
import type { TrustReport } from './trust-score.ts';
import { TrustTracker } from './trust-tracker.ts';
import { type ListKind, Upstream, type UpstreamStatus, type UpstreamTimeouts } from './upstream.ts';
import { serverInfoOf, upstreamSpecsOf } from './upstream-spec.ts';

/** Options of {@link createProxy}. */
export type ProxyOptions = {
  /**
   * The Portcullis config (as written or validated) with its `mcpServers`: `{ command, args, env, cwd }`
   * for stdio servers, `{ url, headers }` for Streamable HTTP ones.
   */
  readonly config: PortcullisConfigInput | PortcullisConfig;
  /**
   * The guard to use. Default: one created from `config`, with {@link PROXY_DEFAULT_POLICIES} added for
   * the policy types the config lacks (the proxy then closes it on `close()`).
   */
  readonly guard?: Guard;
  /** Options of the guard the proxy creates (stores, audit sink, model). Ignored with `guard`. */
  readonly guardOptions?: GuardOptions;
  /** When tool and prompt names get their server's name in front. Default `on-conflict`. */
  readonly prefix?: PrefixMode;
  /** Between server and tool name. Default `__`. */
  readonly separator?: string;
  readonly timeouts?: UpstreamTimeouts & {
    /** How long the first list waits for servers still starting. Default 10 000 ms. */
    readonly startupMs?: number;
  };
  readonly restart?: RestartOptions;
  /** Malformed messages tolerated per window before a server is isolated. Default 10 per 60 s. */
  readonly protocolErrors?: { readonly max?: number; readonly windowMs?: number };
  /** How runtime incidents fade from trust scores. Default exponential, one-hour half-life. */
  readonly trustDecay?: DecayOptions;
  /**
   * The guard context of a downstream session. Default: `{ sessionId, agentId: clientInfo.name, ip }`
   * (the client's self-reported name, so `agents` scopes in policies can tell clients apart).
   */
  readonly context?: (session: DownstreamSession) => GuardContext;
  /** Where operational log lines go (never stdout). Default: nowhere. */
  readonly log?: (line: string) => void;
  /** How the proxy presents itself downstream. Default `{ name: 'portcullis', version }`. */
  readonly serverInfo?: { readonly name: string; readonly version: string };
  /** Options of the Streamable HTTP handler ({@link McpProxy.handleMcpHttpRequest}). */
  readonly http?: HttpHandlerOptions;
};

/** One downstream session served by {@link McpProxy.connect}. */
export type ProxySession = {
  readonly sessionId: string;
  /** The low-level MCP server answering this session. */
  readonly server: Server;
  close(): Promise<void>;
};

/** A running proxy: upstream connections shared by any number of downstream sessions. */
export type McpProxy = {
  readonly guard: Guard;
  /** Resolves once every upstream made its first connection attempt (successful or not). */
  ready(): Promise<void>;
  /** Serves one downstream session over a transport (stdio, in-memory, …). */
  connect(
    transport: Transport,
    options?: { sessionId?: string; ip?: string },
  ): Promise<ProxySession>;
  /**
   * Serves MCP over Streamable HTTP: one transport and one server per session. Mount it on any Node HTTP
   * server; pass the parsed body when a framework already read it.
   */
  handleMcpHttpRequest(
    request: IncomingMessage,
    response: ServerResponse,
    parsedBody?: unknown,
  ): Promise<void>;
  /** The state of every upstream. */
  status(): UpstreamStatus[];
  /** The trust score of every upstream, signal by signal, from what the proxy has seen so far. */
  trust(): TrustReport[];
  /**
   * Waits for the upstreams, inspects (and pins) every tool definition of the ready ones, then returns
   * their trust scores: what `portcullis trust` prints.
   */
  assessTrust(): Promise<TrustReport[]>;
  /** Closes every session and upstream (stopping child processes), and the guard if the proxy made it. */
  close(): Promise<void>;
};

/** Policies the proxy's own guard gets when the config has none of their type. */
export const PROXY_DEFAULT_POLICIES: readonly PolicyInput[] = [
  {
    id: 'proxy-pins',
    name: 'Pinned tool definitions',
    description:
      'Every tool definition is pinned on first sight; a changed one is held back until approved (portcullis pins).',
    type: 'config_drift',
  },
  {
    id: 'proxy-trust',
    name: 'Server trust',
    description:
      'Alerts on servers whose trust score is below 60, blocks below 30 (portcullis trust).',
    type: 'mcp_trust',
  },
];

const VERSION = '0.1.0';

/**
 * Creates an MCP security proxy in front of the config's `mcpServers`. Upstreams start connecting at once;
 * every tool definition, call and result then passes through the guard.
 *
 * @example
 * import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
 * const proxy = createProxy({ config: await loadConfigFile('portcullis.json') });
 * await proxy.connect(new StdioServerTransport());
 *
 * @throws {McpProxyError} `INVALID_CONFIG` when the config has no usable `mcpServers`.
 * @throws {PortcullisError} `INVALID_CONFIG` when the config itself is invalid.
 */
export function createProxy(options: ProxyOptions): McpProxy {
  const config = parseConfig(options.config);
  const separator = options.separator ?? '__';
  if (separator === '' || /\s/.test(separator)) {
    throw new McpProxyError({
      code: McpProxyErrorCode.InvalidConfig,
      message: 'separator must be non-empty and without spaces',
    });
  }
  const prefix = options.prefix ?? 'on-conflict';
  if (prefix !== 'always' && prefix !== 'on-conflict' && prefix !== 'never') {
    throw new McpProxyError({
      code: McpProxyErrorCode.InvalidConfig,
      message: `prefix must be always, on-conflict or never (got "${String(prefix)}")`,
    });
  }
  const specs = upstreamSpecsOf(config, separator);
  const ownsGuard = options.guard === undefined;
  const guard = options.guard ?? createGuard(withProxyDefaults(config), options.guardOptions);
  const log = options.log ?? (() => {});
  const timeouts = {
    connectMs: options.timeouts?.connectMs ?? 30_000,
    requestMs: options.timeouts?.requestMs ?? 60_000,
    listMs: options.timeouts?.listMs ?? 30_000,
    pingMs: options.timeouts?.pingMs ?? 5_000,
  };
  const startupMs = options.timeouts?.startupMs ?? 10_000;
  const serverInfo = options.serverInfo ?? { name: 'portcullis', version: VERSION };

  const listeners = new Set<(kind: ListKind) => void>();
  let catalogCache: Catalog | undefined;
  const pending = new Set<ListKind>();
  let flushScheduled = false;
  /** Server contexts (with trust scores) per server, recomputed after a change or a second. */
  const contexts = new Map<string, { info: ServerInfo; at: number }>();
  const changed = (kind: ListKind) => {
    catalogCache = undefined;
    contexts.clear();
    pending.add(kind);
    if (flushScheduled) return;
    flushScheduled = true;
    // Coalesce: several upstreams changing at once make one notification per list.
    setImmediate(() => {
      flushScheduled = false;
      const kinds = [...pending];
      pending.clear();
      for (const listener of listeners) for (const item of kinds) listener(item);
    });
  };

  const upstreams = specs.map(
    (spec) =>
      new Upstream({
        spec,
        timeouts,
        restart: resolveRestartOptions(options.restart),
        protocolErrors: {
          max: options.protocolErrors?.max ?? 10,
          windowMs: options.protocolErrors?.windowMs ?? 60_000,
        },
        clientInfo: { name: 'portcullis-proxy', version: VERSION },
        log,
        onChange: changed,
        onResourceUpdated: (uri) => subscriptions.updated(spec.name, uri),
        onLog: (message) => void relayLog(spec.name, message),
        onReady: () => void subscriptions.renew(spec.name),
        clientRequests: {
          capabilities: relayedCapabilitiesFor(spec),
          handle: (client) =>
            relayClientRequests(client, spec.name, relay, { roots: spec.roots === true }),
        },
      }),
  );
  const byName = new Map(upstreams.map((upstream) => [upstream.name, upstream]));
  const subscriptions = new ResourceSubscriptions((name) => byName.get(name));
  const trust = new TrustTracker({
    specs,
    domains: domainsOf(guard.config),
    ...(options.trustDecay === undefined ? {} : { decay: options.trustDecay }),
  });
  const lock = new KeyedLock();
  let hasStarted = false;
  const allStarted = Promise.all(upstreams.map((upstream) => upstream.firstAttempt)).then(() => {
    hasStarted = true;
  });
  const started = Promise.resolve();

  const runtime: ProxyRuntime = {
    guard,
    serverInfo,
    // The hot path (every call) pays nothing once every upstream made its first attempt.
    startup: () => (hasStarted ? started : withTimeout(allStarted, startupMs)),
    refreshTools: () =>
      withTimeout(
        Promise.all(
          upstreams
            .filter((upstream) => upstream.state === 'ready')
            .map((upstream) => upstream.refresh('tools')),
        ).then(() => {}),
        timeouts.listMs,
      ),
    catalog() {
      catalogCache ??= buildCatalog({ sources: upstreams, prefix, separator });
      return catalogCache;
    },
    upstream: (name) => byName.get(name),
    upstreams: () => upstreams,
    serverContext(name): ServerInfo {
      const now = Date.now();
      const cached = contexts.get(name);
      if (cached !== undefined && now - cached.at < 1000) return cached.info;
      const upstream = byName.get(name);
      if (upstream === undefined) return { name };
      const report = trust.report(name, upstream.tools);
      const info: ServerInfo = {
        ...serverInfoOf(upstream.spec),
        trustScore: report.score,
        capabilities: report.capabilities,
      };
      contexts.set(name, { info, at: now });
      return info;
    },
    sessionContext(session) {
      if (options.context !== undefined)
        return { sessionId: session.sessionId, ...options.context(session) };
      return {
        sessionId: session.sessionId,
        ...(session.clientInfo?.name === undefined ? {} : { agentId: session.clientInfo.name }),
        ...(session.ip === undefined ? {} : { ip: session.ip }),
      };
    },
    inspectDescription: (entry, context) =>
      // One server's definitions one at a time: pinning reads and writes that server's pin record.
      lock.run(entry.server, async () => {
        const verdict = await guard.inspect(
          { surface: 'tool_description', tool: entry.tool as ToolDefinition },
          context,
        );
        trust.recordDescription(entry.server, entry.tool.name, verdict);
        contexts.delete(entry.server);
        return verdict;
      }),
    recordRuntime(server, verdicts) {
      if (trust.recordRuntime(server, verdicts)) contexts.delete(server);
    },
    subscribeResource: (server, uri, listener) => subscriptions.add(server, uri, listener),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    log,
  };

  const sessions = new Set<ProxySession>();
  const rootsChanged = () => {
    for (const upstream of upstreams) if (upstream.spec.roots === true) upstream.rootsChanged();
  };
  const relay = sessionRelay(sessions, runtime);
  const relayLog = createLogRelay(sessions, runtime);
  const connect = async (
    transport: Transport,
    { sessionId = randomUUID(), ip }: { sessionId?: string; ip?: string } = {},
  ): Promise<ProxySession> => {
    const server = createSessionServer(runtime, { sessionId, ...(ip === undefined ? {} : { ip }) });
    const session: ProxySession = { sessionId, server, close: () => server.close() };
    sessions.add(session);
    // Servers that may ask for roots learn when a client that has them arrives or changes them.
    server.oninitialized = () => {
      if (server.getClientCapabilities()?.roots !== undefined) rootsChanged();
    };
    server.setNotificationHandler(RootsListChangedNotificationSchema, () => rootsChanged());
    const onclose = server.onclose;
    server.onclose = () => {
      sessions.delete(session);
      onclose?.();
    };
    await server.connect(transport);
    return session;
  };
  const http = createHttpHandler({ connect, ...(options.http === undefined ? {} : options.http) });

  for (const upstream of upstreams) upstream.start();

  return {
    guard,
    ready: () => allStarted,
    connect,
    handleMcpHttpRequest: http.handle,
    status: () => upstreams.map((upstream) => upstream.status()),
    trust: () => upstreams.map((upstream) => trust.report(upstream.name, upstream.tools)),
    async assessTrust() {
      await allStarted;
      const catalog = runtime.catalog();
      await Promise.all(
        catalog.tools
          .filter((entry) => byName.get(entry.server)?.state === 'ready')
          .map((entry) =>
            runtime.inspectDescription(entry, {
              server: runtime.serverContext(entry.server),
              exposedName: entry.exposedName,
            }),
          ),
      );
      return upstreams.map((upstream) => trust.report(upstream.name, upstream.tools));
    },
    async close() {
      await http.close();
      await Promise.all([...sessions].map((session) => session.close().catch(() => {})));
      await Promise.all(upstreams.map((upstream) => upstream.close()));
      if (ownsGuard) await guard.close();
    },
  };
}

/**
 * The config with {@link PROXY_DEFAULT_POLICIES} added for the policy types it lacks: what the proxy's own
 * guard runs on. Use it to build a guard of your own that behaves like the proxy's.
 *
 * @example
 * const guard = createGuard(withProxyDefaults(parseConfig(config)), { audit: mySink });
 * const proxy = createProxy({ config, guard });
 */
export function withProxyDefaults(config: PortcullisConfig): PortcullisConfig {
  const missing = PROXY_DEFAULT_POLICIES.filter(
    (policy) => !config.policies.some((existing) => existing.type === policy.type),
  );
  if (missing.length === 0) return config;
  return parseConfig({ ...config, policies: [...config.policies, ...missing] });
}

// --- internal ---

/** Resolves when `promise` settles or after `ms`, whichever comes first (never rejects). */
function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref?.();
  });
  return Promise.race([promise.catch(() => {}), timeout]).finally(() => clearTimeout(timer));
}

/** The trusted and blocked domain globs of the config's enabled `mcp_domains` policies. */
function domainsOf(config: PortcullisConfig): { trusted?: string[]; blocked?: string[] } {
  let trusted: string[] | undefined;
  let blocked: string[] | undefined;
  for (const policy of config.policies) {
    if (policy.type !== 'mcp_domains' || !policy.enabled) continue;
    if (policy.conditions.trusted !== undefined)
      trusted = [...(trusted ?? []), ...policy.conditions.trusted];
    if (policy.conditions.blocked !== undefined)
      blocked = [...(blocked ?? []), ...policy.conditions.blocked];
  }
  return {
    ...(trusted === undefined ? {} : { trusted }),
    ...(blocked === undefined ? {} : { blocked }),
  };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createMemoryStateStore,
  ErrorCode,
  type Guard,
  PortcullisError,
  type StateStore,
} from '@portcullis/core';
import { compileAddressList } from './address-list.ts';
import { createAuthenticator } from './auth/create-authenticator.ts';
import { createClientAddress } from './client-address.ts';
import { renderDocsPage } from './docs-page.ts';
import { trackInFlight } from './in-flight.ts';
import { createIpAllowlist } from './ip-allowlist.ts';
import { buildOpenApi, type OpenApiDocument } from './openapi.ts';
import { createOriginChecks, isLoopbackHost } from './origin-checks.ts';
import { createRequestPipeline, type Mount, type MountHandler } from './request-pipeline.ts';
import type { Permission } from './roles.ts';
import { createRouter } from './router.ts';
import { controlRoutes } from './routes/control-routes.ts';
import { opsRoutes } from './routes/ops-routes.ts';
import { policyRoutes } from './routes/policy-routes.ts';
import { scanRoutes } from './routes/scan-routes.ts';
import { securityRoutes } from './routes/security-routes.ts';
import { configError, type ServeConfig } from './serve-config.ts';
import type { ServiceContext, TrustScore } from './service-context.ts';
import { createServiceMetrics, type UpstreamHealth } from './service-metrics.ts';
import type { TracerLike } from './tracing.ts';
import { startWarmUp } from './warm-up.ts';

/** Options of {@link createHttpService}. */
export type HttpServiceOptions = {
  /** The guard every route works with (`createGuard(config)`). */
  readonly guard: Guard;
  /** The service's own config sections: `auth` and `server` (see `splitServeConfig`). */
  readonly config?: ServeConfig;
  /** Overrides `server.host`. Default `127.0.0.1`. */
  readonly host?: string;
  /** Overrides `server.port`. Default 8787; 0 picks a free port. */
  readonly port?: number;
  /** Overrides `server.allowUnauthenticated`. */
  readonly allowUnauthenticated?: boolean;
  /**
   * Where the IP allowlist is kept: pass the guard's state store (the `state` of the stores given to
   * `createGuard`) so every process sharing it enforces the same list. Default: this process's memory.
   */
  readonly state?: StateStore;
  /** An OpenTelemetry tracer: one span per request. */
  readonly tracer?: TracerLike;
  /** Trust scores from a mounted MCP proxy. */
  readonly trust?: () => Promise<readonly TrustScore[]>;
  /** Upstream health from a mounted MCP proxy, for `/metrics`. */
  readonly upstreamHealth?: () => Promise<readonly UpstreamHealth[]>;
  /** The MCP servers whose pins are listed by default. Default: the guard config's `mcpServers`. */
  readonly pinServers?: () => readonly string[];
  /** Where start-up notes and unexpected errors go. Default: standard error. */
  readonly log?: (message: string) => void;
  /** Environment for `keyEnv` and `secretEnv`. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** `fetch` for JWKS URLs. */
  readonly fetch?: typeof globalThis.fetch;
};

/** The running service. */
export type HttpService = {
  /** The `node:http` server (not listening until {@link HttpService.listen}). */
  readonly server: Server;
  /** Loads the IP allowlist and starts listening; resolves with the bound address. */
  listen(): Promise<{ readonly host: string; readonly port: number; readonly url: string }>;
  /**
   * Graceful shutdown: stops accepting connections, lets in-flight requests finish (up to
   * `server.shutdownTimeoutMs`, then cuts them), closes mounted handlers and stops listening to the guard.
   * It does not close the guard: call `guard.close()` after it to flush the audit.
   */
  close(): Promise<void>;
  /**
   * Serves `handler` under `path` (and everything below it) behind the same allowlist, Host/Origin checks
   * and authentication: how the MCP proxy's Streamable HTTP endpoint shares this server.
   */
  mount(
    path: string,
    handler: MountHandler,
    options?: { readonly permission?: Permission; readonly close?: () => Promise<void> },
  ): void;
  /** Resolves once the warm-up inspection completed (what `/readyz` reports). */
  whenReady(): Promise<void>;
  /** The OpenAPI 3.1 document served at `/openapi.json`. */
  openApi(): OpenApiDocument;
};

/** The service's version, as the OpenAPI document states it. */
export const SERVICE_VERSION = '0.1.0';

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 8787;
const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * Creates the Portcullis HTTP service on `node:http`: the scan API, the admin API, auth, metrics, the
 * OpenAPI document and a docs page, and a `mount` hook for the MCP proxy's endpoint.
 *
 * @throws {PortcullisError} `INVALID_CONFIG` for bad `auth`/`server` settings, or when the service would
 * accept unauthenticated callers on a non-loopback host without `allowUnauthenticated`.
 *
 * @example
 * const guard = createGuard({ mode: 'strict' });
 * const service = createHttpService({
 *   guard,
 *   config: { auth: { apiKeys: [{ name: 'agents', keyEnv: 'PORTCULLIS_KEY', role: 'scanner' }] } },
 *   port: 8787,
 * });
 * const { url } = await service.listen();
 * // curl -H "x-api-key: $PORTCULLIS_KEY" -d '{"prompt":"hi"}' -H 'content-type: application/json' $url/v1/scan
 * process.once('SIGTERM', async () => { await service.close(); await guard.close(); });
 */
export function createHttpService(options: HttpServiceOptions): HttpService {
  const { guard, config = {} } = options;
  const server_ = config.server ?? {};
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const host = options.host ?? server_.host ?? DEFAULT_HOST;
  const port = options.port ?? server_.port ?? DEFAULT_PORT;
  const authenticator = createAuthenticator({
    ...(config.auth === undefined ? {} : { config: config.auth }),
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const allowUnauthenticated =
    options.allowUnauthenticated ?? server_.allowUnauthenticated ?? false;
  if (authenticator.allowsAnonymous && !isLoopbackHost(host) && !allowUnauthenticated) {
    throw new PortcullisError({
      code: ErrorCode.InvalidConfig,
      message:
        `refusing to serve unauthenticated callers on ${host}: configure auth.apiKeys or auth.jwt, ` +
        'bind to 127.0.0.1, or say so explicitly with --allow-unauthenticated (server.allowUnauthenticated)',
    });
  }
  const trusted = compileAddressList(server_.trustedProxies ?? [], ['server', 'trustedProxies']);
  if (!trusted.ok) throw configError(trusted.issues);
  const allowlist = createIpAllowlist({
    state: options.state ?? createMemoryStateStore(),
    guard,
    seed: server_.ipAllowlist ?? [],
  });

  const warmUp = startWarmUp({ guard });
  const server = createServer({
    keepAliveTimeout: 65_000,
    requestTimeout: 30_000,
    headersTimeout: 20_000,
  });
  const inFlight = trackInFlight(server);
  const metrics = createServiceMetrics({
    guard,
    isReady: () => warmUp.readiness().status === 'ready',
    inFlight: () => inFlight.size,
    upstreamHealth: options.upstreamHealth,
    ignoreSession: warmUp.sessionId,
  });
  const service: ServiceContext = {
    guard,
    allowlist,
    metrics,
    isReady: () => warmUp.readiness().status === 'ready',
    readiness: warmUp.readiness,
    pinServers: options.pinServers ?? (() => Object.keys(guard.config.mcpServers ?? {})),
    trust: options.trust,
    upstreamHealth: options.upstreamHealth,
    watermarkKey: watermarkKeyOf(server_.watermark, options.env ?? process.env),
    warmupSession: warmUp.sessionId,
  };

  let document: OpenApiDocument | undefined;
  let docs: string | undefined;
  const openApi = () => {
    document ??= buildOpenApi({ routes, version: SERVICE_VERSION });
    return document;
  };
  const routes = [
    ...scanRoutes(service),
    ...policyRoutes(service),
    ...controlRoutes(service),
    ...securityRoutes(service),
    ...opsRoutes({
      service,
      document: openApi,
      docsPage: () => {
        docs ??= renderDocsPage(openApi());
        return docs;
      },
    }),
  ];
  const mounts: Mount[] = [];
  const mountClosers: (() => Promise<void>)[] = [];
  const origins = createOriginChecks({
    host,
    ...(server_.allowedHosts === undefined ? {} : { allowedHosts: server_.allowedHosts }),
    ...(server_.cors === undefined
      ? {}
      : {
          origins: server_.cors.origins,
          ...(server_.cors.maxAgeSeconds === undefined
            ? {}
            : { maxAgeSeconds: server_.cors.maxAgeSeconds }),
        }),
  });
  server.on(
    'request',
    createRequestPipeline({
      guard,
      router: createRouter(routes),
      mounts,
      authenticator,
      allowlist,
      originChecks: origins,
      clientAddress: createClientAddress({ trustedProxies: trusted.list }),
      metrics,
      tracer: options.tracer,
      bodyLimit: server_.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
      isClosing: () => inFlight.closing,
      onRequestStart: (response) => inFlight.add(response),
      onRequestEnd: (response) => inFlight.delete(response),
      log,
    }),
  );

  let closed: Promise<void> | undefined;
  return {
    server,
    async listen() {
      await allowlist.load();
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      log(
        `portcullis serve: listening on http://${shown}:${address.port} (auth: ${authenticator.description})`,
      );
      return { host: address.address, port: address.port, url: `http://${shown}:${address.port}` };
    },
    close() {
      closed ??= (async () => {
        warmUp.stop();
        await inFlight.drain(server_.shutdownTimeoutMs ?? 10_000);
        await Promise.all(mountClosers.map((close) => close()));
        metrics.detach();
      })();
      return closed;
    },
    mount(path, handler, mountOptions = {}) {
      const normalized = path.endsWith('/') ? path.slice(0, -1) : path;
      if (!normalized.startsWith('/') || normalized === '')
        throw new PortcullisError({
          code: ErrorCode.InvalidInput,
          message: `mount path must start with / (got "${path}")`,
        });
      mounts.push({ path: normalized, handler, permission: mountOptions.permission ?? 'scan' });
      if (mountOptions.close !== undefined) mountClosers.push(mountOptions.close);
    },
    whenReady: warmUp.whenReady,
    openApi,
  };
}

// --- internal ---

function watermarkKeyOf(
  watermark: { key?: string; keyEnv?: string } | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (watermark === undefined) return undefined;
  const key = watermark.key ?? env[watermark.keyEnv as string];
  if (key === undefined || key.length < 16) {
    throw configError([
      {
        path: ['server', 'watermark', watermark.key === undefined ? 'keyEnv' : 'key'],
        message: 'the key must be set and at least 16 characters long',
      },
    ]);
  }
  return key;
}

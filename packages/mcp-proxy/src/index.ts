/**
 * `@portcullis/mcp-proxy`: a security proxy for MCP servers, and the `portcullis` command line.
 * Any new export added here becomes public API.
 *
 * @module
 */

export { type RunJsonlOptions, runJsonl } from './cli/run-jsonl.ts';
export { main } from './cli.ts';
export type { RestartOptions } from './proxy/backoff.ts';
export {
  type Capability,
  type CapabilityEvidence,
  inferCapabilities,
} from './proxy/capabilities.ts';
export type { PrefixMode } from './proxy/catalog.ts';
export {
  createProxy,
  type McpProxy,
  PROXY_DEFAULT_POLICIES,
  type ProxyOptions,
  type ProxySession,
  withProxyDefaults,
} from './proxy/create-proxy.ts';
export { type DecayOptions, decayWeight } from './proxy/decay.ts';
export type { HttpHandlerOptions } from './proxy/http-handler.ts';
export { McpProxyError, McpProxyErrorCode } from './proxy/mcp-proxy-error.ts';
export type { DownstreamSession } from './proxy/proxy-runtime.ts';
export {
  computeTrustScore,
  TRUST_WEIGHTS,
  type TrustInputs,
  type TrustReport,
  type TrustSignal,
  type WeightedIncident,
} from './proxy/trust-score.ts';
export type { UpstreamState, UpstreamStatus, UpstreamTimeouts } from './proxy/upstream.ts';
export type { HttpUpstreamSpec, StdioUpstreamSpec, UpstreamSpec } from './proxy/upstream-spec.ts';
export type { Principal } from './serve/auth/principal.ts';
export {
  createHttpService,
  type HttpService,
  type HttpServiceOptions,
  SERVICE_VERSION,
} from './serve/create-http-service.ts';
export { HttpError, HttpErrorCode, type HttpErrorOptions } from './serve/http-error.ts';
export { type LoadedServeConfig, loadServeConfigFile } from './serve/load-serve-config.ts';
export type { MountHandler } from './serve/request-pipeline.ts';
export { PERMISSIONS, type Permission, ROLES, type Role } from './serve/roles.ts';
export { runServeCommand } from './serve/serve-command.ts';
export {
  type ApiKeyConfig,
  type AuthConfig,
  type JwtConfig,
  type ServeConfig,
  type ServerConfig,
  splitServeConfig,
} from './serve/serve-config.ts';
export type { TrustScore } from './serve/service-context.ts';
export type { UpstreamHealth } from './serve/service-metrics.ts';
export type { SpanLike, TracerLike } from './serve/tracing.ts';

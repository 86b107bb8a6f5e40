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

const marker: unique symbol = Symbol.for('portcullis.mcp-proxy.error');

/** Machine-readable codes of {@link McpProxyError}. Callers switch on `error.code`, never on text. */
export const McpProxyErrorCode = {
  /** The proxy's options or the config's `mcpServers` are unusable. */
  InvalidConfig: 'INVALID_CONFIG',
  /** The upstream server is down, restarting, or was isolated. */
  UpstreamUnavailable: 'UPSTREAM_UNAVAILABLE',
  /** The upstream server did not answer in time. */
  UpstreamTimeout: 'UPSTREAM_TIMEOUT',
  /** No upstream serves this tool, prompt or resource. */
  NotFound: 'NOT_FOUND',
} as const;

/** One of {@link McpProxyErrorCode}'s values. */
export type McpProxyErrorCode = (typeof McpProxyErrorCode)[keyof typeof McpProxyErrorCode];

/**
 * An error of the MCP proxy. Its message is safe to show to a client or a model: it names servers and
 * tools, never content an upstream sent. Check with {@link McpProxyError.isInstance}.
 *
 * @example
 * try { await proxy.ready(); } catch (error) {
 *   if (McpProxyError.isInstance(error) && error.code === 'INVALID_CONFIG') process.exit(1);
 * }
 */
export class McpProxyError extends Error {
  readonly code: McpProxyErrorCode;
  /** The upstream server concerned, if any. */
  readonly server: string | undefined;

  constructor({
    code,
    message,
    server,
    cause,
  }: {
    code: McpProxyErrorCode;
    message: string;
    server?: string;
    cause?: unknown;
  }) {
    super(`[portcullis] ${message}`, { cause });
    this.name = 'McpProxyError';
    Object.defineProperty(this, marker, { value: true });
    this.code = code;
    this.server = server;
  }

  /** True for an error of any copy of `@portcullis/mcp-proxy`. */
  static isInstance(error: unknown): error is McpProxyError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}

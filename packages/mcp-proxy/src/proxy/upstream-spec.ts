import type { PortcullisConfig, ServerInfo } from '@portcullis/core';
import { McpProxyError, McpProxyErrorCode } from './mcp-proxy-error.ts';

/** An upstream server started as a local command and spoken to over stdio. */
export type StdioUpstreamSpec = {
  readonly name: string;
  readonly transport: 'stdio';
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** The server may ask the client for its roots. */
  readonly roots?: boolean;
};

/** An upstream server reached over Streamable HTTP. */
export type HttpUpstreamSpec = {
  readonly name: string;
  readonly transport: 'http';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly roots?: boolean;
};

/** One entry of the config's `mcpServers`, with its name and transport. */
export type UpstreamSpec = StdioUpstreamSpec | HttpUpstreamSpec;

/**
 * The upstream servers of a validated config, in the order they are written.
 *
 * @throws {McpProxyError} `INVALID_CONFIG` when there is none, or when a name cannot be used as a prefix.
 */
export function upstreamSpecsOf(config: PortcullisConfig, separator: string): UpstreamSpec[] {
  const entries = Object.entries(config.mcpServers ?? {});
  if (entries.length === 0) {
    throw new McpProxyError({
      code: McpProxyErrorCode.InvalidConfig,
      message: 'the config has no mcpServers to front',
    });
  }
  return entries.map(([name, server]) => {
    if (name === '' || name.includes(separator) || !/^[\w.-]+$/.test(name)) {
      throw new McpProxyError({
        code: McpProxyErrorCode.InvalidConfig,
        message: `mcpServers name "${name}" must be letters, digits, ".", "_" or "-" and must not contain "${separator}"`,
      });
    }
    if ('url' in server) {
      return {
        name,
        transport: 'http',
        url: server.url,
        ...(server.headers === undefined ? {} : { headers: server.headers }),
        ...(server.roots === true ? { roots: true } : {}),
      };
    }
    return {
      name,
      transport: 'stdio',
      command: server.command,
      args: server.args,
      ...(server.env === undefined ? {} : { env: server.env }),
      ...(server.cwd === undefined ? {} : { cwd: server.cwd }),
      ...(server.roots === true ? { roots: true } : {}),
    };
  });
}

/** What the guard is told about a server: name, transport and, for HTTP, the URL (never headers). */
export function serverInfoOf(spec: UpstreamSpec): ServerInfo {
  return spec.transport === 'http'
    ? { name: spec.name, transport: 'http', url: spec.url }
    : { name: spec.name, transport: 'stdio' };
}

import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { batchWrites } from '../proxy/batch-writes.ts';
import { createProxy, type McpProxy } from '../proxy/create-proxy.ts';
import { loadCliConfig, openCliGuard } from './proxy-setup.ts';
import { PROXY_USAGE } from './proxy-usage.ts';

/**
 * `portcullis proxy`: serves the proxy over stdio (or Streamable HTTP with `--http`) until stdin closes or a
 * signal arrives. Nothing but MCP messages is written to stdout.
 */
export async function runProxyCommand(argv: readonly string[]): Promise<number> {
  const split = argv.indexOf('--');
  const own = split === -1 ? argv : argv.slice(0, split);
  const command = split === -1 ? undefined : argv.slice(split + 1);
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(own));
  } catch (error) {
    process.stderr.write(`portcullis proxy: ${(error as Error).message}\n\n${PROXY_USAGE}`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(PROXY_USAGE);
    return 0;
  }
  if (values.config === undefined && (command === undefined || command.length === 0)) {
    process.stderr.write(
      `portcullis proxy: give --config PATH or -- <command> [args...]\n\n${PROXY_USAGE}`,
    );
    return 1;
  }
  const http = values.http === undefined ? undefined : parseHostPort(values.http);
  if (http === null) {
    process.stderr.write('portcullis proxy: --http must be HOST:PORT, e.g. 127.0.0.1:8808\n');
    return 1;
  }
  const connectMs = numberOption(values['connect-timeout']);
  const requestMs = numberOption(values['call-timeout']);
  if (connectMs === null || requestMs === null) {
    process.stderr.write('portcullis proxy: timeouts must be positive numbers of milliseconds\n');
    return 1;
  }
  const log = values.quiet
    ? () => {}
    : (line: string) => process.stderr.write(`portcullis: ${line}\n`);

  let proxy: McpProxy;
  let closeGuard: () => Promise<void>;
  try {
    const config = await loadCliConfig({
      configPath: values.config,
      statePath: values.state,
      command,
      serverName: values.name,
    });
    const guard = await openCliGuard(config, { sharedSessions: values['shared-sessions'] });
    closeGuard = () => guard.close();
    proxy = createProxy({
      config,
      guard,
      ...(values.prefix === undefined
        ? {}
        : { prefix: values.prefix as 'always' | 'on-conflict' | 'never' }),
      ...(values.separator === undefined ? {} : { separator: values.separator }),
      timeouts: {
        ...(connectMs === undefined ? {} : { connectMs }),
        ...(requestMs === undefined ? {} : { requestMs }),
      },
      log,
      ...(http === undefined || !isLoopback(http.host)
        ? {}
        : { http: { allowedHosts: ['localhost', '127.0.0.1', '[::1]'] } }),
    });
  } catch (error) {
    process.stderr.write(`portcullis proxy: ${(error as Error).message}\n`);
    return 1;
  }

  let resolveDone: (status: number) => void = () => {};
  const done = new Promise<number>((resolve) => {
    resolveDone = resolve;
  });
  let isClosing = false;
  const shutdown = async (status: number) => {
    if (isClosing) return;
    isClosing = true;
    await proxy.close().catch(() => {});
    await closeGuard().catch(() => {});
    resolveDone(status);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  if (http === undefined) {
    batchWrites(process.stdout);
    const transport = new StdioServerTransport();
    transport.onclose = () => void shutdown(0);
    // The client closing our stdin ends the session (the transport itself does not watch for it).
    process.stdin.once('end', () => void shutdown(0));
    await proxy.connect(transport);
    log('serving MCP on stdio');
    return done;
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/mcp') {
      response
        .writeHead(404, { 'content-type': 'text/plain' })
        .end('Not found: MCP is served at /mcp\n');
      return;
    }
    proxy.handleMcpHttpRequest(request, response).catch((error: unknown) => {
      log(`HTTP request failed: ${(error as Error).message}`);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', (error) => {
      process.stderr.write(`portcullis proxy: cannot listen on ${values.http}: ${error.message}\n`);
      resolve(false);
    });
    server.listen(http.port, http.host, () => resolve(true));
  });
  if (!listening) {
    await shutdown(1);
    return 1;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : http.port;
  const host = http.host.includes(':') ? `[${http.host}]` : http.host;
  // Always printed (even with --quiet): it is how a caller learns an ephemeral port.
  process.stderr.write(`portcullis: listening on http://${host}:${port}/mcp\n`);
  const status = await done;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  return status;
}

// --- internal ---

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: false,
    options: {
      config: { type: 'string' },
      http: { type: 'string' },
      name: { type: 'string' },
      prefix: { type: 'string' },
      separator: { type: 'string' },
      state: { type: 'string' },
      'shared-sessions': { type: 'boolean', default: false },
      'connect-timeout': { type: 'string' },
      'call-timeout': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** `127.0.0.1:8808`, `[::1]:8808`, `localhost:0`; `null` when malformed. */
function parseHostPort(value: string): { host: string; port: number } | null {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value);
  if (match === null) return null;
  const port = Number(match[3]);
  if (port > 65_535) return null;
  return { host: (match[1] ?? match[2]) as string, port };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** `undefined` when absent, `null` when not a positive number. */
function numberOption(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : null;
}

import { parseArgs } from 'node:util';
import { createGuard, createStores, type Guard, parseConfig } from '@portcullis/core';
import { createCliLogger } from '../cli/logger.ts';
import { createProxy, type McpProxy } from '../proxy/create-proxy.ts';
import { createHttpService, type HttpService } from './create-http-service.ts';
import { type LoadedServeConfig, loadServeConfigFile } from './load-serve-config.ts';

/** The text of `portcullis serve --help`. */
export const SERVE_USAGE = `Usage: portcullis serve [--config FILE] [--port N] [--host H] [--allow-unauthenticated]

Runs the Portcullis HTTP service: the scan API (POST /v1/scan, POST /v1/agents/events), the admin API,
/metrics, /healthz, /readyz, /openapi.json and /docs.

Options:
  --config FILE            JSON or YAML config: the guard's settings plus \`auth\` and \`server\` sections
  --port N                 Port (default: server.port, else 8787; 0 picks a free one)
  --host H                 Address to bind (default: server.host, else 127.0.0.1)
  --allow-unauthenticated  Serve callers without credentials on a non-loopback address (explicit opt-in)

Without auth.apiKeys or auth.jwt, callers need no credentials: allowed on loopback only, unless
--allow-unauthenticated. SIGTERM or SIGINT drains in-flight requests, then flushes the audit.
`;

/**
 * `portcullis serve`: loads the config, opens the guard's stores, serves until SIGTERM or SIGINT, then
 * drains in-flight requests and closes the guard (flushing the audit). Resolves with the exit status.
 *
 * @example
 * process.exitCode = await runServeCommand(['--config', 'portcullis.yaml', '--port', '8787']);
 */
export async function runServeCommand(
  argv: readonly string[],
  { signals = ['SIGTERM', 'SIGINT'] }: { signals?: readonly NodeJS.Signals[] } = {},
): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    process.stderr.write(`portcullis serve: ${(error as Error).message}\n\n${SERVE_USAGE}`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(SERVE_USAGE);
    return 0;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
    process.stderr.write('portcullis serve: --port must be an integer from 0 to 65535\n');
    return 1;
  }

  let guard: Guard | undefined;
  let service: HttpService;
  try {
    const loaded: LoadedServeConfig =
      values.config === undefined
        ? { serve: {}, guardConfig: parseConfig({}) }
        : await loadServeConfigFile(values.config);
    const stores = await createStores(loaded.guardConfig.storage);
    guard = createGuard(loaded.guardConfig, {
      stores,
      logger: createCliLogger('portcullis-serve'),
    });
    // The config's MCP servers are fronted by the proxy, on this same server at /mcp (Streamable HTTP).
    const proxy =
      Object.keys(loaded.guardConfig.mcpServers ?? {}).length > 0
        ? createProxy({ config: loaded.guardConfig, guard })
        : undefined;
    service = createHttpService({
      guard,
      config: loaded.serve,
      state: stores.state,
      ...(proxy === undefined ? {} : proxyFeeds(proxy)),
      ...(port === undefined ? {} : { port }),
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(values['allow-unauthenticated'] ? { allowUnauthenticated: true } : {}),
    });
    if (proxy !== undefined) {
      service.mount('/mcp', (request, response) => proxy.handleMcpHttpRequest(request, response), {
        close: () => proxy.close(),
      });
    }
    await service.listen();
  } catch (error) {
    process.stderr.write(`portcullis serve: ${(error as Error).message}\n`);
    await guard?.close().catch(() => {});
    return 1;
  }

  const openGuard = guard;
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second signal while draining: the operator wants out now.
        process.stderr.write(`portcullis serve: ${signal} again, exiting without draining\n`);
        process.exit(1);
      }
      stopping = true;
      process.stderr.write(`portcullis serve: ${signal}, draining in-flight requests\n`);
      void (async () => {
        let status = 0;
        try {
          await service.close();
          await openGuard.close();
          process.stderr.write('portcullis serve: stopped\n');
        } catch (error) {
          process.stderr.write(`portcullis serve: shutdown failed: ${(error as Error).message}\n`);
          status = 1;
        }
        for (const name of signals) process.off(name, stop);
        resolve(status);
      })();
    };
    for (const name of signals) process.on(name, stop);
  });
}

// --- internal ---

/** What the service reads from a mounted proxy: trust scores and upstream health. */
function proxyFeeds(proxy: McpProxy) {
  return {
    trust: async () =>
      (await proxy.assessTrust()).map((report) => ({
        server: report.server,
        score: report.score,
        capabilities: report.capabilities,
        signals: report.signals.map((signal) => ({
          name: signal.id,
          effect: signal.points,
          ...(signal.detail === undefined ? {} : { detail: signal.detail }),
        })),
      })),
    upstreamHealth: async () =>
      proxy.status().map((upstream) => ({ server: upstream.name, up: upstream.state === 'ready' })),
    pinServers: () => proxy.status().map((upstream) => upstream.name),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: false,
    options: {
      config: { type: 'string', short: 'c' },
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      'allow-unauthenticated': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

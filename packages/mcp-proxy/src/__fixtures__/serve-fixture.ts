import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { AnySchema } from '@modelcontextprotocol/sdk/server/zod-compat.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';

/** The few zod builders the fixtures use, typed as the SDK's `AnySchema`. */
export type FixtureZod = {
  string(): AnySchema & { optional(): AnySchema; describe(text: string): AnySchema };
  number(): AnySchema;
  object(shape: Record<string, AnySchema>): AnySchema;
};

/**
 * zod, as the SDK itself resolves it: the proxy package does not depend on zod, and the fixtures must use
 * the very copy the SDK validates with.
 */
export const z = createRequire(import.meta.resolve('@modelcontextprotocol/sdk/server/mcp.js'))(
  'zod',
) as FixtureZod;

/** Appends a tool name to the file named by `FIXTURE_CALL_LOG`, so tests can see what really ran. */
export function logCall(name: string): void {
  const file = process.env.FIXTURE_CALL_LOG;
  if (file !== undefined && file !== '') appendFileSync(file, `${name}\n`);
}

/**
 * Serves fresh McpServers over stdio (default) or, with `--http`, over Streamable HTTP on 127.0.0.1 (a
 * random port unless `--port N`), printing `listening <url>` on stdout once ready.
 */
export async function serveFixture(build: () => McpServer): Promise<void> {
  const argv = process.argv.slice(2);
  if (!argv.includes('--http')) {
    await build().connect(new StdioServerTransport());
    return;
  }
  const portIndex = argv.indexOf('--port');
  const port = portIndex === -1 ? 0 : Number(argv[portIndex + 1]);
  const transports = new Map<string, StreamableHTTPServerTransport>();
  const http = createServer(async (request, response) => {
    const sessionId = request.headers['mcp-session-id'];
    if (typeof sessionId === 'string') {
      const transport = transports.get(sessionId);
      if (transport === undefined) {
        response.writeHead(404).end();
        return;
      }
      await transport.handleRequest(request, response);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body: unknown =
      chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString());
    if (request.method !== 'POST' || !isInitializeRequest(body)) {
      response.writeHead(400).end();
      return;
    }
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        transports.set(id, transport);
      },
    });
    transport.onclose = () => {
      if (transport.sessionId !== undefined) transports.delete(transport.sessionId);
    };
    await build().connect(transport);
    await transport.handleRequest(request, response, body);
  });
  http.listen(port, '127.0.0.1', () => {
    const address = http.address();
    const actual = typeof address === 'object' && address !== null ? address.port : port;
    process.stdout.write(`listening http://127.0.0.1:${actual}/mcp\n`);
  });
}

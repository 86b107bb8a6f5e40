import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { safeParseJson } from '@portcullis/core';

/** Options of the proxy's Streamable HTTP handler. */
export type HttpHandlerOptions = {
  /**
   * Host names (without port) requests may be addressed to; others get 403. Set it when listening on
   * localhost, against DNS rebinding (a web page making the browser call the proxy). Default: any host.
   */
  readonly allowedHosts?: readonly string[];
  /** Origins browsers may call from; a request with another `Origin` gets 403. Default: any origin. */
  readonly allowedOrigins?: readonly string[];
  /** Concurrent sessions; more get 503. Default 1000. */
  readonly maxSessions?: number;
  /** Largest request body, in bytes. Default 4 MiB. */
  readonly maxBodyBytes?: number;
  /** Answer with JSON instead of SSE streams. Default false. */
  readonly enableJsonResponse?: boolean;
  /** A session without requests for this long is closed (its client must initialize again). Default 30 min. */
  readonly sessionIdleMs?: number;
};

/** Handles MCP over Streamable HTTP with one transport and one server per session. */
export type HttpHandler = {
  handle(request: IncomingMessage, response: ServerResponse, parsedBody?: unknown): Promise<void>;
  /** Closes every open session. */
  close(): Promise<void>;
};

/**
 * Streamable HTTP sessions: a POST `initialize` without a session id opens one (a new transport and
 * server); every later request must carry its `mcp-session-id`.
 */
export function createHttpHandler({
  connect,
  allowedHosts,
  allowedOrigins,
  maxSessions = 1000,
  maxBodyBytes = 4 * 1024 * 1024,
  enableJsonResponse = false,
  sessionIdleMs = 30 * 60_000,
}: HttpHandlerOptions & {
  connect: (transport: Transport, options: { sessionId: string; ip?: string }) => Promise<unknown>;
}): HttpHandler {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const lastSeen = new Map<string, number>();
  // Clients that vanish without DELETE must not hold a server each forever.
  const sweeper = setInterval(
    () => {
      const now = Date.now();
      for (const [id, seen] of lastSeen) {
        if (now - seen < sessionIdleMs) continue;
        lastSeen.delete(id);
        const transport = sessions.get(id);
        sessions.delete(id);
        transport?.close().catch(() => {});
      }
    },
    Math.min(60_000, Math.max(1000, sessionIdleMs / 2)),
  );
  sweeper.unref();
  const hosts =
    allowedHosts === undefined
      ? undefined
      : new Set(allowedHosts.map((host) => host.toLowerCase()));
  const origins = allowedOrigins === undefined ? undefined : new Set(allowedOrigins);

  return {
    async handle(request, response, parsedBody) {
      if (hosts !== undefined && !hosts.has(hostnameOf(request.headers.host))) {
        return reply(response, 403, -32000, 'Forbidden: host not allowed');
      }
      const origin = request.headers.origin;
      if (origins !== undefined && origin !== undefined && !origins.has(origin)) {
        return reply(response, 403, -32000, 'Forbidden: origin not allowed');
      }
      let body = parsedBody;
      if (body === undefined && request.method === 'POST') {
        const read = await readBody(request, maxBodyBytes);
        if (read.error !== undefined) return reply(response, read.status, -32700, read.error);
        body = read.value;
      }
      const header = request.headers['mcp-session-id'];
      const sessionId = Array.isArray(header) ? header[0] : header;
      if (sessionId !== undefined) {
        const transport = sessions.get(sessionId);
        if (transport === undefined) return reply(response, 404, -32001, 'Session not found');
        lastSeen.set(sessionId, Date.now());
        return transport.handleRequest(request, response, body);
      }
      if (request.method !== 'POST' || !isInitializeRequest(body)) {
        return reply(response, 400, -32000, 'Bad Request: no valid session id (initialize first)');
      }
      if (sessions.size >= maxSessions) return reply(response, 503, -32000, 'Too many sessions');
      const id = randomUUID();
      const transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => id,
        enableJsonResponse,
        onsessioninitialized: (initialized) => {
          sessions.set(initialized, transport);
          lastSeen.set(initialized, Date.now());
        },
        onsessionclosed: (closed) => {
          sessions.delete(closed);
          lastSeen.delete(closed);
        },
      });
      transport.onclose = () => {
        sessions.delete(id);
        lastSeen.delete(id);
      };
      const ip = request.socket.remoteAddress;
      await connect(transport, { sessionId: id, ...(ip === undefined ? {} : { ip }) });
      await transport.handleRequest(request, response, body);
    },
    async close() {
      clearInterval(sweeper);
      const open = [...sessions.values()];
      sessions.clear();
      lastSeen.clear();
      await Promise.all(open.map((transport) => transport.close().catch(() => {})));
    },
  };
}

// --- internal ---

/** `example.com:8080` → `example.com`, `[::1]:80` → `[::1]`. */
function hostnameOf(host: string | undefined): string {
  if (host === undefined) return '';
  const lower = host.toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  const colon = lower.lastIndexOf(':');
  return colon === -1 ? lower : lower.slice(0, colon);
}

async function readBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<{ value?: unknown; error?: undefined } | { error: string; status: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return { error: 'Request body too large', status: 413 };
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return { value: undefined };
  const parsed = safeParseJson(Buffer.concat(chunks).toString('utf8'), maxBytes);
  return parsed.success
    ? { value: parsed.value }
    : { error: 'Parse error: invalid JSON', status: 400 };
}

function reply(response: ServerResponse, status: number, code: number, message: string): void {
  response
    .writeHead(status, { 'content-type': 'application/json' })
    .end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}

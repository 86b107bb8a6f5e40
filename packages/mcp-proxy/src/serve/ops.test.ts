import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import {
  createGuard,
  createMemoryCounterStore,
  createMemoryStateStore,
  type GuardStores,
} from '@portcullis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_RESPONSE_SCHEMA } from './api-schemas.ts';
import { createHttpService } from './create-http-service.ts';
import { validateJson } from './json-schema.ts';
import {
  API_KEY_AUTH,
  ATTACK_PROMPT,
  HONEST_PROMPT,
  KEYS,
  startTestService,
  type TestService,
} from './test-kit.ts';
import type { SpanLike, TracerLike } from './tracing.ts';

type RecordedSpan = {
  name: string;
  attributes: Record<string, unknown>;
  status?: number;
  ended: boolean;
};

/** A tracer with the OpenTelemetry shape that records what the service does with it. */
function recordingTracer(spans: RecordedSpan[]): TracerLike {
  return {
    startActiveSpan(name, fn) {
      const recorded: RecordedSpan = { name, attributes: {}, ended: false };
      spans.push(recorded);
      const span: SpanLike = {
        setAttribute: (key, value) => {
          recorded.attributes[key] = value;
        },
        setStatus: ({ code }) => {
          recorded.status = code;
        },
        end: () => {
          recorded.ended = true;
        },
      };
      return fn(span) as ReturnType<typeof fn>;
    },
  };
}

/** A request with headers fetch would not let us set (Host, Origin). */
function raw(
  url: string,
  {
    method = 'GET',
    path,
    headers,
  }: { method?: string; path: string; headers: Record<string, string> },
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}${path}`, { method, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

const spans: RecordedSpan[] = [];
let service: TestService;
beforeAll(async () => {
  service = await startTestService({
    config: { auth: API_KEY_AUTH, server: { cors: { origins: ['https://console.example'] } } },
    guardConfig: {
      policies: [
        {
          id: 'no-shell',
          name: 'No shell',
          type: 'tool_access',
          conditions: { deny: ['shell_*'] },
        },
      ],
    },
    tracer: recordingTracer(spans),
    upstreamHealth: async () => [
      { server: 'files', up: true, latencyMs: 12 },
      { server: 'search', up: false },
    ],
  });
});
afterAll(() => service.close());

describe('health and readiness', () => {
  it('answers /healthz and /readyz once warmed up', async () => {
    expect(await (await service.call('/healthz')).json()).toEqual({ status: 'ok' });
    expect(await (await service.call('/readyz')).json()).toEqual({ status: 'ready' });
  });

  it('is not ready until the guard answered its warm-up inspection', async () => {
    let release: (stores: GuardStores) => void = () => {};
    const stores = new Promise<GuardStores>((resolve) => {
      release = resolve;
    });
    const guard = createGuard({}, { stores });
    const pending = createHttpService({ guard, host: '127.0.0.1', port: 0, log: () => {} });
    const { url } = await pending.listen();
    try {
      const before = await fetch(`${url}/readyz`);
      expect(before.status).toBe(503);
      expect(await before.json()).toEqual({ status: 'starting' });
      release({ state: createMemoryStateStore(), counters: createMemoryCounterStore() });
      await pending.whenReady();
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    } finally {
      await pending.close();
      await guard.close();
    }
  });
});

describe('/metrics', () => {
  it('counts scans by surface and decision, latency, policy violations and upstream health', async () => {
    await service.call('/v1/scan', {
      key: KEYS.scanner,
      json: { prompt: ATTACK_PROMPT, session_id: 'm1' },
    });
    await service.call('/v1/scan', {
      key: KEYS.scanner,
      json: { prompt: HONEST_PROMPT, session_id: 'm1' },
    });
    await service.call('/v1/agents/events', {
      key: KEYS.scanner,
      json: {
        session_id: 'm1',
        event_type: 'tool_call',
        tool_name: 'shell_exec',
        payload: { cmd: 'ls' },
      },
    });
    const response = await service.call('/metrics', { key: KEYS.viewer });
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await response.text();
    expect(text).toMatch(
      /portcullis_scans_total\{surface="prompt",decision="block",enforced="true"\} 1/,
    );
    expect(text).toMatch(
      /portcullis_scans_total\{surface="prompt",decision="allow",enforced="true"\} 1/,
    );
    expect(text).toMatch(
      /portcullis_scans_total\{surface="tool_call",decision="block",enforced="true"\} 1/,
    );
    expect(text).toMatch(
      /portcullis_policy_violations_total\{policy="no-shell",type="tool_access",mode="block"\} 1/,
    );
    expect(text).toMatch(
      /portcullis_http_request_duration_seconds_bucket\{method="POST",route="\/v1\/scan",le="\+Inf"\} 2/,
    );
    expect(text).toMatch(/portcullis_scan_duration_seconds_count\{surface="prompt"\} 2/);
    expect(text).toMatch(
      /portcullis_http_requests_total\{method="POST",route="\/v1\/scan",status="200"\} 2/,
    );
    expect(text).toContain('portcullis_upstream_up{server="files"} 1');
    expect(text).toContain('portcullis_upstream_up{server="search"} 0');
    expect(text).toContain('portcullis_upstream_latency_seconds{server="files"} 0.012');
    expect(text).toContain('portcullis_ready 1');
    expect(text).toContain('portcullis_enforcement_mode{mode="strict"} 1');
    // The warm-up is not traffic.
    expect(text).not.toMatch(/surface="tool_output"/);
  });

  it('exposes every metric the Grafana dashboard and the alert rules use', async () => {
    const text = await (await service.call('/metrics', { key: KEYS.owner })).text();
    const exposed = new Set([...text.matchAll(/^# TYPE (\S+)/gm)].map((match) => match[1]));
    const ops = new URL('../../ops/', import.meta.url);
    const used = new Set<string>();
    for (const file of ['grafana-dashboard.json', 'prometheus-alerts.yml']) {
      const content = readFileSync(new URL(file, ops), 'utf8');
      for (const [name] of content.matchAll(/portcullis_[a-z_]+/g))
        used.add(name.replace(/_(bucket|sum|count)$/, ''));
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((name) => !exposed.has(name))).toEqual([]);
    const dashboard = JSON.parse(readFileSync(new URL('grafana-dashboard.json', ops), 'utf8')) as {
      panels: unknown[];
    };
    expect(dashboard.panels.length).toBeGreaterThan(5);
  });
});

describe('OpenAPI and docs', () => {
  it('describes every route in OpenAPI 3.1, and the documented verdict matches a real answer', async () => {
    const document = (await (await service.call('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { operationId: string; security: unknown[]; requestBody?: unknown }>
      >;
    };
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const path of [
      '/v1/scan',
      '/v1/agents/events',
      '/v1/risk/{session_id}',
      '/v1/scan/report',
      '/v1/admin/security-policies/{id}/toggle',
      '/security/ip-allowlist',
      '/security/session-replay/{session_id}',
      '/security/session-replay/log',
      '/security/watermark/detect',
      '/metrics',
    ])
      expect(document.paths).toHaveProperty([path]);
    expect(document.paths['/v1/scan']?.post?.security).not.toEqual([]);
    expect(document.paths['/healthz']?.get?.security).toEqual([]);

    const verdict = await (
      await service.call('/v1/scan', { key: KEYS.scanner, json: { prompt: ATTACK_PROMPT } })
    ).json();
    expect(validateJson(VERDICT_RESPONSE_SCHEMA, verdict)).toEqual([]);
  });

  it('renders /docs as one self-contained page', async () => {
    const response = await service.call('/docs');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('/v1/agents/events');
    expect(html).toContain('kill-switch:write');
    expect(html).not.toMatch(/<script|<link|src="http/i);
  });
});

describe('tracing', () => {
  it('opens one span per request with the route, the decision and the status', async () => {
    spans.length = 0;
    await service.call('/v1/scan', {
      key: KEYS.scanner,
      json: { prompt: ATTACK_PROMPT, session_id: 't1' },
    });
    await service.call('/v1/risk/none', { key: KEYS.scanner });
    await expect.poll(() => spans.filter((span) => span.ended).length).toBe(2);
    expect(spans[0]).toMatchObject({
      name: 'POST /v1/scan',
      ended: true,
      attributes: {
        'http.route': '/v1/scan',
        'http.response.status_code': 200,
        'portcullis.decision': 'block',
        'portcullis.surface': 'prompt',
        'enduser.role': 'scanner',
      },
    });
    expect(spans[1]).toMatchObject({
      name: 'GET /v1/risk/{session_id}',
      attributes: { 'http.response.status_code': 404 },
    });
  });
});

describe('CORS and DNS rebinding', () => {
  it('answers preflights for allowed origins only', async () => {
    const allowed = await raw(service.url, {
      method: 'OPTIONS',
      path: '/v1/scan',
      headers: { origin: 'https://console.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://console.example');
    expect(allowed.headers['access-control-allow-headers']).toContain('authorization');
    const denied = await raw(service.url, {
      method: 'OPTIONS',
      path: '/v1/scan',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(denied.status).toBe(403);
  });

  it('adds CORS headers for allowed origins and refuses requests from other origins', async () => {
    const allowed = await raw(service.url, {
      path: '/healthz',
      headers: { origin: 'https://console.example' },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://console.example');
    const denied = await raw(service.url, {
      path: '/healthz',
      headers: { origin: 'https://evil.example' },
    });
    expect(denied.status).toBe(403);
  });

  it('refuses a Host header that is not a loopback name on a loopback bind', async () => {
    const port = new URL(service.url).port;
    const rebound = await raw(service.url, {
      path: '/healthz',
      headers: { host: `evil.example:${port}` },
    });
    expect(rebound.status).toBe(403);
    expect(rebound.body).toContain('host not allowed');
    const local = await raw(service.url, {
      path: '/healthz',
      headers: { host: `localhost:${port}` },
    });
    expect(local.status).toBe(200);
  });
});

describe('mount and graceful shutdown', () => {
  it('serves a mounted handler behind auth and drains it before closing', async () => {
    const mounted = await startTestService();
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const seen: string[] = [];
    let handlerClosed = false;
    mounted.service.mount(
      '/mcp',
      async (_request, response, { principal }) => {
        seen.push(principal.role);
        entered();
        await gate;
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('done');
      },
      {
        close: async () => {
          handlerClosed = true;
        },
      },
    );
    expect((await mounted.call('/mcp', { method: 'POST' })).status).toBe(401);

    const inFlight = mounted.call('/mcp/session', { key: KEYS.scanner, method: 'POST' });
    await inside;
    let closed = false;
    const closing = mounted.service.close().then(() => {
      closed = true;
    });
    // Shutdown waits for the request in flight.
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    expect(mounted.service.server.listening).toBe(false);
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.text()).toBe('done');
    await closing;
    expect(closed).toBe(true);
    expect(handlerClosed).toBe(true);
    expect(seen).toEqual(['scanner']);
    await mounted.guard.close();
  });
});

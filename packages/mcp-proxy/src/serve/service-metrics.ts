import type { Guard, Verdict } from '@portcullis/core';
import {
  type Counter,
  createMetricsRegistry,
  type GaugeSample,
  type Histogram,
  LATENCY_BUCKETS,
} from './metrics-registry.ts';

/** The health of one upstream MCP server, as a mounted proxy reports it. */
export type UpstreamHealth = {
  readonly server: string;
  readonly up: boolean;
  /** Latency of the last health check, in milliseconds. */
  readonly latencyMs?: number;
};

/** The service's metrics and what feeds them. */
export type ServiceMetrics = {
  readonly httpRequests: Counter;
  readonly httpDuration: Histogram;
  readonly scanDuration: Histogram;
  readonly authFailures: Counter;
  render(): Promise<string>;
  /** Stops listening to the guard. */
  detach(): void;
};

/**
 * Registers the service's Prometheus metrics. Verdicts, policy violations, intrusion alerts and guard
 * errors are counted from the guard's events, so traffic of anything else sharing the guard (a mounted MCP
 * proxy) is counted too; enforcement state is read from the guard at scrape time.
 *
 * @example
 * const metrics = createServiceMetrics({ guard, isReady: () => true, inFlight: () => 0 });
 * await metrics.render();
 */
export function createServiceMetrics({
  guard,
  isReady,
  inFlight,
  upstreamHealth,
  ignoreSession,
}: {
  guard: Guard;
  isReady: () => boolean;
  inFlight: () => number;
  upstreamHealth?: (() => Promise<readonly UpstreamHealth[]>) | undefined;
  /** Verdicts of this session (the warm-up) are not counted. */
  ignoreSession?: string;
}): ServiceMetrics {
  const registry = createMetricsRegistry();
  const scans = registry.counter(
    'portcullis_scans_total',
    'Events inspected by the guard, by surface and decision.',
    ['surface', 'decision', 'enforced'],
  );
  const violations = registry.counter(
    'portcullis_policy_violations_total',
    'Policies triggered, by policy, type and mode.',
    ['policy', 'type', 'mode'],
  );
  const intrusions = registry.counter(
    'portcullis_intrusion_alerts_total',
    'Intrusion alerts raised (security.intrusion_detected), by category and scope.',
    ['category', 'scope'],
  );
  const guardErrors = registry.counter(
    'portcullis_guard_errors_total',
    'Errors the guard reported (audit, state, listeners).',
    [],
  );
  const authFailures = registry.counter(
    'portcullis_auth_failures_total',
    'Requests refused for missing or invalid credentials, by reason.',
    ['reason'],
  );
  const httpRequests = registry.counter(
    'portcullis_http_requests_total',
    'HTTP requests, by method, route and status.',
    ['method', 'route', 'status'],
  );
  const httpDuration = registry.histogram(
    'portcullis_http_request_duration_seconds',
    'HTTP request latency, by method and route.',
    ['method', 'route'],
    LATENCY_BUCKETS,
  );
  const scanDuration = registry.histogram(
    'portcullis_scan_duration_seconds',
    'Time spent in guard.inspect for HTTP scans, by surface.',
    ['surface'],
    LATENCY_BUCKETS,
  );
  registry.gauge('portcullis_ready', 'The service is warmed up and accepting scans.', [], () => [
    { labels: [], value: isReady() ? 1 : 0 },
  ]);
  registry.gauge('portcullis_http_in_flight_requests', 'Requests being served.', [], () => [
    { labels: [], value: inFlight() },
  ]);
  registry.gauge(
    'portcullis_kill_switch',
    'The kill switch is on (monitoring forced everywhere).',
    [],
    async () => [{ labels: [], value: (await guard.status()).killSwitch ? 1 : 0 }],
  );
  registry.gauge(
    'portcullis_enforcement_mode',
    'The mode in effect (1 for the active mode).',
    ['mode'],
    async () => {
      const { mode } = await guard.status();
      return [
        { labels: ['strict'], value: mode === 'strict' ? 1 : 0 },
        { labels: ['monitoring'], value: mode === 'monitoring' ? 1 : 0 },
      ];
    },
  );
  registry.gauge(
    'portcullis_canary_percent',
    'Share of sessions or agents enforced (100 without a canary).',
    [],
    async () => [{ labels: [], value: (await guard.status()).canary?.percent ?? 100 }],
  );
  registry.gauge(
    'portcullis_upstream_up',
    'Upstream MCP server health (1 up, 0 down), when a proxy is mounted.',
    ['server'],
    async () => healthSamples(await upstreamHealth?.(), (health) => (health.up ? 1 : 0)),
  );
  registry.gauge(
    'portcullis_upstream_latency_seconds',
    'Latency of the last upstream health check, when a proxy is mounted.',
    ['server'],
    async () =>
      healthSamples(await upstreamHealth?.(), (health) =>
        health.latencyMs === undefined ? undefined : health.latencyMs / 1000,
      ),
  );

  const unsubscribe = [
    guard.on('dev.portcullis.verdict', (event) => {
      const verdict = event.data as Verdict;
      if (ignoreSession !== undefined && verdict.sessionId === ignoreSession) return;
      scans.inc([verdict.surface, verdict.decision, String(verdict.enforced)]);
    }),
    guard.on('dev.portcullis.policy.violation', (event) => {
      for (const result of (event.data as Verdict).policyResults)
        violations.inc([result.policyId, result.type, result.mode]);
    }),
    guard.on('security.intrusion_detected', (event) => {
      const alert = event.data as { category?: string; scope?: string };
      intrusions.inc([String(alert.category), String(alert.scope)]);
    }),
    guard.on('error', () => guardErrors.inc([])),
  ];
  return {
    httpRequests,
    httpDuration,
    scanDuration,
    authFailures,
    render: () => registry.render(),
    detach() {
      for (const stop of unsubscribe) stop();
    },
  };
}

// --- internal ---

function healthSamples(
  health: readonly UpstreamHealth[] | undefined,
  value: (health: UpstreamHealth) => number | undefined,
): GaugeSample[] {
  const samples: GaugeSample[] = [];
  for (const entry of health ?? []) {
    const sample = value(entry);
    if (sample !== undefined) samples.push({ labels: [entry.server], value: sample });
  }
  return samples;
}

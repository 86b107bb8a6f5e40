import { HTML_HEADERS } from '../html.ts';
import type { OpenApiDocument } from '../openapi.ts';
import type { RouteDefinition } from '../route.ts';
import type { ServiceContext } from '../service-context.ts';

/** Health, readiness, metrics and the API description. */
export function opsRoutes({
  service,
  document,
  docsPage,
}: {
  service: ServiceContext;
  document: () => OpenApiDocument;
  docsPage: () => string;
}): RouteDefinition[] {
  return [
    {
      method: 'GET',
      path: '/healthz',
      operationId: 'health',
      summary: 'Liveness',
      description: 'The process is up and serving HTTP.',
      tags: ['Operations'],
      permission: 'public',
      responses: { '200': { description: 'Alive.' } },
      handle: () => ({ json: { status: 'ok' } }),
    },
    {
      method: 'GET',
      path: '/readyz',
      operationId: 'ready',
      summary: 'Readiness',
      description:
        'Ready once the guard is created, its models loaded and a warm-up inspection has completed; ' +
        '`503` before that and while shutting down.',
      tags: ['Operations'],
      permission: 'public',
      responses: {
        '200': { description: 'Ready.' },
        '503': { description: 'Starting or stopping.' },
      },
      handle() {
        const readiness = service.readiness();
        return { status: readiness.status === 'ready' ? 200 : 503, json: readiness };
      },
    },
    {
      method: 'GET',
      path: '/metrics',
      operationId: 'metrics',
      summary: 'Prometheus metrics',
      description:
        'Scans by surface and decision, latency histograms, policy violations, intrusion alerts, ' +
        'auth failures, enforcement state and (with a mounted proxy) upstream health.',
      tags: ['Operations'],
      permission: 'metrics:read',
      responses: {
        '200': { description: 'Text exposition format 0.0.4.', contentType: 'text/plain' },
      },
      async handle() {
        return {
          text: await service.metrics.render(),
          contentType: 'text/plain; version=0.0.4; charset=utf-8',
        };
      },
    },
    {
      method: 'GET',
      path: '/openapi.json',
      operationId: 'openapi',
      summary: 'This API as OpenAPI 3.1',
      tags: ['Operations'],
      permission: 'public',
      responses: { '200': { description: 'The OpenAPI document.' } },
      handle: () => ({ json: document() }),
    },
    {
      method: 'GET',
      path: '/docs',
      operationId: 'docs',
      summary: 'This API as a page',
      tags: ['Operations'],
      permission: 'public',
      responses: { '200': { description: 'Self-contained HTML.', contentType: 'text/html' } },
      handle: () => ({ html: docsPage(), headers: HTML_HEADERS }),
    },
  ];
}

import { ERROR_SCHEMA } from './api-schemas.ts';
import { PERMISSIONS } from './roles.ts';
import type { RouteDefinition } from './route.ts';

/** An OpenAPI 3.1 document (plain JSON). */
export type OpenApiDocument = {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components: Record<string, unknown>;
  readonly tags: readonly { name: string; description: string }[];
};

const TAGS = [
  { name: 'Scan', description: 'Inspect prompts and agent events; read session risk.' },
  { name: 'Policies', description: 'Create, change, toggle and delete policies.' },
  { name: 'Enforcement', description: 'Mode, kill switch and canary rollout.' },
  { name: 'MCP', description: 'Pinned tool definitions and server trust.' },
  { name: 'Security', description: 'IP allowlist, session replay, watermarks.' },
  { name: 'Operations', description: 'Health, readiness, metrics and this description.' },
];

const ERROR_RESPONSE = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/**
 * Builds the OpenAPI 3.1 document from the routes: their schemas (the very objects requests are validated
 * against), parameters, the roles allowed (`x-portcullis-roles`) and the errors every route can answer.
 *
 * @example
 * const document = buildOpenApi({ routes, version: '0.1.0' });
 * document.paths['/v1/scan'].post.operationId; // 'scanPrompt'
 */
export function buildOpenApi({
  routes,
  version,
}: {
  routes: readonly RouteDefinition[];
  version: string;
}): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const operations = paths[route.path] ?? {};
    paths[route.path] = operations;
    operations[route.method.toLowerCase()] = operationOf(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Portcullis HTTP API',
      version,
      description:
        'Runtime security for AI agents over HTTP: scan prompts and agent events, manage policies, ' +
        'enforcement, MCP pins and the IP allowlist. Authenticate with `Authorization: Bearer <API key ' +
        'or JWT>` or `x-api-key`. Roles: owner, operator, viewer, scanner (see `x-portcullis-roles`).',
    },
    tags: TAGS,
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key, or a JWT (HS256 or RS256) carrying a role claim.',
        },
        apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
      },
    },
  };
}

// --- internal ---

function operationOf(route: RouteDefinition): Record<string, unknown> {
  const parameters = [
    ...Object.entries(route.pathParameters ?? {}).map(([name, parameter]) => ({
      name,
      in: 'path',
      required: true,
      description: parameter.description,
      schema: { type: 'string' },
    })),
    ...Object.entries(route.query ?? {}).map(([name, parameter]) => ({
      name,
      in: 'query',
      required: parameter.required === true,
      description: parameter.description,
      schema: parameter.schema,
    })),
  ];
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const contentType = response.contentType ?? 'application/json';
    responses[status] =
      response.schema === undefined && contentType === 'application/json' && status >= '400'
        ? ERROR_RESPONSE(response.description)
        : {
            description: response.description,
            ...(response.schema === undefined && contentType === 'application/json'
              ? {}
              : { content: { [contentType]: { schema: response.schema ?? { type: 'string' } } } }),
          };
  }
  if (route.body !== undefined) {
    responses['400'] ??= ERROR_RESPONSE('Malformed JSON.');
    responses['413'] ??= ERROR_RESPONSE('The body is too large.');
    responses['415'] ??= ERROR_RESPONSE('The body is not JSON.');
  }
  if (route.body !== undefined || route.query !== undefined)
    responses['422'] ??= ERROR_RESPONSE('A field is invalid; `issues` names each by path.');
  if (route.permission !== 'public') {
    responses['401'] ??= ERROR_RESPONSE('Missing or invalid credentials.');
    responses['403'] ??= ERROR_RESPONSE('The role does not allow this.');
  }
  const roles = route.permission === 'public' ? [] : PERMISSIONS[route.permission];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description === undefined ? {} : { description: route.description }),
    tags: route.tags,
    ...(parameters.length === 0 ? {} : { parameters }),
    ...(route.body === undefined
      ? {}
      : {
          requestBody: {
            required: route.bodyRequired !== false,
            content: { 'application/json': { schema: route.body } },
          },
        }),
    responses,
    security: route.permission === 'public' ? [] : [{ bearer: [] }, { apiKey: [] }],
    'x-portcullis-permission': route.permission,
    'x-portcullis-roles': roles,
  };
}
